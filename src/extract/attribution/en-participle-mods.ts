import { cls, isCap, isWord, raw, w, lemmaSays, type Ctx } from './context.js';

/**
 * Participle modifiers of a noun (reduced relative clauses; spec 3, round 14): "those supporting Clinton", "pre-event
 * disclaimers urging peaceable conduct", "a group backing then-Republican candidate Marco Rubio". The modified noun
 * phrase speaks, the participle is the cue, its object the content. Shapes the reduced-relative test in
 * en-subject.ts did not let through; each check looks at a few tokens after the participle.
 */

/**
 * Whether the object of the participle at v starts at n with a lower-case modifier glued to a name ("backing
 * then-Republican candidate Marco Rubio", "supporting ex-Gov. Jeb Bush"). (Bare common-noun objects, "urging
 * peaceable conduct", were tried: PolNeAR dev Source −0.03, Cue −0.02.)
 */
export const bareObject = (c: Ctx, v: number, n: number): boolean => n === v + 1 && /^[a-z]+-[A-Z]/.test(raw(c, n));

/** Whether the word at k is the demonstrative "those" heading the phrase a participle modifies ("those supporting Clinton"). */
export const thoseHead = (c: Ctx, k: number): boolean => w(c, k) === 'those' && isWord(c, k) && !isCap(c, k + 1);

/**
 * The rules' verbAfterDeterminer hook for "those": an -ing form after it is the participle of a reduced relative
 * with "those" as its head ("those supporting Clinton", "among those backing other candidates"), no noun ("those
 * meetings"): an object follows it (an article, a name, a pronoun, a plain word) rather than a verb.
 */
export function participleAfterThose(c: Ctx, i: number): boolean {
  if (!thoseHead(c, i - 1) || !/ing$/.test(w(c, i))) return false;
  const n = i + 1;
  return isWord(c, n) && !cls(c, 'aux', n) && !cls(c, 'verb', n) && !cls(c, 'werden', n);
}

/**
 * How many verb groups a participle's content holds of its own (`own`, as matrixVerb counts them) when the
 * participle modifies the subject of its sentence ("Protesters shouting ‘she wins’ filled the hall", "Stories
 * alleging cronyism may hurt her"): the sentence needs a finite verb of its own after the subject, so a content with
 * a single finite verb group leaves it to the main clause (0), though a participle of saying may take a clause. The
 * participle follows the phrase right away, and the phrase has no finite verb before it in its sentence. `finite` and `matrix` are en-known's tests.
 */
export function subjectParticipleOwn(c: Ctx, src: [number, number], v: number, a: number, b: number, own: number, finite: (c: Ctx, k: number) => boolean, matrix: (c: Ctx, a: number, b: number, own: number) => number): number {
  // (The participle right after the phrase: "was heard saying C", "kept saying C" have their verb before it.)
  if (own !== 1 || w(c, a - 1) === 'that' || src[1] !== v - 1) return own;
  const sA = c.sents[c.sentOf[src[0]]!]!.firstToken;
  for (let k = sA; k < src[0]; k++) if (finite(c, k)) return own;
  return matrix(c, a, b, 1) < 0 && matrix(c, a, b, 0) > a ? 0 : own;
}

const FUNCTION_CLASSES = ['adv', 'aux', 'werden', 'verb', 'prep', 'pron', 'coord', 'sub', 'neg', 'relative', 'det', 'quant'];

/**
 * The rules' relativeVerb hook beyond documents: a past form of a verb that takes a clause after the relative "that"
 * of a noun ("got a message that said the vote was delayed", "a law that stated …", "a poll that found …"), where
 * "that" + cue word read as a determiner and a noun. Not a past form before a plain noun, which may be an adjective
 * ("that alleged plot").
 */
export function relativeSayVerb(c: Ctx, i: number): boolean {
  if (w(c, i - 1) !== 'that' || c.inQuote[i]! >= 0) return false;
  const word = w(c, i);
  if (/(ing|s)$/.test(word)) return false;
  const forms = c.lex.cueForms.get(word) ?? [];
  if (!forms.some((f) => f.lemma !== word && lemmaSays(c, f.lemma))) return false;
  const p = i - 2;
  if (!isWord(c, p) || FUNCTION_CLASSES.some((x) => cls(c, x, p)) || /(ly|ed)$/.test(w(c, p)) || (c.lex.cueForms.get(w(c, p)) ?? []).some((f) => f.lemma === w(c, p))) return false;
  const n = i + 1;
  return !(isWord(c, n) && /^[a-z]+$/.test(raw(c, n)) && !FUNCTION_CLASSES.some((x) => cls(c, x, n)) && !/^(there|that)$/.test(w(c, n)));
}

/**
 * Whether the participle at v of a verb that speaks only next to a quotation ("read") modifies the noun before it
 * and its quotation follows right after it: "a hat reading “Make Mexico Great Again”", "signs reading “No tolls”"
 * (not a progressive: "was reading “War and Peace”").
 */
export function participleBeforeQuote(c: Ctx, v: number): boolean {
  if (!/ing$/.test(w(c, v)) || c.toks[v + 1]?.kind !== 'quote' || c.inQuote[v + 1]! < 0 || c.inQuote[v]! >= 0) return false;
  const p = v - 1;
  return isWord(c, p) && !FUNCTION_CLASSES.some((x) => cls(c, x, p)) && !/(ly|ed)$/.test(w(c, p));
}
