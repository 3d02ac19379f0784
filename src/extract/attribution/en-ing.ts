import { readLines } from '../../lang/lexicon.js';
import { cls, w, type Ctx } from './context.js';

/**
 * English words in -ing: one way to ask whether a word is a participle or gerund ("saying", "adding") and not
 * a preposition or noun that merely ends so ("during", "morning", "something", "a briefing", "his hearing").
 * The nouns are a data file (src/lang/en/ing-nouns.txt), read once.
 */
let nouns: ReadonlySet<string> | undefined;
function ingNouns(): ReadonlySet<string> {
  nouns ??= new Set(readLines(new URL('../../lang/en/ing-nouns.txt', import.meta.url)));
  return nouns;
}

/** Whether word k is a verb form in -ing: not a listed noun or preposition, and not after an article or possessive. */
export function participle(c: Ctx, k: number): boolean {
  const s = w(c, k);
  return s.length > 4 && s.endsWith('ing') && !ingNouns().has(s) && !cls(c, 'det', k - 1);
}
