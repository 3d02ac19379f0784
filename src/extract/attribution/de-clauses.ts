import { cls, cueForms, isCap, w, type Ctx } from './context.js';
import { isKonjunktiv } from './de-konjunktiv.js';
import type { VerbSite } from './rules.js';

/**
 * German clause edges a cue must not cross:
 *  - an adverb of time or frequency alone in the field before the finite verb is no subject ("Monatelang hatte die
 *    Regierung bestritten, …", "Seither hat der Sprecher behauptet, …": the speaker is the subject after the verb);
 *    words in -lang ("jahrelang", "stundenlang") by their ending, the others are the `fieldadv` class of
 *    src/lang/de/claim-words.tsv;
 *  - the main clause after a report inside a clause opened by "als", "weil", "nachdem" … starts with its finite
 *    verb in the indicative ("Als der Sprecher behauptete, die Lage sei ruhig, [lachten alle]"): the content ends
 *    before it (de-passive.ts beforeMainClause);
 *  - a participle in a verb-final clause is followed by its finite auxiliary ("nachdem der Minister die Zahl als
 *    übertrieben bezeichnet hatte"): the participle reading of a form that is also finite ("bezeichnet").
 */

/** Adverbs of duration in -lang ("monatelang", "jahrzehntelang"), not "Klang", "Belang" or the name "Lang". */
const DURATION = /^\p{L}{3,}(?<!k)lang$/u;

/** Whether the word at i is an adverb of time or frequency that can fill the field before the verb alone. */
export function fieldAdverb(c: Ctx, i: number): boolean {
  return cls(c, 'fieldadv', i) || DURATION.test(w(c, i));
}

/** Closed classes whose words are no finite verb of a main clause. */
const NOT_A_VERB = ['det', 'pron', 'sub', 'relative', 'coord', 'prep', 'adv', 'oblique', 'reflexive', 'neg', 'correlate', 'quantpron', 'fieldadv'];

/**
 * Whether the word at n (after a comma) is the finite verb that opens the main clause after a subordinate clause
 * ("…, reiste er ab", "…, fiel die Aktie", "…, lachten alle", "…, war die Lage ruhig"): a lower-case word of no
 * closed class and not in the Konjunktiv (a reported clause goes on in it), before a subject or object — a pronoun,
 * an article, a capital, a quantifier pronoun ("alle", "niemand") — or an auxiliary in the indicative itself.
 */
export function mainClauseVerb(c: Ctx, n: number): boolean {
  if (c.toks[n]?.kind !== 'word' || isCap(c, n) || isKonjunktiv(c, n)) return false;
  const lw = w(c, n);
  if (/^(zu|um|ohne|statt|so|wie)$/.test(lw)) return false;
  if (cls(c, 'aux', n) || cls(c, 'werden', n) || cls(c, 'sein', n)) return true;
  if (NOT_A_VERB.some((x) => cls(c, x, n))) return false;
  return cls(c, 'pron', n + 1) || cls(c, 'det', n + 1) || cls(c, 'quantpron', n + 1) || isCap(c, n + 1) || /^(es|sich|man)$/.test(w(c, n + 1));
}

/**
 * Whether the cue at site.v reads as a participle: so read, or a form that is also finite followed by its finite
 * auxiliary at the end of a verb-final clause ("…, nachdem X die Zahl als übertrieben bezeichnet hatte").
 */
export function finalParticiple(c: Ctx, site: VerbSite): boolean {
  if (site.form.form === 'participle') return true;
  const next = Math.max(site.v, site.particle) + 1;
  return cls(c, 'aux', next) && cueForms(c, site.v).some((f) => f.form === 'participle' && f.lemma === site.form.lemma);
}

/**
 * The shortContent hook: two words after the cue are a reported clause when a subject (a pronoun or a capitalised
 * noun or name) is followed by a verb in the Konjunktiv ("sagte, er komme", "teilte mit, Hilfe komme").
 */
export function shortClause(c: Ctx, [a, b]: [number, number]): boolean {
  return b === a + 1 && (cls(c, 'pron', a) || isCap(c, a)) && isKonjunktiv(c, b);
}
