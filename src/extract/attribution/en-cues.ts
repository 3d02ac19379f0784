import { cls, cueForms, is, isCap, isComma, isWord, w, lemmaSays, saysOrTells, type Ctx } from './context.js';
import { participle } from './en-ing.js';
import { onlyTime } from './en-verbtail.js';
import { openingSourceEnd, predicateAt } from './en-np-end.js';
import { asideSourceEnd } from './en-asides.js';

/**
 * English cue boundaries (used by en.ts): what may stand after a cue that closes a sentence ("…, the mayor said
 * in a statement on Friday.") and which adverbs before a cue verb belong to it ("initially said").
 */

/** Nouns in -ly that are no adverbs: "the family said", "a rally". */
export const NOUNS_IN_LY = /^(family|ally|rally|assembly|supply|reply|monopoly|anomaly|daily|weekly|monthly|quarterly)$/;

/** A lower-case word in -ly (an adverb in most cases: "specifically", "twice" aside). */
export const lowerLy = (c: Ctx, k: number): boolean => /ly$/.test(w(c, k)) && !isCap(c, k) && !NOUNS_IN_LY.test(w(c, k));

/** An adverb: one of the `adv` class (claim-words.tsv) or a lower-case word in -ly ("has long argued", "publicly said"). */
export const adverbAt = (c: Ctx, k: number): boolean => cls(c, 'adv', k) || lowerLy(c, k);

/** A comma at k that opens ", according to Y": Y's report governs the clause before it. */
export const commaAccording = (c: Ctx, k: number): boolean => isComma(c, k) && w(c, k + 1) === 'according' && w(c, k + 2) === 'to';

/** Whether a reading of token k is a verb of saying or telling (a `say` or `tell` frame in cue-verbs.tsv). */
export function sayingVerb(c: Ctx, k: number): boolean {
  return cueForms(c, k).some((f) => lemmaSays(c, f.lemma));
}

/** A finite verb of saying or telling at k outside a quotation ("said", "says", "told"). */
export function finiteSayingVerb(c: Ctx, k: number): boolean {
  return c.inQuote[k]! < 0 && cueForms(c, k).some((f) => f.form === 'finite' && lemmaSays(c, f.lemma));
}

/** Prepositions that open a phrase of medium, place or occasion after a verb of saying ("in a statement", "on Twitter"). */
const TRAILER_PREPOSITION = /^(in|on|at|during|via|through|from|over|before|after|without|amid|despite|under)$/;
/** … of these, the ones whose phrase may be a bare noun or, for "without", a participle. */
const BARE_TRAILER = /^(without|amid|despite|under)$/;

/**
 * Whether [a, b] after a verb of saying that ends its sentence says only when, where or how it was said: a
 * time ("Friday", "last week"), a manner adverb ("sarcastically"), a medium or occasion opened by a preposition
 * ("in a statement", "on Twitter", "during the debate") — no verb, clause or further cue among them, and no
 * preposition the verb takes ("called for", "agreed with"). `frames`: the verb's frames (cue-verbs.tsv).
 */
export function trailerOnly(c: Ctx, a: number, b: number, frames: readonly string[]): boolean {
  if (b < a) return true;
  const saying = saysOrTells(frames);
  if (saying && closingClause(c, a, b)) return true;
  if (b - a > 12) return false;
  // A verb that takes an object closes a statement before it only with a time: "…, NBC announced on Tuesday."
  if (!saying) return onlyTime(c, a, b);
  const prep = TRAILER_PREPOSITION.test(w(c, a)) && !frames.includes(w(c, a));
  // (A part of the day before a day the time tagger reads alone is a time too: "…, she said late Thursday.")
  const partOfDay = /^(late|early)$/.test(w(c, a)) && c.inTime[a + 1] === 1;
  if (!(prep || c.inTime[a] === 1 || lowerLy(c, a) || partOfDay)) return false;
  // A preposition's phrase names something: an article, a name or a time ("in a statement", "on CNN", "on Friday");
  // a bare noun only after the prepositions of manner that take one ("amid cheers", "under oath", "on condition of
  // anonymity"); "without" may take a participle ("without elaborating", "without offering evidence").
  const bare = BARE_TRAILER.test(w(c, a)) || (w(c, a) === 'on' && w(c, a + 1) === 'condition');
  let named = !prep;
  let phraseAt = prep ? a : -1; // the last preposition opening a phrase ("Wednesday [on] a radio show")
  for (let k = a; k <= b; k++) {
    if (k > a && TRAILER_PREPOSITION.test(w(c, k))) phraseAt = k;
    if (k === b && is(c, k, '.', '!', '?')) continue;
    if (!isWord(c, k) && !is(c, k, '-', '’', "'")) return false;
    // ("after"/"before" opening the phrase are prepositions here: "said after the vote".)
    if ((cls(c, 'sub', k) && !(k === a && prep)) || cls(c, 'relative', k) || cls(c, 'aux', k) || cls(c, 'werden', k) || cls(c, 'coord', k) || cls(c, 'pron', k)) return false;
    const governed = k === a + 1 && w(c, a) === 'without';
    // (An -ing word inside the phrase's noun phrase is a noun or adjective: "at a morning briefing".)
    if (!governed && ((participle(c, k) && !(prep && named && k > a && !cls(c, 'prep', k - 1))) || (cueForms(c, k).length > 0 && !cls(c, 'det', k - 1) && !phraseHead(c, k, b, phraseAt >= 0 && k > phraseAt + 1)))) return false;
    if (k > a && (bare || cls(c, 'det', k) || isCap(c, k) || c.inTime[k] === 1)) named = true;
  }
  return named;
}

/**
 * A cue word that heads the noun phrase closing a trailer ("on a radio show", "during Tuesday's conference call"):
 * inside a named prepositional phrase (`inPhrase`), after a lower-case modifier or a possessive, and the last word
 * before the sentence end. A clause after the trailer ("in a statement Democrats warn") has a capitalized subject.
 */
function phraseHead(c: Ctx, k: number, b: number, inPhrase: boolean): boolean {
  if (!inPhrase || !isWord(c, k - 1) || (isCap(c, k - 1) && !is(c, k - 2, '’', "'")) || cueForms(c, k - 1).length > 0) return false;
  return k === b || (k + 1 === b && is(c, b, '.', '!', '?'));
}

/** Subordinators whose clause after a closing cue says when or why it was said, no part of the statement. */
const CLOSING_SUBORDINATOR = /^(as|when|because|while|after|before|since|although|though|whereas)$/;
/** … of these, the ones that are also prepositions ("as a disappointment", "after the vote", "since 1990"). */
const ALSO_PREPOSITION = /^(as|after|before|since)$/;

/**
 * "C, he said as he left." / "C, he said, because …" / "C, he said when asked about Syria.": a subordinate clause
 * (after an optional comma) that runs to the end [a, b] closes the statement before the cue. It opens with a
 * subject pronoun or a participle ("when asked", "after meeting") — after a word that is also a preposition only
 * so, after "as" only with a pronoun ("known as fracking"), else with any word — and holds no comma (a main clause would follow: "…, he said, when she was young, X"),
 * quotation, "that", colon, semicolon or dash.
 */
export function closingClause(c: Ctx, a: number, b: number): boolean {
  if (is(c, a, ',')) a++;
  if (b - a > 30 || b <= a || !CLOSING_SUBORDINATOR.test(w(c, a)) || !isWord(c, a + 1)) return false;
  const n = w(c, a + 1);
  const opens = cls(c, 'pron', a + 1) || (w(c, a) !== 'as' && !isCap(c, a + 1) && (participle(c, a + 1) || /[a-z]ed$/.test(n)));
  if (!opens && ALSO_PREPOSITION.test(w(c, a))) return false;
  for (let k = a + 1; k <= b; k++) {
    if (c.toks[k]!.kind === 'quote' || is(c, k, ',', ';', ':', '—', '–', '(') || w(c, k) === 'that') return false;
  }
  return true;
}

/** Adverbs that may open a clause before its subject but are no part of it ("now", "then", "even", "just recently"). */
const OPENING_ADVERB = /^(now|then|even|just|also|still|again|soon|later|earlier|already|meanwhile|however|instead|so|yet|thus)$/;

/**
 * Past the time and focus adverbs at the start of a speaker phrase [s, e] ("now she", "Even an anti-Trump PAC",
 * "This year Camil", "Just recently the Armenians"): the new start, or s when nothing would be left.
 */
export function leadingAdverbs(c: Ctx, s: number, e: number): number {
  let k = s;
  while (k < e && ((OPENING_ADVERB.test(w(c, k)) || lowerLy(c, k) || (c.inTime[k] === 1 && c.inTime[e] !== 1)) && isWord(c, k + 1))) k++;
  return k;
}

/**
 * "…, according to a poll released Thursday." / "…, according to an email from X obtained by Y.": a phrase cue
 * after the statement names its source up to the sentence end — participles, relative clauses and appositions
 * after the noun phrase describe the source (the noun-phrase walk stops at them). It stops at a semicolon, a dash,
 * a quotation, or a comma before a further clause with a cue (", adding …", ", and …").
 */
export function sourceToSentenceEnd(c: Ctx, i: number, s: number, e: number, sB: number): number {
  const aside = asideSourceEnd(c, i, s, e, sB); // "according to an aide who …, C", "X, as reported by Y, paid …" (en-asides.ts)
  if (aside >= 0) return aside;
  e = pluralHeadEnd(c, i, e, sB);
  if (!is(c, i - 1, ',') && e < sB) return openingSourceEnd(c, e, sB);
  if (e >= sB) return e;
  let end = sB;
  while (end > e && is(c, end, '.', '!', '?', ')', '"', '”', "'", '’') && c.toks[end]!.kind !== 'word') end--;
  // A bare time after the noun phrase is when it was said ("according to a report on Wednesday"), left to the caller.
  let time = true;
  for (let k = e + 1; k <= end && time; k++) time = c.inTime[k] === 1 || (cls(c, 'prep', k) && c.inTime[k + 1] === 1);
  if (time) return e;
  for (let k = e + 1; k <= end; k++) {
    if (c.toks[k]!.kind === 'quote' || is(c, k, ';', '—', '–', ':')) return e;
    if (is(c, k, ',') && (cls(c, 'coord', k + 1) || cls(c, 'sub', k + 1) || cueForms(c, k + 1).length > 0 || w(c, k + 1) === 'but')) return e;
    if (w(c, k) === 'that' && !isWord(c, k - 1)) return e;
    // "The race, according to Smith, is rigged.": the statement's predicate goes on after the comma.
    if (is(c, k, ',') && predicateAt(c, k + 1, end)) return k - 1;
  }
  return end - e > 25 ? e : end;
}

/**
 * "according to news reports, …" / "…, according to court filings.": a plural noun in -s after the phrase's noun
 * phrase, right before a comma or the sentence end, is its head (the noun-phrase walk stops at it, for it is
 * also a verb form: "reports", "records"); the noun phrase's new end, or e.
 */
function pluralHeadEnd(c: Ctx, i: number, e: number, sB: number): number {
  const n = e + 1;
  if (w(c, i) !== 'according' || n > sB || !/[^s']s$/.test(w(c, n)) || isCap(c, n) || !isWord(c, n) || c.inQuote[n]! >= 0) return e;
  if (cls(c, 'aux', n) || cls(c, 'pron', n) || cls(c, 'adv', n)) return e;
  return n === sB || is(c, n + 1, ',', '.', ';', ')') ? n : e;
}

/** A digit. */
const DIGIT = /\d/;

/** Per document: for each sentence, 1 when it is a title-case headline, 0 when not, -1 before it is known. */
const headlines = new WeakMap<Ctx, Int8Array>();

/**
 * Whether sentence si is a headline in title case ("Sanders Says Clinton Is Unqualified"): one line, at least
 * four words, and all words but short function words ("a", "of", "to") capitalized.
 * Computed once per sentence.
 */
export function titleCaseLine(c: Ctx, si: number): boolean {
  let memo = headlines.get(c);
  if (!memo) {
    memo = new Int8Array(c.sents.length).fill(-1);
    headlines.set(c, memo);
  }
  if (memo[si] !== -1) return memo[si] === 1;
  const s = c.sents[si]!;
  let words = 0;
  let lower = 0;
  let ok = !c.text.slice(s.start, s.end).includes('\n');
  for (let k = s.firstToken; ok && k < s.endToken; k++) {
    const t = c.toks[k]!;
    if (t.kind !== 'word') continue;
    words++;
    // A word that opens with a digit has no case ("35PMChris Christie Says …", "2016 Race Heats Up").
    if (!isCap(c, k) && !(w(c, k).length <= 3 || DIGIT.test(c.text[t.start]!) || cls(c, 'prep', k) || cls(c, 'det', k) || cls(c, 'coord', k))) lower++;
  }
  ok = ok && words >= 4 && lower === 0;
  memo[si] = ok ? 1 : 0;
  return ok;
}

/**
 * "said in a statement", "wrote in a joint statement": where a phrase naming the statement itself, right after
 * a cue at k - 1, ends (-1: none). PolNeAR counts it as part of the cue; the nouns are the lexicon's
 * `statement` words (claim-lexicon.tsv).
 */
export function statementPhraseEnd(c: Ctx, k: number): number {
  if (w(c, k) !== 'in' || !cls(c, 'det', k + 1)) return -1;
  for (let n = k + 2; n <= k + 3; n++) if (c.lex.statement.has(w(c, n))) return n;
  return -1;
}
