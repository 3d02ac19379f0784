import { Document, type DocumentInit } from '../core/document.js';
import { Pipeline, type Component } from '../core/pipeline.js';
import { detectLanguage } from '../lang/detect.js';
import { sentencizer, tokenizer } from '../text/components.js';
import { quantityTagger } from '../extract/quantities.js';
import { timeTagger } from '../extract/times.js';
import { claimTagger } from '../extract/attribution/engine.js';
import { entityTagger, setEntityLabeler } from '../extract/entities.js';
import { nerLabeler } from '../extract/ner/labeler.js';

/** The components every analysis runs, in data-flow order. Later stages append theirs. */
export const DEFAULT_COMPONENTS: readonly Component[] = [tokenizer, sentencizer, entityTagger, timeTagger, quantityTagger, claimTagger];

// The built-in statistical tagger (German); a user may swap or remove it with setEntityLabeler.
setEntityLabeler(nerLabeler);

let defaultPipeline: Pipeline | undefined;

/** Creates a document, settles its language (given, or detected when missing or `auto`) and runs the pipeline. */
export function analyze(init: DocumentInit, pipeline?: Pipeline): Document {
  const doc = new Document(init);
  const given = init.lang?.toLowerCase();
  if (given === undefined || given === '' || given === 'auto') {
    doc.lang = detectLanguage(doc.text).lang;
    doc.langSource = 'detected';
  } else {
    // Keep the primary language subtag: "de-AT" → "de".
    doc.lang = given.split(/[-_]/)[0]!;
  }
  (pipeline ?? (defaultPipeline ??= new Pipeline(DEFAULT_COMPONENTS))).run(doc);
  return doc;
}
