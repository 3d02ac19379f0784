import { cls, w, type Ctx } from './context.js';

/**
 * Documents that speak (round twelve, spec 2): '"…," the statement read.', '"…," the editorial read.', 'a sign
 * which read "…"'. A verb that introduces only quotations (frame `quote` in cue-verbs.tsv: "read", "continued")
 * is never a noun closing a phrase before the sentence end ("according to a pool report." reads "report" as
 * one): "read" has no noun sense in news.
 */
export function quoteOnly(c: Ctx, lemma: string): boolean {
  return c.lex.cueLemmas.get(lemma)?.frames.includes('quote') === true;
}

/**
 * "since" between an auxiliary and its verb is an adverb of the verb group ("Several senators have since
 * released statements …", "He has since said …"), not a preposition or subordinator opening a phrase.
 */
export function sinceInGroup(c: Ctx, k: number): boolean {
  return w(c, k) === 'since' && (cls(c, 'aux', k - 1) || cls(c, 'werden', k - 1)) && c.toks[k + 1]?.kind === 'word' && !cls(c, 'det', k + 1) && !cls(c, 'pron', k + 1);
}
