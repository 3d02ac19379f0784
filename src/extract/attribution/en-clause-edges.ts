import { cls, isComma, isWord, w, type Ctx } from './context.js';
import { finiteVerb } from './en-known.js';
import { bareOpeningComma } from './en-ing-forms.js';
import { adverbAt, lowerLy } from './en-cues.js';

/**
 * Clause edges around a cue: where a split infinitive, an opening perfect participle clause ("Having said that C,"),
 * a topic preposition after the cue ("said of X") or a participle clause between subject and verb start and end.
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

/**
 * The comma that closes a perfect participle clause opening the sentence ("Having said that the pier was closed,
 * Ek left."; after "But", and with adverbs: "Having repeatedly argued …,") for the participle at v, or -1. Like an
 * opening -ing clause (en-ing-forms.ts bareOpeningParticiple) its content ends at that comma, and its speaker is
 * the subject of the main clause after it.
 */
export function perfectOpeningComma(c: Ctx, v: number, sA: number): number {
  if (c.inQuote[v]! >= 0) return -1;
  let h = v - 1;
  while (h > sA && v - h <= 3 && adverbAt(c, h)) h--;
  if (w(c, h) !== 'having' || !(h === sA || (h === sA + 1 && cls(c, 'coord', sA)))) return -1;
  return bareOpeningComma(c, v);
}

/**
 * The cueTopicCloses hook: a speaker phrase after a quotation whose cue took the preposition of its topic ("Obama
 * said of the families", "she said about the plan") closes the statement like "Obama said." does: the topic is an
 * adjunct of the verb, so a quoted fragment that closes a clause ('They don't care about "politics," Obama said
 * of …') takes the clause before it as its statement.
 */
export function cueTopicCloses(c: Ctx, end: number): boolean {
  return /^(of|about)$/.test(w(c, end)) && c.inQuote[end]! < 0 && c.sentOf[end + 1] === c.sentOf[end] && isWord(c, end + 1);
}

/**
 * A participle clause set off by commas between the subject and its verb ("The mayor, having said that the pier
 * was closed, resigned.", "The mayor, saying that …, left the city"): the content starting at `start` ends before
 * the comma that the main clause's finite verb follows. The participle (or "having" before it) stands right after a
 * comma that follows a word of a subject with no finite verb before it in the sentence. `end` when none applies.
 */
export function apposedParticipleEnd(c: Ctx, v: number, start: number, end: number): number {
  let h = v - 1;
  while (h > 0 && v - h <= 2 && adverbAt(c, h)) h--;
  const g = w(c, h) === 'having' ? h : /ing$/.test(w(c, v)) ? v : -1;
  if (g < 2 || !isComma(c, g - 1) || !isWord(c, g - 2) || c.inQuote[g - 1]! >= 0) return end;
  const sA = c.sents[c.sentOf[v]!]!.firstToken;
  if (g - 1 - sA > 12) return end;
  for (let k = sA; k < g - 1; k++) if (finiteVerb(c, k) || isComma(c, k) || cls(c, 'sub', k) || cls(c, 'relative', k)) return end;
  for (let k = start + 1; k < end; k++) {
    if (c.inQuote[k]! >= 0 || !isComma(c, k)) continue;
    let n = k + 1;
    while (n < end && adverbAt(c, n)) n++;
    return finiteVerb(c, n) && !cls(c, 'coord', n) ? k - 1 : end;
  }
  return end;
}
