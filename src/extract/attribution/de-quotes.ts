import { addClaim, hasClaimIn, isWord, lastSourced, sentenceRange, trim, unused, type Ctx } from './context.js';

/**
 * A quotation that opens a sentence right after a sentence with a sourced claim, with no cue of its own, carries
 * on that speaker as direct speech: 'Die Ministerin warnte, die Lage sei ernst. „Wir müssen jetzt handeln.“'
 * The quotation pass (quotes.ts) runs before the verb cues, so it sees only quoted speakers before it; this
 * runs with the continuations, when the claims of the sentence before are known.
 */
export function quoteCarriesOn(c: Ctx, si: number): boolean {
  const [sA, sB] = sentenceRange(c, si);
  const open = c.toks[sA]!.kind === 'quote' ? sA : c.toks[sA + 1]?.kind === 'quote' ? sA + 1 : -1;
  if (open < 0 || hasClaimIn(c, si)) return false;
  const quote = c.quotes[c.inQuote[open]!];
  if (!quote || quote.open !== open || quote.close < sB - 1) return false;
  const inner = trim(c, open + 1, quote.close - 1);
  if (!inner || !unused(c, open, quote.close)) return false;
  let words = 0;
  for (let i = inner[0]; i <= inner[1] && words < 4; i++) if (isWord(c, i)) words++;
  if (words < 4) return false;
  const prev = lastSourced(c, si - 1, 0);
  if (!prev?.source) return false;
  for (let i = open; i <= quote.close; i++) c.used[i] = 1;
  addClaim(c, { kind: 'direct', content: [[open + 1, quote.close - 1]], cue: null, source: prev.source, resolved: prev.resolved, stance: 'assert', rule: 'direct-quote-continued', sentence: c.sentOf[quote.close]! });
  return true;
}
