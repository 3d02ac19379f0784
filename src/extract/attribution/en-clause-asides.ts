import { cls, type Ctx } from './context.js';
import { predicateAt } from './en-np-end.js';
import { npForward } from './phrases.js';

/**
 * A parenthetical speaker after an opening adverbial clause (spec 4, round 15): "If the plant closes, officials
 * said, jobs will go.", "When the vote comes, aides say, he will abstain.", "Because the law changed, she argued,
 * the case must be dropped." The speaker speaks for the whole sentence — the adverbial clause and the main clause
 * after the aside — so the content is both parts, the aside left out. A clause that opens with a complementizer or
 * a wh-word ("That he won, …", "What he wants, …") is a subject clause, read elsewhere (en-asides.ts, whSubject).
 * Adverbial subordinators are the `advsub` class of src/lang/en/claim-words.tsv.
 */
/** Whether pre opens with an adverbial subordinator and post (ending before z) is a main clause: a subject and its predicate. */
export function adverbialThenClause(c: Ctx, pre: [number, number], post: [number, number], z: number): boolean {
  if (!cls(c, 'advsub', pre[0]) || pre[1] - pre[0] < 2) return false;
  if (cls(c, 'pron', post[0])) return predicateAt(c, post[0] + 1, z - 1);
  const e = npForward(c, post[0], z);
  return e >= post[0] && predicateAt(c, e + 1, z - 1);
}
