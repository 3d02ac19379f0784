import { cls, is, isComma, w, type Ctx, type Draft } from './context.js';
import { finiteVerb } from './en-known.js';

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

/**
 * "She pledged to close the centers, after he introduced a bill to end them" / "… when the governor vetoed it": a
 * report in a clause of time after "after" or "when" (with a subject of its own, no finite verb in it) inside an
 * outer content is a claim of its own; the outer content ends before the subordinator (and its comma). (Measured
 * on PolNeAR train: "before", "until", "once" and "since" gain nothing, and asking for a finite verb in the outer
 * content first loses the reports after an infinitive: "pledged to close the centers after …".)
 */
const SUBORDINATOR = /^(after|when)$/;

export function timeClauseCut(c: Ctx, inner: Draft, a: number): number | undefined {
  return subordinateCut(c, inner, a, SUBORDINATOR, /^(even|just)$/, false);
}

/**
 * The last token of the outer content part [a, …] when the inner report's subject follows a subordinator (`opener`,
 * perhaps after a focus word `leadIn`: "even as", "just after") and, where `needComma`, a comma before it; or undefined.
 * The subject holds no finite verb, and the outer part neither ends before `a` nor on a preposition.
 */
export function subordinateCut(c: Ctx, inner: Draft, a: number, opener: RegExp, leadIn: RegExp, needComma: boolean): number | undefined {
  const src = inner.source;
  const cue = inner.cue?.[0];
  if (!src || !cue || src[0]! > cue[0]!) return undefined;
  let k = src[0]! - 1;
  if (c.inQuote[k]! >= 0 || !opener.test(w(c, k))) return undefined;
  if (leadIn.test(w(c, k - 1))) k--;
  if (isComma(c, k - 1)) k--;
  else if (needComma) return undefined;
  for (let j = src[0]!; j <= src[1]!; j++) if (finiteVerb(c, j)) return undefined;
  if (k - 1 < a || cls(c, 'prep', k - 1)) return undefined;
  return k - 1;
}
