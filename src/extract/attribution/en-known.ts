import { cls, isWord, w, type Ctx } from './context.js';
import { npForward } from './phrases.js';

/**
 * Known cue verbs in shapes that the other English rules miss (round ten): the object pronoun "her" after a verb
 * of telling, …
 */

/** Adverbs that a possessive "her" may take as adjectives: "her first husband", "her last campaign". */
const ADJECTIVAL = /^(first|last|long|further|once|only|own)$/;

/**
 * Whether "her" at k is the object of the verb before it, not a possessive: nothing it could own follows ("told
 * her.", "told her that …", "told her the plan …", "told her he would run", "told her on Monday").
 */
export function objectHer(c: Ctx, k: number): boolean {
  if (w(c, k) !== 'her') return false;
  const n = k + 1;
  if (!isWord(c, n)) return c.toks[n]?.kind !== 'number';
  if (ADJECTIVAL.test(w(c, n))) return false;
  return (
    c.inTime[n] === 1 || /^(to|not|that|about|in|on|at|by|during|after|before|for|if|whether|what|how|why|when|where|who|and|or|but)$/.test(w(c, n)) ||
    cls(c, 'pron', n) || (cls(c, 'det', n) && !/^(other|several|of)$/.test(w(c, n))) || cls(c, 'adv', n) || cls(c, 'aux', n) || cls(c, 'werden', n)
  );
}

/** The listener after a verb of telling at `after` (its last token, or -1): the object pronoun "her", else the noun phrase. */
export function listenerNp(c: Ctx, after: number, limit: number): number {
  return objectHer(c, after) ? after : npForward(c, after, limit);
}
