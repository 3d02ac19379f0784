import { cls, is, isComma, w, type Ctx, type Draft } from './context.js';

/**
 * A report in a non-restrictive relative clause inside an outer content (round 21): "The senator admired Pope
 * Francis, who said the church must change", "He cited a new book, which argues that …". After the comma (or a
 * dash or a bracket) the relative pronoun is the subject of a report of its own, and the clause is no part of
 * what the outer speaker said: the outer content ends before the comma and the inner report is a claim, its source
 * the pronoun. A restrictive clause without the comma ("critics who say …") names the outer content's noun and
 * stays in it (measured on PolNeAR train, splitting it costs Cue, Source and Message).
 */
const RELATIVE = /^(who|which)$/;

/** The last token of the outer content part [a, …] when the inner report opens a relative clause after a comma; or undefined. */
export function relativeCut(c: Ctx, inner: Draft, a: number): number | undefined {
  const src = inner.source;
  const cue = inner.cue?.[0];
  if (!src || !cue || src[0]! > cue[0]!) return undefined;
  let k = src[0]!;
  if (c.inQuote[k]! >= 0 || src[1] !== k || !RELATIVE.test(w(c, k))) return undefined;
  if (!(isComma(c, k - 1) || is(c, k - 1, '—', '–', '('))) return undefined;
  k--;
  if (k - 1 < a || cls(c, 'prep', k - 1)) return undefined;
  return k - 1;
}
