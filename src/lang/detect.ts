import { SUPPORTED_LANGUAGES, getLanguage, type SupportedLanguage } from './index.js';

export interface LanguageGuess {
  /** ISO 639-1 code, or `und` (undetermined) when the text is in neither supported language. */
  lang: SupportedLanguage | 'und';
  /** Share of the words that are function words of the chosen language (0..1). */
  score: number;
}

const WORD = /\p{L}+/gu;
const MAX_WORDS = 4000;

/**
 * Tells German from English (and from anything else) by the share of each language's frequent function
 * words (`stopwords.txt` in each language folder). Running text in either language has 25–45 % of them;
 * other languages, lists of names and code have few. Short texts need fewer hits but a clear winner.
 */
export function detectLanguage(text: string): LanguageGuess {
  const hits = new Map<SupportedLanguage, number>();
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null && words < MAX_WORDS; m = WORD.exec(text)) {
    words++;
    const w = m[0].toLowerCase();
    for (const code of SUPPORTED_LANGUAGES) {
      if (getLanguage(code).stopwords.has(w)) hits.set(code, (hits.get(code) ?? 0) + 1);
    }
  }
  const ranked = SUPPORTED_LANGUAGES.map((code) => ({ code, n: hits.get(code) ?? 0 })).sort((a, b) => b.n - a.n);
  const best = ranked[0]!;
  const second = ranked[1]?.n ?? 0;
  if (words === 0 || best.n === 0) return { lang: 'und', score: 0 };
  const score = best.n / words;
  const clear = best.n >= 2 * second || (best.n >= 1.5 * second && best.n - second >= 5);
  const enough = words < 20 ? best.n >= 1 : score >= 0.1;
  return clear && enough ? { lang: best.code, score } : { lang: 'und', score };
}
