import { addClaim, cls, cueForms, is, isCap, pronounResolution, raw, unused, w, type Ctx } from './context.js';
import { adverb, lacksObject, subjectEnd } from './en-noun-clauses.js';
import { finiteVerb } from './en-known.js';
import { nounLexicon } from './en-nouns.js';

/**
 * A speech noun with its that-clause as the subject of the sentence (spec 4, round 15): "The claim that they had
 * won was false.", "The promise that wages would rise was broken." (en-noun-clauses.ts reads the clause up to the
 * main verb). Two readings of the clause are told apart here:
 * - a verb of receiving ("won", "drew", "faced") without its object makes the clause a relative one only on a noun
 *   that can be received from someone ("the criticism that he drew was harsh": cue-nouns.tsv frame `+from`);
 *   on a noun of saying it stands alone ("the claim that they had won");
 * - a word that is also a verb is the clause's subject before a modal or an auxiliary ("that wages would rise"; not
 *   after a gerund, "by warning that …", whose clause the verb rules read);
 * - a clause of two words is one when it is a subject pronoun or a name and a past verb ("The claim that he lied
 *   was false"); other contents need three tokens;
 * - "to" and a bare verb after the clause's verb is its complement, not a preposition: "the rumor that Lund planned
 *   to resign";
 * - a relative clause on the noun whose verb of saying lacks its object reports the noun phrase: "The rumor that
 *   the senator quoted was false", "a charge that party leaders strongly denied" — source the clause's subject,
 *   cue its verb group, content the noun phrase (the relative "that" belongs to neither).
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

/** "the rumor that the senator quoted": a claim of the relative clause's subject about the noun phrase [a, i]; whether one was made. */
export function relativeReport(c: Ctx, si: number, a: number, i: number, s: number, sB: number): boolean {
  // (The clause opens with its subject: not "that to pay for …".)
  if (cls(c, 'prep', s) || w(c, s) === 'to' || !lacksObject(c, s, sB)) return false;
  const e = subjectEnd(c, s, sB);
  let v = e + 1;
  while (v <= sB && (cls(c, 'aux', v) || cls(c, 'werden', v) || adverb(c, v))) {
    // (A passive is none: "that was denied"; nor an experience: "the greatest fear that I have ever seen".)
    if (cls(c, 'werden', v) || w(c, v) === 'ever') return false;
    v++;
  }
  if (v > sB || c.inQuote[v]! >= 0 || /ing$/.test(w(c, v)) || cueForms(c, v).length === 0 || c.rules.notACue(c, v, s, sB)) return false;
  // (Nothing after the verb that could be its complement: a comma, the sentence end, the main verb; not "planned
  // to endorse", "had voted against".)
  let n = v + 1;
  while (n <= sB && adverb(c, n)) n++;
  if (!(n > sB || is(c, n, '.', ',', ';', ':', '?', '!', '—', '–') || cls(c, 'aux', n) || cls(c, 'werden', n) || finiteVerb(c, n))) return false;
  // (Not the noun of a light verb, "made a claim that he later repeated": the speaker's own act.)
  if (cls(c, 'aux', s) || cls(c, 'werden', s) || nounLexicon().light.has(w(c, a - 1)) || !unused(c, a, v)) return false;
  const set = new Set<number>([v]);
  c.rules.cueExtras(c, v, e + 1, set);
  const from = Math.max(Math.min(...set), e + 1);
  const to = Math.max(...set);
  const source: [number, number] = [s, e];
  for (let k = a; k <= to; k++) c.used[k] = 1;
  const lemma = cueForms(c, v)[0]!.lemma;
  addClaim(c, { kind: 'reported', content: [[a, i]], cue: [[from, to]], source, resolved: pronounResolution(c, source, si), stance: c.lex.cueLemmas.get(lemma)?.stance ?? 'assert', rule: 'noun-relative-report', sentence: si });
  return true;
}

/** Whether "to" at n opens an infinitive (a verb's complement: "planned to resign"), not a preposition's phrase ("voted to the end"). */
export function infinitiveAfter(c: Ctx, n: number): boolean {
  const v = n + 1;
  return w(c, n) === 'to' && /^[a-z]+$/.test(raw(c, v)) && !cls(c, 'det', v) && !cls(c, 'quant', v) && !cls(c, 'pron', v) && !/(?:ing|ed|s)$/.test(w(c, v));
}
