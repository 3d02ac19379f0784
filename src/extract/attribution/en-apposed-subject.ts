import { npForward } from './phrases.js';
import { frontedAdjunctsEnd } from './en-inversion.js';
import { cls, is, isCap, isComma, isWord, w, type Ctx } from './context.js';

/**
 * "Smith, a Republican, said the agency failed." / "Smith, 45, said …" / "Smith, citing the report, said …": the
 * words before the comma that precedes the cue are the speaker with an apposition or an aside between commas,
 * not a statement, so "…, said X." may not be read inverted (with "the agency failed" as the speaker, whose
 * past tense reads like a participle after a noun: "a report released Monday"). The sentence opens with a noun
 * phrase that the first comma closes and the second comma stands right before the cue. A statement before an
 * inverted cue has a verb of its own ("The agency failed, says a report."), so the first segment is no bare noun
 * phrase there. Constant work per cue: the first segment is short.
 */
const MAX_SUBJECT = 8;

export function apposedSubjectBefore(c: Ctx, v: number): boolean {
  if (!isComma(c, v - 1)) return false;
  const s0 = c.sents[c.sentOf[v]!]!.firstToken;
  // (Adjuncts may stand fronted before the subject: "In March, Smith, the mayor, said …", en-inversion.ts.)
  const sA = frontedAdjunctsEnd(c, s0, v - 1);
  let first = -1;
  for (let k = sA; k < v - 1 && k - sA <= MAX_SUBJECT; k++) if (isComma(c, k)) {
    first = k;
    break;
  }
  if (first <= sA || first + 1 >= v - 1 || c.inQuote[sA]! >= 0) return false;
  if (npForward(c, sA, first) !== first - 1) return false;
  // A dash between the commas closes a dateline ("LINDHOLM, May 4 — C, said X."), no apposition.
  for (let k = first + 1; k < v - 1; k++) if (is(c, k, '—', '–', '-')) return false;
  // A past tense in the first segment makes it a clause ("The agency failed, in part, says …"), and so does a
  // lower-case word that opens it ("yes, …"); a name or a determiner opens a noun phrase.
  for (let k = sA; k < first; k++) if (!isWord(c, k) || (/ed$/.test(w(c, k)) && !isCap(c, k))) return false;
  // A second segment that a conjunction opens before a finite verb is a clause of its own ("Clinton leads, but
  // Sanders cannot catch her, said X"), no apposition ("Smith and Jones, and Gov. Nixon, said" has none; nor has
  // "Smith, a Republican who has refused to …, said" before its relative pronoun).
  if (cls(c, 'coord', first + 1)) {
    for (let k = first + 2; k < v - 1 && !cls(c, 'relative', k) && !cls(c, 'sub', k); k++) if (finiteWord(c, k)) return false;
  }
  return isCap(c, sA) || (sA > s0 && (cls(c, 'det', sA) || cls(c, 'quant', sA)));
}

/** A word that shows a finite verb: an auxiliary or modal, a negated one, or a past tense in lower case. */
function finiteWord(c: Ctx, k: number): boolean {
  if (!isWord(c, k) || isCap(c, k)) return false;
  return cls(c, 'aux', k) || cls(c, 'werden', k) || cls(c, 'past', k) || /n't$|^cannot$|[^e]ed$/.test(w(c, k));
}
