/**
 * The named-entity taggers: averaged perceptrons over hashed features with Viterbi decoding under BIO
 * constraints, one per language — German trained on GermEval 2014, English on GUM (`npm run train:ner
 * [-- --lang en]`, see src/extract/ner/train.ts), shipped as models/ner-de.bin and models/ner-en.bin. Each is
 * loaded on first use, so a document pays only for its own language's model. `tagTokens` labels one sentence
 * of words with BIO tags over the four types of the analysis format: PER, ORG, LOC, MISC.
 */
import { toMainLabel } from './labels.js';
import type { NerLang } from './lexicon.js';
import { defaultModelPath, NerModel } from './model.js';

export { MAIN_TYPES, GERMEVAL_TYPES, spansOf, toMainLabel, type TokenSpan } from './labels.js';
export { NerModel, defaultModelPath } from './model.js';
export { NerLexicon, type NerLang } from './lexicon.js';
export { FeatureExtractor } from './features.js';

const models = new Map<NerLang, NerModel>();

/** A language's committed model, loaded on first use. Throws when models/ner-<lang>.bin cannot be found. */
export function nerModel(lang: NerLang): NerModel {
  const hit = models.get(lang);
  if (hit) return hit;
  const path = defaultModelPath(lang);
  if (!path) throw new Error(`NER model models/ner-${lang}.bin not found (run npm run train:ner${lang === 'de' ? '' : ` -- --lang ${lang}`})`);
  const model = NerModel.load(path);
  models.set(lang, model);
  return model;
}

/** The languages whose model this process has loaded so far (a German document must not load the English one). */
export function loadedNerModels(): NerLang[] {
  return [...models.keys()];
}

/** The committed German model, loaded on first use. */
export function germanNerModel(): NerModel {
  return nerModel('de');
}

/**
 * BIO labels ("B-PER", "I-ORG", "O", …) over PER, ORG, LOC and MISC for the words of one sentence.
 * GermEval's -deriv and -part types ("deutschen", "SPD-Politiker") are tagged O. The sentence is its own
 * document (the pipeline tags English documents whole, see labeler.ts).
 */
export function tagTokens(words: readonly string[], lang: NerLang = 'de'): string[] {
  const m = nerModel(lang);
  // A model with document features reads the sentence as a document of its own.
  return m.tag(words, m.documentContext([words])).map(toMainLabel);
}
