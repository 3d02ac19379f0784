import { addClaim, cls, cueForms, is, isCap, isComma, isWord, kindOf, pronounResolution, sentenceRange, trim, unused, w, lemmaSays, type Ctx } from './context.js';
import { adverbAt, closingClause, trailerOnly } from './en-cues.js';
import { predicateAt } from './en-np-end.js';
import { adverbialThenClause } from './en-clause-asides.js';
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

/** The longest speaker phrase of a parenthetical ("…, the independent Vermont senator said, …"). */
const MAX_SPEAKER = 7;

/**
 * "Bob, they said, ordered them to wait." / "Six months ago, the senator said, the media considered him a fringe
 * candidate.": a speaker and a finite verb of saying between commas inside a clause speak for the whole of it,
 * on both sides of the aside. Read before the sentence's verbs, so that a verb inside the statement ("ordered",
 * "considered") makes no claim of its own there. After an adverbial clause ("If X, the minister said, Y") the
 * content is both clauses (en-clause-asides.ts); not after another subordinate clause, nor before a coordinated clause (", and …") or a participle (", adding …"), left to the verb rules.
 */
export function parentheticalSpeaker(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  for (let k = sA + 1; k < sB - 3; k++) {
    if (!isComma(c, k) || c.inQuote[k]! >= 0) continue;
    // ("…, as The Times reported on Saturday, he has …": "as" opens the aside, no part of cue or speaker.)
    const as = w(c, k + 1) === 'as';
    const s = as ? k + 2 : k + 1;
    if (!isWord(c, s) || cls(c, 'relative', s) || cls(c, 'sub', s) || cls(c, 'coord', s) || cls(c, 'prep', s)) continue;
    let v = s + 1;
    while (v <= sB && v - s <= MAX_SPEAKER && !isComma(c, v) && cueForms(c, v).length === 0) v++;
    if (v > sB || c.used[v] || /ing$/.test(w(c, v))) continue;
    const frames = cueForms(c, v).find((f) => f.form === 'finite' && lemmaSays(c, f.lemma));
    if (!frames) continue;
    // (When or how it was said may follow the verb: "…, he said in a telephone interview, that …".)
    let m = v + 1;
    while (m <= sB && m - v <= 8 && !isComma(c, m)) m++;
    // (A time adverb may come first: "…, the senator said then, …", "…, she said later on Tuesday, …".)
    let t = v + 1;
    // (A verb of telling takes its listener first: "…, the mayor told reporters later, …".)
    const listener = c.lex.cueLemmas.get(frames.lemma)!.frames.includes('tell') ? npForward(c, t, m) : -1;
    if (listener >= t && listener < m) t = listener + 1;
    while (t < m && adverbAt(c, t) && !cls(c, 'sub', t)) t++;
    if (!isComma(c, m) || (m > t && !trailerOnly(c, t, m - 1, c.lex.cueLemmas.get(frames.lemma)!.frames))) continue;
    let e = v - 1;
    while (e > s && (cls(c, 'aux', e) || cls(c, 'adv', e))) e--;
    // (A speaker phrase opens with an article, a quantifier, a number or a name, or is a pronoun or a bare noun;
    // "…, per the McKinley plan, …" is none.)
    const opens = cls(c, 'det', s) || cls(c, 'quant', s) || c.toks[s]!.kind === 'number' || isCap(c, s) || e === s;
    if (!opens || (!(e === s && cls(c, 'pron', s)) && npForward(c, s, e + 1) !== e) || c.rules.notACue(c, v, sA, sB)) continue;
    // (The statement's clause only: "China resisted, but the air had become so bad, Obama noted, that …".)
    let a = sA;
    for (let j = k - 1; j > sA; j--) if ((isComma(c, j) && (cls(c, 'coord', j + 1) || w(c, j + 1) === 'but')) || is(c, j, ';')) {
      a = j + 1;
      break;
    }
    // (Inside brackets the statement is the bracket's own clause: "X told them Y (the cost of which, aides say, is
    // high)." — what stands before the bracket is another statement.)
    const bracket = openBracketBefore(c, sA, k);
    if (bracket >= a) a = bracket + 1;
    // (A coordinator alone before an "as" aside joins the statement after it to the clause before: "…, and, as X
    // noted, C" says C.)
    const pre = as && a === k - 1 && cls(c, 'coord', a) ? null : c.rules.preposedContent(c, a, k - 1);
    // (The statement ends at a dash or a semicolon: "…, email has helped her – although …".)
    let z = m + 1;
    while (z <= sB && !(is(c, z, '—', '–', ';') && c.inQuote[z]! < 0) && !(bracket >= 0 && is(c, z, ')'))) z++;
    const post = trim(c, m + 1, z - 1);
    // (After an "as" aside a full clause is the whole statement: "And, as X reported, Clinton is …".)
    const clauseAfter = as && post !== null && (cls(c, 'pron', post[0]) || predicateAt(c, npForward(c, post[0], z) + 1, z - 1));
    if (!post || (!pre && !clauseAfter) || (pre && !clauseAfter && cls(c, 'sub', pre[0]) && !adverbialThenClause(c, pre, post, z)) || cls(c, 'coord', post[0]) || /ing$/.test(w(c, post[0])) || c.toks[post[0]]!.kind === 'quote') continue;
    // (A participle with its preposition after the aside is a comment of the writer: "…, the group said, compared with …".)
    if (/ed$/.test(w(c, post[0])) && (cls(c, 'prep', post[0] + 1) || w(c, post[0] + 1) === 'to')) continue;
    if (!unused(c, clauseAfter || !pre ? k : pre[0], post[1])) continue;
    const set = new Set<number>([v]);
    c.rules.cueExtras(c, v, s, set);
    const cueTokens = [...set].sort((x, y) => x - y);
    // (The speaker keeps at least its first word: "I've suggested" is speaker "I've", cue "suggested".)
    const from = Math.max(cueTokens[0]!, s + 1);
    const cue: number[][] = [[from, v]];
    const source: [number, number] = [s, Math.min(e, from - 1)];
    for (let j = k + 1; j < m; j++) c.used[j] = 1;
    // (A closing subordinate clause is no part of the statement: "…, she said, because …"; en-cues.ts.)
    // ("If, as I've suggested, he benefits from X, he has proposed nothing": the aside's statement is the
    // subordinate clause, up to the comma before the main clause.)
    if (clauseAfter && pre && cls(c, 'sub', pre[0])) for (let j = post[0] + 2; j < post[1]; j++) if (isComma(c, j) && c.inQuote[j]! < 0) {
      post[1] = j - 1;
      break;
    }
    const content = clauseAfter || !pre ? [post] : closingClause(c, m, sB) ? [pre] : [pre, post];
    addClaim(c, { kind: kindOf(c, content), content, cue, source, resolved: pronounResolution(c, source, si), stance: c.lex.cueLemmas.get(cueForms(c, v)[0]!.lemma)?.stance ?? 'assert', rule: 'parenthetical-speaker', sentence: si });
    return;
  }
}

/** The opening bracket left open before k in its sentence (from sA), or -1. */
function openBracketBefore(c: Ctx, sA: number, k: number): number {
  for (let j = k - 1; j >= sA; j--) {
    if (is(c, j, ')')) return -1;
    if (is(c, j, '(')) return j;
  }
  return -1;
}
