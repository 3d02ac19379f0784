import { cls, cueForms, is, isCap, isComma, isWord, PUNCT_END, raw, type Ctx, w } from './context.js';
import { sayingVerb, trailerOnly } from './en-cues.js';
import { npForward } from './phrases.js';

/**
 * Where an English noun phrase ends (used by en.ts, en-cues.ts, en-inverted.ts, en-spans.ts):
 * - a noun phrase takes no auxiliary or modal: "According to the Times, Smith will run" — the source is "the
 *   Times", not "the Times, Smith will run …" ("the will of", "a can of" after an article are nouns);
 * - a phrase cue between commas ("The race, according to Smith, is rigged.") ends its source at the comma
 *   before the rest of the statement's predicate;
 * - an inverted speaker ("…, said two people familiar with the matter.") takes its post-modifiers (an adjective
 *   or participle with its preposition, a prepositional phrase), but not a trailer that only says when or
 *   where it was said ("…, said Smith on Tuesday.", "…, said Smith in a statement.").
 */

/** The frames a trailer after an inverted speaker is read with: a verb of saying. */
const SAY: readonly string[] = ['say'];

/** Number words that open a counted speaker ("two people familiar with …"). */
const NUMBER_WORD = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|both|few|half)$/;

/** A contracted negation ("won't", "didn't"). */
const negated = (c: Ctx, k: number): boolean => /n['’]t$/.test(w(c, k));

/** Whether the lower-case word at j is an auxiliary or modal that a noun phrase cannot hold (none after an article). */
export function auxEndsPhrase(c: Ctx, j: number): boolean {
  if (!isWord(c, j) || isCap(c, j) || cls(c, 'det', j - 1)) return false;
  return cls(c, 'aux', j) || cls(c, 'werden', j) || negated(c, j);
}

/** Past the auxiliaries (and adverbs among them) that open a verb group at j ("has said", "has also said"): the verb's index, or j. */
export function afterAuxiliaries(c: Ctx, j: number, limit: number): number {
  // (Not a passive: "Mr. Trump has never been charged" is no act of saying.)
  const active = (k: number) => auxEndsPhrase(c, k) && !cls(c, 'werden', k);
  if (j < 0 || !active(j)) return j;
  let n = j + 1;
  while (n < limit && n - j < 4 && (active(n) || cls(c, 'adv', n))) n++;
  return n < limit ? n : j;
}

/** Whether the words from k on open a predicate: adverbs, then an auxiliary, a form of "be", a verb or a past form ("is rigged", "will sue", "never failed"). */
export function predicateAt(c: Ctx, k: number, b: number): boolean {
  let n = k;
  while (n < b && n - k < 3 && (cls(c, 'adv', n) || /ly$/.test(w(c, n))) && !isCap(c, n)) n++;
  if (!isWord(c, n) || isCap(c, n)) return false;
  return cls(c, 'aux', n) || cls(c, 'werden', n) || cls(c, 'verb', n) || negated(c, n) || /^[a-z]+ed$/.test(raw(c, n));
}

/** Whether [a, b] holds a noun that names the statement itself ("in a statement", claim-lexicon.tsv). */
function namesStatement(c: Ctx, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (c.lex.statement.has(w(c, k))) return true;
  return false;
}

/**
 * Whether [s, e] right after a verb of saying can be its inverted speaker: a phrase opened by an article, a
 * number, a quantifier or a name, or a single bare noun ("…, said officials") — not an object ("…, stressed
 * defense issues during …").
 */
function invertedSpeaker(c: Ctx, s: number, e: number): boolean {
  const v = s - 1;
  if (/ing$/.test(w(c, v)) || !sayingVerb(c, v)) return false;
  if (!isWord(c, s) || cls(c, 'prep', s) || w(c, s) === 'to' || cls(c, 'pron', s)) return false;
  if (!(cls(c, 'det', s) || cls(c, 'quant', s) || NUMBER_WORD.test(w(c, s)) || c.toks[s]!.kind === 'number' || isCap(c, s) || s === e)) return false;
  // The words before the comma are a statement, with a verb of their own ("The race is over, said …"), not a
  // subject with its apposition ("Ivanka Trump, the nominee's daughter, noted the rule in the interview").
  const sA = c.sents[c.sentOf[v]!]!.firstToken;
  for (let k = sA; k < v - 1; k++) if (c.toks[k]!.kind === 'quote' || predicateAt(c, k, k + 1) || cueForms(c, k).length > 0) return true;
  return false;
}

/**
 * The main clause's subject when the phrase [s, e] at its start is an opening phrase closed by a comma ("Unlike
 * their counterparts, the superdelegates have to …", "Likewise, a paper from X had this to say"): the noun
 * phrase after the comma whose verb group follows it; else [s, e].
 */
export function subjectAfterOpening(c: Ctx, s: number, e: number, v: number): [number, number] {
  // (Not in a list of names: "Julianne Moore, Kerry Washington and Amy Schumer went on Twitter to …".)
  if (!isComma(c, e + 1) || !(cls(c, 'det', e + 2) || isCap(c, e + 2)) || (e > s && isCap(c, e))) return [s, e];
  const e2 = npForward(c, e + 2, v);
  for (let k = e + 2; k <= e2; k++) if (cls(c, 'coord', k)) return [s, e];
  return e2 > e + 1 && e2 + 1 < v && predicateAt(c, e2 + 1, v) ? [e + 2, e2] : [s, e];
}

/** The last word of a sentence ending at sB, before its closing punctuation. */
export function lastWord(c: Ctx, r: number, sB: number): number {
  let e = sB;
  while (e >= r && (PUNCT_END.has(raw(c, e)) || is(c, e, ')', '"', '”', '’', "'")) && c.toks[e]!.kind !== 'word') e--;
  return e;
}

/**
 * An inverted speaker [s, e] ("…, said X …") at the sentence end: where its phrase ends, or -1 to leave it. A
 * trailer of time or medium inside or after it is cut off (the speaker ends before it); a post-modifier after
 * it ("familiar with the matter", "close to the campaign", "briefed on the talks", "speaking on condition of
 * anonymity", "with knowledge of …") joins it when nothing but that phrase runs to the sentence end.
 */
export function invertedPostModifier(c: Ctx, s: number, e: number, sB: number): number {
  if (!invertedSpeaker(c, s, e)) return -1;
  const end = lastWord(c, e + 1, sB);
  // A trailer that the noun-phrase walk took ("Smith in a statement") or left ("Smith on Tuesday").
  // Inside the phrase only after a name, or when it is a time or names the statement: "officials in Washington" is one phrase.
  for (let k = s + 1; k <= Math.min(e + 1, end); k++) {
    if (isComma(c, k)) break;
    if (!(cls(c, 'prep', k) || c.inTime[k] === 1) || c.inTime[k - 1] === 1 || !trailerOnly(c, k, end, SAY)) continue;
    if (k > e || isCap(c, k - 1) || c.inTime[k] === 1 || c.inTime[k + 1] === 1 || namesStatement(c, k, end)) return k - 1;
  }
  return postModifier(c, e + 1, end) ? end : -1;
}

/**
 * Whether [r, end] is a post-modifier of the noun before it: opened by a preposition, or by an adjective or
 * participle before one ("familiar with", "briefed on", "close to"), or by a participle ("speaking on …"); no
 * clause, quotation or further verb in it.
 */
function postModifier(c: Ctx, r: number, end: number): boolean {
  if (r > end || end - r > 20 || !isWord(c, r) || isCap(c, r)) return false;
  // (A participle may take a time or its agent first: "a report released Tuesday by the agency".)
  const participle = /ed$/.test(w(c, r)) && (c.inTime[r + 1] === 1 || w(c, r + 1) === 'by');
  const opens = cls(c, 'prep', r) || w(c, r) === 'of' || participle || (cls(c, 'prep', r + 1) && !cls(c, 'aux', r) && !cls(c, 'werden', r) && !cls(c, 'verb', r) && (cueForms(c, r).length === 0 || /ed$/.test(w(c, r)))) || /ing$/.test(w(c, r));
  if (!opens) return false;
  for (let k = r; k <= end; k++) {
    if (!isWord(c, k) && !is(c, k, '-', '’', "'", '(', ')') && !(isComma(c, k) && (cls(c, 'det', k + 1) || isCap(c, k + 1)))) return false;
    if (c.inQuote[k]! >= 0 || cls(c, 'sub', k) || cls(c, 'relative', k) || (cueForms(c, k).length > 0 && k > r && !cls(c, 'det', k - 1))) return false;
    if (k > r && (cls(c, 'aux', k) || cls(c, 'werden', k) || negated(c, k))) return false;
  }
  return true;
}

/**
 * "According to two people familiar with the talks, the deal …": the source of a phrase cue that opens the
 * sentence takes a post-modifier up to the comma that closes it; the end of the source, or e.
 */
export function openingSourceEnd(c: Ctx, e: number, sB: number): number {
  let k = e + 1;
  while (k <= sB && k - e <= 14 && !isComma(c, k)) k++;
  if (!isComma(c, k) || k > sB || trailerOnly(c, e + 1, k - 1, SAY)) return e;
  return postModifier(c, e + 1, k - 1) ? k - 1 : e;
}

/** Whether only a trailer of time or medium follows an inverted speaker ending at e ("…, said Smith on Tuesday."). */
export function trailerAfter(c: Ctx, s: number, e: number, sB: number): boolean {
  if (!invertedSpeaker(c, s, e)) return false;
  const end = lastWord(c, e + 1, sB);
  // (After an apposition the trailer follows its closing comma: "…, said Smith, a Republican, on Tuesday.")
  const a = isComma(c, e + 1) && e > s ? e + 2 : e + 1;
  return end >= a && trailerOnly(c, a, end, SAY);
}

/**
 * "Officials briefed on the plan said …", "People who attended the meeting said …": a subject at the start of
 * the clause [a, v) with a post-modifier or a relative clause before its verb (and the verb's auxiliaries and
 * adverbs); the whole phrase, or null.
 */
export function postModifiedSubject(c: Ctx, a: number, v: number): [number, number] | null {
  // Only for a finite verb (a participle or an infinitive has its subject elsewhere: "groups backing X").
  if (/ing$/.test(w(c, v)) || w(c, v - 1) === 'to') return null;
  let end = v - 1;
  while (end > a && (auxEndsPhrase(c, end) || cls(c, 'adv', end) || (/ly$/.test(w(c, end)) && !isCap(c, end)))) end--;
  let s = a;
  while (s < end && cls(c, 'coord', s)) s++;
  if (!(cls(c, 'det', s) || cls(c, 'quant', s) || NUMBER_WORD.test(w(c, s)) || isCap(c, s))) return null;
  const e = npForward(c, s, end + 1);
  if (e < s || e >= end || end - e > 14) return null;
  // (A time or medium says when or how it was said: "Sen. Smith on Wednesday said".)
  if (trailerOnly(c, e + 1, end, SAY)) return null;
  if (/^(who|which)$/.test(w(c, e + 1))) {
    for (let k = e + 2; k <= end; k++) if (!isWord(c, k) || c.inQuote[k]! >= 0 || cls(c, 'sub', k) || cls(c, 'relative', k)) return null;
    return [s, end];
  }
  return postModifier(c, e + 1, end) ? [s, end] : null;
}
