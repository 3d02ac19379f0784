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
 *   same ISO week; "nächsten Dienstag" → strictly after; "am Wochenende" → the most recent weekend;
 *   a named month or season with a relative word: "vergangenen Herbst" → the latest autumn that ended
 *   before the publication date (published 2024-10-18: "2023-FA"), "nächsten Sommer" → the first that
 *   starts after it, "diesen Sommer" → the one containing it, else the one in its year; "vor zwei Jahren",
 *   "in drei Wochen", "two weeks ago" → the year, the month, or (for days and weeks) the day that far away.
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
import { getLanguage, isSupportedLanguage, type LanguageData, type SupportedLanguage } from '../lang/index.js';
import type { Sentence } from '../text/segment.js';
import type { Token, TokenKind } from '../text/tokenize.js';
import '../text/components.js';
import './types.js';
import type { TimeExpression } from './types.js';
import { CLS, lookupTime, timeLexicon, timeWord, type TimeEntry, type TimeLexicon } from './times-lexicon.js';
import {
  addMonths,
  addMonthsToDay,
  anchorFrom,
  complete,
  dayNumber,
  dayValue,
  daysInMonth,
  formatValue,
  fromDayNumber,
  fullYear,
  isoWeek,
  isValidDate,
  mondayOfWeek,
  relativeYear,
  weekday,
  type Anchor,
  type Grain,
  type Season,
  type Tense,
  type TimeValue,
} from './times-calendar.js';

export type { Grain } from './times-calendar.js';

/** A time expression with the precision of its value (also for a null value). */
export interface TimeMention extends TimeExpression {
  grain: Grain;
}

interface Tk {
  start: number;
  end: number;
  kind: TokenKind;
  text: string;
  entries: readonly TimeEntry[];
  /** The class bits of `entries` (CLS). */
  mask: number;
  /** How many ASCII digits the text starts with. */
  lead: number;
  /** A word whose part before a hyphen is a part word ("mid-October"). */
  hyphenPart: boolean;
  /**
   * Whether an expression can start here: the token has entries, starts with a digit or is a hyphenated
   * part ("mid-2023"). Every rule needs one of these at its first token, so all other tokens are passed over.
   */
  cand: boolean;
}

/** What stands before the expression. */
interface Ctx {
  /** Value of the preposition right before it (day, strong, weak, in, ago), or null. */
  prep: string | null;
  /** An article before it. */
  det: boolean;
  /** Inside a part-of-period phrase ("Ende 2023"). */
  part: boolean;
  /** An end of a range ("vom 15. bis 19. November"). */
  inRange: boolean;
  /** After a preposition that looks ahead ("ab Freitag", "from Monday"). */
  forward?: boolean;
}

interface Match {
  /** Index of the token after the match. */
  e: number;
  v: TimeValue;
  /** Takes no article before it (gestern, vor zwei Jahren): "das gestern …" is a relative pronoun. */
  noDet?: boolean;
}

const NO_CTX: Ctx = { prep: null, det: false, part: false, inRange: false };
const RANGE_CTX: Ctx = { prep: 'day', det: false, part: false, inRange: true };

const UPPER_START = /^\p{Lu}/u;
const ORD_WORD = /^(\d{1,2})(\p{L}+)$/u;
const DATE_DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECADE = /^(\d{4}|\d{2})(\p{L}+)$/u;

/** Whether the token is made of exactly n digits (n > 0), e.g. /^\d{4}$/. */
const digitsOnly = (t: Tk, n: number): boolean => t.lead === n && t.text.length === n;

// Numeric dates, tried with sticky patterns at a token that starts with a digit (longest notations first).
const RX_YMD = /(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\d])/y;
const RX_DMY = /(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/y;
const RX_DM_DOT = /(\d{1,2})\.(\d{1,2})\.(?!\d)/y;
const RX_DM_BARE = /(\d{1,2})\.(\d{1,2})(?![\d.,])/y;
const RX_DM_SLASH = /(\d{2})\/(\d{2})(?![\d/])/y;
const RX_MY = /(\d{1,2})( ?[/-] ?|\. ?)(\d{4})(?!\d)/y;
const RX_YM = /(\d{4})( ?[./-] ?)(\d{2})(?![\d])/y;

const NO_ENTRIES: readonly TimeEntry[] = [];
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function dayOf(y: number | null, mo: number, d: number): TimeValue | null {
  return isValidDate(y, mo, d) ? { g: 'day', y, m: mo, d, rel: false } : null;
}

/** The longer of two matches; the first one on a tie. */
function longer(best: Match | null, m: Match | null): Match | null {
  return m !== null && (best === null || m.e > best.e) ? m : best;
}

function interval(a: TimeValue, b: TimeValue): TimeValue {
  return { g: 'interval', a, b, rel: a.rel || b.rel };
}

const RANGE_GRAINS = new Set<Grain>(['day', 'month', 'year', 'season', 'week', 'weekend', 'quarter', 'half']);

/** Whether two values can be the ends of one range. */
function compatible(a: TimeValue, b: TimeValue): boolean {
  if (!RANGE_GRAINS.has(a.g) || !RANGE_GRAINS.has(b.g)) return false;
  if (a.g === 'day' && a.m === null) return b.g === 'day';
  if (a.g === 'year') return b.g === 'year';
  return true;
}

class TimeTagger {
  private hi = 0;
  /** The tense cue of the sentence being tagged. */
  private tense: Tense = null;

  constructor(
    private readonly toks: readonly Tk[],
    private readonly text: string,
    private readonly lex: TimeLexicon,
    private readonly lang: LanguageData,
    private readonly A: Anchor,
  ) {}

  /** Tags the tokens [lo, hi) of one sentence. */
  tagSentence(lo: number, hi: number, out: TimeMention[]): void {
    this.hi = hi;
    // The sentence's tense cue: a future word and no past word ("wird"), or the reverse ("wurde").
    let mask = 0;
    for (let k = lo; k < hi; k++) mask |= this.toks[k]!.mask;
    const futureWord = (mask & CLS.future) !== 0;
    const pastWord = (mask & CLS.past) !== 0;
    const tense: Tense = futureWord && !pastWord ? 'future' : pastWord && !futureWord ? 'past' : null;
    this.tense = tense;
    let i = lo;
    while (i < hi) {
      if (!this.toks[i]!.cand) {
        i++;
        continue;
      }
      if (this.ent(i, CLS.set)) {
        // "jeden Dienstag", "every year": a recurring set, not a time; skip the expression after it.
        const skipped = this.matchAt(i + 1);
        i = skipped ? skipped.e : i + 1;
        continue;
      }
      const m = this.matchAt(i);
      if (m && m.e > i) {
        const v = complete(m.v, this.A, tense);
        out.push({
          start: this.toks[i]!.start,
          end: this.toks[m.e - 1]!.end,
          value: v.rel && !this.A.real ? null : formatValue(v),
          relative: v.rel,
          grain: v.g,
        });
        i = m.e;
      } else i++;
    }
  }

  // ---- token helpers -------------------------------------------------------------------------------

  private tok(k: number): Tk | undefined {
    return k < this.hi ? this.toks[k] : undefined;
  }

  /** The first entry of class `bit` (a CLS value) of token k. */
  private ent(k: number, bit: number): TimeEntry | undefined {
    if (k >= this.hi) return undefined;
    const t = this.toks[k]!;
    if ((t.mask & bit) === 0) return undefined;
    const es = t.entries;
    for (let x = 0; x < es.length; x++) if (es[x]!.bit === bit) return es[x];
    return undefined;
  }

  private isText(k: number, s: string): boolean {
    return this.tok(k)?.text === s;
  }

  /** Whether token k directly follows token k-1 (no space between). */
  private adjacent(k: number): boolean {
    const t = this.tok(k);
    const p = this.toks[k - 1];
    return t !== undefined && p !== undefined && p.end === t.start;
  }

  /** A plain number token of at most `maxDigits` digits. */
  private int(k: number, maxDigits: number): number | null {
    const t = this.tok(k);
    if (!t || t.kind !== 'number' || t.lead === 0 || t.lead !== t.text.length || t.text.length > maxDigits) return null;
    return Number(t.text);
  }

  /** A count of units: digits or a number word ("zwei", "two", "a"). */
  private countAt(k: number): number | null {
    const n = this.int(k, 3);
    if (n !== null) return n > 0 ? n : null;
    const c = this.ent(k, CLS.count);
    return c ? Number(c.val) : null;
  }

  /** A day written as an ordinal: "14.", "zweiten", "14th", "second". */
  private ordinalAt(k: number): number | null {
    const t = this.tok(k);
    if (!t) return null;
    if (t.kind === 'ordinal' && (t.lead === 1 || t.lead === 2) && t.text.length === t.lead + 1 && t.text.charCodeAt(t.lead) === 46) {
      return parseInt(t.text, 10);
    }
    const w = this.ent(k, CLS.ordword);
    if (w) return Number(w.val);
    if (t.kind === 'word' && (t.lead === 1 || t.lead === 2)) {
      const m = ORD_WORD.exec(t.text);
      if (m && this.lex.daySuffixes.has(m[2]!.toLowerCase())) return Number(m[1]);
    }
    return null;
  }

  /** A day of the month before a month name: an ordinal or a plain number ("14. Oktober", "14 October"). */
  private dayAt(k: number): { d: number; e: number } | null {
    let d = this.ordinalAt(k);
    if (d === null) d = this.int(k, 2);
    return d !== null && d >= 1 && d <= 31 ? { d, e: k + 1 } : null;
  }

  /**
   * Whether the number at k can be a year given what follows: never before a unit or an amount word
   * ("2000 Prozent", "seit 1000 Jahren"); after a weak trigger also not before a counted noun.
   */
  private yearFollows(k: number, strength: 'strong' | 'weak'): boolean {
    const nx = this.tok(k + 1);
    if (!nx) return true;
    if ((nx.mask & (CLS.notyear | CLS.unit)) !== 0) return false;
    if (strength === 'strong' || nx.kind !== 'word' || nx.entries.length > 0) return true;
    if (this.lex.nounsCapitalized) return !UPPER_START.test(nx.text);
    return UPPER_START.test(nx.text) || this.lang.stopwords.has(nx.text.toLowerCase());
  }

  /**
   * A year attached to a day, month or season: "2024", ", 2024" (English after a day), "of 2023",
   * "vergangenen Jahres", "des Jahres 2023", "last year".
   */
  private yearAfter(k: number, allowComma: boolean): { y: number; e: number; rel: boolean } | null {
    let kk = k;
    const comma = allowComma && this.lex.monthDay && this.isText(kk, ',');
    if (comma) kk++;
    if (this.ent(kk, CLS.of)) kk++;
    const t = this.tok(kk);
    if (t && t.kind === 'number' && digitsOnly(t, 4)) {
      const y = Number(t.text);
      // After a comma a counted noun makes it an amount: "In October, 2000 soldiers …".
      if (y >= 1000 && y <= 2199 && this.yearFollows(kk, comma ? 'weak' : 'strong')) return { y, e: kk + 1, rel: false };
      return null;
    }
    let r = kk;
    if (this.ent(r, CLS.det)) r++;
    const rel = this.ent(r, CLS.rel);
    const u = this.ent(r + (rel ? 1 : 0), CLS.unit);
    if (rel && u?.val === 'Y' && !u.pl) return { y: this.A.y + Number(rel.val), e: r + 2, rel: true };
    // "des Vorjahres"
    const ru = r > kk ? this.ent(r, CLS.relunit) : undefined;
    if (ru?.val.startsWith('Y:')) return { y: this.A.y + Number(ru.val.slice(2)), e: r + 1, rel: true };
    if (!rel && u?.val === 'Y' && r > kk) {
      const n = this.tok(r + 1);
      if (n && n.kind === 'number' && digitsOnly(n, 4)) return { y: Number(n.text), e: r + 2, rel: false };
    }
    return null;
  }

  // ---- the grammar ---------------------------------------------------------------------------------

  /** The longest time expression starting at token i, with its preposition and article. */
  private matchAt(i: number): Match | null {
    if (i >= this.hi || !this.toks[i]!.cand) return null;
    let best = this.range(i) ?? this.yearRange(i);
    let j = i;
    let prep: string | null = null;
    let forward = false;
    for (let n = 0; n < 2; n++) {
      const p = this.ent(j, CLS.prep);
      if (!p) break;
      prep = p.val;
      forward ||= this.ent(j, CLS.forward) !== undefined;
      j++;
    }
    let det = false;
    if (this.ent(j, CLS.det)) {
      det = true;
      j++;
    }
    const core = j < this.hi && this.toks[j]!.cand ? this.point(j, { prep, det, part: false, inRange: false, forward }) : null;
    // An article belongs to the expression only where it can stand before it ("der vergangenen Woche",
    // but not "das gestern …", "der dieses Jahr …").
    const detFits = !det || !(core?.noDet || this.ent(j, CLS.rel)?.dem);
    if (core && detFits && (!best || core.e > best.e)) best = core;
    return best;
  }

  /** A single time expression at j (no preposition), extended by what may follow it. */
  private point(j: number, ctx: Ctx): Match | null {
    if (j >= this.hi || !this.toks[j]!.cand) return null;
    let best: Match | null = null;
    best = longer(best, this.numeric(j, ctx));
    best = longer(best, this.dayMonth(j));
    best = longer(best, this.monthDay(j));
    best = longer(best, this.month(j, ctx));
    best = longer(best, this.year(j, ctx));
    best = longer(best, this.season(j, ctx));
    best = longer(best, this.weekdayExpr(j, ctx));
    best = longer(best, this.deictic(j));
    best = longer(best, this.relative(j, ctx));
    best = longer(best, this.relUnitWord(j));
    best = longer(best, this.part(j, ctx));
    best = longer(best, this.offset(j, ctx));
    best = longer(best, this.lastN(j));
    best = longer(best, this.decade(j, ctx));
    best = longer(best, this.ordinalUnit(j));
    best = longer(best, this.night(j));
    best = longer(best, this.rest(j));
    best = longer(best, this.bareDay(j, ctx));
    if (!best) return null;
    const found: Match = best;
    // The ends of a range are not extended: that keeps the look-ahead of every rule bounded.
    if (ctx.inRange) return found;
    const r = this.compose(found, ctx);
    return found.noDet ? { ...r, noDet: true } : r;
  }

  /** "2003 bis 2008", "1995–1999": two years joined without a preposition before them. */
  private yearRange(i: number): Match | null {
    const a = this.tok(i);
    const b = this.tok(i + 2);
    const t = this.ent(i + 1, CLS.to);
    if (!a || !b || !t || (t.val !== 'until' && t.val !== 'dash')) return null;
    if (a.kind !== 'number' || b.kind !== 'number' || !digitsOnly(a, 4) || !digitsOnly(b, 4)) return null;
    const y1 = Number(a.text);
    const y2 = Number(b.text);
    if (y1 < 1000 || y2 > 2199 || y2 <= y1 || y2 - y1 > 100 || !this.yearFollows(i + 2, 'weak')) return null;
    return { e: i + 3, v: interval({ g: 'year', y: y1, rel: false }, { g: 'year', y: y2, rel: false }) };
  }

  /** What may follow a time expression and refine or extend it. */
  private compose(m: Match, ctx: Ctx): Match {
    const v = m.v;
    const k = m.e;
    // "nächstes Jahr im Dezember", "next year in June": a month or season of that year.
    if (v.g === 'year' && this.ent(k, CLS.within)) {
      const mo = this.ent(k + 1, CLS.month);
      if (mo) return { e: k + 2, v: { g: 'month', y: v.y, m: Number(mo.val), rel: v.rel } };
      const se = this.ent(k + 1, CLS.season);
      if (se) return { e: k + 2, v: { g: 'season', y: v.y, s: se.val as Season, rel: v.rel } };
    }
    // "nächste Woche Dienstag", "übernächste Woche am Freitag": that weekday in that week.
    if (v.g === 'week') {
      let kk = k;
      if (this.ent(kk, CLS.prep)?.val === 'day') kk++;
      const wd = this.ent(kk, CLS.weekday);
      if (wd) return { e: kk + 1, v: dayValue(mondayOfWeek(v.y, v.w) + Number(wd.val) - 1, true) };
    }
    // "im November zwischen dem 19. und dem 20.", "diesen Monat vom 4. bis zum 22.": days of that month.
    if (v.g === 'month') {
      const r = this.range(k);
      if (r && r.v.g === 'interval' && r.v.a.g === 'day' && r.v.b.g === 'day' && r.v.b.m === null) {
        const a: TimeValue = { ...r.v.a, m: v.m, y: v.y, rel: r.v.a.rel || v.rel };
        const b: TimeValue = { ...r.v.b, m: v.m, y: v.y, rel: r.v.b.rel || v.rel };
        return { e: r.e, v: interval(a, b) };
      }
    }
    // "14. Oktober bis 18. Oktober", "Montag bis Mittwoch", "von 2014 bis 2018" (after a prepositon).
    if (!ctx.inRange && v.g !== 'interval') {
      const t = this.ent(k, CLS.to);
      if (t && (t.val === 'until' || t.val === 'dash')) {
        let kk = k + 1;
        for (let n = 0; n < 2 && (this.ent(kk, CLS.prep) || this.ent(kk, CLS.det)); n++) kk++;
        const b = this.point(kk, RANGE_CTX);
        if (b && compatible(v, b.v)) return { e: b.e, v: interval(v, b.v) };
      }
    }
    return m;
  }

  /** "vom 15. bis 19. November", "zwischen 2014 und 2018", "from June to August". */
  private range(i: number): Match | null {
    const f = this.ent(i, CLS.from);
    if (!f) return null;
    const kinds = f.val.split('|');
    let j = i + 1;
    if (this.ent(j, CLS.det)) j++;
    const a = this.point(j, RANGE_CTX);
    if (!a) return null;
    const t = this.ent(a.e, CLS.to);
    if (!t || !kinds.includes(t.val)) return null;
    let k = a.e + 1;
    for (let n = 0; n < 2 && (this.ent(k, CLS.prep) || this.ent(k, CLS.det)); n++) k++;
    const b = this.point(k, RANGE_CTX);
    if (!b || !compatible(a.v, b.v)) return null;
    return { e: b.e, v: interval(a.v, b.v) };
  }

  /** The token index whose end is `end`, at or after j, or -1. */
  private tokenEndingAt(j: number, end: number): number {
    for (let k = j; k < this.hi; k++) {
      const t = this.toks[k]!;
      if (t.end === end) return k;
      if (t.end > end) return -1;
    }
    return -1;
  }

  /** Numeric dates: 14.10.2024, 2024-10-14, 21/04/2016, 3-7-07, 2015/08/12, 22.04., 05/2016, 2016-05. */
  private numeric(j: number, ctx: Ctx): Match | null {
    const t = this.tok(j);
    if (!t || t.lead === 0) return null;
    if (t.kind === 'date') {
      const m = DATE_DMY.exec(t.text);
      if (m) {
        const v = dayOf(fullYear(Number(m[3]), m[3]!.length, this.A), Number(m[2]), Number(m[1]));
        return v ? { e: j + 1, v } : null;
      }
      const iso = DATE_ISO.exec(t.text);
      if (iso) {
        const v = dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
        return v ? { e: j + 1, v } : null;
      }
      return null;
    }
    // Every notation below is 1, 2 or 4 digits and then a separator (". / -", or a space and one of them):
    // numbers without one ("12 Prozent") are passed over before any pattern runs.
    const text = this.text;
    const at = t.start;
    let L = 0;
    while (L < 5 && isDigit(text.charCodeAt(at + L))) L++;
    if (L === 3 || L === 5) return null;
    let c = text.charCodeAt(at + L);
    if (c === 32) c = text.charCodeAt(at + L + 1);
    if (c !== 46 && c !== 47 && c !== 45) return null;
    const dotOk = !this.lex.decimalDot;
    let m: RegExpExecArray | null;
    let r: Match | null;
    RX_YMD.lastIndex = at;
    m = RX_YMD.exec(text);
    if (m && !(m[2] === '.' && !dotOk)) {
      r = this.numEnd(j, m, dayOf(Number(m[1]), Number(m[3]), Number(m[4])));
      if (r) return r;
    }
    RX_DMY.lastIndex = at;
    m = RX_DMY.exec(text);
    if (m && !(m[2] === '.' && !dotOk)) {
      const y = fullYear(Number(m[4]), m[4]!.length, this.A);
      const a = Number(m[1]);
      const b = Number(m[3]);
      const [mo, d] = m[2] === '/' ? this.dm(a, b) : [b, a];
      r = this.numEnd(j, m, dayOf(y, mo, d));
      if (r) return r;
    }
    if (dotOk) {
      RX_DM_DOT.lastIndex = at;
      m = RX_DM_DOT.exec(text);
      if (m) {
        r = this.numEnd(j, m, dayOf(null, Number(m[2]), Number(m[1])));
        if (r) return r;
      }
      if (ctx.prep === 'day' || ctx.inRange) {
        RX_DM_BARE.lastIndex = at;
        m = RX_DM_BARE.exec(text);
        if (m) {
          r = this.numEnd(j, m, dayOf(null, Number(m[2]), Number(m[1])));
          if (r) return r;
        }
      }
    }
    RX_DM_SLASH.lastIndex = at;
    m = RX_DM_SLASH.exec(text);
    if (m) {
      const [mo, d] = this.dm(Number(m[1]), Number(m[2]));
      r = this.numEnd(j, m, dayOf(null, mo, d));
      if (r) return r;
    }
    RX_MY.lastIndex = at;
    m = RX_MY.exec(text);
    if (m) {
      const sep = m[2]!;
      const spaced = sep.length > 1;
      const mo = Number(m[1]);
      const y = Number(m[3]);
      if (
        !(sep.includes('.') && (!dotOk || (spaced && !m[1]!.startsWith('0')))) &&
        !(spaced && m[1]!.length !== 2) &&
        !(mo < 1 || mo > 12 || y < 1900 || y > 2099)
      ) {
        r = this.numEnd(j, m, { g: 'month', y, m: mo, rel: false });
        if (r) return r;
      }
    }
    RX_YM.lastIndex = at;
    m = RX_YM.exec(text);
    if (m && !(m[2]!.includes('.') && !dotOk)) {
      const y = Number(m[1]);
      const mo = Number(m[3]);
      // "2011/12" is a span of two years (a season), not December 2011.
      if (!(mo < 1 || mo > 12 || y < 1900 || y > 2099 || (y + 1) % 100 === mo)) {
        r = this.numEnd(j, m, { g: 'month', y, m: mo, rel: false });
        if (r) return r;
      }
    }
    return null;
  }

  /** A numeric date's match: it must end where a token ends. */
  private numEnd(j: number, m: RegExpExecArray, v: TimeValue | null): Match | null {
    if (!v) return null;
    const k = this.tokenEndingAt(j, m.index + m[0].length);
    return k < 0 ? null : { e: k + 1, v };
  }

  /** Month and day of two numbers joined by a slash, by the language's order. */
  private dm(a: number, b: number): [number, number] {
    return this.lex.slashOrder === 'mdy' && a <= 12 && !(b <= 12 && a > 12) && b <= 31 ? [a, b] : [b, a];
  }

  /** "14. Oktober 2024", "am zweiten Februar", "14 October 2024", "the 14th of October". */
  private dayMonth(j: number): Match | null {
    const d = this.dayAt(j);
    if (!d) return null;
    let k = d.e;
    if (this.ent(k, CLS.of)) k++;
    const mo = this.ent(k, CLS.month);
    if (!mo) return null;
    k++;
    const m = Number(mo.val);
    const y = this.yearAfter(k, true);
    if (!isValidDate(y?.y ?? null, m, d.d)) return null;
    return { e: y ? y.e : k, v: { g: 'day', y: y?.y ?? null, m, d: d.d, rel: y?.rel ?? false } };
  }

  /** English month first: "October 14, 2024", "Oct. 14", "October 14th". */
  private monthDay(j: number): Match | null {
    if (!this.lex.monthDay) return null;
    const mo = this.ent(j, CLS.month);
    if (!mo) return null;
    let d = this.ordinalAt(j + 1);
    if (d === null) {
      d = this.int(j + 1, 2);
      if (d !== null && !this.yearFollows(j + 1, 'weak')) return null;
    }
    if (d === null || d < 1 || d > 31) return null;
    const m = Number(mo.val);
    const y = this.yearAfter(j + 2, true);
    if (!isValidDate(y?.y ?? null, m, d)) return null;
    return { e: y ? y.e : j + 2, v: { g: 'day', y: y?.y ?? null, m, d, rel: y?.rel ?? false } };
  }

  /** "im Juni", "Juni 2011", "im Monat Januar", "diesen Januar", "im Juni vergangenen Jahres", "last May". */
  private month(j: number, ctx: Ctx): Match | null {
    let k = j;
    const rel = this.ent(k, CLS.rel);
    if (rel) k++;
    let unitM = false;
    const u = this.ent(k, CLS.unit);
    if (!rel && u?.val === 'M' && !u.pl && this.ent(k + 1, CLS.month)) {
      unitM = true;
      k++;
    } else if (!rel && u?.val === 'M' && !u.pl && this.ent(k + 1, CLS.of) && this.ent(k + 2, CLS.month)) {
      // "the month of September"
      unitM = true;
      k += 2;
    }
    const mo = this.ent(k, CLS.month);
    if (!mo) return null;
    k++;
    const m = Number(mo.val);
    if (rel) {
      const probe: TimeValue = { g: 'month', y: null, m, rel: true };
      return { e: k, v: { g: 'month', y: relativeYear(probe, Number(rel.val), this.A), m, rel: true } };
    }
    const y = this.yearAfter(k, true);
    if (y) return { e: y.e, v: { g: 'month', y: y.y, m, rel: y.rel } };
    if (!(unitM || ctx.prep || ctx.part || ctx.inRange)) return null;
    return { e: k, v: { g: 'month', y: null, m, rel: false } };
  }

  /** "seit 2014", "im Jahr 2023", "bis 2030", "in 2023", "Ende 2023". */
  private year(j: number, ctx: Ctx): Match | null {
    let k = j;
    const u = this.ent(k, CLS.unit);
    const unit = u?.val === 'Y' && !u.pl ? true : false;
    if (u?.val === 'Y') k++;
    const t = this.tok(k);
    if (!t || t.kind !== 'number' || !(digitsOnly(t, 3) || digitsOnly(t, 4))) return null;
    const y = Number(t.text);
    if (unit) {
      if (t.text.length === 3 && !(ctx.prep || ctx.det)) return null;
    } else if (u || t.text.length !== 4 || y < 1000 || y > 2199) return null;
    const strength: 'strong' | 'weak' | null =
      unit || ctx.part || ctx.prep === 'strong'
        ? 'strong'
        : (ctx.prep !== null && ctx.prep !== 'day') || ctx.inRange
          ? 'weak'
          : null;
    if (!strength || !this.yearFollows(k, strength)) return null;
    return { e: k + 1, v: { g: 'year', y, rel: false } };
  }

  /** "im Sommer 2023", "seit vergangenem Herbst", "im Frühjahr", "in the summer of 2023", "Winter 2023/24". */
  private season(j: number, ctx: Ctx): Match | null {
    let k = j;
    const rel = this.ent(k, CLS.rel);
    if (rel) k++;
    const se = this.ent(k, CLS.season);
    if (!se) return null;
    k++;
    const s = se.val as Season;
    if (rel) {
      const probe: TimeValue = { g: 'season', y: null, s, rel: true };
      return { e: k, v: { g: 'season', y: relativeYear(probe, Number(rel.val), this.A), s, rel: true } };
    }
    let y = this.yearAfter(k, false);
    // "Winter 2023/24": the season of the first year.
    const slashYear = y !== null && this.isText(y.e, '/') && this.adjacent(y.e) && this.adjacent(y.e + 1);
    const yy = y ? this.tok(y.e + 1) : undefined;
    if (y && !y.rel && slashYear && yy !== undefined && digitsOnly(yy, 2)) y = { ...y, e: y.e + 2 };
    if (y) return { e: y.e, v: { g: 'season', y: y.y, s, rel: y.rel } };
    if (!(ctx.prep || ctx.part || ctx.inRange)) return null;
    return { e: k, v: { g: 'season', y: null, s, rel: false } };
  }

  /**
   * The day a weekday refers to; `off` null = the most recent on or before the anchor, or with `ahead`
   * the first on or after it.
   */
  private weekdayDay(target: number, off: number | null, ahead = false): number {
    const a = this.A.n;
    const aw = weekday(a);
    if (off === null) return ahead ? a + ((target - aw + 7) % 7) : a - ((aw - target + 7) % 7);
    if (off === 0) return a - (aw - target);
    if (off < 0) return a - (((aw - target + 7) % 7) || 7) - 7 * (-off - 1);
    return a + (((target - aw + 7) % 7) || 7) + 7 * (off - 1);
  }

  /** The day numbered `d` within a year of the anchor that falls on weekday `target` and is nearest to it. */
  private weekdayOfMonthDay(target: number, d: number): number | null {
    const a = fromDayNumber(this.A.n);
    let best: number | null = null;
    for (let off = -12; off <= 12; off++) {
      const { y, m } = addMonths(a.y, a.m, off);
      if (d > daysInMonth(y, m)) continue;
      const n = dayNumber(y, m, d);
      if (weekday(n) === target && (best === null || Math.abs(n - this.A.n) < Math.abs(best - this.A.n))) best = n;
    }
    return best;
  }

  /** "am Dienstag", "Montagabend", "letzten Dienstag", "Dienstag, den 12. Januar 2016", "Tuesday, Oct. 14". */
  private weekdayExpr(j: number, ctx: Ctx = NO_CTX): Match | null {
    let k = j;
    const rel = this.ent(k, CLS.rel);
    if (rel) k++;
    const wd = this.ent(k, CLS.weekday);
    if (!wd) return null;
    k++;
    if (this.ent(k, CLS.daypart)) k++;
    if (!rel) {
      // "am Mittwoch dieser Woche", "am Freitag vergangener Woche": that weekday in that week.
      const wr = this.ent(k, CLS.rel);
      const wu = this.ent(k + 1, CLS.unit);
      if (wr && wu?.val === 'W' && !wu.pl) {
        const w = isoWeek(this.A.n + 7 * Number(wr.val));
        return { e: k + 2, v: dayValue(mondayOfWeek(w.y, w.w) + Number(wd.val) - 1, true) };
      }
      let kk = k;
      if (this.isText(kk, ',')) kk++;
      const det = Boolean(this.ent(kk, CLS.det));
      if (det) kk++;
      const date = this.dayMonth(kk) ?? this.monthDay(kk) ?? this.numeric(kk, RANGE_CTX);
      if (date && date.v.g === 'day') return date;
      // "Friday the 22nd": the day of that number nearest the anchor that falls on that weekday.
      const next = this.tok(kk + 1);
      const d = det && kk === k + 1 && !(next && next.kind === 'word') ? this.ordinalAt(kk) : null;
      const n = d === null ? null : this.weekdayOfMonthDay(Number(wd.val), d);
      if (n !== null) return { e: kk + 1, v: dayValue(n, true) };
    }
    // A bare weekday looks ahead after "ab"/"from" or in a sentence about the future, unless it speaks of the past.
    const ahead = (ctx.forward === true || this.tense === 'future') && this.tense !== 'past';
    return { e: k, v: dayValue(this.weekdayDay(Number(wd.val), rel ? Number(rel.val) : null, ahead), true) };
  }

  /** "gestern", "heute Abend", "morgen früh", "yesterday morning". */
  private deictic(j: number): Match | null {
    const d = this.ent(j, CLS.day);
    if (!d) return null;
    let k = j + 1;
    if (this.ent(k, CLS.daypart)) k++;
    return { e: k, v: dayValue(this.A.n + Number(d.val), true), noDet: true };
  }

  /** The period of a unit `off` units away from the anchor. */
  private unitValue(unit: string, off: number): TimeValue | null {
    const A = this.A;
    switch (unit) {
      case 'W': {
        const w = isoWeek(A.n + 7 * off);
        return { g: 'week', y: w.y, w: w.w, rel: true };
      }
      case 'WE': {
        const aw = weekday(A.n);
        const shift = off === 0 ? 0 : off < 0 ? off : aw >= 6 ? off : off - 1;
        const w = isoWeek(A.n + 7 * shift);
        return { g: 'weekend', y: w.y, w: w.w, rel: true };
      }
      case 'M': {
        const t = addMonths(A.y, A.m, off);
        return { g: 'month', y: t.y, m: t.m, rel: true };
      }
      case 'Q': {
        const q = Math.floor((A.m - 1) / 3) + off;
        const y = A.y + Math.floor(q / 4);
        return { g: 'quarter', y, n: (((q % 4) + 4) % 4) + 1, rel: true };
      }
      case 'H': {
        const h = Math.floor((A.m - 1) / 6) + off;
        const y = A.y + Math.floor(h / 2);
        return { g: 'half', y, n: (((h % 2) + 2) % 2) + 1, rel: true };
      }
      case 'Y':
        return { g: 'year', y: A.y + off, rel: true };
      case 'DEC':
        return { g: 'decade', p: String(Math.floor(A.y / 10) + off), rel: true };
      case 'C':
        return { g: 'century', p: String(Math.floor(A.y / 100) + off).padStart(2, '0'), rel: true };
      default:
        return null;
    }
  }

  /** "in diesem Jahr", "vergangene Woche", "letzten Monat", "earlier this month", "last night", "am Wochenende". */
  private relative(j: number, ctx: Ctx): Match | null {
    let k = j;
    if (this.ent(k, CLS.aspect)) k++;
    const rel = this.ent(k, CLS.rel);
    if (!rel) {
      // "am Wochenende", "over the weekend": the most recent weekend.
      const u = this.ent(j, CLS.unit);
      if (u?.val === 'WE' && !u.pl && k === j && (ctx.prep || ctx.det)) {
        const w = isoWeek(weekday(this.A.n) >= 6 ? this.A.n : this.A.n - 7);
        return { e: j + 1, v: { g: 'weekend', y: w.y, w: w.w, rel: true } };
      }
      return null;
    }
    k++;
    const off = Number(rel.val);
    if (this.ent(k, CLS.daypart)) return { e: k + 1, v: dayValue(this.A.n + off, true) };
    const u = this.ent(k, CLS.unit);
    if (!u || u.pl) return null;
    if ((u.val === 'Q' || u.val === 'H') && off === -1) {
      // "im letzten Quartal 2004", "im letzten Quartal des Jahres": the final one of that year.
      let y = this.yearAfter(k + 1, false);
      if (!y && this.ent(k + 1, CLS.det) && this.ent(k + 2, CLS.unit)?.val === 'Y' && !this.ent(k + 2, CLS.unit)?.pl) {
        y = { y: this.A.y, e: k + 3, rel: true };
      }
      if (y) return { e: y.e, v: { g: u.val === 'Q' ? 'quarter' : 'half', y: y.y, n: u.val === 'Q' ? 4 : 2, rel: y.rel } };
    }
    const v = this.unitValue(u.val, off);
    return v ? { e: k + 1, v } : null;
  }

  /** "im Vorjahr", "in der Vorwoche". */
  private relUnitWord(j: number): Match | null {
    const r = this.ent(j, CLS.relunit);
    if (!r) return null;
    const [unit, off] = r.val.split(':');
    const v = this.unitValue(unit ?? '', Number(off));
    return v ? { e: j + 1, v } : null;
  }

  /** "Anfang März", "Mitte Oktober", "Ende 2023", "Mitte der 1990er Jahre", "Ende des Jahres", "the end of 2023". */
  private part(j: number, ctx: Ctx): Match | null {
    let k = j;
    if (this.ent(k, CLS.part)) k++;
    else if (this.ent(k, CLS.partnoun) && this.ent(k + 1, CLS.of)) k += 2;
    else return this.hyphenPart(j);
    let det = false;
    if (this.ent(k, CLS.det)) {
      det = true;
      k++;
    }
    const inner: Ctx = { prep: ctx.prep, det, part: true, inRange: ctx.inRange };
    let best: Match | null = null;
    for (const m of [
      this.month(k, inner),
      this.year(k, inner),
      this.season(k, inner),
      this.decade(k, inner),
      this.relative(k, inner),
      this.relUnitWord(k),
      this.ordinalUnit(k),
    ]) {
      if (m && (!best || m.e > best.e)) best = m;
    }
    if (!best && det) {
      // "Ende des Jahres", "Anfang der Woche", "the end of the year": the current one.
      const u = this.ent(k, CLS.unit);
      if (u && !u.pl) {
        const v = this.unitValue(u.val, 0);
        if (v) best = { e: k + 1, v };
      }
    }
    return best;
  }

  /** "mid-October", "mid-1990s", "mid-2023": a part word joined by a hyphen. */
  private hyphenPart(j: number): Match | null {
    const t = this.tok(j);
    if (!t || !t.hyphenPart) return null;
    const dash = t.text.indexOf('-');
    const rest = t.text.slice(dash + 1);
    const mo = lookupTime(this.lex, rest, false).find((e) => e.cls === 'month');
    if (mo) {
      const m = Number(mo.val);
      const y = this.yearAfter(j + 1, false);
      return { e: y ? y.e : j + 1, v: { g: 'month', y: y?.y ?? null, m, rel: y?.rel ?? false } };
    }
    if (/^\d{4}$/.test(rest)) return { e: j + 1, v: { g: 'year', y: Number(rest), rel: false } };
    const p = this.decadePrefix(rest);
    return p ? { e: j + 1, v: { g: 'decade', p, rel: false } } : null;
  }

  /** "1990er" / "90er" / "1990s" → "199"; null for anything else. */
  private decadePrefix(s: string): string | null {
    const m = DECADE.exec(s);
    if (!m || !this.lex.decadeSuffixes.has(m[2]!.toLowerCase())) return null;
    const digits = m[1]!;
    if (!digits.endsWith('0')) return null;
    if (digits.length === 4) return digits.slice(0, 3);
    // Two digits: the 1920s–1990s, or the 2000s and 2010s.
    const n = Number(digits);
    return n >= 20 ? `19${digits[0]}` : `20${digits[0]}`;
  }

  /** "die 1990er Jahre", "der 90er-Jahre", "die Neunziger", "the 1990s". */
  private decade(j: number, ctx: Ctx): Match | null {
    const t = this.tok(j);
    if (!t || t.kind !== 'word') return null;
    let p = this.ent(j, CLS.decade)?.val ?? null;
    let unitDone = false;
    // A decade word needs an article or preposition: "Theo Zwanziger" is a name.
    if (p !== null && !(ctx.det || ctx.prep || ctx.part)) return null;
    if (p === null) {
      // A decade in digits starts with one ("1990er", "90er-Jahre").
      if (t.lead === 0) return null;
      const dash = t.text.indexOf('-');
      const head = dash > 0 ? t.text.slice(0, dash) : t.text;
      p = this.decadePrefix(head);
      if (p === null) return null;
      if (dash > 0) {
        const tail = lookupTime(this.lex, t.text.slice(dash + 1), false);
        if (!tail.some((e) => e.cls === 'unit' && e.val === 'Y')) return null;
        unitDone = true;
      }
    }
    let k = j + 1;
    if (!unitDone && this.ent(k, CLS.unit)?.val === 'Y') k++;
    return { e: k, v: { g: 'decade', p, rel: false } };
  }

  /** "im 19. Jahrhundert", "im dritten Quartal 2024", "the second quarter of 2024". */
  private ordinalUnit(j: number): Match | null {
    const n = this.ordinalAt(j);
    if (n === null) return null;
    const u = this.ent(j + 1, CLS.unit);
    if (!u || u.pl) return null;
    if (u.val === 'C' && n >= 1) return { e: j + 2, v: { g: 'century', p: String(n - 1).padStart(2, '0'), rel: false } };
    if ((u.val === 'Q' && n >= 1 && n <= 4) || (u.val === 'H' && n >= 1 && n <= 2)) {
      const y = this.yearAfter(j + 2, false);
      const g = u.val === 'Q' ? 'quarter' : 'half';
      return { e: y ? y.e : j + 2, v: { g, y: y?.y ?? null, n, rel: y?.rel ?? false } };
    }
    return null;
  }

  /** "vor zwei Jahren", "in drei Wochen", "two weeks ago". */
  private offset(j: number, ctx: Ctx): Match | null {
    const c = this.countAt(j);
    if (c === null) return null;
    const u = this.ent(j + 1, CLS.unit);
    if (!u) return null;
    let sign = 0;
    let e = j + 2;
    if (this.ent(j + 2, CLS.ago)) {
      sign = -1;
      e = j + 3;
    } else if (ctx.prep === 'ago' && !ctx.det) sign = -1;
    else if (ctx.prep === 'in' && !ctx.det) sign = 1;
    if (sign === 0) return null;
    const n = c * sign;
    const A = this.A;
    switch (u.val) {
      case 'D':
        return { e, v: dayValue(A.n + n, true), noDet: true };
      case 'W':
        return { e, v: dayValue(A.n + 7 * n, true), noDet: true };
      case 'M': {
        const t = addMonths(A.y, A.m, n);
        return { e, v: { g: 'month', y: t.y, m: t.m, rel: true }, noDet: true };
      }
      case 'Y':
        return { e, v: { g: 'year', y: A.y + n, rel: true }, noDet: true };
      default:
        return null;
    }
  }

  /** A day number moved by n units. */
  private shift(day: number, unit: string, n: number): number | null {
    switch (unit) {
      case 'D':
        return day + n;
      case 'W':
        return day + 7 * n;
      case 'M':
        return addMonthsToDay(day, n);
      case 'Y':
        return addMonthsToDay(day, 12 * n);
      default:
        return null;
    }
  }

  /** "die letzten 3 Jahre", "in den nächsten zwei Wochen", "the past three years": an interval. */
  private lastN(j: number): Match | null {
    const rel = this.ent(j, CLS.rel) ?? this.ent(j, CLS.recent);
    if (!rel) return null;
    const off = Number(rel.val);
    if (off !== -1 && off !== 1) return null;
    const c = this.countAt(j + 1);
    const u = this.ent(j + 2, CLS.unit);
    if (c === null || !u) return null;
    const A = this.A;
    const from = off < 0 ? this.shift(A.n, u.val, -c) : A.n + 1;
    const to = off < 0 ? A.n : this.shift(A.n + 1, u.val, c);
    if (from === null || to === null) return null;
    return { e: j + 3, v: interval(dayValue(from, true), dayValue(to, true)) };
  }

  /** "in der Nacht zum Montag": the day the night ends in. */
  private night(j: number): Match | null {
    if (!this.ent(j, CLS.night)) return null;
    let k = j + 1;
    if (this.ent(k, CLS.from)) {
      // "in der Nacht von Mittwoch auf Donnerstag": the second day.
      k++;
      if (this.ent(k, CLS.det)) k++;
      const first = this.weekdayExpr(k) ?? this.dayMonth(k) ?? this.deictic(k);
      if (!first) return null;
      k = first.e;
    }
    if (!this.ent(k, CLS.nightlink)) return null;
    k++;
    if (this.ent(k, CLS.det)) k++;
    const d = this.weekdayExpr(k) ?? this.dayMonth(k) ?? this.deictic(k);
    return d && d.v.g === 'day' ? d : null;
  }

  /** "den Rest der Woche", "the rest of the year": from the anchor to the end of the period. */
  private rest(j: number): Match | null {
    if (!this.ent(j, CLS.rest)) return null;
    let k = j + 1;
    if (this.ent(k, CLS.of)) k++;
    if (this.ent(k, CLS.det)) k++;
    const rel = this.ent(k, CLS.rel);
    if (rel) {
      if (Number(rel.val) !== 0) return null;
      k++;
    }
    const u = this.ent(k, CLS.unit);
    if (!u || u.pl) return null;
    const A = this.A;
    let end: number;
    if (u.val === 'W') end = A.n + 7 - weekday(A.n);
    else if (u.val === 'M') end = dayNumber(A.y, A.m, daysInMonth(A.y, A.m));
    else if (u.val === 'Y') end = dayNumber(A.y, 12, 31);
    else return null;
    return { e: k + 1, v: interval(dayValue(A.n, true), dayValue(end, true)) };
  }

  /** A day without a month after "am"/"vom"/"bis zum" or in a range: "am 15.", "vom 4. bis zum 23.". */
  private bareDay(j: number, ctx: Ctx): Match | null {
    if (!(ctx.prep === 'day' || ctx.inRange || (ctx.det && ctx.prep !== null))) return null;
    const t = this.tok(j);
    if (!t) return null;
    let d: number | null = null;
    let e = j + 1;
    if (t.kind === 'ordinal' || t.kind === 'word') d = this.ordinalAt(j);
    else if (t.kind === 'number' && (digitsOnly(t, 1) || digitsOnly(t, 2)) && this.isText(j + 1, '.') && this.adjacent(j + 1)) {
      d = Number(t.text);
      e = j + 2;
    }
    if (d === null || d < 1 || d > 31) return null;
    if (this.ent(j, CLS.ordword)) return null;
    // A word after it that the day would count: "am 15. Spieltag", "on the 15th anniversary".
    const nx = this.tok(e);
    if (nx && nx.kind === 'word' && nx.entries.length === 0) {
      if (this.lex.nounsCapitalized ? UPPER_START.test(nx.text) : !this.lang.stopwords.has(nx.text.toLowerCase())) return null;
    }
    return { e, v: { g: 'day', y: null, m: null, d, rel: false } };
  }
}

/** One token as the tagger sees it; `sentenceStart`: the token opens its sentence. */
function tkOf(text: string, t: Token, sentenceStart: boolean, lex: TimeLexicon): Tk {
  const w = text.slice(t.start, t.end);
  let lead = 0;
  while (lead < w.length && isDigit(w.charCodeAt(lead))) lead++;
  let entries: readonly TimeEntry[] = NO_ENTRIES;
  let mask = 0;
  let hyphenPart = false;
  if (t.kind !== 'number' && t.kind !== 'date' && t.kind !== 'ordinal') {
    const tw = timeWord(lex, w, sentenceStart);
    entries = tw.entries;
    mask = tw.mask;
    if (t.kind === 'word') {
      const dash = w.indexOf('-');
      if (dash > 0) hyphenPart = (timeWord(lex, w.slice(0, dash), false).mask & CLS.part) !== 0;
    }
  }
  const cand = entries.length > 0 || lead > 0 || hyphenPart;
  return { start: t.start, end: t.end, kind: t.kind, text: w, entries, mask, lead, hyphenPart, cand };
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
  // The tagger's view of the tokens is made one sentence at a time (and the token before it, which
  // `adjacent` reads) and dropped behind, so a big document's tokens are not all doubled at once.
  const toks: (Tk | undefined)[] = new Array<Tk | undefined>(tokens.length);
  let sp = 0;
  const made = (x: number): Tk => {
    const t = tokens[x]!;
    while (sp < sentences.length && sentences[sp]!.end <= t.start) sp++;
    return tkOf(text, t, sp < sentences.length && sentences[sp]!.start === t.start, lex);
  };
  const anchor = anchorFrom(published);
  const tagger = new TimeTagger(toks as readonly Tk[], text, lex, getLanguage(lang), anchor);
  const out: TimeMention[] = [];
  // Each sentence's tokens: [lo, hi).
  let lo = 0;
  let kept = 0;
  for (const s of sentences) {
    while (lo < tokens.length && tokens[lo]!.end <= s.start) lo++;
    let hi = lo;
    while (hi < tokens.length && tokens[hi]!.start < s.end) hi++;
    for (let x = Math.max(kept, lo - 1); x < hi; x++) toks[x] ??= made(x);
    tagger.tagSentence(lo, hi, out);
    for (; kept < hi - 1; kept++) toks[kept] = undefined;
    lo = hi;
  }
  const withQuarters = addQuarterTimes(text, tokens, out, anchor.real ? anchor : null);
  return addEventTimes(text, tokens, addAnaphoricTimes(text, tokens, withQuarters, lang, anchor.real ? anchor.n : null), lang);
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
