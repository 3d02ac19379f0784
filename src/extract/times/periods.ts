/**
 * Periods built on another expression (src/extract/times.ts documents the conventions): the week of a date
 * ("the week of March 4", "the week commencing February 4"), the n-th week of a month ("the last week of
 * July"), a count of units from the publication date on ("within two years") or from a day ("for 3 days
 * from today"). Functions over a
 * TimeCursor (cursor.ts).
 */
import { CLS } from '../times-lexicon.js';
import { complete, dayNumber, dayValue, daysInMonth, fromDayNumber, isoWeek, isValidDate, weekday, type TimeValue } from '../times-calendar.js';
import { interval, NO_CTX, type Ctx, type Match, type TimeCursor } from './cursor.js';
import { dayMonth, month, monthDay } from './explicit.js';
import { countedUnits, deictic, relative, shift, shiftAll, weekdayExpr } from './relative.js';

/** A weekday after "starting"/"from" is the coming one. */
const FORWARD: Ctx = { prep: 'day', det: false, part: false, inRange: false, forward: true };

/** A day value's day number, its year and month taken like any other year-less date's; null if open. */
function dayNumberOf(cx: TimeCursor, v: TimeValue): { n: number; rel: boolean } | null {
  // Without a publication date the stand-in anchor still fixes the week; the value is then null (relative).
  const full = complete(v, { ...cx.A, real: true }, cx.tense);
  if (full.g !== 'day' || full.y === null || full.m === null) return null;
  return { n: dayNumber(full.y, full.m, full.d), rel: full.rel || !cx.A.real };
}

/**
 * "the week of November 30th", "week of the 18th": the ISO week that holds the day; "the week commencing
 * (starting, beginning) February 4": the week from that day (its ISO week when the day is a Monday, as it
 * mostly is: mondayNear), else the seven days from it.
 */
export function weekOf(cx: TimeCursor, j: number): Match | null {
  const u = cx.ent(j, CLS.unit);
  if (u?.val !== 'W' || u.pl) return null;
  let k = j + 1;
  const of = cx.ent(k, CLS.of);
  const starts = of ? undefined : cx.cls(k, 'weekstart');
  if (!of && !starts) return null;
  k++;
  if (starts && cx.ent(k, CLS.prep)?.val === 'day') k++;
  let date = dayMonth(cx, k) ?? monthDay(cx, k);
  if (!date && of && cx.ent(k, CLS.det)) {
    // "the week of the 18th": a day of the publication month.
    const d = cx.dayWordAt(k + 1, false);
    if (d) date = { e: d.e, v: { g: 'day', y: null, m: null, d: d.d, rel: false } };
  }
  if (!date || date.v.g !== 'day') return null;
  const day = dayNumberOf(cx, date.v);
  if (!day) return null;
  if (starts) return { e: date.e, v: weekFrom(date.v.y === null ? mondayNear(cx, day.n) : day.n, day.rel) };
  const w = isoWeek(day.n);
  return { e: date.e, v: { g: 'week', y: w.y, w: w.w, rel: day.rel } };
}

/**
 * The day a week commences is its Monday: for a day named without a year that is no Monday in the year
 * chosen for it, the same day of the year before or after when that is a Monday and about as near the
 * anchor by the rule that chose the year (a future day counts three times its distance; "about": at most
 * half again as far) — "the week commencing February 4" in November 2019: 2019-02-04, a Monday, not
 * Tuesday 2020-02-04; in October 2024 "the week starting 6 November" stays the coming Wednesday.
 */
function mondayNear(cx: TimeCursor, n: number): number {
  if (weekday(n) === 1) return n;
  const far = (m: number) => (m <= cx.A.n ? cx.A.n - m : 3 * (m - cx.A.n));
  const d = fromDayNumber(n);
  for (const y of [d.y - 1, d.y + 1]) {
    if (!isValidDate(y, d.m, d.d)) continue;
    const m = dayNumber(y, d.m, d.d);
    if (weekday(m) === 1 && 2 * far(m) <= 3 * far(n)) return m;
  }
  return n;
}

/** The week from day n: its ISO week when n is a Monday, else the seven days from n. */
function weekFrom(n: number, rel: boolean): TimeValue {
  if (weekday(n) !== 1) return interval(dayValue(n, rel), dayValue(n + 6, rel));
  const w = isoWeek(n);
  return { g: 'week', y: w.y, w: w.w, rel };
}

/**
 * "the third week of this month", "the last week of July": the ISO week holding the middle day of the
 * month's n-th run of seven days (the 4th, 11th, 18th, 25th), or of its last seven days.
 */
export function weekOfMonth(cx: TimeCursor, j: number): Match | null {
  const ord = cx.ent(j, CLS.ordword);
  const last = ord ? undefined : cx.ent(j, CLS.rel);
  const n = ord ? Number(ord.val) : last && Number(last.val) === -1 ? -1 : 0;
  const u = cx.ent(j + 1, CLS.unit);
  if (n === 0 || n > 5 || u?.val !== 'W' || u.pl || !cx.ent(j + 2, CLS.of)) return null;
  const mo = month(cx, j + 3, { prep: 'day', det: false, part: false, inRange: false }) ?? relative(cx, j + 3, NO_CTX);
  if (!mo || mo.v.g !== 'month') return null;
  const full = complete(mo.v, { ...cx.A, real: true }, cx.tense);
  if (full.g !== 'month' || full.y === null) return null;
  const d = n > 0 ? 7 * n - 3 : daysInMonth(full.y, full.m) - 3;
  if (d > daysInMonth(full.y, full.m)) return null;
  const w = isoWeek(dayNumber(full.y, full.m, d));
  return { e: mo.e, v: { g: 'week', y: w.y, w: w.w, rel: full.rel || !cx.A.real } };
}

/**
 * "within two years", "within the next 5 days", "within 2 weeks from today", "within 5 years 1 month 12
 * days": from the publication date to that many units later. Not where it counts from something else ("within a week of the attack", "within
 * two years after the merger"), and only in a sentence about the future ("will", "plans"): elsewhere it
 * counts from the events told ("a report dated 14 January recommended repairs within two years").
 */
export function within(cx: TimeCursor, j: number): Match | null {
  if (!cx.cls(j, 'span') || cx.tense !== 'future') return null;
  let k = j + 1;
  if (cx.ent(k, CLS.det) && Number(cx.ent(k + 1, CLS.rel)?.val) === 1) k += 2;
  // "within two years", "within 5 years 1 month 12 days".
  const { parts, e: after } = countedUnits(cx, k);
  if (parts.length === 0) return null;
  let e = after;
  const from = cx.ent(e, CLS.after);
  if (from) {
    // Only from today: "within 2 weeks from today".
    const ref = cx.ent(e + 1, CLS.day);
    if (!ref || Number(ref.val) !== 0) return null;
    e += 2;
  } else if (cx.ent(e, CLS.of)) return null;
  const end = shiftAll(cx.A.n, parts, 1);
  return end === null ? null : { e, v: interval(dayValue(cx.A.n, true), dayValue(end, true)) };
}

/**
 * A count of units from a day on: "3 days starting from next Monday", "a week starting tomorrow", "2 weeks
 * starting May 20th", and after "for" also with "from" ("for 3 days from today", "for 1 week, from 20th
 * dec"); without "for", "3 days from today" is the one day three days on (offset in relative.ts).
 */
export function lastingFrom(cx: TimeCursor, j: number): Match | null {
  const c = cx.countAt(j);
  const u = c === null ? undefined : cx.ent(j + 1, CLS.unit);
  if (c === null || !u) return null;
  let k = j + 2;
  if (cx.isText(k, ',')) k++;
  if (cx.cls(k, 'weekstart')) {
    k++;
    if (cx.ent(k, CLS.from)) k++;
  } else if (cx.cls(j - 1, 'lasting') && cx.ent(k, CLS.from)) k++;
  else return null;
  const start = deictic(cx, k) ?? dayMonth(cx, k) ?? monthDay(cx, k) ?? weekdayExpr(cx, k, FORWARD);
  if (!start || start.v.g !== 'day') return null;
  const day = dayNumberOf(cx, start.v);
  const end = day ? shift(day.n, u.val, c) : null;
  if (!day || end === null) return null;
  return { e: start.e, v: interval(dayValue(day.n, day.rel), dayValue(end, day.rel)) };
}

/**
 * "week 31" as an ISO week: with its year after it ("week 10 of 2019", "week 10 2019") or as an end of a
 * range ("from week 31 to week 35": weeks of the publication year). A bare "week 10" is mostly a league's
 * or a trial's week in news, not ISO week 10, so it stays none.
 */
export function weekNumber(cx: TimeCursor, j: number, ctx: Ctx): Match | null {
  const u = cx.ent(j, CLS.unit);
  const n = u?.val === 'W' && !u.pl ? cx.int(j + 1, 2) : null;
  if (n === null || n < 1 || n > 53) return null;
  const y = cx.yearAfter(j + 2, true);
  if (y && !y.rel) return n <= isoWeek(dayNumber(y.y, 12, 28)).w ? { e: y.e, v: { g: 'week', y: y.y, w: n, rel: false } } : null;
  // Not a week of something else: "from week 3 to week 9 of the season".
  if (!ctx.inRange || cx.ent(j + 2, CLS.of) || n > isoWeek(dayNumber(cx.A.y, 12, 28)).w) return null;
  return { e: j + 2, v: { g: 'week', y: cx.A.y, w: n, rel: true } };
}

/** "the year to date", "year-to-date": from the first day of the publication year to the publication date. */
export function yearToDate(cx: TimeCursor, j: number): Match | null {
  const u = cx.ent(j, CLS.unit);
  let e: number;
  if (u?.val === 'Y' && !u.pl && cx.ent(j + 1, CLS.to)?.val === 'until' && cx.cls(j + 2, 'todate')) e = j + 3;
  else if (!u && cx.tok(j)!.kind === 'word' && cx.cls(j, 'todate')?.val === 'Y') e = j + 1;
  else return null;
  return { e, v: interval(dayValue(dayNumber(cx.A.y, 1, 1), true), dayValue(cx.A.n, true)) };
}
