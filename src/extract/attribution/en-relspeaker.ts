import { w, type Ctx } from './context.js';

/**
 * Contact relatives and clause openers before a pronoun speaker: "the names he said would be released",
 * "Though she said …", "whom he described as …". A subject pronoun closes the speaker phrase and is all of it:
 * the words before it are the noun the relative clause modifies or a subordinator, no part of the speaker.
 */
const SUBJECT_PRONOUN = /^(he|she|they|we|i|you)$/;

export function pronounSpeaker(c: Ctx, s: number, e: number): number {
  return e > s && SUBJECT_PRONOUN.test(w(c, e)) ? e : s;
}
