import { cls, isBoundary, isComma, w, type Ctx } from './context.js';
import { trailerOnly } from './en-cues.js';
import type { VerbSite } from './rules.js';

/**
 * "As Ms. Varga put it, the ferry is a relic." / "As the director noted in a memo, …": a cue in a clause that
 * "as" opens at the start of the sentence speaks about the main clause after the comma ("it" stands for it). The
 * start of that clause, or -1. (At the end, ", as X put it." is read as a cue after its content.)
 * A coordinator before "as" leaves it the opener of the clause it joins: "But as the Gazette noted, C", "The pier
 * is old, and, as the board noted, C" (`asOpensClause`).
 */
export function asClauseContent(c: Ctx, site: VerbSite, after: number): number {
  const { v, sA, sB, info } = site;
  let k = v - 1;
  while (k > sA && v - k < 10 && !isBoundary(c, k - 1)) k--;
  if (/^(and|but|yet)$/.test(w(c, k)) && w(c, k + 1) === 'as') k++;
  if (w(c, k) !== 'as' || k + 1 >= v || !(k === sA || asOpensClause(c, k, sA))) return -1;
  let m = after;
  while (m <= sB && m - after <= 10 && !isComma(c, m)) m++;
  if (!isComma(c, m) || m + 2 > sB || !trailerOnly(c, after, m - 1, info.frames.includes('say') ? info.frames : ['say'])) return -1;
  // "…, and, as the board noted, C": C starts after the comma; not a coordinator there, which joins the clause before.
  if (k > sA && cls(c, 'coord', m + 1)) return -1;
  return m + 1;
}

/** "as" at k right after a coordinator that opens the sentence or follows a comma, commas around it allowed. */
function asOpensClause(c: Ctx, k: number, sA: number): boolean {
  let j = k - 1;
  if (j >= sA && isComma(c, j)) j--;
  if (j < sA || !/^(and|but|yet)$/.test(w(c, j))) return false;
  return j === sA || isComma(c, j - 1);
}
