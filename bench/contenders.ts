import { analyze } from '../src/analysis/analyze.js';
import { getLanguage } from '../src/lang/index.js';
import { segment } from '../src/text/segment.js';
import { tokenize, type Token, type TokenKind } from '../src/text/tokenize.js';
import type { BenchDoc } from './corpus.js';

/** What one pass over a corpus found: the counts keep the work from being optimized away and serve as a sanity check. */
export interface PassCounts {
  sentences: number;
  /** Tokens as the contender counts them: all our tokens; ICU's word-like segments. */
  tokens: number;
  /** Our tokens that are words, numbers, abbreviations, dates, URLs or e-mail addresses (comparable to ICU's word-like). */
  wordLike: number;
}

export interface Contender {
  id: string;
  label: string;
  run(docs: readonly BenchDoc[]): PassCounts;
}

const WORDISH: ReadonlySet<TokenKind> = new Set(['word', 'number', 'ordinal', 'date', 'abbrev', 'url', 'email']);

/** Runs one of our passes over every document and counts what it found. */
function countPasses(docs: readonly BenchDoc[], pass: (d: BenchDoc) => { tokens: readonly Token[]; sentences: number }): PassCounts {
  let sentences = 0;
  let tokens = 0;
  let wordLike = 0;
  for (const d of docs) {
    const r = pass(d);
    sentences += r.sentences;
    tokens += r.tokens.length;
    for (const t of r.tokens) if (WORDISH.has(t.kind)) wordLike++;
  }
  return { sentences, tokens, wordLike };
}

/** The library entry point with the full default pipeline (normalization, text id, tokens, sentences, entities with the
 * German tagger, times, quantities, claims), the language given: the throughput a user of `analyze` gets. */
export const oursAnalyze: Contender = {
  id: 'ours-analyze',
  label: 'ours analyze() (full pipeline)',
  run(docs) {
    return countPasses(docs, (d) => {
      const doc = analyze({ text: d.text, lang: d.lang });
      return { tokens: doc.get('tokens').items, sentences: doc.get('sentences').length };
    });
  },
};

/** Just the two text stages, on the text as given (no normalization, no document, no hash). */
export const oursDirect: Contender = {
  id: 'ours-tokenize-segment',
  label: 'ours tokenize+segment',
  run(docs) {
    return countPasses(docs, (d) => {
      const lang = getLanguage(d.lang);
      const tokens = tokenize(d.text, lang);
      return { tokens, sentences: segment(d.text, tokens, lang).length };
    });
  },
};

interface IcuPair {
  sentence: Intl.Segmenter;
  word: Intl.Segmenter;
}

const icu: Record<'de' | 'en', IcuPair> = {
  de: { sentence: new Intl.Segmenter('de', { granularity: 'sentence' }), word: new Intl.Segmenter('de', { granularity: 'word' }) },
  en: { sentence: new Intl.Segmenter('en', { granularity: 'sentence' }), word: new Intl.Segmenter('en', { granularity: 'word' }) },
};

/** The peer: ICU through Intl.Segmenter, one sentence pass and one word pass over the whole text. */
export const intlSegmenter: Contender = {
  id: 'intl-segmenter',
  label: 'Intl.Segmenter s+w',
  run(docs) {
    let sentences = 0;
    let tokens = 0;
    for (const d of docs) {
      const pair = icu[d.lang];
      for (const _ of pair.sentence.segment(d.text)) sentences++;
      for (const w of pair.word.segment(d.text)) if (w.isWordLike) tokens++;
    }
    return { sentences, tokens, wordLike: tokens };
  },
};

/**
 * For context, not the peer: Intl.Segmenter's sentence pass alone. In V8 the word pass (one segment
 * object per word and per gap) costs far more than the sentence pass; this row shows how the two compare.
 */
export const intlSentenceOnly: Contender = {
  id: 'intl-sentence-only',
  label: 'Intl.Segmenter s only',
  run(docs) {
    let sentences = 0;
    for (const d of docs) for (const _ of icu[d.lang].sentence.segment(d.text)) sentences++;
    return { sentences, tokens: 0, wordLike: 0 };
  },
};
