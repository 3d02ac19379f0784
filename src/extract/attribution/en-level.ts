import { cls, is, isWord, w, type Ctx } from './context.js';
import type { VerbSite } from './rules.js';

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
  while (k < c.toks.length && k - v <= 3 && !cls(c, 'prep', k) && (cls(c, 'adv', k) || /ly$/.test(w(c, k)) || c.inTime[k] === 1)) k++;
  if (!cls(c, 'prep', k)) return false;
  // No claim: the auxiliaries taken for the cue stay free for a claim around them.
  for (const [a, b] of cue) for (let n = a!; n <= b!; n++) if (n !== v) c.used[n] = 0;
  return true;
}
