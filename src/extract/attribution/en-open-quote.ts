import { DOUBLE_MARKS } from '../../text/tokenize.js';
import type { Ctx } from './context.js';

/**
 * A quotation over several paragraphs (round 20, spec 6). English news prose opens each paragraph of a long
 * quotation with a mark and closes only the last one:
 *
 *   “I grew up on a farm. I think the town saw me as an outsider.
 *   “Now I want to thank everybody,” Lund said.
 *
 * The first paragraph's mark stays unpaired (quotes.ts pairs marks within a paragraph), so its words count as
 * outside any quotation and a verb there ("I think …") would be read as a report of its own, inside what the
 * speaker says. A part of a line from an unpaired opening double mark to the line's end, with no closing double
 * mark after it, is inside the quotation when the next line opens with an opening double mark (the convention
 * that carries the quotation on). Computed once per document in one pass over the tokens.
 */
const memo = new WeakMap<Ctx, Uint8Array>();

export function inOpenQuote(c: Ctx, k: number): boolean {
  let flags = memo.get(c);
  if (!flags) {
    flags = openQuoteLines(c);
    memo.set(c, flags);
  }
  return flags[k] === 1;
}

function openQuoteLines(c: Ctx): Uint8Array {
  const n = c.toks.length;
  const flags = new Uint8Array(n);
  const double = (i: number) => {
    const t = c.toks[i]!;
    return t.kind === 'quote' && (t.end - t.start === 2 || DOUBLE_MARKS.includes(c.text[t.start]!));
  };
  const lineStart = (i: number) => i === 0 || c.text.slice(c.toks[i - 1]!.end, c.toks[i]!.start).includes('\n');
  let open = -1; // an unpaired opening double mark of the current line, not closed after it
  for (let i = 0; i <= n; i++) {
    if (i === n || lineStart(i)) {
      // The line before ends here: its open mark carries on when this line opens with an opening double mark.
      if (open >= 0 && i < n && double(i) && c.toks[i]!.role === 'open') flags.fill(1, open, i);
      open = -1;
      if (i === n) break;
    }
    const t = c.toks[i]!;
    if (t.kind !== 'quote' || !double(i)) continue;
    if (t.role === 'open' && c.inQuote[i]! < 0) {
      if (open < 0) open = i;
    } else if (t.role === 'close') open = -1;
  }
  return flags;
}
