import { cls, cueForms, is, isComma, w, saysOrTells, type Ctx } from './context.js';
import { participle } from './en-ing.js';
import { adverbAt } from './en-cues.js';

/**
 * Gerunds of speech after a preposition, coordinated reports and content ends (round thirteen, spec 4).
 *  - A manner or time adjunct with a gerund after the topic of a reported cue ("charged X after determining
 *    that …", "dismissed the charges by pointing out that …", "is protesting X by giving away …") is no part of
 *    the topic: the topic ends before the preposition, and a gerund of speech there makes its own claim for the
 *    main clause's subject (as "by saying that …" already does after a verb that is no cue).
 *    After a clause content, a time adjunct with a gerund of saying ends it too ("Trump said C on Twitter before
 *    claiming that D", "…, while arguing that …"): the gerund is the speaker's next report (not "by": "said she would
 *    win by telling voters the truth" keeps the means inside the content).
 *    So does "and" + adverb + a participle of a cue verb ("mocking X | and pointedly saying …").
 *    A second gerund after "and" continues the adjunct with the same speaker, whatever its object ("by praising the
 *    staff and urging voters to turn out").
 *  - "from" opens such an adjunct where no verb governs it: "aside from saying he wants …", "…, from saying that
 *    he feels young to playing up his stamina" (a range of acts); after a verb of keeping or refraining ("refrained
 *    from attacking", "stopped him from saying") the act did not take place, and the gerund speaks for no one.
 *  - "for" after an agentless passive of blame or praise before a gerund of saying ("Oz was criticized for saying
 *    that C", "She was praised for arguing that C"): the subject said C, and that is the claim (a blame without
 *    its critics names no one who speaks); other gerunds stay in the blame ("was criticized for trading X").
 *  - A distributive pronoun after a comma is the subject of the participle after it ("The candidates met, each
 *    touting their own experience and saying …", "…, both claiming that …"): an absolute clause, like "with each
 *    saying …"; its participle speaks whatever its object is.
 *  - A content whose subject is a personal pronoun goes on over "and" before a verb of attitude that agrees with
 *    it ("The actress said she was tired of the status quo and wanted a candidate who …", "said he was alarmed and
 *    wanted to see …"): the second verb has the content's subject, not the speaker, and is no new speech act; a
 *    verb of saying there is one ("Smith said taxes would rise and argued that …": two reports). So after an
 *    auxiliary ("… and will see what happens"; not "… and has called for …").
 * Each test looks at a bounded window: linear in the sentence's length.
 */

/** Whether the word at k is a verb form in -ing (en-ing.ts participle): "saying", not "during" or "a briefing". */
function ingForm(c: Ctx, k: number): boolean {
  return /ing$/.test(w(c, k)) && participle(c, k);
}

/** Prepositions that open a manner or time adjunct around a gerund: "by pointing out", "after determining". */
const ADJUNCT = /^(by|after|before|while)$/;

/** Whether the word at k opens a gerund adjunct: "by", "after", "before", "while" (after a comma too) before an -ing verb form. */
export function gerundAdjunct(c: Ctx, k: number): boolean {
  if (c.inQuote[k]! >= 0) return false;
  const p = isComma(c, k) ? k + 1 : k;
  return ADJUNCT.test(w(c, p)) && ingForm(c, p + 1);
}

/** Whether a clause content stops before the adjunct at k ("C before claiming that D", "C, while arguing that D"). */
export function gerundContentStop(c: Ctx, k: number): boolean {
  if (rangeEnd(c, k)) return true;
  if (!gerundAdjunct(c, k)) return false;
  const p = isComma(c, k) ? k + 1 : k;
  // (Not "by": in a clause it gives the means of the clause's verb, "said she would win by telling voters the truth".
  // Ending a verbless content there too, "answered the tweet | by calling X dopey", lost more sources than it
  // gained on PolNeAR dev.)
  return w(c, p) !== 'by' && sayingGerund(c, p + 1);
}

/**
 * Whether the -ing form at v after the coordinator at k continues a gerund adjunct of speech before it ("by praising
 * the staff and urging voters to …", "after thanking the crowd and saying …"): an -ing cue after "by", "after",
 * "before", "while" or "from" that made a claim in the sentence, at most COORDINATED_WINDOW words back.
 */
export function coordinatedGerund(c: Ctx, k: number, v: number): boolean {
  if (!/^(and|or)$/.test(w(c, k)) || c.inQuote[v]! >= 0 || !ingForm(c, v) || cueForms(c, v).length === 0) return false;
  for (const d of c.bySentence.get(c.sentOf[v]!) ?? []) {
    const a = d.cue?.[0]?.[0];
    if (d.removed || a === undefined || a >= k || k - a > COORDINATED_WINDOW || !/ing$/.test(w(c, a))) continue;
    if (/^(by|after|before|while|from)$/.test(w(c, a - 1))) return true;
  }
  return false;
}

/** How far back the gerund that a coordinated one continues may stand. */
const COORDINATED_WINDOW = 12;

/**
 * The topicStop hook: a reported cue's topic ends before a gerund adjunct ("charged X | after determining that …"),
 * and before a coordinated participle of a cue verb after an adverb ("mocking X | and pointedly saying …"; without
 * the adverb the verb rules stop there already).
 */
export function gerundTopicStop(c: Ctx, e: number): boolean {
  if (gerundAdjunct(c, e)) return true;
  if (!/^(and|or|but)$/.test(w(c, e)) || c.inQuote[e]! >= 0) return false;
  let n = e + 1;
  while (n - e <= 2 && adverbAt(c, n)) n++;
  return n > e + 1 && ingForm(c, n) && cueForms(c, n).length > 0;
}

/** Whether the word at k is a quantifier pronoun (`quantpron` in claim-words.tsv: "each", "both", "many") after a comma or dash, right before the participle at v ("…, each touting …"). */
export function distributiveParticiple(c: Ctx, k: number, v: number): boolean {
  if (k !== v - 1 || c.inQuote[k]! >= 0 || !cls(c, 'quantpron', k) || !ingForm(c, v)) return false;
  if (!(isComma(c, k - 1) || is(c, k - 1, '—', '–'))) return false;
  // ("…, both riding with him and eating with him": "both … and" joins two participles of the subject before it.)
  if (w(c, k) === 'both') for (let j = v + 1; j < c.toks.length && j - v <= 8 && c.sentOf[j] === c.sentOf[v]; j++) if (w(c, j) === 'and') return false;
  return true;
}

/** Personal subject pronouns that may open a content and carry a coordinated verb ("she was tired … and wanted …"). */
const CONTENT_SUBJECT = /^(he|she|they|we|i)$/;

/**
 * Whether the content that starts at `start` goes on over the coordinator at k before the verb at n: its subject
 * is a personal pronoun, the coordinator is "and", and the verb is a finite verb of attitude ("wanted", "hoped",
 * "thought", "fears") that agrees with the pronoun.
 */
export function contentGoesOn(c: Ctx, start: number, k: number, n: number): boolean {
  if (w(c, k) !== 'and' || c.inQuote[k]! >= 0 || c.inQuote[n]! >= 0) return false;
  // A comma before "and" closes the content: the verb after it is the speaker's next act ("said he was not ready
  // to back Lund, and suggested that …").
  if (isComma(c, k - 1)) return false;
  const subj = w(c, start);
  if (!CONTENT_SUBJECT.test(subj) || /ing$/.test(w(c, n))) return false;
  const forms = cueForms(c, n);
  if (forms.length === 0 || !forms.every((f) => c.lex.cueLemmas.get(f.lemma)?.stance === 'speculate' || /^(fear|worry)$/.test(f.lemma))) return false;
  // After an auxiliary the verb is bare or a participle and the auxiliary agrees ("… and will see what happens").
  if (n > k + 1) return true;
  // Agreement: a present in -s needs "he"/"she", a bare present "they"/"we"/"I"; a past form agrees with any.
  const v = w(c, n);
  const bare = forms.some((f) => f.lemma === v);
  const third = /^(he|she)$/.test(subj);
  if (bare) return !third;
  if (forms.some((f) => v === f.lemma + 's' || v === f.lemma + 'es' || v === f.lemma.replace(/y$/, 'ies'))) return third;
  return true;
}

/** The verb after the coordinator at k past at most three auxiliaries, adverbs and negations ("and will see", "and would probably back"). */
export function verbAfterAux(c: Ctx, k: number): number {
  let n = k + 1;
  while (n - k <= 3 && (cls(c, 'aux', n) || cls(c, 'adv', n) || cls(c, 'neg', n))) n++;
  return n;
}

/** How far after "from Ving" the "to" of a range of acts may stand ("from saying that … to playing up …"). */
const RANGE_WINDOW = 20;

/** Whether "to" at k closes the first act of a range "from Ving … to Ving" ("from saying that C | to playing up …"). */
function rangeEnd(c: Ctx, k: number): boolean {
  if (w(c, k) !== 'to' || c.inQuote[k]! >= 0 || !ingForm(c, k + 1)) return false;
  for (let j = k - 2; j >= 0 && k - j <= RANGE_WINDOW && c.sentOf[j] === c.sentOf[k]; j--) if (w(c, j) === 'from' && fromAdjunct(c, j)) return true;
  return false;
}

/** Whether "from" at k opens a gerund adjunct: after "aside"/"apart", after a comma or dash, or as the start of a range "from Ving … to Ving". */
export function fromAdjunct(c: Ctx, k: number): boolean {
  if (w(c, k) !== 'from' || c.inQuote[k]! >= 0 || !ingForm(c, k + 1)) return false;
  if (/^(aside|apart)$/.test(w(c, k - 1)) || isComma(c, k - 1) || is(c, k - 1, '—', '–')) return true;
  for (let j = k + 2; j < c.toks.length && j - k <= RANGE_WINDOW && c.sentOf[j] === c.sentOf[k]; j++) {
    if (w(c, j) === 'to' && ingForm(c, j + 1)) return true;
  }
  return false;
}

/** Whether the word at k is a gerund of saying that reports a statement: a cue of saying or telling that is no attitude ("saying", "arguing", "telling"). */
function sayingGerund(c: Ctx, k: number): boolean {
  if (!ingForm(c, k) || c.inQuote[k]! >= 0) return false;
  return cueForms(c, k).some((f) => {
    const info = c.lex.cueLemmas.get(f.lemma);
    return info !== undefined && info.stance !== 'speculate' && saysOrTells(info.frames);
  });
}

/** Whether "for" at k follows an agentless passive participle ("was criticized for", "has been praised for") before a gerund of saying. */
export function passiveFor(c: Ctx, k: number): boolean {
  if (w(c, k) !== 'for' || !sayingGerund(c, k + 1) || !/(ed|en)$/.test(w(c, k - 1))) return false;
  let a = k - 2;
  while (a > 0 && adverbAt(c, a)) a--;
  return cls(c, 'werden', a) || (w(c, a) === 'been' && cls(c, 'aux', a - 1));
}

/**
 * Whether a claim of the sentence has its cue before k: then an adjunct after a comma at k follows the main clause
 * ('"…," the governor said, before clarifying that he, Christie, was …') and opens none before it; the next comma
 * is inside the gerund's content.
 */
export function cueBefore(c: Ctx, k: number): boolean {
  return (c.bySentence.get(c.sentOf[k]!) ?? []).some((d) => !d.removed && d.cue !== undefined && d.cue !== null && d.cue.length > 0 && d.cue.at(-1)![1]! < k);
}
