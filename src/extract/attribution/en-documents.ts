import type { Ctx } from './context.js';

/**
 * Documents that speak (round twelve, spec 2): '"…," the statement read.', '"…," the editorial read.', 'a sign
 * which read "…"'. A verb that introduces only quotations (frame `quote` in cue-verbs.tsv: "read", "continued")
 * is never a noun closing a phrase before the sentence end ("according to a pool report." reads "report" as
 * one): "read" has no noun sense in news.
 */
export function quoteOnly(c: Ctx, lemma: string): boolean {
  return c.lex.cueLemmas.get(lemma)?.frames.includes('quote') === true;
}
