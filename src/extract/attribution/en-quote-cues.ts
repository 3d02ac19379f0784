import { is, isCap, isWord, raw, w, type Ctx, type Draft } from './context.js';
import { titleCase } from './quotes.js';
import { innerSentence } from './en-quote-across.js';
import type { QuoteCue, VerbSite } from './rules.js';

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

/** The dashes that set a speaker's name after a quotation ('“…” ― Ada Brisk', '- Brisk.'). */
const BYLINE_DASH = /^[-—–―]$/;

/**
 * A byline after a quotation that opens its line (the quoteCueFirst and quoteAcross hooks): a dash right after the
 * closing mark, or opening the next line, and a name that closes its line ('“We will win.” ― Ada Brisk',
 * '“…”\n\n- Brisk.'; not '… called him “my friend.”\n\n- Reuters.', a byline of the article). The
 * name speaks; the dash is the cue. A line with anything but capitalized words and full stops after the dash is
 * no byline ('“…” — Ada Brisk (@abrisk) May 2, 2016' is an embedded post, "- and then" a dash in the sentence).
 */
export function quoteByline(c: Ctx, k: number): QuoteCue | null {
  const close = k - 1;
  if (close < 0 || k >= c.toks.length || c.toks[close]!.kind !== 'quote' || c.toks[close]!.role !== 'close' || !BYLINE_DASH.test(raw(c, k))) return null;
  if (c.text.slice(c.toks[close]!.end, c.toks[k]!.start).trim() !== '') return null;
  // (The quotation opens its line: a quoted phrase that ends a paragraph is the writer's, before a byline of the article.)
  const open = c.quotes[c.inQuote[close]!]?.open ?? -1;
  if (open < 0 || (open > 0 && !c.text.slice(c.toks[open - 1]!.end, c.toks[open]!.start).includes('\n'))) return null;
  let e = -1;
  for (let j = k + 1; j < c.toks.length && j - k <= 8; j++) {
    if (c.text.slice(c.toks[j - 1]!.end, c.toks[j]!.start).includes('\n')) break;
    if (isWord(c, j) && isCap(c, j)) e = j;
    else if (!is(c, j, '.')) return null;
    if (j === k + 8) return null;
  }
  return e > k ? { cue: [[k, k]], source: [k + 1, e], stance: 'assert', end: e } : null;
}
