import { addClaim, cls, isBoundary, isCap, isComma, isWord, is, kindOf, pronounResolution, trim, unused, w, type Ctx } from './context.js';
import type { VerbSite } from './rules.js';

/**
 * English questions put by a named asker, the active sibling of askedQuestion (en-verbshapes.ts): "X asked Y
 * about Z", "When the AP asked Y about Z, …", "We asked our readers which candidate won". The subject asks (the
 * source), the verb alone is the cue, the content is the topic after "about" or the indirect question, up to a
 * comma, semicolon or dash or the sentence end. The one asked is a short noun phrase (a name, a pronoun, a
 * determiner's phrase). "X asked Y to C" (a request) and "X asked for Y" are left to the verb rules. Called from
 * the English verb rules before the generic reading, which took a relative clause in the topic ("asked Trump
 * about statements he had made") for the content. True when a claim was made.
 */
/** What the one asked is followed by: the topic's "about" or an indirect question's word. */
const QUESTION = /^(about|whether|if|how|what|who|which|why|when|where)$/;

export function askedActive(c: Ctx, site: VerbSite): boolean {
  const { v, sA, sB, si, cue, info } = site;
  if (!/^(asked|asks)$/.test(w(c, v)) || v === sA || isBoundary(c, v - 1)) return false;
  // The clause starts after the last boundary; "When the AP asked …": the subordinator is no part of the subject.
  let a = v - 1;
  while (a > sA && !isBoundary(c, a - 1)) a--;
  if (cls(c, 'sub', a) && a + 1 < v) a++;
  // Adverbs between the subject and the verb join the cue: "X then asked Y whether C".
  let b = v - 1;
  while (b > a && (cls(c, 'adv', b) || /^[a-z]+ly$/.test(w(c, b)))) b--;
  const source = c.rules.subjectBefore(c, a, b + 1);
  if (!source || source[1] !== b || /^(it|there|which|that|what)$/.test(w(c, source[0]))) return false;
  // The one asked.
  const l = v + 1;
  if (!isWord(c, l) || c.inQuote[l]! >= 0 || !(cls(c, 'det', l) || cls(c, 'pron', l) || cls(c, 'quant', l) || isCap(c, l))) return false;
  let e = l;
  while (e + 1 <= sB && e - l < 6 && isWord(c, e + 1) && !QUESTION.test(w(c, e + 1)) && !cls(c, 'aux', e + 1) && !cls(c, 'werden', e + 1)) e++;
  const k = w(c, e + 1) === 'about' ? e + 2 : QUESTION.test(w(c, e + 1)) ? e + 1 : -1;
  if (k < 0 || c.inQuote[k]! >= 0) return false;
  let end = k;
  while (end + 1 <= sB && c.inQuote[end + 1]! < 0 && !isComma(c, end + 1) && !is(c, end + 1, ';', '—', '–', ':')) end++;
  const content = trim(c, k, end);
  if (!content || !unused(c, content[0], content[1]) || !unused(c, source[0], source[1])) return false;
  const parts = cue.map((p) => [...p]);
  if (b + 1 < v && !parts.some(([x, y]) => x! <= b + 1 && b + 1 <= y!)) parts.unshift([b + 1, v - 1]);
  for (const [x, y] of parts) for (let n = x!; n <= y!; n++) c.used[n] = 1;
  for (let n = source[0]; n <= source[1]; n++) c.used[n] = 1;
  addClaim(c, { kind: kindOf(c, [content]), content: [content], cue: parts, source, resolved: pronounResolution(c, source, si), stance: info.stance, rule: 'asked-active', sentence: si });
  return true;
}
