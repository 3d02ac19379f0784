import { addClaim, cls, cueForms, is, isBoundary, isCap, isComma, isWord, kindOf, pronounResolution, trim, unused, w, type Ctx } from './context.js';
import { contractedSubject } from './en-known.js';
import { relativeGap } from './en-relative-subject.js';
import { npForward } from './phrases.js';
import type { VerbSite } from './rules.js';

/**
 * English verb shapes beyond "X said (that) C" (used by en.ts): a quantifier as the whole subject ("Many
 * believe …", "but some argue …"), questions put to someone ("Asked about X, …", "When asked whether …",
 * "She was asked if …").
 */

/** Quantifiers that may stand alone as a subject: "many believe", "some say", "most think". */
const QUANTIFIER_SUBJECT = /^(many|some|most|few|several|both|all|others|none)$/;

/**
 * Whether the quantifier before the cue word at v is the whole subject of its clause ("Many believe the economy
 * is weak", "…, and some argue that …"), so the cue word is a verb, not a noun ("several questions remain",
 * "some support for the plan"): the quantifier opens the clause and a clause follows the verb (a "that", a
 * pronoun, an article, a name or a number).
 */
export function quantifierSubject(c: Ctx, v: number, sA: number): boolean {
  const q = v - 1;
  if (!QUANTIFIER_SUBJECT.test(w(c, q)) || isCap(c, v)) return false;
  if (q > sA && !isBoundary(c, q - 1) && !cls(c, 'coord', q - 1) && !cls(c, 'sub', q - 1)) return false;
  // (Or between commas, inside the statement: "The deal, many think, is only a matter of time.")
  return clauseAfter(c, v + 1) || relativeGap(c, v) || (isComma(c, q - 1) && (isComma(c, v + 1) || is(c, v + 1, '.', '—', '–')));
}

/** Whether a clause (or an object) opens at n: "that", a pronoun, an article, a name or a number. */
const clauseAfter = (c: Ctx, n: number): boolean =>
  w(c, n) === 'that' || cls(c, 'pron', n) || (cls(c, 'objpron', n) && w(c, n) !== 'whom') || /^(them|him|her|my|your|our)sel(f|ves)$/.test(w(c, n)) || /^(he|she|they|it|we|you|i)['’]/.test(w(c, n)) || cls(c, 'det', n) || (isCap(c, n) && isWord(c, n)) || c.toks[n]?.kind === 'number';

/**
 * Whether a share is the subject of the cue word at v ("Six in 10 say he is decisive", "A mere 9 percent say
 * they …", "48 percent support the plan"), so the bare form is a verb: a clause or an object follows it.
 */
export const shareSubject = (c: Ctx, v: number): boolean => clauseAfter(c, v + 1);

/**
 * Where the listener after a verb of telling ends, `e` being where the noun-phrase walk ended: before an article,
 * possessive or pronoun that opens the reported clause without "that" ("told the AP his firm worked …", "told
 * reporters he would run"), not after "of" or a preposition ("told the leader of the party …").
 */
export function listenerEnd(c: Ctx, after: number, e: number): number {
  for (let k = after + 1; k <= e; k++) {
    // (A subject pronoun with a contracted verb opens the clause too, no possessive: "told voters she's ready",
    // "told the Courier he'd run".)
    if (contractedSubject(c, k) && isWord(c, k - 1) && !cls(c, 'prep', k - 1) && w(c, k - 1) !== 'of') return k - 1;
    if (!(cls(c, 'det', k) || cls(c, 'pron', k)) || !isWord(c, k - 1) || cls(c, 'det', k - 1) || cls(c, 'prep', k - 1) || w(c, k - 1) === 'of') continue;
    return k - 1;
  }
  return e;
}

/** Words that open an indirect question after "asked": "whether", "if", "what", … */
const QUESTION_WORD = /^(whether|if|how|what|who|whom|whose|which|why|when|where)$/;

/** Prepositions that bring the question's topic or the one who asked, not the occasion. */
const TOPIC = /^(about|for|by|to)$/;

/** Time words that may stand between "asked" and the question ("asked Tuesday about X", "asked later whether …"). */
const WHEN = /^(later|again|repeatedly|recently|earlier|today|yesterday|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * A question put to someone, without a speaker of it in the clause: "Asked about the vote, Clinton laughed.",
 * "When asked whether the plan was right, …", "Asked on Fox News who leads the party, he said Ryan.", "She was
 * asked if she had ever been discriminated against." — an unattributed claim whose content is the question
 * (after "about", which joins the cue), up to the comma that closes a participle clause or to the sentence
 * end. "Asked by X to …" names the one who asked: X is the source. True when a claim was made.
 */
/**
 * The passives of asking: "asked", and "questioned", which puts a question in the same frame ("was questioned about
 * the vote", r21 tail). ("pressed about" never reaches this rule: "press" is a cue only with "for".)
 */
const ASKED_LEMMA: Readonly<Record<string, string>> = { asked: 'ask', questioned: 'question' };

export function askedQuestion(c: Ctx, site: VerbSite): boolean {
  const { v, sA, sB, si, cue, info } = site;
  const lemma = ASKED_LEMMA[w(c, v)];
  if (!lemma || !cueForms(c, v).some((f) => f.lemma === lemma)) return false;
  let aux = v - 1;
  while (aux > sA && cls(c, 'adv', aux)) aux--;
  const passive = v > sA && cls(c, 'werden', aux) && w(c, aux) !== 'being';
  // A participle clause: at the sentence start, after "when/if/once/after" or after a comma.
  const opener = /^(when|if|once|after|before|while|as)$/.test(w(c, v - 1));
  // ("… Christie said when asked whether …": "when asked" opens a participle clause wherever it stands.)
  const participle = v === sA || ((opener || isComma(c, v - 1)) && (v - 1 === sA || isBoundary(c, v - 2) || isComma(c, v - 1))) || w(c, v - 1) === 'when';
  if (!passive && !participle) return false;
  let k = v + 1;
  let source: [number, number] | null = null;
  // "Asked by Stephanopoulos to respond …": the one who asked.
  if (w(c, k) === 'by') {
    const e = npForward(c, k + 1, sB + 1);
    if (e < k + 1) return false;
    source = [k + 1, e];
    k = e + 1;
  }
  let about = false;
  // "X was asked a simple question about Y": the question's topic, the noun no part of the cue.
  if (passive && cls(c, 'det', k)) {
    let n = k + 1;
    while (n <= sB && n - k <= 4 && isWord(c, n) && !/^questions?$/.test(w(c, n))) n++;
    if (!/^questions?$/.test(w(c, n)) || !/^(about|on)$/.test(w(c, n + 1))) return false;
    about = true;
    k = n + 2;
  } else if ((cls(c, 'prep', k) && !TOPIC.test(w(c, k))) || WHEN.test(w(c, k))) {
    // "Asked on Fox News who …", "asked in an interview whether …", "asked Tuesday about X", "asked by X at a
    // briefing about Y": the occasion, then the question or its topic (the cue is the verb alone).
    let n = k + 1;
    while (n <= sB && n - k <= 7 && !isBoundary(c, n) && !QUESTION_WORD.test(w(c, n)) && w(c, n) !== 'about') n++;
    if (!QUESTION_WORD.test(w(c, n)) && w(c, n) !== 'about') return false;
    about = w(c, n) === 'about';
    k = about ? n + 1 : n;
  }
  // "asked about X"; "when asked for his position": the preposition joins the cue.
  const cueEnd = !about && (w(c, k) === 'about' || (participle && w(c, k) === 'for' && !source)) ? k : -1;
  if (cueEnd > 0) k++;
  if (!(QUESTION_WORD.test(w(c, k)) || cueEnd > 0 || about || w(c, k) === 'to' || (source && w(c, k) === 'to'))) return false;
  if (w(c, k) === 'to' && !source) return false;
  // The question ends at the comma that closes a participle clause, at a semicolon or dash, or with the sentence.
  let end = k;
  while (end + 1 <= sB && (c.inQuote[end + 1]! < 0) === (c.inQuote[k]! < 0) && !is(c, end + 1, ';', '—', '–') && !(participle && isComma(c, end + 1)) && !(isComma(c, end + 1) && (cls(c, 'coord', end + 2) || cueForms(c, end + 2).length > 0))) end++;
  const content = trim(c, k, end);
  if (!content || !unused(c, content[0], content[1])) return false;
  const parts: number[][] = cue.map((p) => [...p]);
  if (passive && !parts.some(([a, b]) => a! <= aux && aux <= b!)) parts.unshift([aux, aux]);
  if (cueEnd > 0) {
    const last = parts.find((p) => p[1] === v || p[1] === cueEnd);
    if (last) last[1] = cueEnd;
    else parts.push([cueEnd, cueEnd]);
  }
  for (const [a, b] of parts) for (let n = a!; n <= b!; n++) c.used[n] = 1;
  if (source) for (let n = source[0]; n <= source[1]; n++) c.used[n] = 1;
  addClaim(c, {
    kind: source ? kindOf(c, [content]) : 'unattributed',
    content: [content],
    cue: parts,
    source,
    resolved: source ? pronounResolution(c, source, si) : null,
    stance: info.stance,
    rule: 'asked-question',
    sentence: si,
  });
  return true;
}
