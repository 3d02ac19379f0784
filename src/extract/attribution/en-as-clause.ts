import { isBoundary, isComma, w, type Ctx } from './context.js';
import { trailerOnly } from './en-cues.js';
import type { VerbSite } from './rules.js';

/**
 * "As Ms. Varga put it, the ferry is a relic." / "As the director noted in a memo, …": a cue in a clause that
 * "as" opens at the start of the sentence speaks about the main clause after the comma ("it" stands for it). The
 * start of that clause, or -1. (At the end, ", as X put it." is read as a cue after its content.)
 */
export function asClauseContent(c: Ctx, site: VerbSite, after: number): number {
  const { v, sA, sB, info } = site;
  let k = v - 1;
  while (k > sA && v - k < 10 && !isBoundary(c, k - 1)) k--;
  if (k !== sA || w(c, k) !== 'as' || k + 1 >= v) return -1;
  let m = after;
  while (m <= sB && m - after <= 10 && !isComma(c, m)) m++;
  if (!isComma(c, m) || m + 2 > sB || !trailerOnly(c, after, m - 1, info.frames.includes('say') ? info.frames : ['say'])) return -1;
  return m + 1;
}
