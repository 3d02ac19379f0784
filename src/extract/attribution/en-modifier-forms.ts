import { cueForms, isCap, w, type Ctx } from './context.js';
import { adverbAt } from './en-cues.js';

/**
 * A cue word right after an article or a possessive determiner, with only adverbs, `own` or `only` between, is a
 * modifier or a noun, never a finite verb: "its own recommended list", "a politically charged visit", "the newly
 * released figures", "the only hope"; a noun form also after participles, "a newly released email". (A finite verb needs a subject first, and a determiner opens a noun phrase,
 * not a subject of its own: no English clause reads "the said" or "his own claimed". `her` is left out: it is also an
 * object pronoun before a bare verb, "let her say".) Measured on PolNeAR train; the verb rules (en-filters.ts
 * notSpeech) read it.
 */
const DETERMINER = new Set(['the', 'a', 'an', 'its', 'his', 'their', 'our', 'my', 'your', 'whose']);

export function afterDeterminer(c: Ctx, v: number, sA: number): boolean {
  let k = v - 1;
  // (A noun form may follow a participle too: "a newly released email"; a past form may not, "the accused said".)
  const noun = cueForms(c, v).some((f) => w(c, v) === f.lemma || w(c, v) === f.lemma + 's');
  while (k > sA && v - k <= 3 && (adverbAt(c, k) || w(c, k) === 'own' || w(c, k) === 'only' || (noun && /ed$/.test(w(c, k)) && !isCap(c, k)))) k--;
  return k >= sA && DETERMINER.has(w(c, k));
}
