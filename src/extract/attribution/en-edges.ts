import { cls, w, type Ctx } from './context.js';
import { sayingVerb } from './en-cues.js';

/** Edge forms of the English rules (round 19, spec 5): a relative clause of saying by the speaker. */

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
