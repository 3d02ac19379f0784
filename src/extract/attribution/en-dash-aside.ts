import { cls, is, isWord, w, type Ctx } from './context.js';

/** A spaced dash token at k ("—", "–", or a hyphen standing alone). */
const dashAt = (c: Ctx, k: number): boolean => is(c, k, '—', '–', '-') && c.toks[k]!.kind === 'punct' && !!c.toks[k - 1] && c.toks[k - 1]!.end < c.toks[k]!.start;

/**
 * "Okafor — a teacher from the harbour town — says C" / "Lund — who rarely flies — told the Courier C" / "Ferro —
 * after a long pause — told me C": an aside between two dashes right before the verb. The speaker is the phrase
 * before the first dash; an apposition (a noun phrase) joins it with both dashes, as a comma-enclosed one does; a
 * relative clause, a prepositional phrase or a subordinate clause is no part of it. `e` is the closing dash;
 * `subject` finds the phrase ending before a token. Null when no aside closes at e.
 */
export function dashAsideSubject(c: Ctx, a: number, e: number, subject: (c: Ctx, a: number, v: number) => [number, number] | null): [number, number] | null {
  if (!dashAt(c, e)) return null;
  let k = e - 2;
  while (k > a && e - k <= 24 && !dashAt(c, k) && !is(c, k, '.', '!', '?', ';', ':')) k--;
  if (k <= a || !dashAt(c, k) || !isWord(c, k - 1) || !isWord(c, k + 1)) return null;
  const head = subject(c, a, k);
  if (!head || head[1] !== k - 1) return null;
  const o = k + 1;
  const clause = cls(c, 'relative', o) || cls(c, 'prep', o) || cls(c, 'sub', o) || /^(who|which|whose|after|before|while|when|as|though|although|even)$/.test(w(c, o));
  return clause ? head : [head[0], e];
}
