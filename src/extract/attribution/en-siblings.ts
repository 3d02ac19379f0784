import { cls, isComma, pronounResolution, w, type Ctx, type Draft } from './context.js';
import { finiteVerb } from './en-known.js';

/**
 * A second report inside an outer content, split off by the grammar of its boundary (spec 4, round 15): the inner
 * report has a subject of its own right after a clause connective — "and" or a subordinator of contrast or
 * concession ("C1, and the campaign announced C2", "C1 while Sanders suggests C2", "C1, though voters doubt C2"),
 * after a clause (a finite verb) of the outer content. Any verb of the inner report counts then, not only "say": the connective and the new
 * subject show that the clause is no longer the outer speaker's statement. The outer content ends before the
 * connective (and its comma). A report right after the outer verb ("said voters believe C") or after "that" stays
 * nested: no connective stands before it. (Measured on PolNeAR train and dev, "because", "as" and "but" cost
 * Message or Source there and are left out: "because" opens the speaker's own reason more often than a new report.)
 */
const CONNECTIVE = /^(and|while|whereas|though|although)$/;

/** The last token of the outer content part [a, …] when the inner report opens after a connective; or undefined. */
export function connectiveCut(c: Ctx, inner: Draft, a: number): number | undefined {
  const src = inner.source;
  const cue = inner.cue?.[0];
  if (!src || !cue || src[0]! > cue[0]!) return undefined;
  let k = src[0]! - 1;
  // ("even as", "even though")
  if (!CONNECTIVE.test(w(c, k)) || c.inQuote[k]! >= 0) return undefined;
  if (w(c, k - 1) === 'even') k--;
  // (A comma before a connective: "C1, and X said C2".)
  if (isComma(c, k - 1)) k--;
  // (Not a bare coordination of subjects: "Smith and Jones said …" — the connective must follow a clause.)
  if (k - 1 <= a + 1 || cls(c, 'prep', k - 1)) return undefined;
  let clause = false;
  for (let j = a; j < k && !clause; j++) clause = finiteVerb(c, j);
  if (!clause) return undefined;
  // (The new subject is a noun phrase: no verb in it — "the sea level rises argues" is a misreading.)
  for (let j = src[0]!; j <= src[1]!; j++) if (finiteVerb(c, j)) return undefined;
  return k - 1;
}

/** Conjunctions that open a clause and never a speaker's name ("But Richards and Menendez stressed …", "though Mrs. Fiorina said …"). */
const OPENER = /^(and|but|yet|though|although)$/;

/** A source that opens with a clause's conjunction starts after it (the conjunction joins clauses, it names nobody). */
export function connectiveSource(c: Ctx, d: Draft): void {
  const src = d.source;
  if (!src) return;
  let a = src[0]!;
  while (a < src[1]! && OPENER.test(w(c, a)) && c.inQuote[a]! < 0) a++;
  if (a === src[0]! || a > src[1]!) return;
  d.source = [a, src[1]!];
  // ("and he said": the pronoun alone now, resolved to the person it stands for.)
  if (!d.resolved) d.resolved = pronounResolution(c, d.source, d.sentence);
}
