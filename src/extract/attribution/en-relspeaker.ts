import { cls, cueForms, is, isBoundary, isCap, isWord, unused, w, type Ctx } from './context.js';
import { npForward } from './phrases.js';
import { SUBJECT_PRONOUN } from './en-split.js';

/**
 * Contact relatives and clause openers before a pronoun speaker: "the names he said would be released",
 * "Though she said …", "whom he described as …". A subject pronoun closes the speaker phrase and is all of it:
 * the words before it are the noun the relative clause modifies or a subordinator, no part of the speaker.
 */

export function pronounSpeaker(c: Ctx, s: number, e: number): number {
  return e > s && SUBJECT_PRONOUN.test(w(c, e)) ? e : s;
}

/**
 * The end of a passive's agent that opens with a number: "supported by 60 percent of voters", "by 60% of them".
 * The number and its unit or percent sign belong to the phrase; -1 where the agent opens with no number.
 */
export function numberAgentEnd(c: Ctx, i: number, limit: number): number {
  if (c.toks[i]?.kind !== 'number') return -1;
  let j = i + 1;
  if (is(c, j, '%')) j++;
  if (w(c, j) === 'of' && isWord(c, j + 1)) j++;
  const e = j < limit ? npForward(c, j, limit) : -1;
  return e >= j ? e : j - 1;
}

const NOUN_BLOCKERS = ['pron', 'sub', 'relative', 'prep', 'coord', 'aux', 'werden', 'adv', 'neg'];

/**
 * A contact relative's subject gap: in "the names he said would be released" the content ("would be released")
 * has no subject of its own; its subject is the noun the relative clause modifies, which joins the content as
 * its first part ("names … would be released"). Only where the content opens with an auxiliary or modal.
 */
export function contactRelatives(c: Ctx): void {
  for (const d of c.claims) {
    if (d.removed || !d.source || d.source[0] !== d.source[1] || !d.cue?.length) continue;
    const e = d.source[0]!;
    const p = e - 1;
    const first = d.content[0]![0]!;
    if (p < 0 || c.sentOf[p] !== c.sentOf[e] || !SUBJECT_PRONOUN.test(w(c, e)) || !(cls(c, 'aux', first) || cls(c, 'werden', first))) continue;
    if (d.cue[0]![0]! <= e || d.cue.at(-1)!.at(-1)! + 1 !== first) continue;
    if (!isWord(c, p) || isCap(c, p) || NOUN_BLOCKERS.some((k) => cls(c, k, p)) || cls(c, 'det', p) || cueForms(c, p).length > 0) continue;
    let s = p;
    while (s - 1 >= 0 && c.sentOf[s - 1] === c.sentOf[p] && isWord(c, s - 1) && !isBoundary(c, s - 1) && !NOUN_BLOCKERS.some((k) => cls(c, k, s - 1)) && cueForms(c, s - 1).length === 0 && p - s < 4) {
      s--;
      if (cls(c, 'det', s)) break;
    }
    if (cls(c, 'det', s)) s++;
    if (!unused(c, s, p)) continue;
    d.content = [[s, p], ...d.content];
    // The relative clause ends before the main clause's verb: "… would be released | were secret".
    const last = d.content[1]!;
    for (let k = first + 1; k <= last[1]!; k++) {
      if (isBoundary(c, k) || cls(c, 'sub', k) || cls(c, 'relative', k) || cls(c, 'coord', k)) break;
      const verb = (i: number) => cls(c, 'aux', i) || cls(c, 'werden', i);
      if (verb(k) && !verb(k - 1) && !cls(c, 'adv', k - 1) && !cls(c, 'neg', k - 1) && !cls(c, 'pron', k - 1)) {
        d.content[1] = [last[0]!, k - 1];
        for (let i = k; i <= last[1]!; i++) c.used[i] = 0;
        break;
      }
    }
    for (let k = s; k <= p; k++) c.used[k] = 1;
  }
}
