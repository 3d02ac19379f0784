/**
 * The German named-entity tagger: an averaged perceptron over hashed features with Viterbi decoding under
 * BIO constraints, trained on GermEval 2014 (`npm run train:ner`, see src/extract/ner/train.ts) and shipped
 * as models/ner-de.bin. `tagTokens` labels one sentence of words with BIO tags over the four types of the
 * analysis format: PER, ORG, LOC, MISC.
 */
import { toMainLabel } from './labels.js';
import { defaultModelPath, NerModel } from './model.js';

export { MAIN_TYPES, GERMEVAL_TYPES, spansOf, toMainLabel, type TokenSpan } from './labels.js';
export { NerModel, defaultModelPath } from './model.js';
export { NerLexicon } from './lexicon.js';
export { FeatureExtractor } from './features.js';

let model: NerModel | null = null;

/** The committed German model, loaded on first use. Throws when models/ner-de.bin cannot be found. */
export function germanNerModel(): NerModel {
  if (model) return model;
  const path = defaultModelPath();
  if (!path) throw new Error('NER model models/ner-de.bin not found (run npm run train:ner)');
  model = NerModel.load(path);
  return model;
}

/**
 * BIO labels ("B-PER", "I-ORG", "O", …) over PER, ORG, LOC and MISC for the words of one sentence.
 * GermEval's -deriv and -part types ("deutschen", "SPD-Politiker") are tagged O.
 */
export function tagTokens(words: readonly string[]): string[] {
  const m = germanNerModel();
  return m.tag(words).map(toMainLabel);
}
