import { finiteVerb } from './en-known.js';
import { mainSubject } from './en-subject.js';
import { NOUNS_IN_LY } from './en-cues.js';
import { cls, cueForms, isComma, isWord, lemmaSays, raw, w, type Ctx } from './context.js';

/**
 * Quotative inversion ("…, said the minister.", "…, wrote Smith.") is a matter of verbs of saying: the words after
 * the verb are its subject only where the verb takes a clause or a quotation (a `say` or `tell` frame, or `quote`).
 * A verb that takes an object or a topic does not invert: in "The plan fails, criticized the mayor." nobody speaks
 * after the verb, and in "In March, Smith, the mayor, criticized the plan." the words after it are its object.
 */
export function invertingVerb(c: Ctx, v: number): boolean {
  return cueForms(c, v).some((f) => lemmaSays(c, f.lemma) || (c.lex.cueLemmas.get(f.lemma)?.frames.includes('quote') ?? false));
}

/** The longest fronted adjunct between commas ("In a letter to the board on Tuesday,"). */
const MAX_ADJUNCT = 14;
/** How many fronted adjuncts may stand in a row ("Still, on Monday, …"). */
const MAX_ADJUNCTS = 3;

/**
 * Where the clause proper starts after the adjuncts fronted before its subject, each closed by a comma: a
 * prepositional phrase ("In October,", "On the other side,", "In a memo on Tuesday,"), a time ("Friday,"), or a
 * sentence adverb ("Still,", "Meanwhile,"); a leading "And"/"But" goes with them. An adjunct has no finite verb and
 * no subject pronoun ("As it happens," and "After he lost," are clauses). Returns a when nothing is fronted; the
 * comma's next token otherwise. Bounded: at most MAX_ADJUNCTS segments of MAX_ADJUNCT tokens.
 */
export function frontedAdjunctsEnd(c: Ctx, a: number, limit: number): number {
  let s = a;
  if (s < limit && cls(c, 'coord', s)) s++;
  for (let n = 0; n < MAX_ADJUNCTS; n++) {
    let k = s;
    while (k < limit && k - s <= MAX_ADJUNCT && !isComma(c, k)) k++;
    if (k >= limit || !isComma(c, k) || k === s || !adjunct(c, s, k - 1)) break;
    s = k + 1;
  }
  return s === a + 1 && cls(c, 'coord', a) ? a : s;
}

/** Whether [a, b] is a fronted adjunct (frontedAdjunctsEnd): how it opens, and no clause inside. */
function adjunct(c: Ctx, a: number, b: number): boolean {
  const opens = (w(c, a) === 'of' && w(c, a + 1) === 'course' && b === a + 1) || cls(c, 'prep', a) || cls(c, 'adjunctprep', a) || c.inTime[a] === 1 || (b === a && (cls(c, 'adv', a) || lyWord(c, a) || SENTENCE_ADVERB.test(w(c, a))));
  if (!opens) return false;
  for (let k = a; k <= b; k++) {
    if (!isWord(c, k) && !/^[.'’()-]$/.test(raw(c, k))) return false;
    if (c.inQuote[k]! >= 0 || cls(c, 'pron', k) || (k > a && cls(c, 'sub', k) && !cls(c, 'prep', k)) || cls(c, 'relative', k) || cueForms(c, k).some((f) => f.form === 'finite') || (k > a && finiteVerb(c, k))) return false;
  }
  return true;
}

/**
 * A word in -ly that opens a sentence, so capitalized whatever it is: an adverb ("Finally,"), unless it is a noun in -ly
 * or the entity layer reads it as a name ("Italy, the host nation, said …", "Kelly, a spokeswoman, said …").
 */
const lyWord = (c: Ctx, k: number): boolean => /^[a-z]+ly$/.test(w(c, k)) && !NOUNS_IN_LY.test(w(c, k)) && !c.entities?.at(c.toks[k]!.start);

/** Connectives that open a sentence before its subject and a comma ("Still, …", "Instead, …"). */
const SENTENCE_ADVERB = /^(still|instead|indeed|moreover|meanwhile|however|nevertheless|nonetheless|therefore|thus|yet|together|separately|similarly|likewise|overall|finally|first|second|third|now|then|today|yesterday|tonight)$/;

/**
 * The speakerAfterVerb hook: a verb with no subject before it takes the noun phrase after it as its speaker only
 * where it inverts (invertingVerb). Otherwise that phrase is its object ("…, who digested the news and discussed
 * a plan with advisers": no speaker "a plan"), and the speaker is the subject of the sentence's main clause where
 * one stands before the verb; failing that, the phrase stays (the cue is still found).
 */
export function speakerAfterVerb(c: Ctx, v: number, src: [number, number], _sB: number): [number, number] | null {
  if (invertingVerb(c, v)) return src;
  const main = mainSubject(c, v);
  return main && main[1] < v ? main : src;
}
