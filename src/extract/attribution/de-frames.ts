import { addClaim, cls, is, isBoundary, isComma, kindOf, pronounResolution, trim, unused, w, type Ctx } from './context.js';
import { subjectBefore } from './phrases.js';
import type { VerbSite } from './rules.js';

/**
 * German frames of a cue in a "wie"-clause (round 11): the clause "wie X mitteilte" marks the rest of the
 * sentence as X's statement whatever the verb's own complement ("wie X bekannt gab", "wie X ankündigte"),
 * before or after it ("Zehn Menschen starben, wie die Polizei mitteilte."); and the particle of a separable
 * verb written apart before the verb at the end of such a clause ("wie das Ministerium bekannt gab").
 */

/** The first token of v's clause (after a boundary), or -1 when that clause is no "wie"-clause of the cue. */
function wieClause(c: Ctx, v: number, sA: number): number {
  let a = v;
  while (a > sA && !isBoundary(c, a - 1)) a--;
  return w(c, a) === 'wie' && a < v - 1 ? a : -1;
}

/** Words before a "wie" that make it a comparison ("so groß, wie …", "genauso, wie …", "solche, wie …"). */
const COMPARISON = /^(so|ebenso|genauso|gleich|solch|solche|solchen|solcher|ähnlich|anders)$/;

/** Whether the "wie"-clause at a is a comparison: "so …, wie", "wie er es sagte" (the object "es" stands for a manner). */
function comparison(c: Ctx, a: number, v: number, sA: number): boolean {
  for (let k = a + 1; k < v; k++) if (w(c, k) === 'es') return true;
  for (let k = a - 2; k >= sA && a - k <= 6; k--) {
    if (COMPARISON.test(w(c, k))) return true;
    if (isBoundary(c, k)) break;
  }
  return false;
}

/**
 * Whether the content after the cue is a statement because the cue's clause opens the sentence with "wie"
 * ("Wie das Ministerium bekannt gab, soll die Steuer steigen"): then any verb frames it.
 */
export function wieLead(c: Ctx, site: VerbSite): boolean {
  const a = wieClause(c, site.v, site.sA);
  return a === site.sA || (a > site.sA && cls(c, 'adv', a - 1) && a - 1 === site.sA);
}

/**
 * "C, wie X mitteilte." / "C1, wie X betonte, C2": a "wie"-clause after the statement. The speaker is the
 * clause's subject; the statement is the sentence without the clause.
 */
export function wieAfter(c: Ctx, site: VerbSite): boolean {
  const { v, sA, sB, si, particle, cue, info } = site;
  const a = wieClause(c, v, sA);
  if (a < sA + 2 || !isComma(c, a - 1) || comparison(c, a, v, sA)) return false;
  // The clause ends with the verb and its auxiliaries: the sentence end or a comma follows.
  let e = Math.max(v, particle);
  while (e + 1 <= sB && (cls(c, 'aux', e + 1) || cls(c, 'werden', e + 1))) e++;
  if (e < sB && !isComma(c, e + 1) && !is(c, e + 1, '.', '!')) return false;
  const src = subjectBefore(c, a, v);
  if (!src || src[1] >= v) return false;
  // The whole sentence before the clause: its commas close clauses of one statement ("…, einen Boss zu verhaften, wie …").
  const pre = trim(c, sA, a - 2);
  if (!pre) return false;
  const parts: number[][] = [pre];
  if (isComma(c, e + 1) && e + 2 <= sB) {
    const post = trim(c, e + 2, sB);
    if (post) parts.push(post);
  }
  if (!parts.every((p) => unused(c, p[0]!, p[1]!))) return false;
  addClaim(c, { kind: kindOf(c, parts), content: parts, cue, source: src, resolved: pronounResolution(c, src, si), stance: info.stance, rule: 'verb-wie-after', sentence: si });
  return true;
}

/**
 * The particle of a separable cue verb written apart right before the verb that ends its clause ("wie X
 * bekannt gab", "nachdem X bekannt gegeben hatte"), or -1. Short particles ("zu", "an", "mit") are left out:
 * before a final verb they are prepositions or the infinitive's "zu" ("nichts zu sagen").
 */
export function particleBefore(c: Ctx, v: number, particle: string): number {
  if (particle.length < 5 || w(c, v - 1) !== particle) return -1;
  let e = v;
  while (e + 1 < c.toks.length && (cls(c, 'aux', e + 1) || cls(c, 'werden', e + 1))) e++;
  return e + 1 >= c.toks.length || isBoundary(c, e + 1) || is(c, e + 1, '.', '!', '?') ? v - 1 : -1;
}
