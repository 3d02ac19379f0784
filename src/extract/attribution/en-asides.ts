import { cls, cueForms, is, isComma, sentenceRange, trim, w, type Ctx } from './context.js';
import { npForward } from './phrases.js';
import type { VerbSite } from './rules.js';

/**
 * English asides around a speaker (spec round 14):
 * - a phrase cue's source with a relative clause closed by a comma ("According to an official who spoke on
 *   condition of anonymity, the deal collapsed."): the relative clause describes the speaker and ends at the comma;
 * - a phrase cue between commas that splits a subject from its predicate ("Trump, as reported by the Times, paid
 *   no taxes."): the source ends at the comma that closes the aside, whatever verb follows;
 * - a clause as subject split by a parenthetical speaker ("What Trump wants, aides say, is a quick win."): the
 *   content is the clause and its predicate on both sides of the aside (en-preposed.ts);
 * - coordinated verbs of saying ("said and repeated that …", "has argued and continues to argue that …"): both
 *   verbs are the cue, the content follows the second;
 */

/** The first comma after `from` (within `max` tokens) that closes an aside, or -1 at a quotation, a dash, a semicolon, a colon or the sentence end. */
function closingComma(c: Ctx, from: number, sB: number, max: number): number {
  for (let k = from; k <= sB && k - from <= max; k++) {
    if (isComma(c, k)) return k;
    if (c.toks[k]!.kind === 'quote' || is(c, k, ';', ':', '—', '–', '(', ')')) return -1;
  }
  return -1;
}

/** Whether [a, b] is nothing but a noun phrase (a conjunction may open it): the subject before an aside. */
function bareSubject(c: Ctx, a: number, b: number): boolean {
  while (a < b && cls(c, 'coord', a)) a++;
  if (a > b || cls(c, 'prep', a) || cls(c, 'sub', a) || cls(c, 'relative', a) || cueForms(c, a).length > 0) return false;
  return npForward(c, a, b + 1) === b;
}

/**
 * Where the source [s, e] of a phrase cue at i ("according to", "as reported by") ends when an aside closes it,
 * or -1 when none does: at the comma after a relative clause on the speaker, or at the comma that closes a
 * phrase cue standing between a bare subject and its predicate.
 */
export function asideSourceEnd(c: Ctx, i: number, s: number, e: number, sB: number): number {
  const k = closingComma(c, e + 1, sB, 25);
  // "according to aides who were in the room, Trump shouted"
  // (The noun-phrase walk may have taken "whose" and its noun: "residents whose homes were flooded".)
  if (k > 0 && trim(c, k + 1, sB) !== null) for (let j = s + 1; j <= e + 1 && j < k - 1; j++) {
    if (cls(c, 'relative', j) || /^(whose|whom)$/.test(w(c, j))) return k - 1;
  }
  // "Trump, as reported by the Times, paid no taxes": nothing but the subject before the aside, whose comma
  // the noun-phrase walk may have read as an apposition's.
  const [sA] = sentenceRange(c, c.sentOf[i]!);
  if (!isComma(c, i - 1) || i - 2 < sA || !bareSubject(c, sA, i - 2)) return -1;
  const m = closingComma(c, s + 1, sB, 8);
  return m > s && m <= e + 1 && trim(c, m + 1, sB) !== null ? m - 1 : -1;
}

/**
 * "said and repeated that …", "has argued and continues to argue that …": a second verb of saying coordinated
 * right after the cue (before its content) joins the cue; the token after it, or -1.
 */
export function coordinatedVerbs(c: Ctx, site: VerbSite, after: number): number {
  if (after !== site.v + 1 || w(c, after) !== 'and' || c.inQuote[after]! >= 0) return -1;
  let n = after + 1;
  while (n <= site.sB && n - after <= 4 && (cls(c, 'aux', n) || cls(c, 'adv', n) || w(c, n) === 'to' || /^continu/.test(w(c, n)))) n++;
  if (n > site.sB || c.used[n] || /ing$/.test(w(c, n))) return -1;
  // A verb of saying whose content follows it: "that …", a colon or a comma.
  if (cueForms(c, n).length === 0) return -1;
  if (!(w(c, n + 1) === 'that' || is(c, n + 1, ':', ','))) return -1;
  const last = site.cue.at(-1)!;
  if (last[1] === site.v) last[1] = n;
  else site.cue.push([after, n]);
  for (let k = after; k <= n; k++) c.used[k] = 1;
  return n + 1;
}

/** Whether a clause opened by a wh-word at sA runs without a comma up to the comma at k: a subject clause ("What Trump wants, …"). */
export function whSubject(c: Ctx, sA: number, k: number): boolean {
  if (!/^(what|whatever|whoever|whether|how|why)$/.test(w(c, sA)) || k - sA < 3) return false;
  for (let j = sA + 1; j < k; j++) if (isComma(c, j) || c.toks[j]!.kind === 'quote') return false;
  return true;
}
