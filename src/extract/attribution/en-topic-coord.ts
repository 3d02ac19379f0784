import { cls, isCap, isWord, w, type Ctx } from './context.js';
import { adverbAt } from './en-cues.js';

/**
 * English: a reported cue's topic ends before a second predicate of the speaker (round twenty, spec 5). In
 * "Okafor criticized the levy and boycotted the vote", "Ferro denied the charges and even questioned the count",
 * "Lund disagreed with the plan and is asking for a review" the words after "and"/"but" are the subject's next act,
 * not part of what the first verb is about: a finite auxiliary (class `aux`, or a finite form of class `werden`,
 * not `nonfinite`), or a past form in -ed or of class `past` that opens its own object (an article or possessive,
 * an object pronoun, a name, a preposition, "that" or "to"), after at most three adverbs or a negation. An -ed word
 * before a common noun is an adjective of a coordinated noun phrase ("the charges and related claims") and stays.
 * Not when the topic holds a clause of its own (a relative pronoun, a comma or a coordinator before k), whose verb
 * the second predicate may continue ("praised the crews who stayed and helped").
 */
export function secondPredicate(c: Ctx, k: number, start: number): boolean {
  if (!/^(and|but)$/.test(w(c, k)) || !cls(c, 'coord', k) || c.inQuote[k]! >= 0 || start < 0 || k - start < 1) return false;
  for (let j = start; j < k; j++) if (c.inQuote[j]! < 0 && (cls(c, 'relative', j) || cls(c, 'coord', j) || w(c, j) === ',')) return false;
  let n = k + 1;
  while (n - k <= 3 && (adverbAt(c, n) || cls(c, 'neg', n))) n++;
  if (c.inQuote[n]! >= 0 || !isWord(c, n) || isCap(c, n)) return false;
  if (cls(c, 'aux', n) || (cls(c, 'werden', n) && !cls(c, 'nonfinite', n))) return true;
  if (!(/^[a-z]+(?:-[a-z]+)?ed$/.test(w(c, n)) || cls(c, 'past', n))) return false;
  const o = n + 1;
  if (c.toks[o]?.kind === 'quote') return true; // "and called “a farce” what …"
  return cls(c, 'det', o) || cls(c, 'objpron', o) || cls(c, 'quant', o) || cls(c, 'prep', o) || /^(that|to)$/.test(w(c, o)) || (isCap(c, o) && isWord(c, o));
}
