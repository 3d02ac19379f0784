import { cls, isBoundary, isCap, w, type Ctx } from './context.js';

/**
 * German cue words beyond the verb, its particle, reflexive and correlate (verbs.ts cueParts): the words that
 * tell this speech act from a like verb, as the SpkAtt guidelines (5.2) take them into the cue.
 *  - the impersonal "es" of a passive cue: "Es wird erwartet, dass …", "Dabei wurde es als sicher angesehen";
 *  - a speech noun with "mit": "lobte den Plan mit den Worten …", "hatte die Bitte mit der Begründung abgelehnt";
 *  - the predicative adjective of "sich zeigen": "zeigte sich besorgt", "zeigt sich zufrieden, dass …".
 * Word classes are in src/lang/de/claim-words.tsv (speechnoun, attitude).
 */
export function germanCueWords(c: Ctx, v: number, clauseA: number, set: Set<number>): void {
  impersonalEs(c, set);
  speechNoun(c, v, clauseA, set);
  attitude(c, v, set);
}

/** How far past the verb the clause is searched for cue words. */
const REACH = 8;

/** The last token of v's clause within REACH (a comma, colon or spaced dash ends it). */
function clauseEnd(c: Ctx, v: number): number {
  let e = v;
  while (e + 1 < c.toks.length && e + 1 - v <= REACH && !isBoundary(c, e + 1) && !/^[.!?;„“"»«]$/.test(w(c, e + 1))) e++;
  return e;
}

function impersonalEs(c: Ctx, set: Set<number>): void {
  for (const k of [...set]) {
    if (!cls(c, 'werden', k)) continue;
    // "Es wird erwartet" / "wird es erwartet": "es" next to the finite "werden" is the subject of the passive.
    for (const e of [k - 1, k + 1]) if (e >= 0 && e < c.toks.length && w(c, e) === 'es') set.add(e);
  }
}

function speechNoun(c: Ctx, v: number, clauseA: number, set: Set<number>): void {
  const at = (m: number): boolean => w(c, m) === 'mit' && cls(c, 'det', m + 1) && isCap(c, m + 2) && cls(c, 'speechnoun', m + 2);
  // Verb-second: after the verb ("lobte den Plan mit den Worten"); verb-final: before it ("mit den Worten abgelehnt").
  const end = clauseEnd(c, v);
  for (let m = v + 1; m + 2 <= end; m++) if (at(m)) {
    set.add(m).add(m + 1).add(m + 2);
    return;
  }
  for (let m = Math.max(clauseA, v - REACH); m + 2 < v; m++) if (at(m)) {
    set.add(m).add(m + 1).add(m + 2);
    return;
  }
}

function attitude(c: Ctx, v: number, set: Set<number>): void {
  // "zeigte sich (am Montag) (darüber) besorgt": "sich" right after the verb, the adjective later in its clause.
  if (!/^zeig/.test(w(c, v)) || w(c, v + 1) !== 'sich') return;
  const end = clauseEnd(c, v);
  for (let k = v + 2; k <= end; k++) if (cls(c, 'attitude', k) && !isCap(c, k)) {
    set.add(k);
    // "zeigte sich darüber besorgt": the correlate right before the adjective goes with it.
    if (cls(c, 'correlate', k - 1)) set.add(k - 1);
    return;
  }
}
