import { createRequire } from 'node:module';
import { analyze } from '../../analysis/analyze.js';
import { addMonths, dayNumber, daysInMonth, fromDayNumber, isoWeek, mondayOfWeek, weekday } from '../../extract/times-calendar.js';
import { lookupTime, timeLexicon } from '../../extract/times-lexicon.js';
import type { TimeMention } from '../../extract/times.js';
import { toRawSpan } from '../../text/normalize.js';
import type { SpecAdapter, SpecCase, SpecResult } from './types.js';

/**
 * Adapters for the Recognizers-Text German and English date specs: DateTime/<language>/DateExtractor.json,
 * DateParser.json, DatePeriodExtractor.json, DatePeriodParser.json. How their conventions map onto ours
 * (the product is not changed for them):
 *
 * - Which expressions: their Date files list day-precise expressions (type "date"), their DatePeriod files
 *   everything coarser and every range (type "daterange"). We compare our expressions of grain "day"
 *   against the Date files and all others (weeks, months, seasons, years, decades, intervals) against the
 *   DatePeriod files; a case passes when the two lists match one-to-one.
 * - Spans: by start offset in the raw input and by text, case-insensitively (their Text is sometimes
 *   lower-cased: "den 28. oktober"). Their convention for a leading preposition or article varies ("22. April"
 *   in "am 22. April", "Januar 2011" in "Im Januar 2011", but "Im Monat Januar", "den 28.10.", "Die
 *   zweitausender"); our span always includes them. So our span matches when it equals theirs after
 *   dropping zero or more of its leading words that our time lexicon lists as a preposition, an article or
 *   a range opener (class prep, det, from); a final abbreviation dot that also ends the sentence ("second of
 *   Aug.") is outside their span.
 * - Values (Parser files) — their Timex mapped onto our notation:
 *   - "2016-11-07", "2016-11", "2016", "2016-W45", "2016-SU": the same notation as ours.
 *   - "2016-W45-WE" (a weekend): the interval of its Saturday and Sunday, "2016-11-12/2016-11-13".
 *   - "(A,B,PnX)" ranges: exactly one ISO week (A a Monday, B seven days later) → "2016-W45"; exactly one
 *     month (first of a month to the first of the next) → "2016-11"; a quarter or half-year → "2016-Q3", "2016-H1";
 *     exactly one year → "2016"; exactly one
 *     decade ("(2000-01-01,2010-01-01,P10Y)") → "200"; several whole years or months, whose end is the first day
 *     of the last one named ("2014-2018": "(2014-01-01,2018-01-01,P4Y)") → "2014/2018", "2015-06/2018-05";
 *     any other range → the ISO 8601 interval "A/B" (our
 *     ranges: "vom 3. bis zum 12. September" → "2016-09-03/2016-09-12").
 *   - Open decades and quarters: "(XX70-01-01,XX80-01-01,P10Y)" → "XX7", "(XXXX-07-01,XXXX-10-01,P3M)" →
 *     "XXXX-Q3" (our value must fit and start where one of their resolutions starts); a century
 *     "(1400-01-01,1500-01-01,P100Y)" → "14"; several whole ISO weeks, whose end is the Monday of the last one
 *     named ("from Week 31 to Week 35": "(2018-07-30,2018-08-27,P4W)") → "2018-W31/2018-W35". A range of two
 *     days also matches as it stands ("2018-07-30/2018-08-27").
 *   - A range's ends of other precisions: their end is the first day of the period named last ("from Feb 1st
 *     to March 2019": "(2019-02-01,2019-03-01,P28D)"), so our "A/B" matches when A's and B's first days are theirs
 *     ("2019-02-01/2019-03"). Alternatives "T1|T2" (a leap year or not): any one.
 *   - A week given by one of its days ("the week of the 18th": "XXXX-XX-18", a daterange whose resolutions are
 *     Monday to Monday): the ISO week of one of their resolutions. A season of an open year ("SU", no
 *     resolutions): our value must fit "XXXX-SU". With a modifier ("end of March": Mod "end", resolution the
 *     month's second half) our value keeps the period and must hold their resolution's start.
 *   - A time that refers to another one not in the input ("the same week", "that weekend": Mod "ref_undef",
 *     Timex "XXXX-WXX", "XXXX-WXX-WE"): our value null.
 *   - A Timex with open parts — "XXXX-10-14", "XXXX-XX-15", "XXXX-WXX-5" (any Friday), "XXXX-07-WXX-5-#1"
 *     (the first Friday of July), also inside a range:
 *     we resolve these against the reference date, so our value must fit the pattern (X = any digit,
 *     WXX-n = a day of weekday n) and equal one of their two resolutions (PastResolution or
 *     FutureResolution: `date`, or `startDate`/`endDate` for the ends of a range).
 * - Reference date: Context.ReferenceDateTime is passed as document.published (null when absent).
 * - Skipped (explicit list below, counted by the runner): Timex notations with no ISO 8601 equivalent —
 *   the week of a month ("XXXX-07-W05", "2016-11-W03"), and a day the calendar does not have ("Feb 30",
 *   "2/29/2019", "31st of this month" in November: their Timex "XXXX-02-30", "2019-02-29", "2016-11-31").
 * - Peer: recognizeDateTime(input, Culture.German, DateTimeOptions.None, reference date). Its JavaScript
 *   build has no German date models and falls back to English. Its results of type datetimeV2.date and
 *   datetimeV2.daterange go through the same comparison (span variants, kinds), its timex mapped like theirs.
 */

type Kind = 'date' | 'daterange';
type Lang = 'de' | 'en';
const LANGUAGE: Record<Lang, string> = { de: 'German', en: 'English' };

interface Got {
  /** Raw-input offset and text. */
  start: number;
  text: string;
  /** Our notation (for the peer: its timex mapped like the gold's). */
  value: string | null;
}

interface SkipRule {
  reason: string;
  test: (c: SpecCase) => boolean;
}

const timexOf = (r: SpecResult): string | null => {
  const t = r.Value?.['Timex'];
  return typeof t === 'string' ? t : null;
};

/** The explicit skip list: every case skipped names its reason. */
export const DATE_SKIPS: readonly SkipRule[] = [
  {
    reason: 'week of a month (TIMEX XXXX-MM-Wnn): no ISO 8601 value',
    test: (c) => c.Results.some((r) => /^[\dX]{4}-[\dX]{2}-W\d{2}$/.test(timexOf(r) ?? '')),
  },
  {
    reason: 'a day the calendar does not have (2016-11-31, XXXX-02-30, 2019-02-29): no ISO 8601 value',
    test: (c) => c.Results.some((r) => impossibleDay(timexOf(r) ?? '')),
  },
];

/** Whether a Timex names a day its month does not have (an open year "XXXX" may be a leap year). */
function impossibleDay(timex: string): boolean {
  for (const m of timex.matchAll(/([\dX]{4})-(\d{2})-(\d{2})/g)) {
    const y = m[1]!.includes('X') ? 2000 : Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo >= 1 && mo <= 12 && (d < 1 || d > daysInMonth(y, mo))) return true;
  }
  return false;
}

const SPAN_PREFIX = new Set(['prep', 'det', 'from']);

/** Our span and the spans left after dropping its leading prepositions and articles one by one. */
function spanVariants(g: Got, lang: Lang): { start: number; text: string }[] {
  const out = [{ start: g.start, text: g.text }];
  let start = g.start;
  let text = g.text;
  for (;;) {
    const m = /^(\S+)(\s+)(?=\S)/.exec(text);
    if (!m || !lookupTime(timeLexicon(lang), m[1]!, true).some((e) => SPAN_PREFIX.has(e.cls))) break;
    start += m[0].length;
    text = text.slice(m[0].length);
    out.push({ start, text });
  }
  return out;
}

function sameSpan(r: SpecResult, g: Got, lang: Lang): boolean {
  const want = r.Text.toLowerCase();
  // An abbreviation's dot that also ends the sentence ("second of Aug.") is outside their span.
  const same = (text: string): boolean => text === want || (text.endsWith('.') && text.slice(0, -1) === want);
  return spanVariants(g, lang).some((v) => v.start === r.Start && same(v.text.toLowerCase()));
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function isoDate(n: number): string {
  const d = fromDayNumber(n);
  return `${String(d.y).padStart(4, '0')}-${pad2(d.m)}-${pad2(d.d)}`;
}

function fullDate(s: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/** Their Timex in our notation (see the header). */
export function mapTimex(timex: string): string {
  const we = /^(\d{4})-W(\d{2})-WE$/.exec(timex);
  if (we) {
    const sat = mondayOfWeek(Number(we[1]), Number(we[2])) + 5;
    return `${isoDate(sat)}/${isoDate(sat + 1)}`;
  }
  const r = /^\(([^,()]+),([^,()]+),[^,()]+\)$/.exec(timex);
  if (!r) return timex;
  const a = r[1]!;
  const b = r[2]!;
  const da = fullDate(a);
  const db = fullDate(b);
  if (da && db) {
    const na = dayNumber(da.y, da.m, da.d);
    const nb = dayNumber(db.y, db.m, db.d);
    if (weekday(na) === 1 && nb - na === 7) {
      const w = isoWeek(na);
      return `${w.y}-W${pad2(w.w)}`;
    }
    // Several whole ISO weeks ("from Week 31 to Week 35"): their end is the Monday of the last one named.
    if (weekday(na) === 1 && weekday(nb) === 1 && nb > na && /,P\d+W\)$/.test(timex)) {
      const wa = isoWeek(na);
      const wb = isoWeek(nb);
      return `${wa.y}-W${pad2(wa.w)}/${wb.y}-W${pad2(wb.w)}`;
    }
    if (da.d === 1 && db.d === 1) {
      const next = addMonths(da.y, da.m, 1);
      if (next.y === db.y && next.m === db.m) return `${da.y}-${pad2(da.m)}`;
      if (da.m === 1 && db.m === 1 && db.y === da.y + 1) return String(da.y);
      const q = addMonths(da.y, da.m, 3);
      if ((da.m - 1) % 3 === 0 && q.y === db.y && q.m === db.m) return `${da.y}-Q${(da.m + 2) / 3}`;
      const h = addMonths(da.y, da.m, 6);
      if ((da.m - 1) % 6 === 0 && h.y === db.y && h.m === db.m) return `${da.y}-H${(da.m + 5) / 6}`;
      if (da.m === 1 && db.m === 1 && db.y === da.y + 10 && da.y % 10 === 0) return String(da.y).slice(0, 3);
      if (da.m === 1 && db.m === 1 && db.y === da.y + 100 && da.y % 100 === 0) return String(da.y).slice(0, 2);
      // Several whole years or months: their end is the first day of the last one named ("2014-2018",
      // "between 2015 June and 2018 May"), ours names that year or month.
      if (da.m === 1 && db.m === 1) return `${da.y}/${db.y}`;
      return `${da.y}-${pad2(da.m)}/${db.y}-${pad2(db.m)}`;
    }
  }
  // Open years: a decade of any century ("(XX70-01-01,XX80-01-01,P10Y)", "the 70s") → "XX7"; a quarter or
  // half of any year ("(XXXX-07-01,XXXX-10-01,P3M)", "Q3") → "XXXX-Q3".
  const xd = /^XX(\d)0-01-01$/.exec(a);
  if (xd && /^XX\d0-01-01$/.test(b) && /,P10Y\)$/.test(timex)) return `XX${xd[1]}`;
  const xa = /^XXXX-(\d{2})-01$/.exec(a);
  const xb = /^XXXX-(\d{2})-01$/.exec(b);
  if (xa && xb) {
    const ma = Number(xa[1]);
    const len = (Number(xb[1]) - ma + 12) % 12;
    if (len === 3 && (ma - 1) % 3 === 0) return `XXXX-Q${(ma + 2) / 3}`;
    if (len === 6 && (ma - 1) % 6 === 0) return `XXXX-H${(ma + 5) / 6}`;
  }
  return `${a}/${b}`;
}

/** Whether a resolved date of ours fits a Timex pattern with open parts. */
function fits(ours: string, pattern: string): boolean {
  const wd = /^XXXX-WXX-(\d)$/.exec(pattern);
  if (wd) {
    const d = fullDate(ours);
    return d !== null && weekday(dayNumber(d.y, d.m, d.d)) === Number(wd[1]);
  }
  // "XXXX-07-WXX-5-#1": the first Friday of July.
  const nth = /^([\dX]{4})-(\d{2})-WXX-(\d)-#(\d)$/.exec(pattern);
  if (nth) {
    const d = fullDate(ours);
    return (
      d !== null &&
      (nth[1] === 'XXXX' || Number(nth[1]) === d.y) &&
      d.m === Number(nth[2]) &&
      weekday(dayNumber(d.y, d.m, d.d)) === Number(nth[3]) &&
      Math.floor((d.d - 1) / 7) + 1 === Number(nth[4])
    );
  }
  return new RegExp(`^${pattern.replace(/X/g, '\\d')}$`).test(ours);
}

/**
 * The days of a value in our notation that names one period: [first day, first day after it) as day numbers
 * ("2016" → 2016-01-01 … 2017-01-01, "2016-W45", "2016-Q3", "2016-11", "197", "19", "2016-11-07"); null for
 * seasons, intervals and open values.
 */
function periodDays(ours: string): [number, number] | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ours);
  if (m) {
    const n = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
    return [n, n + 1];
  }
  m = /^(\d{4})-W(\d{2})$/.exec(ours);
  if (m) {
    const n = mondayOfWeek(Number(m[1]), Number(m[2]));
    return [n, n + 7];
  }
  const months = (y: number, mo: number, len: number): [number, number] => {
    const next = addMonths(y, mo, len);
    return [dayNumber(y, mo, 1), dayNumber(next.y, next.m, 1)];
  };
  m = /^(\d{4})-(\d{2})$/.exec(ours);
  if (m) return months(Number(m[1]), Number(m[2]), 1);
  m = /^(\d{4})-([QH])(\d)$/.exec(ours);
  if (m) return m[2] === 'Q' ? months(Number(m[1]), Number(m[3]) * 3 - 2, 3) : months(Number(m[1]), Number(m[3]) * 6 - 5, 6);
  m = /^\d{2,4}$/.exec(ours);
  if (m) {
    const len = 10 ** (4 - ours.length);
    const y = Number(ours) * len;
    return [dayNumber(y, 1, 1), dayNumber(y + len, 1, 1)];
  }
  return null;
}

/** A resolution's day ("2016-07-01") as a day number. */
function resDay(res: string): number | null {
  const d = fullDate(res);
  return d ? dayNumber(d.y, d.m, d.d) : null;
}

/**
 * Whether a resolution's start day begins our decade ("1970-01-01" for "197") or quarter/half ("2016-07-01"
 * for "2016-Q3"); with a modifier ("end of March": Mod "end", their resolution the month's last half), whether
 * it lies inside our period (we keep the period's precision).
 */
function coarseStart(ours: string, res: string, mod: boolean): boolean {
  if (!/^\d{3}$/.test(ours) && !/^\d{4}-[QH]\d$/.test(ours) && !mod) return false;
  const p = periodDays(ours);
  const n = resDay(res);
  if (!p || n === null) return false;
  return mod ? n >= p[0] && n < p[1] : n === p[0];
}

/** Their two resolutions of the i-th end (0 = start/only, 1 = end) of an expression. */
function resolutions(value: Record<string, unknown> | null | undefined, parts: number, i: number): string[] {
  const out: string[] = [];
  for (const key of ['PastResolution', 'FutureResolution']) {
    const res = value?.[key] as Record<string, unknown> | undefined;
    const v = parts === 1 ? (res?.['date'] ?? res?.['startDate']) : res?.[i === 0 ? 'startDate' : 'endDate'];
    if (typeof v === 'string') out.push(v);
  }
  return out;
}

/** Whether a value in our notation equals the result's Timex (mapped as described in the header). */
function sameValue(r: SpecResult, value: string | null): boolean {
  const timex = timexOf(r);
  if (timex === null) return true;
  // "the same week", "that weekend" with nothing before them: their fully open Timex marked "ref_undef"
  // ("XXXX-WXX", "XXXX"), our value null (unresolved).
  if (value === null) return r.Value?.['Mod'] === 'ref_undef' && /^X{4}(-(WXX|XX))?(-WE)?$/.test(timex);
  // Alternatives ("(XXXX-01-01,XXXX-04-05,P94D)|(XXXX-01-01,XXXX-04-05,P95D)": leap year or not): any one.
  return timex.split('|').some((t) => sameTimex(r, t, value));
}

/** Their resolutions of a week given by one of its days ("the week of the 18th": "XXXX-XX-18"), as ISO weeks. */
function weekResolutions(r: SpecResult): string[] {
  const out: string[] = [];
  for (const key of ['PastResolution', 'FutureResolution']) {
    const res = r.Value?.[key] as Record<string, unknown> | undefined;
    const a = typeof res?.['startDate'] === 'string' ? resDay(res['startDate']) : null;
    const b = typeof res?.['endDate'] === 'string' ? resDay(res['endDate']) : null;
    if (a === null || b !== a + 7 || weekday(a) !== 1) continue;
    const w = isoWeek(a);
    out.push(`${w.y}-W${pad2(w.w)}`);
  }
  return out;
}

function sameTimex(r: SpecResult, timex: string, value: string): boolean {
  const want = mapTimex(timex);
  if (value === want) return true;
  const days = /^\((\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2}),[^,()]+\)$/.exec(timex);
  if (days) {
    // Their range's two days as they stand (a run of weeks "(2016-10-17,2016-11-07,P3W)" may be days, not weeks).
    if (value === `${days[1]}/${days[2]}`) return true;
    // Ends of other precisions: their end is the first day of the period named last ("from 2015 to May 5th,
    // 2017": "(2015-01-01,2017-05-05,P855D)"; "from Feb 1st to March 2019": "(2019-02-01,2019-03-01,P28D)").
    const ends = value.split('/');
    const a = ends.length === 2 ? periodDays(ends[0]!) : null;
    const b = ends.length === 2 ? periodDays(ends[1]!) : null;
    return a !== null && b !== null && a[0] === resDay(days[1]!) && b[0] === resDay(days[2]!);
  }
  // A week given by one of its days, a daterange: their resolutions are the ISO week holding it.
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(timex) && weekResolutions(r).includes(value)) return true;
  // A season of an open year ("summer": "SU", no resolutions).
  const p = /^(SP|SU|FA|WI)$/.test(want) ? `XXXX-${want}` : want;
  if (!p.includes('X')) return false;
  const wp = p.split('/');
  const op = value.split('/');
  if (wp.length !== op.length) return false;
  const mod = typeof r.Value?.['Mod'] === 'string';
  return wp.every((w, i) => {
    const o = op[i]!;
    if (!w.includes('X')) return w === o;
    const res = resolutions(r.Value, wp.length, i);
    // Without resolutions the pattern is all they say.
    return fits(o, w) && (res.length === 0 || res.some((x) => x === o || coarseStart(o, x, mod)));
  });
}

/** One-to-one matching of their results and ours, by span (and value when `withValue`). */
function matches(expected: readonly SpecResult[], got: readonly Got[], withValue: boolean, lang: Lang): boolean {
  if (expected.length !== got.length) return false;
  const used = new Set<number>();
  for (const r of expected) {
    const idx = got.findIndex((g, i) => !used.has(i) && sameSpan(r, g, lang) && (!withValue || sameValue(r, g.value)));
    if (idx < 0) return false;
    used.add(idx);
  }
  return true;
}

function ourResults(c: SpecCase, kind: Kind, lang: Lang): Got[] {
  const doc = analyze({ text: c.Input, lang, published: c.Context?.ReferenceDateTime ?? null });
  const out: Got[] = [];
  for (const t of doc.get('times').items as readonly TimeMention[]) {
    if ((t.grain === 'day') !== (kind === 'date')) continue;
    const raw = toRawSpan(doc.normalized, t.start, t.end);
    out.push({ start: raw.start, text: c.Input.slice(raw.start, raw.end), value: t.value });
  }
  return out;
}

interface PeerResult {
  start: number;
  end: number;
  typeName: string;
  resolution?: { values?: { timex?: string }[] };
}
type PeerFn = (query: string, culture: string, options?: number, reference?: Date) => PeerResult[];

const require = createRequire(import.meta.url);
let peerModule: Record<string, unknown> | null | undefined;

function peerFn(lang: Lang): { fn: PeerFn; culture: string } | null {
  if (peerModule === undefined) {
    try {
      peerModule = require('@microsoft/recognizers-text-suite') as Record<string, unknown>;
    } catch {
      peerModule = null;
    }
  }
  if (!peerModule) return null;
  const fn = peerModule['recognizeDateTime'] as PeerFn | undefined;
  const culture = (peerModule['Culture'] as Record<string, string> | undefined)?.[LANGUAGE[lang]];
  return fn && culture ? { fn, culture } : null;
}

function peerResults(c: SpecCase, kind: Kind, lang: Lang): Got[] | null {
  const p = peerFn(lang);
  if (!p) return null;
  const ref = c.Context?.ReferenceDateTime;
  const results = p.fn(c.Input, p.culture, 0, ref ? new Date(ref) : undefined);
  return results
    .filter((r) => r.typeName === `datetimeV2.${kind}`)
    .map((r) => {
      const timex = r.resolution?.values?.[0]?.timex;
      return { start: r.start, text: c.Input.slice(r.start, r.end + 1), value: timex === undefined ? null : mapTimex(timex) };
    });
}

function adapter(file: string, kind: Kind, withValue: boolean, lang: Lang): SpecAdapter {
  return {
    file: `DateTime/${LANGUAGE[lang]}/${file}`,
    skip(c) {
      for (const rule of DATE_SKIPS) if (rule.test(c)) return rule.reason;
      return null;
    },
    ours(c) {
      return matches(c.Results, ourResults(c, kind, lang), withValue, lang);
    },
    peer(c) {
      const got = peerResults(c, kind, lang);
      return got === null ? null : matches(c.Results, got, withValue, lang);
    },
  };
}

/** The date spec files of both languages: extractor files compare spans, parser files spans and values. */
export function dateAdapters(): SpecAdapter[] {
  const out: SpecAdapter[] = [];
  for (const lang of ['de', 'en'] as const) {
    out.push(
      adapter('DateExtractor.json', 'date', false, lang),
      adapter('DateParser.json', 'date', true, lang),
      adapter('DatePeriodExtractor.json', 'daterange', false, lang),
      adapter('DatePeriodParser.json', 'daterange', true, lang),
    );
  }
  return out;
}
