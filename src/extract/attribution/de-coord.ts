import { cls, cueForms, isBoundary, isCap, w, type Ctx } from './context.js';
import { npForward } from './phrases.js';

/**
 * A second verb after "und" whose subject stands after the first verb (round 14, spec 6): "Dazu führte er mehrere
 * Gründe an und führte aus, C", "Am Montag lobte die Ministerin den Plan und sagte, C". German puts one field before
 * the finite verb (an adverb, a time, a prepositional phrase) and the subject right after it; both verbs share it.
 */

/** "darin", "dazu", "hierbei", "worauf": a preposition fused with da-/hier-/wo-, never a subject; it fills the field before the verb. */
export const PRONOMINAL_ADVERB = /^(?:da|hier|wo)r?(?:an|auf|aus|bei|durch|für|gegen|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)$/;
/** Nominative personal pronouns that stand right after an inverted verb. */
const NOMINATIVE = /^(er|sie|wir|ich|man)$/;

/** The subject after the first verb of a clause [a, v) whose verb at v follows "und"; or null. */
export function coordinatedSubject(c: Ctx, a: number, v: number): [number, number] | null {
  if (v - a < 4 || !cls(c, 'coord', v - 1) || w(c, v - 1) !== 'und') return null;
  for (let k = a; k < v; k++) if (isBoundary(c, k)) return null;
  let s = a;
  if (c.inTime[s]) while (s < v && c.inTime[s]) s++;
  else if (cls(c, 'prep', s)) s = npForward(c, s + 1, v) + 1;
  else if (cls(c, 'adv', s) || PRONOMINAL_ADVERB.test(w(c, s))) s++;
  else return null;
  // The finite verb at s, its subject right after.
  if (s <= a || s + 1 >= v - 1 || isCap(c, s) || c.toks[s]!.kind !== 'word') return null;
  for (const x of ['det', 'prep', 'pron', 'coord', 'sub', 'adv']) if (cls(c, x, s)) return null;
  // (A reflexive may come first: "In Berlin traf sich die Kanzlerin mit X und betonte, C".)
  const f = w(c, s + 1) === 'sich' ? s + 2 : s + 1;
  if (NOMINATIVE.test(w(c, f))) return [f, f];
  if (!cls(c, 'det', f)) return null;
  const e = npForward(c, f, v - 1);
  return e > f && e < v - 1 ? [f, e] : null;
}

/** Whether token k is "und" before a cue verb: the stretch before a content stops there ("lobte X und sagte, C"). */
export function coordinatedCue(c: Ctx, k: number): boolean {
  return w(c, k) === 'und' && cueForms(c, k + 1).length > 0 && !isCap(c, k + 1);
}
