import { addClaim, cueForms, is, isComma, kindOf, pronounResolution, trim, unused, w, type Ctx } from './context.js';
import { leadingAdverbs, trailerOnly } from './en-cues.js';
import { npForward } from './phrases.js';
import type { VerbSite } from './rules.js';

/**
 * English: the statement before its speaker and cue. "C, the minister said." · "C, he told reporters on
 * Friday." (a listener, a time or a medium after the cue) · "C1, he said, C2." (the cue inside the statement:
 * one content in two parts).
 */
export function contentThenSubject(c: Ctx, site: VerbSite): boolean {
  const { v, sA, sB, si, afterCue, cue, info } = site;
  if (isComma(c, v - 1) || v <= sA) return false;
  let k = v - 1;
  while (k > sA && !isComma(c, k)) k--;
  if (!isComma(c, k) || k <= sA) return false;
  // A listener after a verb of telling: "…, the president told her", "…, he told reporters".
  let after = afterCue;
  if (info.frames.includes('tell') && !isComma(c, after) && w(c, after) !== 'that' && !is(c, after, '.', '!', '?')) {
    const e = npForward(c, after, sB + 1);
    if (e >= after) after = e + 1;
  }
  // Nothing may follow the cue but a further attribution of the same speaker (", adding that …") or when,
  // where or how it was said (", the mayor said in a statement on Friday.") …
  let free = trim(c, after, sB) === null || (isComma(c, after) && /ing$/.test(w(c, after + 1)) && cueForms(c, after + 1).length > 0) || trailerOnly(c, after, sB, info.frames);
  // … or, after a comma, the rest of the statement: "The solution, the partner said, was simple."
  let post: [number, number] | null = null;
  // (Only a verb of saying, finite, after a short speaker: "…, to expect …" or "…, the activists protest …" is none.)
  const saying = info.frames.some((f) => f === 'say' || f === 'tell') && !/ing$/.test(w(c, v)) && w(c, v - 1) !== 'to' && v - k <= 10;
  if (!free && saying) {
    let m = after;
    while (m <= sB && m - after <= 12 && !isComma(c, m)) m++;
    if (isComma(c, m) && (m === after || trailerOnly(c, after, m - 1, info.frames)) && !(/ing$/.test(w(c, m + 1)) && cueForms(c, m + 1).length > 0)) {
      post = trim(c, m + 1, sB);
      free = post !== null && c.inQuote[m + 1]! < 0;
    }
  }
  if (!free) return false;
  // The speaker ends before the cue's own words ("some Democrats [now think]") and starts after a closing
  // quotation mark or "as" ("…, as David Dayen noted").
  let srcEnd = v - 1;
  for (const [a] of cue) srcEnd = Math.min(srcEnd, a! - 1);
  let srcStart = k + 1;
  while (srcStart < srcEnd && (c.toks[srcStart]!.kind === 'quote' || w(c, srcStart) === 'as')) srcStart++;
  const src = trim(c, leadingAdverbs(c, srcStart, srcEnd), srcEnd);
  const pre = trim(c, sA, k - 1);
  if (!src || !pre || !unused(c, pre[0], pre[1]) || (post && !unused(c, post[0], post[1]))) return false;
  const content = post ? [pre, post] : [pre];
  addClaim(c, { kind: kindOf(c, content), content, cue, source: src, resolved: pronounResolution(c, src, si), stance: info.stance, rule: 'verb-content-before', sentence: si });
  return true;
}
