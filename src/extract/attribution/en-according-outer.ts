import { draftStart, kindOf, pronounResolution, sentenceRange, trim, w, type Ctx, type Draft } from './context.js';
import { commaAccording, sourceToSentenceEnd } from './en-cues.js';
import { npForward } from './phrases.js';

/**
 * A report quoted inside another's: '"We will fight on," Jones said, according to the local paper.' The quotation
 * rules read Jones's words first and leave ", according to Y" as the claim's channel (its via). The sentence is
 * also Y's report of what Jones said, and that outer attribution is a claim of its own: Y speaks, the cue is
 * "according to", the content is everything before the comma (the inner report included). The inner claim stays.
 *
 * Only where a claim of the sentence lies wholly before the comma and nothing else has read the phrase; one
 * window per sentence, so the pass is linear.
 */
const WINDOW = 80;

export function accordingOuter(c: Ctx): void {
  const n = c.claims.length;
  const bySentence = new Map<number, Draft[]>();
  for (let k = 0; k < n; k++) {
    const d = c.claims[k]!;
    if (!d.removed) (bySentence.get(d.sentence) ?? bySentence.set(d.sentence, []).get(d.sentence)!).push(d);
  }
  for (const [si, ds] of bySentence) {
    const [sA, sB] = sentenceRange(c, si);
    let k = sA + 1;
    while (k <= sB && k - sA < WINDOW && !(c.inQuote[k]! < 0 && commaAccording(c, k))) k++;
    if (k > sB || k - sA >= WINDOW) continue;
    const spans = (d: Draft) => [...(d.cue ?? []), ...d.content, ...(d.source ? [d.source] : [])];
    const covers = (d: Draft, i: number) => spans(d).some(([a, b]) => a! <= i && i <= b!);
    if (ds.some((d) => covers(d, k + 1) || covers(d, k + 2))) continue;
    const inner = ds.find((d) => draftStart(d) >= sA && spans(d).every(([, b]) => b! < k));
    if (!inner) continue;
    const s = k + 3;
    const np = npForward(c, s, sB + 1);
    if (np < s) continue;
    const e = sourceToSentenceEnd(c, k + 1, s, np, sB);
    if (e < s) continue;
    const content = trim(c, Math.min(sA, draftStart(inner)), k - 1);
    if (!content || w(c, content[0]) === 'according') continue;
    const source: [number, number] = [s, e];
    c.claims.push({
      kind: kindOf(c, [content]),
      content: [content],
      cue: [[k + 1, k + 2]],
      source,
      resolved: pronounResolution(c, source, si),
      stance: 'assert',
      rule: 'according-outer',
      sentence: si,
    });
  }
}
