import { is, isWord, w, type Ctx } from './context.js';
import { npForward } from './phrases.js';

/**
 * Contact relatives and clause openers before a pronoun speaker: "the names he said would be released",
 * "Though she said …", "whom he described as …". A subject pronoun closes the speaker phrase and is all of it:
 * the words before it are the noun the relative clause modifies or a subordinator, no part of the speaker.
 */
const SUBJECT_PRONOUN = /^(he|she|they|we|i|you)$/;

export function pronounSpeaker(c: Ctx, s: number, e: number): number {
  return e > s && SUBJECT_PRONOUN.test(w(c, e)) ? e : s;
}

/**
 * The end of a passive's agent that opens with a number: "supported by 60 percent of voters", "by 60% of them".
 * The number and its unit or percent sign belong to the phrase; -1 where the agent opens with no number.
 */
export function numberAgentEnd(c: Ctx, i: number, limit: number): number {
  if (c.toks[i]?.kind !== 'number') return -1;
  let j = i + 1;
  if (is(c, j, '%')) j++;
  if (w(c, j) === 'of' && isWord(c, j + 1)) j++;
  const e = j < limit ? npForward(c, j, limit) : -1;
  return e >= j ? e : j - 1;
}
