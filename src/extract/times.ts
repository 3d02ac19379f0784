/**
 * Time expressions: dates, months, years, seasons, weeks, weekdays and relative expressions in German and
 * English news, with an ISO 8601 value as precise as the text allows (layer `times`). Also in docs/times.md.
 *
 * How it works: one left-to-right pass over each sentence's tokens. At every token the tagger tries the
 * rules below (each looks at a handful of tokens after it, so the pass is linear) and keeps the longest
 * match; the next search starts after it, so matches never overlap. Every word the rules know (month,
 * weekday and season names, relative words, units, prepositions, ordinal words, tense cues) comes from
 * the lexicon files src/lang/<code>/time-*.tsv, compiled once per language (times-lexicon.ts).
 * Speed: each token is looked up once per document (a memoized hash look-up giving its entries and a
 * bit mask of their classes, so a rule's "is the next word a month" is a bit test), and only tokens that
 * can start an expression (ones with entries, starting with a digit, or "mid-…") reach the grammar; all
 * other tokens, most of a text, are passed over with one flag test. Numbers are checked for a date
 * separator before any numeric-date pattern runs.
 * Where the rules are: times/cursor.ts (tokens and look-ahead helpers, years said in words), times/explicit.ts
 * (dates written out), times/relative.ts (weekdays, relative days, weeks, offsets), times/periods.ts (the week
 * of a date, "within two years", "for 3 days from Monday"), times/days-of.ts ("the last day of March"),
 * times/grammar.ts (ranges, parts of a period, the pass over a sentence); after the pass times-quarters.ts,
 * times-anaphora.ts with times-counted.ts (times counted from another time: "the day before", "two years
 * later"; parts of the day) and times-events.ts (periods anchored to an event).
 *
 * Choices:
 * - Span: the expression with the preposition and article that belong to it ("am 14. Oktober", "im Juni",
 *   "seit vergangenem Herbst", "in diesem Jahr", "den 28.10."), not adverbs before it ("noch"), and no
 *   article that cannot belong to it ("das gestern …" is a relative pronoun). A German ordinal "14."
 *   before a month is part of the date, never a quantity.
 * - Values: "2024-10-14" (day), "2024-10" (month), "2024" (year), "2024-W42" (ISO week), "2023-FA"
 *   (season, TIMEX-style SP/SU/FA/WI; winter Y runs from December Y), "2024-Q3", "2024-H1" (quarter,
 *   half-year), "199" (the 1990s), "18" (the 19th century), and ISO 8601 intervals "A/B" for ranges
 *   ("vom 15. bis 19. November" → "2024-11-15/2024-11-19", "die letzten 3 Jahre", a weekend: its Saturday
 *   and Sunday).
 * - Parts of a period keep the period's precision: "Anfang März" → "2025-03", "Ende 2023" → "2023",
 *   "Mitte der 1990er Jahre" → "199", "earlier this month" → the month. A time of day is dropped:
 *   "am Montagabend", "gestern Abend" → the day; "in der Nacht zum Montag" → the Monday.
 * - Relative expressions are resolved against document.published and marked relative:
 *   gestern/heute/morgen → that day; "vergangene Woche" → the ISO week before; "in diesem Jahr" → the year;
 *   a weekday ("am Dienstag") → the most recent such day on or before the publication date (that day
 *   itself when it is the same weekday), but the first on or after it after a forward preposition ("ab
 *   Freitag", "from Monday"; class forward) or in a sentence with a future cue and no past cue; "letzten Dienstag" → strictly before; "diesen Dienstag" → in the
 *   same ISO week; "nächsten Dienstag" → strictly after; "am Wochenende" → the most recent weekend (in a
 *   sentence with a future cue and no past cue the coming one);
 *   a named month or season with a relative word: "vergangenen Herbst" → the latest autumn that ended
 *   before the publication date (published 2024-10-18: "2023-FA"), "nächsten Sommer" → the first that
 *   starts after it, "diesen Sommer" → the one containing it, else the one in its year; "vor zwei Jahren",
 *   "in drei Wochen", "two weeks ago" → the year, the month, or (for days and weeks) the day that far away;
 *   "within two years" (future cue only) → the interval from the publication date to that far away.
 * - A month, season, quarter or day written without a year ("im Juni", "am 14. Oktober") takes the year
 *   of its occurrence nearest to the publication date, where a future occurrence counts three times its
 *   distance (news looks back: in October "im März" is the past March, "im Dezember" the coming one).
 *   Tense cue: in a sentence with a future word and no past word from the lexicon ("wird", "geplant") a
 *   past occurrence counts three times instead; in one with a past word and no future word ("wurde",
 *   "hatte") only an occurrence that began by the publication date is taken. Past verbs are an open
 *   class, so the cue only tips year-less months, seasons and days (and turns a weekday forward). A bare day
 *   ("am 15.") takes the publication month. All of these count as relative.
 * - Without a publication date, relative expressions are extracted with value null; absolute ones resolve
 *   as far as the text allows: "am 14. Oktober" → "XXXX-10-14" (TIMEX-style), "im Juni" → "XXXX-06".
 * - A four-digit number is a year only in a time context: after "seit"/"since", "Jahr", a month, season
 *   or part word, or after another preposition ("im", "bis", "ab", "in", "by") when no counted noun
 *   follows ("bis 2030 soll", not "bis 2000 Soldaten"; never a bare "2000 Soldaten"), or as a pair
 *   ("1995 bis 1999"). Numeric dates: 14.10.2024, 14.10., 21/04/2016 and 05/2016 (German: day first),
 *   10/14/2024 (English: month first), 2016-05. Two-digit years fall within 80 years before and 20 after
 *   the publication date.
 * - Bare month and season names need a preposition, a relative word, a part word or a year ("im August",
 *   not the name "August Diehl"); decade words need an article or preposition ("in den Zwanzigern", not
 *   "Theo Zwanziger"); English month names are case-sensitive ("may" is a verb). Sets ("jeden Dienstag",
 *   "every year") are skipped.
 */
import { Layer } from '../core/layer.js';
import { addAnaphoricTimes } from './times-anaphora.js';
import { addEventTimes } from './times-events.js';
import { addQuarterTimes } from './times-quarters.js';
import type { Document } from '../core/document.js';
import type { Component } from '../core/pipeline.js';
import { getLanguage, isSupportedLanguage, type SupportedLanguage } from '../lang/index.js';
import type { Sentence } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import '../text/components.js';
import './types.js';
import type { TimeExpression } from './types.js';
import { timeLexicon } from './times-lexicon.js';
import { anchorFrom, type Grain } from './times-calendar.js';
import { TimeCursor, tkOf, type Tk } from './times/cursor.js';
import { tagSentence } from './times/grammar.js';

export type { Grain } from './times-calendar.js';

/** A time expression with the precision of its value (also for a null value). */
export interface TimeMention extends TimeExpression {
  grain: Grain;
}

/**
 * The time expressions of a text, given its tokens and sentences; `published` (ISO 8601) anchors relative
 * expressions. Sorted by start, never overlapping.
 */
export function tagTimes(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lang: SupportedLanguage,
  published: string | null,
): TimeMention[] {
  const lex = timeLexicon(lang);
  // The tagger's view of the tokens (an object per token) is made one sentence at a time and dropped behind,
  // so a big document's tokens are not all doubled at once; the sentence before stays for look-behinds.
  const toks: (Tk | undefined)[] = new Array<Tk | undefined>(tokens.length);
  let sp = 0;
  const made = (x: number): Tk => {
    const t = tokens[x]!;
    while (sp < sentences.length && sentences[sp]!.end <= t.start) sp++;
    return tkOf(text, t, sp < sentences.length && sentences[sp]!.start === t.start, lex);
  };
  const anchor = anchorFrom(published);
  const cursor = new TimeCursor(toks as readonly Tk[], text, lex, getLanguage(lang), anchor);
  const out: TimeMention[] = [];
  // Each sentence's tokens: [lo, hi).
  let lo = 0;
  let previous = 0;
  let kept = 0;
  for (const s of sentences) {
    while (lo < tokens.length && tokens[lo]!.end <= s.start) lo++;
    let hi = lo;
    while (hi < tokens.length && tokens[hi]!.start < s.end) hi++;
    for (let x = Math.max(kept, previous); x < hi; x++) toks[x] ??= made(x);
    tagSentence(cursor, lo, hi, out);
    for (; kept < previous; kept++) toks[kept] = undefined;
    previous = lo;
    lo = hi;
  }
  const withQuarters = addQuarterTimes(text, tokens, out, anchor.real ? anchor : null);
  return addEventTimes(text, tokens, addAnaphoricTimes(text, tokens, sentences, withQuarters, lang, anchor.real ? anchor.n : null), lang);
}

export const timeTagger: Component = {
  name: 'times',
  requires: ['tokens', 'sentences'],
  provides: 'times',
  run(doc: Document) {
    const lang = isSupportedLanguage(doc.lang) ? doc.lang : 'en';
    const items = tagTimes(doc.text, doc.get('tokens').items, doc.get('sentences').items, lang, doc.published);
    doc.set('times', new Layer<TimeExpression>(items));
  },
};
