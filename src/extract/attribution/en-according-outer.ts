import { draftStart, isComma, kindOf, pronounResolution, sentenceRange, trim, w, type Ctx, type Draft } from './context.js';
import { sourceToSentenceEnd } from './en-cues.js';
import { npForward } from './phrases.js';

/**
 * A report quoted inside another's: '"We will fight on," Jones said, according to the local paper.' The quotation
 * rules read Jones's words first and leave ", according to Y" as the claim's channel (its via). The sentence is
 * also Y's report of what Jones said, and that outer attribution is a claim of its own: Y speaks, the cue is
 * "according to", the content is everything before the comma (the inner report included). The inner claim stays.
 *
 * Only where the phrase follows a claim's last word (past a short adjunct without a comma: '…," X said at a
 * rally, according to Y') and no claim has read it; one bounded window per claim, so the pass is linear.
 */
const GAP = 10;

export function accordingOuter(c: Ctx): void {
  const n = c.claims.length;
  const taken = new Set<number>();
  const spans = (d: Draft) => [...(d.cue ?? []), ...d.content, ...(d.source ? [d.source] : [])];
  for (let q = 0; q < n; q++) {
    const d = c.claims[q]!;
    if (d.removed) continue;
    const last = Math.max(...spans(d).map(([, b]) => b!));
    const [sA, sB] = sentenceRange(c, c.sentOf[last]!);
    // The phrase after the claim's last word, past at most a short adjunct ("at a press conference") with no comma.
    let j = last + 1;
    while (j <= sB && j - last <= GAP && w(c, j) !== 'according' && !isComma(c, j)) j++;
    if (isComma(c, j) && c.toks[j + 1]?.kind === 'quote') j++;
    if (isComma(c, j)) j++;
    if (j > sB || w(c, j) !== 'according' || w(c, j + 1) !== 'to' || c.inQuote[j]! >= 0 || taken.has(j)) continue;
    const k = j - 1;
    if (!(isComma(c, k) || (c.toks[k]!.kind === 'quote' && isComma(c, k - 1)))) continue;
    if ((c.bySentence.get(c.sentOf[j]!) ?? []).some((o) => !o.removed && spans(o).some(([a, b]) => a! <= j + 1 && j <= b!))) continue;
    const s = j + 2;
    const np = npForward(c, s, sB + 1);
    if (np < s) continue;
    const e = sourceToSentenceEnd(c, j, s, np, sB);
    if (e < s) continue;
    let a = Math.min(sA, draftStart(d));
    if (a > 0 && c.toks[a - 1]!.kind === 'quote' && c.toks[a - 1]!.role === 'open') a--;
    const content = trim(c, a, isComma(c, k) ? k - 1 : k);
    if (!content) continue;
    taken.add(j);
    const source: [number, number] = [s, e];
    c.claims.push({
      kind: kindOf(c, [content]),
      content: [content],
      cue: [[j, j + 1]],
      source,
      resolved: pronounResolution(c, source, c.sentOf[j]!),
      stance: 'assert',
      rule: 'according-outer',
      sentence: c.sentOf[j]!,
    });
  }
}
