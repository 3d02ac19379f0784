import { cueForms, w, type Ctx } from './context.js';

/**
 * English verb idioms of criticism, support and response (spec 3, round 13): multi-word cues listed in
 * src/lang/en/cue-verbs.tsv by their lemma with the words that belong to them as `+word` frames ("take aim" with
 * `+aim`: "took aim at", "seize on" with `+on`: "seized on the remarks"), and the grammar that tells them from
 * the same verbs in other senses.
 */

/**
 * Whether the word after the verb at v is one that its cue lemma lists as its own (`+aim` of "take aim"): then
 * that word is part of the cue, not a cue verb of its own that turns v into a noun ("took aim at": "aim" is a
 * verb of intending elsewhere).
 */
export function ownParticle(c: Ctx, v: number): boolean {
  const next = '+' + w(c, v + 1);
  return cueForms(c, v).some((f) => c.lex.cueLemmas.get(f.lemma)?.frames.includes(next) === true);
}
