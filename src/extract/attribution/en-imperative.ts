import { cls, cueForms, isCap, isWord, w, type Ctx } from './context.js';

/** Object pronouns after an imperative verb of asking or telling: "Ask him …", "Tell them …". */
const OBJECT = /^(him|her|them|me|us)$/;

/**
 * English (round eleven): a bare verb of asking or telling that opens its sentence before an object pronoun is an
 * imperative ("Ask him what he does, he says not much.", "Tell them the truth."): it has no speaker, and its
 * object is no source. No cue then (the statement that follows may have its own).
 */
export function imperativeCue(c: Ctx, v: number, sA: number): boolean {
  if (v !== sA || !isCap(c, v) || !OBJECT.test(w(c, v + 1)) || !isWord(c, v + 1)) return false;
  return cueForms(c, v).some((f) => f.lemma === w(c, v)) && !cls(c, 'aux', v);
}

/**
 * Whether the cue word at v is a past form of a verb that takes a clause ("said", "told", "claimed"), which never
 * reads as a noun: a cue word after it opens the clause ("said talks failed"). (A verb that takes an object has it
 * there: "announced plans to …".)
 */
export function pastForm(c: Ctx, v: number): boolean {
  const word = w(c, v);
  if (!/^[a-z]+$/.test(word) || word.endsWith('ing')) return false;
  // The cue word after it is a subject: a verb follows it, not a preposition or an article ("released reports on …").
  const after = v + 2;
  if (!isWord(c, after) || isCap(c, after) || cls(c, 'prep', after) || cls(c, 'det', after) || cls(c, 'sub', after) || cls(c, 'coord', after)) return false;
  return cueForms(c, v).some((f) => f.lemma !== word && word !== f.lemma + 's' && word !== f.lemma + 'es' && c.lex.cueLemmas.get(f.lemma)?.frames.some((x) => x === 'say' || x === 'tell') === true && c.lex.cueLemmas.get(f.lemma)?.frames.includes('object') !== true);
}
