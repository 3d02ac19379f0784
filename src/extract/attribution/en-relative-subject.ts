import { cls, cueForms, isCap, isWord, raw, w, type Ctx } from './context.js';
import { npForward } from './phrases.js';

/** Quantifiers that float after their noun or pronoun: "which both oppose …", "who all say …". */
const FLOATING = /^(both|all|each)$/;

/** Plural nouns without an -s that often stand alone as a subject: "who police say …". */
const BARE_PLURAL = /^(police|people)$/;

/**
 * English (round eleven): whether the single word at e, right after a relative pronoun and before a verb of
 * saying, is that verb's subject ("a plan that some say will fail", "laws that critics say target Muslims", "the
 * man who police say shot him"): a quantifier pronoun (`quantpron` in claim-words.tsv) or a bare plural noun
 * (lower case, in -s but not -ss, no verb of saying: "who knows says" is none; "police", "people").
 */
export function bareRelativeSubject(c: Ctx, e: number): boolean {
  if (!isWord(c, e) || !/^[a-z]+$/.test(raw(c, e)) || c.inQuote[e]! >= 0) return false;
  if (cls(c, 'quantpron', e)) return true;
  if (['adv', 'aux', 'werden', 'verb', 'past', 'prep', 'det', 'pron', 'sub', 'relative', 'coord'].some((x) => cls(c, x, e))) return false;
  return BARE_PLURAL.test(w(c, e)) || (/[^s]s$/.test(w(c, e)) && !/(ous|ss|us|is)$/.test(w(c, e)) && cueForms(c, e).length === 0);
}

/**
 * Whether a verb of saying at v, after the subject word at v - 1, stands in a relative clause whose gap is the
 * subject of the clause it reports: a relative pronoun before the subject and a verb (not an article, a name or a
 * preposition) after the cue — "a plan that some say will fail", "laws that many say target Muslims".
 */
export function relativeGap(c: Ctx, v: number): boolean {
  const n = v + 1;
  if (!/^(that|which|who|whom)$/.test(w(c, v - 2)) || !isWord(c, n) || !/^[a-z']+$/.test(raw(c, n))) return false;
  // (A floating quantifier leaves the pronoun the subject: "which both oppose X"; only verbs of saying report a clause.)
  if (FLOATING.test(w(c, v - 1)) || !cueForms(c, v).some((f) => c.lex.cueLemmas.get(f.lemma)?.frames.includes('say') === true)) return false;
  return !['det', 'prep', 'pron', 'sub', 'coord', 'quant'].some((x) => cls(c, x, n)) && c.inQuote[n]! < 0;
}

/**
 * Where the rest of a relative clause [a, b] ends when the main clause's verb follows it without a comma ("the
 * man who police say killed the officer | was arrested", "voters who many say will decide the race | are young"):
 * before an auxiliary or a form of "be" that follows a noun after the clause's own verb group; b otherwise.
 */
export function relativeClauseEnd(c: Ctx, a: number, b: number): number {
  // (A clause with its own subject is a complement, not the rest of a relative clause: "that he believes Trump is …".)
  if (!/^[a-z']+$/.test(raw(c, a)) || ['det', 'pron', 'quant', 'prep', 'sub', 'quantpron'].some((x) => cls(c, x, a))) return b;
  let k = a;
  // The clause's own verb group: auxiliaries, adverbs, then the verb.
  while (k < b && (cls(c, 'aux', k) || cls(c, 'werden', k) || cls(c, 'adv', k) || cls(c, 'neg', k))) k++;
  for (k++; k <= b; k++) {
    if (c.inQuote[k]! >= 0 || !(cls(c, 'aux', k) || cls(c, 'werden', k))) continue;
    const p = k - 1;
    if (!isWord(c, p) || ['aux', 'werden', 'adv', 'neg', 'sub', 'relative', 'coord', 'prep', 'det', 'pron', 'quant'].some((x) => cls(c, x, p)) || c.inQuote[p]! >= 0) continue;
    return p;
  }
  return b;
}

/**
 * "That is not what Smith told reporters.", "what Melania Trump told NBC News", "what he said was wrong": a
 * free relative "what" before the subject of a verb of saying that ends at e (a pronoun, or a noun phrase of at
 * most five words). Its index, or -1. PolNeAR marks "what" alone as the content.
 */
export function freeRelative(c: Ctx, e: number, sA: number): number {
  if (cls(c, 'pron', e) || SUBJECT.test(w(c, e))) return e - 1 >= sA && w(c, e - 1) === 'what' ? e - 1 : -1;
  for (let k = e - 1; k >= sA && e - k <= 5; k--) {
    if (!isWord(c, k) || c.inQuote[k]! >= 0) return -1;
    if (w(c, k) === 'what') return k < e && npForward(c, k + 1, e + 1) === e ? k : -1;
  }
  return -1;
}

/** Subject pronouns other than the `pron` class: "what I said", "what you told". */
const SUBJECT = /^(i|you)$/;

/**
 * Whether a clause follows the verb of saying at v after a free relative "what", up to b: "what he said was
 * wrong", "what researchers say they need" (content: "what" and the clause) — not a listener, a topic or a time
 * ("what Smith told reporters", "what it says about America", "what he said Monday": "what" alone).
 */
export function clauseAfterWhat(c: Ctx, v: number, b: number, frames: readonly string[]): boolean {
  const n = v + 1;
  if (n > b || frames.includes('tell') || c.inTime[n] || !isWord(c, n) || isCap(c, n) || cls(c, 'prep', n) || cls(c, 'det', n) || w(c, n) === 'about') return false;
  return true;
}
