import { reducedParticipleVerb } from './en-filters.js';
import { readList } from '../../lang/lexicon.js';
import { strandedTo, verbAfterHer } from './en-verb-frames.js';
import { participleAfterSpeaker, saidObject } from './en-adding.js';
import { degreeStart } from './en-sources.js';
import { participle } from './en-ing.js';
import { clauseAfterInverted, participleAfterInverted } from './en-inverted.js';
import { postModifiedSubject, trailerAfter } from './en-np-end.js';
import { apposedSubjectBefore } from './en-apposed-subject.js';
import { serialList } from './en-serial.js';
import { invertingVerb } from './en-inversion.js';
import { cls, cueForms, is, isCap, isComma, isWord, trim, w, type Ctx, type Draft } from './context.js';

/**
 * English span conventions (PolNeAR's Source): the speaker is the noun phrase with its appositions, not an aside
 * between commas ("Sanders, meanwhile, said" → "Sanders"; "Trump, in Kentucky, said" → "Trump") and not the
 * verb group after it ("Sanders has begun to rebut" → source "Sanders"). A per-claim
 * pass after all rules ran (the tidySpans hook of rules.ts); linear in the source's length.
 */

/** Words that open an aside after a comma (src/lang/en/source-asides.tsv). */
const ASIDES = readList(new URL('../../lang/en/source-asides.tsv', import.meta.url));

/** Whether the segment after the comma at k is an aside, not an apposition of the speaker. */
function aside(c: Ctx, k: number): boolean {
  const j = k + 1;
  if (!isWord(c, j) || isCap(c, j)) return false;
  const lw = w(c, j);
  // "-ly" adverbs and participles describe the moment, not the speaker: "Clinton, clearly frustrated, said".
  return ASIDES.has(lw) || (/ly$/.test(lw) && !cls(c, 'det', j + 1)) || (/ed$/.test(lw) && cueForms(c, j).length === 0 && !cls(c, 'det', j - 2));
}

/** A finite verb or auxiliary in lower case: where a speaker phrase that ran on into its clause ends. */
function verbal(c: Ctx, k: number): boolean {
  return isWord(c, k) && !isCap(c, k) && (cls(c, 'aux', k) || cls(c, 'werden', k) || cls(c, 'verb', k));
}

/** "…, said X." inverts only with a noun phrase after the verb: no auxiliary or verb in it ("…, said the campaign will win" is none). */
export function invertedSourceOk(c: Ctx, src: [number, number], sB: number): boolean {
  if ((trim(c, src[1] + 1, sB) !== null && !trailerAfter(c, src[0], src[1], sB) && !participleAfterSpeaker(c, src[1]) && !participleAfterInverted(c, src[1], sB) && !clauseAfterInverted(c, src[0] - 1, src[1], sB)) || cls(c, 'sub', src[0]) || cls(c, 'relative', src[0]) || participle(c, src[0] - 1)) return false;
  if (apposedSubjectBefore(c, src[0] - 1) || saidObject(c, src[0]) || !invertingVerb(c, src[0] - 1)) return false;
  for (let k = src[0] + 1; k <= src[1]; k++) {
    // An apposition or relative clause after the head phrase has its own verbs (en-inverted.ts).
    if (isComma(c, k) || cls(c, 'relative', k)) break;
    if (verbal(c, k)) return false;
  }
  return true;
}

/** Trims a claim's source to the speaker's noun phrase (PolNeAR's cue does not take the verb group left over). */
export function tidySpans(c: Ctx, d: Draft): void {
  if (!d.source) return;
  const [s, e0] = d.source;
  let e = e0;
  const firstCue = d.cue?.[0]?.[0] ?? -1;
  // ("An official briefed on the plan said": a participle with its preposition modifies the speaker, en-np-end.ts.)
  const pm = firstCue > e0 ? postModifiedSubject(c, s, firstCue) : null;
  let modified = pm !== null && pm[1] >= e0;
  for (let k = s; modified && k < firstCue; k++) if (cls(c, 'coord', k)) modified = false;
  // The head phrase is plain until a comma, relative pronoun or subordinator: a verb after that is its clause's ("Cox, who runs …").
  let plain = !strandedTo(c, e0 + 1); // (a contact relative keeps its verb: "aides I talked to said")
  for (let k = s + 1; k <= e; k++) {
    if (!isWord(c, k) || cls(c, 'relative', k) || cls(c, 'sub', k)) plain = false;
    // (Not the comma of a serial list: "Lund, Ferro, and other board members said", en-serial.ts.)
    if (isComma(c, k) && c.inQuote[k] === c.inQuote[s] && aside(c, k) && !(/^(and|or)$/.test(w(c, k + 1)) && serialList(c, s, e))) {
      e = k - 1;
      break;
    }
    // "Sanders has begun to rebut": the speaker ends before a verb of its clause when the cue follows.
    // (Not a reduced-relative participle the cue is read through: "The report published Tuesday found", en-cue-choice.ts.)
    if (plain && (verbal(c, k) || (firstCue > e0 && pastVerb(c, k) && !(modified && cls(c, 'prep', k + 1) && c.inTime[k + 1] !== 1 && c.inTime[k + 2] !== 1) && reducedParticipleVerb(c, k) !== firstCue)) && isWord(c, k - 1) && !cls(c, 'det', k - 1)) {
      e = k - 1;
      break;
    }
  }
  // A phrase cut off before its noun ("a series of", "the push to include names on the") ends at its last content word.
  // (Only after a phrase cue, whose speaker may run to the sentence end: a verb's inverted speaker ends at its noun phrase.)
  if (firstCue >= 0 && firstCue < s && d.rule.startsWith('phrase-')) e = beforeClause(c, s, e);
  while (e > s && (isComma(c, e) || (dangling(c, e) && !isCap(c, e) && !strandedTo(c, e + 1) && !verbAfterHer(c, e + 1)))) e--; // ("an official she spoke to said", en-verb-frames.ts)
  // A phrase that opens with a preposition or subordinator is no speaker ("to MSNBC's Morning Joe", "When asked").
  // ("At least half of voters" is a quantity: en-sources.ts degreeStart.)
  if (isWord(c, s) && (cls(c, 'prep', s) || cls(c, 'sub', s) || w(c, s) === 'to') && !cls(c, 'relative', s) && !cls(c, 'det', s) && w(c, s) !== 'about' && degreeStart(c, s, s) !== s) {
    d.source = null;
    d.resolved = null;
    return;
  }
  if (noSpeaker(c, s, e)) {
    d.source = null;
    d.resolved = null;
    return;
  }
  if (firstCue > e) e = withIncluded(c, e, firstCue);
  if (e !== e0) d.source = [s, e];
}

/**
 * "Several candidates, including Trump, said": a segment between commas that names members or companions of the
 * speaker ("including", "like", "along with", "as well as") belongs to the source when the cue follows its comma.
 */
function withIncluded(c: Ctx, e: number, cue: number): number {
  if (!isComma(c, e + 1)) return e;
  const j = e + 2;
  const opens = /^(including|like)$/.test(w(c, j)) || (w(c, j) === 'along' && w(c, j + 1) === 'with') || (w(c, j) === 'as' && w(c, j + 1) === 'well' && w(c, j + 2) === 'as');
  if (!opens) return e;
  for (let m = j + 1; m < cue && m - j <= 25; m++) {
    if (c.toks[m]!.kind === 'quote' || (!isWord(c, m) && !isComma(c, m) && !is(c, m, '.', '’', "'", '-', '(', ')', '&'))) return e;
    if (isComma(c, m)) {
      let v = m + 1;
      while (v < cue && (cls(c, 'aux', v) || cls(c, 'adv', v) || cls(c, 'werden', v))) v++;
      if (v === cue) return m - 1;
    }
  }
  return e;
}

/** A function word that cannot end a noun phrase: a preposition, article, conjunction, subordinator or auxiliary. */
function dangling(c: Ctx, k: number): boolean {
  return isWord(c, k) && (cls(c, 'prep', k) || cls(c, 'det', k) || cls(c, 'coord', k) || cls(c, 'sub', k) || cls(c, 'aux', k) || cls(c, 'werden', k) || w(c, k) === 'of' || w(c, k) === 'to');
}

/** A regular past tense after a noun: "the campaign unveiled", "Democrats draw" is none (no -ed). */
function pastVerb(c: Ctx, k: number): boolean {
  return isWord(c, k) && !isCap(c, k) && /^[a-z]+ed$/.test(w(c, k)) && !cls(c, 'prep', k - 1) && !cls(c, 'quant', k - 1) && !cls(c, 'adv', k - 1) && !/ly$/.test(w(c, k - 1));
}

/** A source of punctuation only (a stray quotation mark) names no speaker. */
function noSpeaker(c: Ctx, s: number, e: number): boolean {
  let words = 0;
  for (let k = s; k <= e; k++) if (isWord(c, k)) words++;
  return words === 0;
}

/**
 * A speaker after its phrase cue ("according to X, …") ends before a comma that opens a clause: a
 * segment with a verb or auxiliary ("according to the aide, is that …"), a relative clause or a participle.
 */
function beforeClause(c: Ctx, s: number, e: number): number {
  for (let k = s + 1; k < e; k++) {
    if (!isComma(c, k)) continue;
    const j = k + 1;
    if (cls(c, 'relative', j) || (participle(c, j) && !isCap(c, j) && w(c, j) !== 'including')) return k - 1;
    for (let m = j; m <= e && !isComma(c, m); m++) if (verbal(c, m)) return k - 1;
  }
  return e;
}
