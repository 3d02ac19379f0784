import { is, type Ctx, type Draft } from './context.js';

/**
 * A content that ends inside a quotation it opened keeps the quotation's closing mark: 'Doe called the ruling
 * "deeply flawed."' — the American period inside the quotation made the trim stop before the mark, leaving the
 * quotation open. Only punctuation that closes the sentence or clause ('.', ',', '!', '?') may stand between the
 * content's last word and the mark, and the mark must close a quotation that opens inside the content.
 */
export function closingQuoteMark(c: Ctx, d: Draft): void {
  const last = d.content[d.content.length - 1];
  if (!last) return;
  const b = last[1]!;
  const q = c.inQuote[b]!;
  if (q < 0) return;
  const pair = c.quotes[q]!;
  if (pair.open < last[0]! || pair.close <= b || pair.close - b > 2) return;
  for (let k = b + 1; k < pair.close; k++) if (!is(c, k, '.', ',', '!', '?')) return;
  last[1] = pair.close;
}
