import { finiteVerb } from './en-known.js';
import { contentWord, nounContinues } from './en-filters.js';
import { cls, cueForms, isCap, isWord, raw, w, type Ctx } from './context.js';

/*
 * Which reading an English word has where a cue word could be a noun or a verb, and where the content it opens
 * ends: a plural after a verb is its object, a past cue verb after a noun's relative "that" is a verb; a quotation
 * that a participle modifier takes ends its content; a clause as subject split by a speaker aside goes on with a
 * bare present predicate.
 */

/**
 * A plural form of a cue word right after a verb is that verb's object, no verb of saying (spec 5, round 14): "He
 * dropped hints at the meeting", "making air quotes with his fingers", "He gave hints about it" — a verb does not
 * follow a verb without a subject of its own between them. Up to two lower-case noun modifiers may stand between
 * the verb and the plural ("making air quotes"). The plural reads as a noun only where a preposition or the rest
 * of a noun phrase follows it: before a clause or an object it stays a verb, and a verb closing a relative
 * clause is left alone ("A woman who attended says the hall was full", "the study he cited suggests that …").
 */
export function pluralObject(c: Ctx, v: number, sA: number): boolean {
  const word = w(c, v);
  if (!cueForms(c, v).some((f) => word === f.lemma + 's' || word === f.lemma + 'es')) return false;
  const n = v + 1;
  if (!isWord(c, n) || !((cls(c, 'prep', n) && w(c, n) !== 'to') || nounContinues(c, n))) return false;
  let q = v - 1;
  while (q > sA && v - q <= 2 && contentWord(c, q) && !/ing$|ed$|s$/.test(w(c, q)) && !isCap(c, q)) q--;
  // (A pronoun subject after a noun opens a relative clause: "the study he cited suggests …".)
  if (q <= sA || cls(c, 'relative', q - 1) || (cls(c, 'pron', q - 1) && q - 2 >= sA && isWord(c, q - 2) && !cls(c, 'coord', q - 2))) return false;
  return /^[a-z]+ing$/.test(w(c, q)) ? contentWord(c, q) && !cls(c, 'det', q - 1) : finiteVerb(c, q) && !cls(c, 'aux', q);
}

/**
 * Where the content of a participle that modifies a noun ends when it opens with a quotation: at the closing
 * mark, which ends the noun phrase ("A hat reading “Make the City Great” sold out", "a sign saying “Keep out” hung
 * on the gate"); -1 when the content at [a, b] does not open with a quotation that closes before b.
 */
export function quotedModifierEnd(c: Ctx, a: number, b: number): number {
  if (c.toks[a]?.kind !== 'quote') return -1;
  const q = c.quotes.find((x) => x.open === a);
  return q && q.close < b && isWord(c, q.close + 1) ? q.close : -1;
}

/**
 * Whether a bare present predicate opens at k after a clause as subject and a speaker aside ("Whether the plant
 * will close, officials said, remains unclear", "What voters want, aides say, matters more"): a lower-case -s
 * form of no closed class, past leading adverbs, before a word or the sentence's end.
 */
export function presentPredicate(c: Ctx, k: number): boolean {
  let n = k;
  while (n - k < 2 && (cls(c, 'adv', n) || /ly$/.test(w(c, n))) && isWord(c, n + 1)) n++;
  return /^[a-z]+[^su']s$/.test(raw(c, n)) && contentWord(c, n) && !cls(c, 'gen', n);
}

/** Closed classes that no head noun of a relative clause belongs to. */
const NOT_HEAD = ['adv', 'aux', 'werden', 'verb', 'prep', 'pron', 'coord', 'sub', 'neg', 'relative', 'det', 'quant'];

/**
 * The rules' relativeVerb hook for verbs with an object: a past form after the relative "that" of a noun, whose
 * object is a name or an object pronoun ("Letters that called him a traitor arrived daily", "ads that accused
 * Smith of lying"), where "that" + cue word would read as a determiner and a noun. A lower-case word after the
 * past form leaves it an adjective ("that alleged plot").
 */
export function relativeObjectVerb(c: Ctx, i: number): boolean {
  const word = w(c, i);
  if (w(c, i - 1) !== 'that' || c.inQuote[i]! >= 0 || !/^[a-z]+ed$/.test(raw(c, i))) return false;
  if (!(c.lex.cueForms.get(word) ?? []).some((f) => f.lemma !== word && c.lex.cueLemmas.get(f.lemma)?.frames.includes('object') === true)) return false;
  const p = i - 2;
  if (!isWord(c, p) || NOT_HEAD.some((x) => cls(c, x, p)) || /(ly|ed|ing)$/.test(w(c, p)) || cueForms(c, p).length > 0) return false;
  const n = i + 1;
  return (cls(c, 'objpron', n) && !/^(it|you|her)$/.test(w(c, n))) || (isCap(c, n) && c.inQuote[n]! < 0);
}
