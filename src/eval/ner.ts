import { readFileSync } from 'node:fs';
import { GERMEVAL_TYPES, MAIN_TYPES, spansOf, toMainLabel } from '../extract/ner/labels.js';
import { harmonizeDocument } from '../extract/ner/document.js';
import type { NerModel } from '../extract/ner/model.js';
import type { DocContext } from '../extract/ner/doc-features.js';
import { scores, type Scores } from './metrics.js';

/**
 * GermEval 2014 NER (Benikova, Biemann, Reznicek 2014; CC BY 4.0): reading its TSV files and scoring a
 * tagger with strict span precision, recall and F1 — a predicted span counts only when its first token,
 * last token and type all equal a gold span's (as conlleval and the shared task's outer-level metric).
 *
 * The files hold one token per line, `index \t token \t outer BIO \t nested BIO`, a comment line
 * `# \t <source> \t [date]` before each sentence, and a blank line after it.
 */

export interface GermEvalSentence {
  source: string;
  words: string[];
  /** Outer-level labels: B-/I- of PER, ORG, LOC, OTH and their -deriv and -part variants, or O. */
  outer: string[];
  nested: string[];
}

export function parseGermEval(text: string): GermEvalSentence[] {
  const out: GermEvalSentence[] = [];
  let cur: GermEvalSentence | null = null;
  const flush = () => {
    if (cur && cur.words.length > 0) out.push(cur);
    cur = null;
  };
  const lines = text.split('\n');
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln]!.replace(/\r$/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      flush();
      cur = { source: line.split('\t')[1] ?? '', words: [], outer: [], nested: [] };
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 3) throw new Error(`line ${ln + 1}: expected index, token and label columns`);
    cur ??= { source: '', words: [], outer: [], nested: [] };
    cur.words.push(cols[1]!);
    cur.outer.push(cols[2]!.trim());
    cur.nested.push((cols[3] ?? 'O').trim());
  }
  flush();
  return out;
}

export function readGermEval(path: string): GermEvalSentence[] {
  return parseGermEval(readFileSync(path, 'utf8'));
}

/** Strict span counts with P/R/F1. */
export type SpanScores = Scores;

export interface NerScores {
  overall: SpanScores;
  byType: Record<string, SpanScores>;
}


/**
 * Strict span scores of predicted against gold label sequences (one per sentence), overall and per type.
 * `types` fixes the rows of `byType` (types outside it still count in the overall figures).
 */
export function spanScores(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[], types: readonly string[]): NerScores {
  if (gold.length !== pred.length) throw new Error('spanScores: gold and prediction differ in the number of sentences');
  const acc = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (t: string) => {
    let a = acc.get(t);
    if (!a) acc.set(t, (a = { tp: 0, fp: 0, fn: 0 }));
    return a;
  };
  for (const t of types) get(t);
  for (let s = 0; s < gold.length; s++) {
    const g = spansOf(gold[s]!);
    const p = spansOf(pred[s]!);
    const key = (x: { type: string; start: number; end: number }) => `${x.type}:${x.start}:${x.end}`;
    const gk = new Set(g.map(key));
    const pk = new Set(p.map(key));
    for (const x of p) (gk.has(key(x)) ? get(x.type).tp++ : get(x.type).fp++);
    for (const x of g) if (!pk.has(key(x))) get(x.type).fn++;
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const byType: Record<string, SpanScores> = {};
  for (const [t, a] of acc) {
    tp += a.tp;
    fp += a.fp;
    fn += a.fn;
    if (types.includes(t)) byType[t] = scores(a);
  }
  return { overall: scores({ tp, fp, fn }), byType };
}

export interface NerEvalReport {
  file: string;
  sentences: number;
  tokens: number;
  model: { labels: number; trained: Record<string, unknown> };
  /** (a) PER, ORG, LOC, MISC (OTH); -deriv and -part labels count as outside. */
  main: NerScores;
  /** (b) the official outer-level setting: the twelve GermEval types. */
  outer: NerScores;
  /** Whether the model predicts the twelve types (otherwise (b) can only find the four main ones). */
  modelPredictsTwelve: boolean;
  tagSeconds: number;
  tokensPerSecond: number;
}

/** The predicted outer-level labels for a model that tags the four main types: MISC back to OTH. */
function mainToOuter(label: string): string {
  return label.endsWith('-MISC') ? label.slice(0, 2) + 'OTH' : label;
}

/** The document a sentence id belongs to: the id without a trailing "-<number>"; "" when there is none. */
export function documentOf(source: string): string {
  const m = /^(.+)-\d+$/.exec(source.trim());
  return m ? m[1]! : '';
}

/** Tags every sentence of a GermEval file with `model` and scores it in both settings. */

export function evalNer(path: string, model: NerModel, onProgress?: (done: number, total: number) => void): NerEvalReport {
  const sents = readGermEval(path);
  const twelve = model.labels.some((l) => l.endsWith('-OTH'));
  const predOuter: string[][] = [];
  let tokens = 0;
  const t0 = process.hrtime.bigint();
  // English: the document pass (harmonizeDocument) runs over the sentences of one document, as the pipeline
  // does; a document is a run of sentences whose ids differ only in a trailing "-<number>" (GUM's "GUM_bio_byron-12").
  // A model with document features (English) also reads each document's summary before tagging its sentences.
  const docLevel = model.lang === 'en';
  let docStart = 0;
  let doc: DocContext | undefined;
  const openDoc = (start: number) => {
    let end = start + 1;
    while (end < sents.length && documentOf(sents[end]!.source) === documentOf(sents[start]!.source)) end++;
    doc = model.documentContext(sents.slice(start, end).map((x) => x.words));
  };
  const flushDoc = (end: number) => {
    if (docLevel && end > docStart) {
      const main = predOuter.slice(docStart, end).map((seq) => seq.map(toMainLabel));
      harmonizeDocument(sents.slice(docStart, end).map((x) => x.words), main);
      for (let k = docStart; k < end; k++) predOuter[k] = main[k - docStart]!.map(mainToOuter);
    }
    docStart = end;
  };
  for (let i = 0; i < sents.length; i++) {
    if (i > 0 && documentOf(sents[i]!.source) !== documentOf(sents[i - 1]!.source)) flushDoc(i);
    if (i === docStart) openDoc(i);
    const tags = model.tag(sents[i]!.words, doc);
    predOuter.push(twelve ? tags : tags.map(mainToOuter));
    tokens += sents[i]!.words.length;
    if (onProgress && (i % 500 === 499 || i === sents.length - 1)) onProgress(i + 1, sents.length);
  }
  flushDoc(sents.length);
  const tagSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const goldOuter = sents.map((s) => s.outer);
  const toMain = (seqs: string[][]) => seqs.map((seq) => seq.map(toMainLabel));
  return {
    file: path,
    sentences: sents.length,
    tokens,
    model: { labels: model.labels.length, trained: model.header.trained },
    main: spanScores(toMain(goldOuter), toMain(predOuter), MAIN_TYPES),
    outer: spanScores(goldOuter, predOuter, GERMEVAL_TYPES),
    modelPredictsTwelve: twelve,
    tagSeconds,
    tokensPerSecond: tokens / tagSeconds,
  };
}
