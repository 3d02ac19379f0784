import { cls, isCap, raw, w, type Ctx } from './context.js';
import { nounLexicon } from './en-nouns.js';

/**
 * A speech noun with its that-clause as the subject of the sentence (spec 4, round 15): "The claim that they had
 * won was false.", "The promise that wages would rise was broken." (en-noun-clauses.ts reads the clause up to the
 * main verb). Two readings of the clause are told apart here:
 * - a verb of receiving ("won", "drew", "faced") without its object makes the clause a relative one only on a noun
 *   that can be received from someone ("the criticism that he drew was harsh": cue-nouns.tsv frame `+from`);
 *   on a noun of saying it stands alone ("the claim that they had won");
 * - a word that is also a verb is the clause's subject before a modal or an auxiliary ("that wages would rise");
 * - a clause of two words is one when it is a subject pronoun or a name and a past verb ("The claim that he lied
 *   was false"); other contents need three tokens.
 */

/** Whether the noun names something received from a speaker (frame `+from` in cue-nouns.tsv): "criticism", "praise". */
export function receivable(noun: string): boolean {
  return nounLexicon().nouns.get(noun)?.frames.has('+from') === true;
}

/** Whether the word at s stands before a modal or an auxiliary: a subject noun, not a verb. */
export function subjectBeforeAux(c: Ctx, s: number): boolean {
  return /^(would|will|could|can|might|may|should|must|had|has|have|were|was|is|are)$/.test(w(c, s + 1)) && !cls(c, 'aux', s);
}

/** Whether the two tokens [a, a + 1] are a clause: a subject pronoun or a name, then a past verb ("he lied", "Smith resigned"). */
export function twoWordClause(c: Ctx, [a, b]: [number, number]): boolean {
  if (b !== a + 1 || !(/^(he|she|they|we|i|it)$/.test(w(c, a)) || isCap(c, a))) return false;
  return /^[a-z]+ed$/.test(raw(c, b)) || cls(c, 'past', b);
}
