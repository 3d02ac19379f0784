import { is, isWord, type Ctx } from './context.js';

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
