import { readTable } from '../../lang/lexicon.js';
import { w, type Ctx } from './context.js';

/**
 * English verbs that take an object and next to never stand without one (src/lang/en/transitive-verbs.tsv, spec 7
 * of round 14): after a speech noun's "that" and a subject, such a verb with no object of its own makes the clause
 * a relative clause on the noun ("a report that it had commissioned"), not what the noun says.
 */
let forms: Set<string> | null = null;

/** Whether token k is an -s, past or participle form of a verb that needs an object ("commissioned", "wrote"). */
export function objectVerb(c: Ctx, k: number): boolean {
  if (!forms) {
    forms = new Set();
    for (const [, list] of readTable(new URL('../../lang/en/transitive-verbs.tsv', import.meta.url))) for (const f of (list ?? '').split(',')) if (f) forms.add(f);
  }
  return forms.has(w(c, k));
}
