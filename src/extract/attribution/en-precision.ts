import { bareForm, cls, is, isCap, isWord, sentenceRange, w, type Ctx } from './context.js';

/**
 * English cue verbs that state nothing where they stand (precision filters, called from the English notACue):
 *  - a yes/no question put with "do" ("Do you support X?", "Does she think …?") asks what the subject holds, it
 *    does not report it;
 *  - an imperative: a bare form that opens its sentence, perhaps after a conjunction or an adverb ("Or support
 *    Paul Ryan.", "Just think about it."), or a verb of asking or telling that opens the range read before an
 *    object pronoun ("Ask him what he does, he says not much.") has no speaker, and its object is no source;
 *  - a bare form that is the object of a verb before it or of a mass quantifier is a noun: "had attracted support
 *    from …", "having generated support and …", "gain enough support to pass", "receives less support than",
 *    "whose support X rallied".
 */

/** Quantifiers of a mass noun: "enough support", "less support", "much support" ("more" also opens a plural subject: "more support X than Y"). */
const MASS = /^(enough|less|much|little)$/;

/** Auxiliaries that open a question before its subject: "Do you …?", "Can you imagine …?", "Would you think …?". */
const INVERTED = /^(do|does|did|don['’]t|doesn['’]t|didn['’]t|can|could|would|will|should|might)$/;

/**
 * Whether the verb at v stands in a question whose auxiliary comes before the subject (its sentence ends with a
 * question mark): "Do you support X?", "Can you imagine if …?", "Or would you think …?".
 */
function doQuestion(c: Ctx, v: number): boolean {
  const [sA, sB] = sentenceRange(c, c.sentOf[v]!);
  if (!is(c, sB, '?')) return false;
  let a = sA;
  if (cls(c, 'coord', a)) a++;
  if (!INVERTED.test(w(c, a)) || a + 1 >= v) return false;
  // The verb belongs to the question's own clause: no boundary between it and the auxiliary.
  for (let k = a + 1; k < v; k++) if (is(c, k, ',', ';', ':', '—', '–') || cls(c, 'sub', k)) return false;
  return true;
}

/**
 * Whether the bare form at v opens its sentence as an imperative (after "or", "and", "but", "just", "please" at
 * most), or opens the range read (from sA: a sentence, or a claim's content for nested claims) capitalized before
 * an object pronoun ("Ask him …").
 */
function imperative(c: Ctx, v: number, sA: number): boolean {
  if (!bareForm(c, v)) return false;
  const first = sentenceRange(c, c.sentOf[v]!)[0];
  let k = v - 1;
  while (k >= first && (cls(c, 'coord', k) || /^(just|please|then|now|so|simply)$/.test(w(c, k)))) k--;
  if (k < first) return true;
  return v === sA && isCap(c, v) && isWord(c, v + 1) && cls(c, 'objpron', v + 1) && !cls(c, 'aux', v);
}

/** Whether the bare form at v is a noun: the object of a participle after an auxiliary, or after a mass quantifier or "whose". */
function objectNoun(c: Ctx, v: number, sA: number): boolean {
  if (v <= sA || !bareForm(c, v)) return false;
  const p = w(c, v - 1);
  if (p === 'whose' || MASS.test(p)) return true;
  // "had attracted support", "having generated support": a participle after "have" takes it as its object.
  return /ed$/.test(p) && v - 2 >= sA && /^(has|have|had|having)$/.test(w(c, v - 2));
}

/** Whether the cue word at v states nothing where it stands (see the module comment). */
export function noStatementVerb(c: Ctx, v: number, sA: number): boolean {
  return doQuestion(c, v) || imperative(c, v, sA) || objectNoun(c, v, sA);
}
