import { cls, is, isCap, isWord, raw, w, saysOrTells, saysNotTells, type Ctx } from './context.js';
import type { VerbSite } from './rules.js';
import { SUBJECT_PRONOUN } from './en-split.js';

/**
 * English: a clause of two words after a verb of saying or thinking that closes its sentence: "said he lied",
 * "said it failed", "told reporters he would", "said Trump won", "said prices rose", "said it works", "said nobody
 * died", "shows that Trump leads". Two words are a clause when the second is a finite verb that shows itself and
 * the first can be its subject:
 *  - a subject pronoun other than "it" takes any following word that is no adverb, preposition or time ("he won",
 *    "she left", "they won't");
 *  - a finite verb: an auxiliary or modal, a negated one ("won't"), a regular past ("failed"), an irregular past
 *    (the `past` and `verb` classes of claim-words.tsv: "won", "rose", "fell"), or — after a singular subject —
 *    a present in -s ("leads", "works"; not "-ss", "-us", "-ous": "boss", "status", "serious");
 *  - a subject: a name (capitalized, not a pronoun or article), "it", a quantifier pronoun (the `quantpron`
 *    class: "nobody", "everyone", "many"), or a lower-case noun ("prices rose", "talks failed") with a past.
 * After "that" the clause is plain, so any such pair counts ("said that Trump leads"). Not: "said Smith Monday"
 * (a capital), "told reporters yesterday" (a time), "said it again" (an adverb), "said Trump supporters" (a plural
 * noun is no present verb after a name unless "that" comes before it).
 */
export function twoWordClause(c: Ctx, a: number, b: number, site: VerbSite): boolean {
  if (!saysOrTells(site.info.frames)) return false;
  if (b + 1 <= site.sB && !is(c, b + 1, '.', '!', '?', ')')) return false;
  if (!isWord(c, a) || !isWord(c, b) || c.inTime[a] || c.inTime[b] || c.inQuote[a]! >= 0) return false;
  if (!/^[a-z']+$/.test(raw(c, b)) || cls(c, 'adv', b) || cls(c, 'prep', b) || cls(c, 'det', b) || cls(c, 'pron', b) || cls(c, 'coord', b)) return false;
  // A regular past, an auxiliary or a negated verb shows itself after any subject but a common noun.
  const shown = cls(c, 'aux', b) || cls(c, 'werden', b) || /n't$/.test(w(c, b)) || /[^e]ed$/.test(w(c, b));
  if (SUBJECT_PRONOUN.test(w(c, a))) return true;
  if (shown && (w(c, a) === 'it' || (isCap(c, a) && !cls(c, 'pron', a) && !cls(c, 'det', a)))) return true;
  if (cls(c, 'quant', b) || cls(c, 'sub', b)) return false;
  if (cls(c, 'det', a) || cls(c, 'prep', a) || cls(c, 'adv', a) || cls(c, 'coord', a) || cls(c, 'sub', a)) return false;
  const past = /[^e]ed$/.test(w(c, b)) || cls(c, 'past', b) || cls(c, 'verb', b);
  const marked = shown || past;
  const bare = /[^su]s$/.test(w(c, b)) && !/ous$/.test(w(c, b)) && !/^[a-z]+'s$/.test(w(c, b));
  const that = w(c, a - 1) === 'that' && a - 1 > site.v;
  // Right after a verb of telling stands its listener ("told Trump aides"); after an inverted verb its speaker
  // ("…, said Trump aides."): there a present in -s is a plural noun.
  const head = a === site.afterCue || a === site.v + 1;
  if (head && site.info.frames.includes('tell') && !site.info.frames.includes('say')) return false;
  const inverted = head && (is(c, site.v - 1, ',') || c.toks[site.v - 1]?.kind === 'quote');
  const present = bare && !inverted;
  if (cls(c, 'quantpron', a)) return marked || (present && SINGULAR_QUANT.test(w(c, a))) || (that && present);
  if (w(c, a) === 'it') return marked || present;
  if (isCap(c, a)) return !cls(c, 'pron', a) && (marked || present);
  // A lower-case noun subject: "prices rose", "talks failed" (not "said hello": one word; not "-ly" adverbs).
  if (!/^[a-z-]+$/.test(raw(c, a)) || /ly$/.test(w(c, a)) || cls(c, 'pron', a) || cls(c, 'aux', a) || cls(c, 'werden', a) || cls(c, 'verb', a) || cls(c, 'past', a) || /[^e]ed$/.test(w(c, a))) return false;
  return past || (that && (marked || present));
}

/** Quantifier pronouns that take a singular verb: "nobody knows", "everything changes". */
const SINGULAR_QUANT = /^(nobody|everybody|somebody|anybody|everyone|someone|anyone|nothing|everything|something|anything|none|each)$/;

/** The two words of a short answer: "not much", "not yet", "probably not", "maybe so", "no way". */
const ANSWER_FIRST = /^(not|no|yes|probably|maybe|perhaps|definitely|absolutely|certainly|surely|hopefully)$/;
const ANSWER_SECOND = /^(not|so|much|yet|really|quite|necessarily|exactly|anymore|way|always)$/;

/**
 * A short answer of two words closing the sentence after a verb of saying ("he says not much.", "She said
 * probably not.", "He said maybe so."): a negation or "yes"/"no" first, or "not"/"so" second — a statement like
 * "said no" (en-verbtail.ts), not a time or a listener.
 */
export function shortAnswer(c: Ctx, a: number, b: number, site: VerbSite): boolean {
  if (!saysNotTells(site.info.frames) || c.inQuote[a]! >= 0) return false;
  if (b + 1 <= site.sB && !is(c, b + 1, '.', '!', '?', ')')) return false;
  if (!ANSWER_FIRST.test(w(c, a)) || !ANSWER_SECOND.test(w(c, b))) return false;
  return /^(not|no|yes)$/.test(w(c, a)) || /^(not|so)$/.test(w(c, b));
}
