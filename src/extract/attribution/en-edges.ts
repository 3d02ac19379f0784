import { cls, isWord, w, type Ctx, type Draft } from './context.js';
import { sayingVerb } from './en-cues.js';

/** Edge forms of the English rules (round 19, spec 5): a relative clause of saying by the speaker, "spend + time + -ing". */

/**
 * "Mr. Lund, who said last week that the pier was safe, warned …": the index of a relative pronoun in [s, e]
 * whose clause is one of saying ("who said", "who has told aides"), or -1. Such a clause is a claim of its own
 * (its source is "who"), not a description of the speaker of the verb after it.
 */
export function sayingRelative(c: Ctx, s: number, e: number): number {
  for (let k = s; k < e; k++) {
    if (!/^(who|which)$/.test(w(c, k))) continue;
    let v = k + 1;
    while (v <= e && (cls(c, 'adv', v) || cls(c, 'aux', v))) v++;
    if (v <= e && sayingVerb(c, v) && !/ing$/.test(w(c, v))) return k;
  }
  return -1;
}

/**
 * The cue of a participle after "spend + time" runs from "spend" (with its auxiliaries and adverbs before it):
 * "Okafor has spent the week attacking the board" — the verb group is "has spent the week attacking", as a
 * catenative's is ("continued to attack"). A per-claim pass (en.ts, after the other cue extents).
 */
export function spentTimeCue(c: Ctx, d: Draft): void {
  if (!d.cue || d.cue.length === 0) return;
  const v = d.cue[0]![0]!;
  if (c.inQuote[v]! >= 0) return;
  const sA = c.sents[c.sentOf[v]!]!.firstToken;
  let k = spentTimeVerb(c, sA, v);
  if (k < 0) return;
  const inside = (spans: readonly number[][]) => spans.some((p) => p[0]! <= v - 1 && k <= p[p.length - 1]!);
  if (inside(d.content) || (d.source && d.source[0] <= v - 1 && k <= d.source[1])) return;
  while (k - 1 > sA && (cls(c, 'aux', k - 1) || cls(c, 'adv', k - 1)) && !(d.source && d.source[1] >= k - 1)) k--;
  d.cue = [[k, d.cue[0]![d.cue[0]!.length - 1]!], ...d.cue.slice(1)];
}

/**
 * "spend + time + -ing": "Okafor spent the day making claims about the tolls", "the board, which spent months
 * arguing that …" — the noun phrase after "spend" is the time (or money, effort) spent, the object of "spend";
 * the participle's subject is the subject of "spend". Returns the index of the form of "spend" that the
 * participle at v completes, or -1: only words of one noun phrase (with "of"/"to" phrases: "much of the week")
 * stand between them, no comma, clause opener or verb (a noun of saying may: "much of his speech").
 */
export function spentTimeVerb(c: Ctx, a: number, v: number): number {
  if (!/ing$/.test(w(c, v))) return -1;
  for (let k = v - 1; k >= a && v - k <= 12; k--) {
    // (Not the passive, whose subject is the money: "$2 million was spent on ads attacking her".)
    if (/^(spend|spends|spent|spending)$/.test(w(c, k))) return k < v - 1 && !/^(was|were|been|be|being|is|are)$/.test(w(c, k - 1)) ? k : -1;
    // ("spent $2 million on ads attacking her": the ads attack; money is spent on or for something.)
    if (/^(on|for)$/.test(w(c, k))) return -1;
    if (!isWord(c, k) || cls(c, 'sub', k) || cls(c, 'relative', k) || cls(c, 'coord', k) || cls(c, 'aux', k) || cls(c, 'verb', k)) return -1;
  }
  return -1;
}
