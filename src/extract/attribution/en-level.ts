import { cls, cueForms, is, isBoundary, isComma, isWord, w, type Ctx } from './context.js';
import type { VerbSite } from './rules.js';
import { prepositionAt } from './en-clause-edges.js';
import { adverbAt, finiteSayingVerb } from './en-cues.js';

/**
 * Which level of a nested report is the attribution (English). A quoted phrase can be a statement of its own
 * ('"We will win," Smith said.') or a fragment that the clause around it quotes in passing ('Kasich said he was
 * "not ready" to support Trump', 'she was not the originator of any "top secret" email chains'). A fragment
 * has no cue of its own: the clause around it goes on through it, so the verb of that clause ("said") is the
 * attribution and the quoted words are part of its content. Read as a statement, the word after the closing
 * mark would be taken for a cue with the words after it for a speaker ("email" with "chains", "support").
 */

/**
 * Whether the quotation [open, close] is a fragment inside a running clause: a word of the same sentence stands
 * right before the opening mark (a statement opens its sentence or follows a comma, colon or dash) and a word
 * right after the closing mark, with no comma, "!", "?" or "." closing the quotation inside or after its marks.
 */
export function embeddedFragment(c: Ctx, open: number, close: number): boolean {
  const before = open - 1;
  const after = close + 1;
  if (before < 0 || after >= c.toks.length) return false;
  if (!isWord(c, before) || c.sentOf[before] !== c.sentOf[open] || c.inQuote[before]! >= 0) return false;
  if (!isWord(c, after) || c.sentOf[after] !== c.sentOf[close]) return false;
  return !is(c, close - 1, ',', '!', '?', '.', ':', ';');
}

/**
 * "appear" has a sense of presence besides the hedge: with a place or an occasion after it ("Carson appeared on
 * Sunday interview shows amid reports that …", "is scheduled to appear in court", "appeared before the
 * committee to defend …") it tells where someone was, not that something seems so, and is no attribution; the
 * report inside the sentence, if any, is left to the rules for it. The hedge takes "to", "that", "as if", an
 * adjective or a noun ("appeared likely", "appears poised to …"). (A place after "seem" is a predicate of the
 * hedge: "seemed in good spirits".) Adverbs and a time may come between verb and preposition.
 */
export function presenceNotHedge(c: Ctx, site: VerbSite): boolean {
  const { v, form, cue } = site;
  if (form.lemma !== 'appear') return false;
  let k = v + 1;
  while (k < c.toks.length && k - v <= 3 && !prepositionAt(c, k) && (adverbAt(c, k) || c.inTime[k] === 1)) k++;
  if (!prepositionAt(c, k)) return false;
  // No claim: the auxiliaries taken for the cue stay free for a claim around them.
  for (const [a, b] of cue) for (let n = a!; n <= b!; n++) if (n !== v) c.used[n] = 0;
  return true;
}

/**
 * Whether the content part from `start` to the comma at k is only an adjunct fronted inside the reported clause
 * ("X said that if elected, she would ask …", "said that in a race against Y, he would support Z", "said that
 * despite her doubts, she plans to …"): it opens with an adverbial subordinator or a preposition and runs to
 * the first comma (the `advsub` class of claim-words.tsv, or the `prep` class). The clause after that comma is the main clause of what X said, not a second report with a
 * speaker of its own, so the content goes on through it.
 */
export function frontedAdjunct(c: Ctx, start: number, k: number): boolean {
  if (k - start < 2 || k - start > 15) return false;
  if (!cls(c, 'advsub', start) && !cls(c, 'prep', start)) return false;
  for (let n = start + 1; n < k; n++) if (c.inQuote[n]! >= 0 || is(c, n, ',', ';', ':', '—', '–', '(', ')')) return false;
  return true;
}

/**
 * The verbFirst hook: a cue verb whose clause follows an adjunct fronted inside another report ("Clinton said
 * that if elected, she would ask Mr. Biden to …") is that report's content, not a statement of its own that
 * the words before the comma would be the content of ("C, she would ask …"). True (no claim here) when the
 * comma before the verb's subject closes such an adjunct after "said that" and the verb, the last cue of
 * the sentence, has words after it (", he said." closes a statement: "X finds that in this work, he said.");
 * the outer verb's content then runs through the clause.
 */
export function insideFrontedAdjunct(c: Ctx, site: VerbSite): boolean {
  const { v, sA } = site;
  let comma = -1;
  for (let k = v - 1; k > sA && v - k <= 6; k--) if (isComma(c, k)) {
    comma = k;
    break;
  }
  if (comma < 0 || c.inQuote[comma]! >= 0) return false;
  for (let s = comma - 2; s > sA && comma - s <= 15; s--) {
    if (isBoundary(c, s)) return false;
    if (!frontedAdjunct(c, s, comma)) continue;
    return w(c, s - 1) === 'that' && s - 2 >= sA && finiteSayingVerb(c, s - 2) && !c.used[s - 2] && lastCue(c, v, site.sB) && isWord(c, site.afterCue);
  }
  return false;
}

/**
 * The quoteSegmentStart hook (quotes.ts): the segment before a colon and a quotation that starts at a, after a
 * comma, is the main clause of a report when the comma closes an adjunct fronted after "said that" ("Lund said
 * that if seen that way, a toll might work: “…”"): the segment then starts where the clause of that verb of saying
 * does, so that the verb, not a cue word inside what it reports ("could be fair"), introduces the quotation.
 */
export function reportedSegmentStart(c: Ctx, a: number, sA: number): number {
  const comma = a - 1;
  if (comma <= sA || !isComma(c, comma) || c.inQuote[comma]! >= 0) return a;
  for (let s = comma - 2; s > sA && comma - s <= 15; s--) {
    if (isBoundary(c, s)) return a;
    // (The adjunct may hold a preposition of its own: "if the budget of the board allows it".)
    if (!frontedAdjunct(c, s, comma) || w(c, s - 1) !== 'that') continue;
    if (s - 2 < sA || !finiteSayingVerb(c, s - 2) || c.used[s - 2]) return a;
    let k = s - 2;
    while (k > sA && !isBoundary(c, k - 1) && c.toks[k - 1]!.kind !== 'quote') k--;
    return k;
  }
  return a;
}

/** Whether v is the last cue word of its sentence (the one the verb pass reads first when a comma and a speaker precede it). */
function lastCue(c: Ctx, v: number, sB: number): boolean {
  for (let k = v + 1; k <= sB; k++) if (c.inQuote[k]! < 0 && cueForms(c, k).length > 0) return false;
  return true;
}
