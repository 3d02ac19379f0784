import { cls, cueForms, w, type Ctx } from './context.js';
import { negatedAux } from './en-np.js';

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

/**
 * Whether the verb at v is a bare form that its lemma lets speak only as an infinitive or after a modal or "do"
 * (frame marker `bare-to` in cue-verbs.tsv: "to attack the judge", "would push for a vote", "did not back him"),
 * and stands elsewhere: then it is the noun ("an attack on", "at his back", "a push for").
 */
export function bareNeedsInfinitive(c: Ctx, v: number): boolean {
  const word = w(c, v);
  if (!cueForms(c, v).some((f) => f.lemma === word && c.lex.cueLemmas.get(f.lemma)?.frames.includes('bare-to') === true)) return false;
  let p = v - 1;
  while (p > 0 && /^(?:not|never|also|then|now|just|only|n['’]t)$/.test(w(c, p))) p--;
  return !(cls(c, 'modal', p) || negatedAux(c, p) || /^(?:to|do|does|did)$/.test(w(c, p)));
}
