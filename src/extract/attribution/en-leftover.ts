import { sentenceRange, w, type Ctx, type Draft } from './context.js';
import { trailerOnly } from './en-cues.js';
import { lastWord } from './en-np-end.js';
import { clauseAfterInverted } from './en-inverted.js';

/**
 * Left-overs of round nine's first wave (tidySpans hook of en.ts; linear in the claim's length):
 * - "C, said Smith, a Republican from Ohio, during a visit.": after an inverted speaker with its apposition, a
 *   trailer of time or medium that closes the sentence says when or how it was said; it is no second part of
 *   the content (the engine's "C1, fügt X hinzu, C2" reading).
 * - "C, said Smith, then left the hall." / "…, said Smith, and the mayor left.": nor is a clause coordinated
 *   right after the inverted speaker (en-inverted.ts clauseAfterInverted). A contrast with "but" goes on with
 *   the statement ("C1, said Howard, but C2": the gold's one such case on train keeps C2 in the content).
 */

const SAY: readonly string[] = ['say'];

/** Drops a closing trailer read as a content part after an inverted speaker. */
export function invertedTrailer(c: Ctx, d: Draft): void {
  if (d.rule !== 'verb-content-before' || !d.source || d.content.length < 2) return;
  const last = d.content[d.content.length - 1]!;
  const a = last[0]!;
  if (a <= d.source[1]) return;
  const end = lastWord(c, a, last[1]!);
  if ((end >= a && trailerOnly(c, a, end, SAY)) || (a === d.source[1] + 2 && w(c, a) !== 'but' && d.cue !== null && clauseAfterInverted(c, d.cue[0]![0]!, d.source[1], sentenceRange(c, c.sentOf[a]!)[1]))) d.content.pop();
}
