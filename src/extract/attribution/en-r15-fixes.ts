import { cls, w, type Ctx } from './context.js';
import { lowerLy } from './en-cues.js';

/**
 * Small grammar fixes of round 15 (spec 5): constructions the lead and helpers found misread in plain sentences.
 */

/**
 * The infinitive marker before the cue verb at v, or -1: "to" right before it, or "to" and one adverb between it
 * and the verb (a split infinitive: "was able to consistently tout", "is eager to publicly praise"). The adverb
 * then belongs to the cue with the marker, and the subject is found before the words that govern the infinitive.
 */
export function infinitiveMarker(c: Ctx, v: number): number {
  if (w(c, v - 1) === 'to') return v - 1;
  if (w(c, v - 2) === 'to' && c.inQuote[v - 1]! < 0 && (cls(c, 'adv', v - 1) || lowerLy(c, v - 1))) return v - 2;
  return -1;
}

/** Whether a preposition opens at k: one of the `prep` class (claim-words.tsv) or the two words "next to". */
export function prepositionAt(c: Ctx, k: number): boolean {
  return cls(c, 'prep', k) || (w(c, k) === 'next' && w(c, k + 1) === 'to');
}
