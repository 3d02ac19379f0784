import { cls, raw, w, type Ctx } from './context.js';
import { degreeStart } from './en-sources.js';
import { finiteVerb } from './en-known.js';
import { npForward } from './phrases.js';

/**
 * Whether "about" at k approximates a number ("said about half of the voters left", "said about 40 percent …"): then
 * it is no topic preposition of the verb before it but the start of its content's subject.
 */
export function approximator(c: Ctx, k: number): boolean {
  if (w(c, k) !== 'about') return false;
  const n = k + 1;
  if (c.toks[n]?.kind === 'number' || cls(c, 'amount', n) || /^[0-9]/.test(raw(c, n))) return true;
  return /^(a|an)$/.test(w(c, n)) && cls(c, 'fraction', n + 1);
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
