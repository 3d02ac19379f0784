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
