import { raw, w, type Ctx } from './context.js';
import { degreeStart } from './en-sources.js';
import { finiteVerb } from './en-known.js';
import { npForward } from './phrases.js';

/** Words that make "about" an approximator of the amount after it: "about half", "about a third", "about 40 percent", "about halfway". */
const AMOUNT = /^(half|halfway|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|dozens|hundreds|thousands|millions|[$€£])$/;
const FRACTION = /^(third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|dozen|hundred|thousand|million|billion|percent)$/;

/**
 * Whether "about" at k approximates a number ("said about half of the voters left", "said about 40 percent …"): then
 * it is no topic preposition of the verb before it but the start of its content's subject.
 */
export function approximator(c: Ctx, k: number): boolean {
  if (w(c, k) !== 'about') return false;
  const n = k + 1;
  if (c.toks[n]?.kind === 'number' || AMOUNT.test(w(c, n)) || /^[0-9]/.test(raw(c, n))) return true;
  return /^(a|an)$/.test(w(c, n)) && FRACTION.test(w(c, n + 1));
}

/**
 * Whether "at least"/"at most" at k opens a clause after a verb of saying: a quantity, its noun phrase and a finite
 * verb ("reported at least six boats had sunk"), not an object ("reported at least six boats") nor an adjunct.
 */
export function degreeClause(c: Ctx, k: number, sB: number): boolean {
  if (degreeStart(c, k, k) !== k) return false;
  const np = npForward(c, k + 2, sB + 1);
  return np >= k + 2 && np < sB && finiteVerb(c, np + 1);
}
