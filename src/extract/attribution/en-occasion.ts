import { readLines } from '../../lang/lexicon.js';
import { cls, cueForms, isCap, isWord, w, type Ctx, type Draft } from './context.js';

/**
 * The occasion of a statement after its verb of saying belongs to the cue (PolNeAR keeps it in the verb group):
 * "said in an interview", "wrote in a letter to supporters", "said Monday in a statement", "said at a news
 * conference", "said during the debate with X", "wrote on Facebook". A preposition (in, during, at, on), a determiner or possessive, up
 * to three modifiers and an occasion noun (src/lang/en/occasion-nouns.txt), then an optional "with" and a
 * short name ("with the Associated Press") or a time. A per-claim pass over a few tokens after the cue.
 */

let nouns: ReadonlySet<string> | null = null;

function occasionNouns(): ReadonlySet<string> {
  nouns ??= new Set(readLines(new URL('../../lang/en/occasion-nouns.txt', import.meta.url)));
  return nouns;
}

const OCCASION_PREP = /^(in|during|at)$/;
const OPENER = /^(a|an|the|his|her|their|its|this|that|our|my|one)$/;

/** The last token of the occasion phrase that starts at or after v + 1, or -1. */
export function occasionEnd(c: Ctx, v: number, limit: number): number {
  const s = c.sentOf[v];
  let k = v + 1;
  // A time between the verb and the phrase: "said Monday in an interview".
  while (k <= limit && k - v <= 3 && c.inTime[k]) k++;
  const lex = occasionNouns();
  // A medium by its name: "wrote on Facebook", "said on Twitter".
  if (k <= limit && (w(c, k) === 'on' || w(c, k) === 'in') && isCap(c, k + 1) && lex.has(w(c, k + 1)) && k + 1 <= limit) return k + 1;
  if (k > limit || !(OCCASION_PREP.test(w(c, k)) || w(c, k) === 'on') || !OPENER.test(w(c, k + 1))) return -1;
  let m = k + 2;
  for (; m <= limit && m - k <= 5 && c.sentOf[m] === s && isWord(c, m) && c.inQuote[m]! < 0; m++) {
    if (lex.has(w(c, m)) && !(isWord(c, m + 1) && lex.has(w(c, m + 1)))) break;
    if (cls(c, 'prep', m) || cls(c, 'sub', m) || cls(c, 'coord', m) || cls(c, 'aux', m) || cls(c, 'pron', m) || cueForms(c, m).length > 0 && !lex.has(w(c, m))) return -1;
  }
  if (m > limit || !lex.has(w(c, m)) || c.sentOf[m] !== s) return -1;
  // "with the Associated Press", "with CNN's Jake Tapper": a short name.
  if (w(c, m + 1) === 'with' && m + 2 <= limit) {
    let n = m + 2;
    if (OPENER.test(w(c, n))) n++;
    let e = -1;
    while (n <= limit && n - m <= 7 && c.sentOf[n] === s && (isCap(c, n) || /^['’]s$/.test(w(c, n)))) e = n++;
    if (e > 0) m = e;
  }
  // A time right after it: "in a telephone interview Wednesday".
  while (m + 1 <= limit && c.inTime[m + 1] && c.sentOf[m + 1] === s) m++;
  return m;
}

/** Adverbs of when or how often that stay with the verb after it: "said recently", "has said repeatedly". */
const WHEN_ADVERB = /^(recently|repeatedly|previously|earlier|later|again|yesterday|today|tonight)$/;

/**
 * The end of a bare time right after the verb at v ("said Tuesday", "said Monday night", "said recently"), or v:
 * a time that opens with a preposition or "last" ("on Tuesday", "last week") is the clause's, not the verb's.
 */
function timeEnd(c: Ctx, v: number, limit: number): number {
  let e = v;
  if (WHEN_ADVERB.test(w(c, v + 1)) && v + 1 <= limit) return v + 1;
  if (!c.inTime[v + 1] || !isCap(c, v + 1)) return v;
  while (e + 1 <= limit && e - v < 3 && c.inTime[e + 1] && c.sentOf[e + 1] === c.sentOf[v]) e++;
  return e;
}

/**
 * Whether the occasion phrase [v + 1, e] names a gathering where it was said (its head noun of class `setting` in
 * claim-words.tsv: "at a news conference", "during the debate", "at a rally Tuesday"): an adjunct of place and time,
 * no part of the cue, where a medium or the speaker's own act joins it ("in a statement", "in a speech", "on a
 * conference call"). The head is the last occasion noun before "with" ("at a town hall with CNN").
 */
export function settingPhrase(c: Ctx, v: number, e: number): boolean {
  const lex = occasionNouns();
  let head = -1;
  for (let k = v + 1; k <= e && w(c, k) !== 'with'; k++) if (lex.has(w(c, k))) head = k;
  return head > 0 && cls(c, 'setting', head);
}

/** Moves the occasion phrase after a claim's cue verb into the cue (from the content's start, or from outside the content). */
export function occasionPhrase(c: Ctx, d: Draft): void {
  // (A question's occasion is the asking's, not a cue's: "Asked at a briefing Monday about X, …".)
  if (!d.cue || d.cue.length === 0 || d.content.length === 0 || d.rule === 'asked-question') return;
  const part = d.cue[d.cue.length - 1]!;
  const v = part[part.length - 1]!;
  if (!isWord(c, v) || c.inQuote[v]! >= 0 || cueForms(c, v).length === 0) return;
  const content = d.content[0]!;
  const last = d.content[d.content.length - 1]!;
  if (content[0] === v + 1) {
    const e = occasionEnd(c, v, content[1]! - 2);
    if (e < 0) return;
    const from = w(c, e + 1) === 'that' || w(c, e + 1) === ',' ? e + 2 : e + 1;
    // (A gathering leaves the content but stays out of the cue; a bare time before it stays with the verb.)
    d.cue = [...d.cue.slice(0, -1), [part[0]!, settingPhrase(c, v, e) ? timeEnd(c, v, e) : e]];
    d.content = [[from, content[1]!], ...d.content.slice(1)];
    return;
  }
  // The content lies before the cue ("“…,” she said in a statement.") or starts later.
  const sB = c.sents[c.sentOf[v]!]!.endToken - 1;
  const limit = content[0]! > v ? content[0]! - 1 : last[1]! < v ? sB : -1;
  if (limit <= v) return;
  const o = occasionEnd(c, v, limit);
  const e = Math.max(o > v && settingPhrase(c, v, o) ? -1 : o, timeEnd(c, v, limit));
  if (e <= v || (d.source && d.source[0] > v && d.source[0] <= e)) return;
  d.cue = [...d.cue.slice(0, -1), [part[0]!, e]];
}
