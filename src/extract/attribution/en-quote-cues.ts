import { is, isWord, w, type Ctx, type Draft } from './context.js';
import { titleCase } from './quotes.js';
import { innerSentence } from './en-quote-across.js';
import type { VerbSite } from './rules.js';

/**
 * Quotations bound to the verb right before them, with no comma or colon between ('Smith said “We will win. We
 * always win.”', 'The crowd sang “We shall not be moved.”').
 *
 * The splitter ends a sentence at every full stop inside the quotation, so the content of the verb stopped at its
 * first sentence (‘“We will win’). A content that opens with the quotation and runs to the end of the verb's
 * sentence, while the quotation goes on, runs on to the closing mark; and a content that is exactly the quotation
 * after a finite cue is a direct quote, as it is after 'said,' or 'said:'.
 */

/** The quotation that opens at token k (an opening mark), or null. */
function openingAt(c: Ctx, k: number): { open: number; close: number } | null {
  const t = c.toks[k];
  if (t?.kind !== 'quote' || t.role !== 'open') return null;
  const q = c.quotes[c.inQuote[k]!];
  return q && q.open === k ? q : null;
}

/**
 * The contentEnd hook's last step: a content that opens with a quotation and ends with its sentence inside that
 * quotation ends at the quotation's closing mark (the sentences after it are the quotation's).
 */
export function quoteComplementEnd(c: Ctx, site: VerbSite, start: number, end: number): number {
  if (end !== site.sB) return end;
  const q = openingAt(c, start);
  return q && q.close > end && c.inQuote[end] === c.inQuote[start] ? q.close : end;
}

/**
 * The tidySpans step: a verb's content that is one whole quotation right after its cue ('chanted “No more
 * tolls!”') is a direct quote, its content inside the marks, like the one after 'chanted, “…”'.
 */
export function quoteComplement(c: Ctx, d: Draft): void {
  if (d.rule !== 'verb-content-after' || d.content.length !== 1 || !d.cue?.length) return;
  const [a, b] = d.content[0]!;
  const q = openingAt(c, a!);
  // (A participle keeps its quotation mixed: 'a cap reading “No tolls”', 'Protesters shouting “No tolls” filled …'.)
  if (!q || q.close !== b || d.cue.at(-1)![1] !== a! - 1 || b! - a! < 2 || /ing$/.test(w(c, d.cue.at(-1)![1]!))) return;
  d.kind = 'direct';
  d.content[0] = [a! + 1, is(c, b! - 1, ',') ? b! - 2 : b! - 1];
}

/**
 * Whether a verb that speaks only through a quotation ("sang", "read") has one right after it that is a
 * statement, not a title, and closes the clause: 'Blige sings “Promise you’ll be home.”' (not 'She sang “Amazing
 * Grace”', nor 'The sign reads “…” in large letters', where the quotation is the words on the sign).
 */
export function quoteRightAfter(c: Ctx, v: number): boolean {
  const q = openingAt(c, v + 1);
  if (!q || c.inQuote[v]! >= 0 || isWord(c, q.close + 1) && c.sentOf[q.close + 1] === c.sentOf[q.close]) return false;
  return innerSentence(c, q.open, q.close) || (q.close - q.open > 2 && !titleCase(c, q.open, q.close));
}
