import { cls, isComma, w, type Ctx, type Draft } from './context.js';
import { finiteVerb } from './en-known.js';
import { sayingVerb } from './en-cues.js';
import { subordinateCut } from './en-relative-sibling.js';

/**
 * "He said the plan was a mistake, although he supports its aims" / "…, though she did not discuss the terms" /
 * "…, while critics argue it costs too much" / "…, even as he urged calm": a report in a concessive or
 * contrasting clause (after "although", "though", "while", "whereas" or "as" and a comma) inside an outer content
 * is a claim of its own, as the relative and time clauses of en-relative-sibling.ts are: the clause sets another
 * stance beside the outer statement and is no part of it. The outer content ends before the comma; the inner report keeps its own subject. (Only after a
 * comma: "said that while he supports X, he …" opens the outer statement itself. connectiveCut in en-siblings.ts
 * reads "and"/"while"/"though" without a comma, after a finite verb of the outer content and for verbs other than
 * "say"; after a comma the clause is set off from the content whatever its verb, and "as" — left out there —
 * gains on PolNeAR train. "Because" stays out: it gives the speaker's own reason (en-nested.test.ts; on train
 * it gained 3 cue tokens, too few to read every reason so).)
 */
const CONCESSIVE = /^(although|though|while|whereas|as)$/;

/** The last token of the outer content part [a, …] when the inner report opens a concessive clause after a comma; or undefined. */
export function concessiveCut(c: Ctx, inner: Draft, a: number): number | undefined {
  return subordinateCut(c, inner, a, CONCESSIVE, /^even$/, true);
}

/**
 * "She said the agency was in disarray, with her aides noting that it wasted money": an absolute clause after a
 * comma ("with" + its own subject + a participle of saying or telling) inside an outer content is a report of its own, its
 * speaker the subject after "with"; the outer content ends before the comma. (A participle without "with" and a
 * subject of its own — "…, adding that …" — speaks for the outer subject and is read by the verb rules. Nor a participle of attitude: "a poll showed him ahead, with 40 percent supporting him" gives a
 * share of the poll, no report.)
 */
export function absoluteCut(c: Ctx, inner: Draft, a: number): number | undefined {
  const src = inner.source;
  const cue = inner.cue?.[0];
  if (!src || !cue || src[0]! > cue[0]! || !/ing$/.test(w(c, cue[0]!)) || !sayingVerb(c, cue[0]!)) return undefined;
  const k = src[0]! - 1;
  if (c.inQuote[k]! >= 0 || w(c, k) !== 'with' || !isComma(c, k - 1) || src[1]! - src[0]! > 5) return undefined;
  for (let j = src[0]!; j <= src[1]!; j++) if (finiteVerb(c, j)) return undefined;
  if (k - 2 < a || cls(c, 'prep', k - 2)) return undefined;
  return k - 2;
}
