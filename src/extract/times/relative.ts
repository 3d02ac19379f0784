/**
 * Time rules resolved against the publication date (src/extract/times.ts documents the conventions):
 * weekdays by tense and preposition, "gestern"/"yesterday", "vergangene Woche", "im Vorjahr", "vor zwei
 * Jahren", "die letzten 3 Jahre", "in der Nacht zum Montag", "der Rest des Jahres". Functions over a
 * TimeCursor (cursor.ts).
 */
import { CLS, type TimeEntry } from '../times-lexicon.js';
import {
  addMonths,
  addMonthsToDay,
  complete,
  dayNumber,
  dayValue,
  daysInMonth,
  fromDayNumber,
  isValidDate,
  isoWeek,
  mondayOfWeek,
  weekday,
  type TimeValue,
} from '../times-calendar.js';
import { interval, NO_CTX, RANGE_CTX, type Ctx, type Match, type TimeCursor } from './cursor.js';
import { dayMonth, gluedDate, month, monthDay, numeric } from './explicit.js';

/**
 * The day a weekday refers to; `off` null = the most recent on or before the anchor, or with `ahead`
 * the first on or after it.
 */
function weekdayDay(cx: TimeCursor, target: number, off: number | null, ahead = false): number {
  const a = cx.A.n;
  const aw = weekday(a);
  if (off === null) return ahead ? a + ((target - aw + 7) % 7) : a - ((aw - target + 7) % 7);
  if (off === 0) return a - (aw - target);
  if (off < 0) return a - (((aw - target + 7) % 7) || 7) - 7 * (-off - 1);
  return a + (((target - aw + 7) % 7) || 7) + 7 * (off - 1);
}

/** The day numbered `d` within a year of the anchor that falls on weekday `target` and is nearest to it. */
function weekdayOfMonthDay(cx: TimeCursor, target: number, d: number): number | null {
  const a = fromDayNumber(cx.A.n);
  let best: number | null = null;
  for (let off = -12; off <= 12; off++) {
    const { y, m } = addMonths(a.y, a.m, off);
    if (d > daysInMonth(y, m)) continue;
    const n = dayNumber(y, m, d);
    if (weekday(n) === target && (best === null || Math.abs(n - cx.A.n) < Math.abs(best - cx.A.n))) best = n;
  }
  return best;
}

/** Whether the token before j is a count of one ("a", "an", "one", "einem"). */
function indefinite(cx: TimeCursor, j: number): boolean {
  return j > 0 && cx.toks[j - 1] !== undefined && cx.ent(j - 1, CLS.count)?.val === '1';
}

/** "am Dienstag", "Montagabend", "letzten Dienstag", "Dienstag, den 12. Januar 2016", "Tuesday, Oct. 14". */
export function weekdayExpr(cx: TimeCursor, j: number, ctx: Ctx = NO_CTX): Match | null {
  let k = j;
  // "past Monday" like "last Monday".
  const rel = cx.ent(k, CLS.rel) ?? (cx.ent(k + 1, CLS.weekday) ? cx.ent(k, CLS.recent) : undefined);
  if (rel) k++;
  const wd = cx.ent(k, CLS.weekday);
  // "a Sunday", "an einem Sonntag", "one Monday in May": a weekday after a count of one is no particular day.
  if (wd && !rel && indefinite(cx, j)) return null;
  if (!wd) {
    // "wed, 22 of jan": a weekday written small is one only before a comma and a date ("they wed" is a verb).
    if (!rel && cx.lex.smallWeekdays.has(cx.tok(k)?.text ?? '') && cx.isText(k + 1, ',')) {
      const date = dayMonth(cx, k + 2) ?? monthDay(cx, k + 2);
      return date && date.v.g === 'day' ? date : null;
    }
    // "this friday-jun-15": the date written with its weekday in one word.
    const g = rel && Number(rel.val) === 0 ? gluedDate(cx, k) : null;
    return g && cx.tok(k)!.lead === 0 ? g : null;
  }
  k++;
  if (cx.ent(k, CLS.daypart)) k++;
  if (rel && Number(rel.val) === 0) {
    // "this Friday, June 22", "this friday (jun-15)": the date that follows.
    const open = cx.isText(k, '(') ? 1 : cx.isText(k, ',') ? 1 : 0;
    const date = dayMonth(cx, k + open) ?? monthDay(cx, k + open) ?? gluedDate(cx, k + open);
    const close = date && cx.isText(k, '(') ? (cx.isText(date.e, ')') ? 1 : -1) : 0;
    if (date && date.v.g === 'day' && close >= 0) return { e: date.e + close, v: date.v };
  }
  if (!rel) {
    // "am Mittwoch dieser Woche", "am Freitag vergangener Woche", "on Sunday of next week": that weekday
    // in that week.
    const wk = cx.ent(k, CLS.of) ? k + 1 : k;
    const wr = cx.ent(wk, CLS.rel);
    const wu = cx.ent(wk + 1, CLS.unit);
    if (wr && wu?.val === 'W' && !wu.pl) {
      const w = isoWeek(cx.A.n + 7 * Number(wr.val));
      return { e: wk + 2, v: dayValue(mondayOfWeek(w.y, w.w) + Number(wd.val) - 1, true) };
    }
    let kk = k;
    if (cx.isText(kk, ',')) kk++;
    const det = Boolean(cx.ent(kk, CLS.det));
    if (det) kk++;
    const date = dayMonth(cx, kk) ?? monthDay(cx, kk) ?? numeric(cx, kk, RANGE_CTX);
    if (date && date.v.g === 'day') return date;
    // "Friday the 22nd": the day of that number nearest the anchor that falls on that weekday.
    const dw = det && kk === k + 1 ? cx.dayWordAt(kk, cx.lex.plainDay) : null;
    const next = dw ? cx.tok(dw.e) : undefined;
    // Not "Friday the 13th movie"; a function word may follow ("Friday the 11th until …").
    const counted = next !== undefined && next.kind === 'word' && next.entries.length === 0 && !cx.lang.stopwords.has(next.text.toLowerCase());
    const n = dw === null || counted ? null : weekdayOfMonthDay(cx, Number(wd.val), dw.d);
    if (n !== null && dw) return { e: dw.e, v: dayValue(n, true) };
  }
  // A bare weekday looks ahead after "ab"/"from" or in a sentence about the future, unless it speaks of the past.
  const ahead = (ctx.forward === true || cx.tense === 'future') && cx.tense !== 'past';
  return { e: k, v: dayValue(weekdayDay(cx, Number(wd.val), rel ? Number(rel.val) : null, ahead), true) };
}

/**
 * "the first Friday of July", "the second Monday of next month", "the last Sunday in March": the n-th
 * (or last) such weekday of that month. A month without a year takes its year like any other month.
 * With nothing after it ("on the second Sunday."), the publication month's.
 */
export function nthWeekday(cx: TimeCursor, j: number): Match | null {
  const ord = cx.ent(j, CLS.ordword);
  const last = ord ? undefined : cx.ent(j, CLS.rel);
  const n = ord ? Number(ord.val) : last && Number(last.val) === -1 ? -1 : 0;
  if (n === 0 || n > 5) return null;
  const wd = cx.ent(j + 1, CLS.weekday);
  if (!wd) return null;
  const after = cx.tok(j + 2);
  let mo: Match | null;
  if (ord && (!after || after.kind === 'punct')) {
    // "second Sunday" and nothing after it: of the publication month.
    mo = { e: j + 2, v: { g: 'month', y: cx.A.y, m: cx.A.m, rel: true } };
  } else {
    if (!(cx.ent(j + 2, CLS.of) || cx.ent(j + 2, CLS.prep)?.val === 'in')) return null;
    mo = month(cx, j + 3, { prep: 'day', det: false, part: false, inRange: false }) ?? relative(cx, j + 3, NO_CTX);
  }
  if (!mo || mo.v.g !== 'month') return null;
  const full = complete(mo.v, cx.A, cx.tense);
  const year = full.g === 'month' ? full.y : null;
  const m = mo.v.m;
  // Without a publication date the year of "the first Friday of July" is open: a relative day, value null.
  if (year === null) return { e: mo.e, v: { g: 'day', y: null, m, d: 1, rel: true } };
  const first = dayNumber(year, m, 1);
  const target = Number(wd.val);
  let day: number;
  if (n > 0) day = first + ((target - weekday(first) + 7) % 7) + 7 * (n - 1);
  else {
    const end = dayNumber(year, m, daysInMonth(year, m));
    day = end - ((weekday(end) - target + 7) % 7);
  }
  if (fromDayNumber(day).m !== m) return null;
  return { e: mo.e, v: dayValue(day, mo.v.rel || mo.v.y === null) };
}

/** "the 20th of next month", "31st of this month": a day of a month named relative to the anchor. */
export function dayOfRelMonth(cx: TimeCursor, j: number): Match | null {
  const d = cx.ordinalAt(j);
  if (d === null || d < 1 || d > 31) return null;
  // "of" may be left out after an ordinal in digits: "the 20th next month".
  const k = cx.ent(j + 1, CLS.of) ? j + 2 : cx.tok(j)!.lead > 0 ? j + 1 : -1;
  if (k < 0) return null;
  const rel = cx.ent(k, CLS.rel);
  const u = cx.ent(k + 1, CLS.unit);
  if (!rel || u?.val !== 'M' || u.pl) return null;
  const v = unitValue(cx, 'M', Number(rel.val));
  if (!v || v.g !== 'month' || v.y === null || !isValidDate(v.y, v.m, d)) return null;
  return { e: k + 2, v: dayValue(dayNumber(v.y, v.m, d), true) };
}

/** "gestern", "heute Abend", "morgen früh", "yesterday morning". */
export function deictic(cx: TimeCursor, j: number): Match | null {
  const d = cx.ent(j, CLS.day);
  if (!d || d.ref) return null;
  let k = j + 1;
  if (cx.ent(k, CLS.daypart)) k++;
  return { e: k, v: dayValue(cx.A.n + Number(d.val), true), noDet: true };
}

/** The period of a unit `off` units away from the anchor. */
export function unitValue(cx: TimeCursor, unit: string, off: number): TimeValue | null {
  const A = cx.A;
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
export function relative(cx: TimeCursor, j: number, ctx: Ctx): Match | null {
  let k = j;
  if (cx.ent(k, CLS.aspect)) k++;
  const rel = cx.ent(k, CLS.rel);
  if (!rel) {
    const u = cx.ent(j, CLS.unit);
    // "the week after next", "the year after the next": two units ahead.
    if (u && !u.pl && k === j && cx.ent(j + 1, CLS.after)?.val === '1') {
      const kk = cx.ent(j + 2, CLS.det) ? j + 3 : j + 2;
      const v = Number(cx.ent(kk, CLS.rel)?.val) === 1 ? unitValue(cx, u.val, 2) : null;
      if (v) return { e: kk + 1, v };
    }
    // "am Wochenende", "over the weekend": the most recent weekend; in a sentence about the future
    // ("will … at the weekend") the coming one.
    if (u?.val === 'WE' && !u.pl && k === j && (ctx.prep || ctx.det)) {
      const w = isoWeek(weekday(cx.A.n) >= 6 || cx.tense === 'future' ? cx.A.n : cx.A.n - 7);
      return { e: j + 1, v: { g: 'weekend', y: w.y, w: w.w, rel: true } };
    }
    return null;
  }
  k++;
  const off = Number(rel.val);
  if (cx.ent(k, CLS.daypart)) return { e: k + 1, v: dayValue(cx.A.n + off, true) };
  const u = cx.ent(k, CLS.unit);
  if (!u || u.pl) return null;
  if ((u.val === 'Q' || u.val === 'H') && off === -1) {
    // "im letzten Quartal 2004", "im letzten Quartal des Jahres": the final one of that year.
    let y = cx.yearAfter(k + 1, false);
    if (!y && cx.ent(k + 1, CLS.det) && cx.ent(k + 2, CLS.unit)?.val === 'Y' && !cx.ent(k + 2, CLS.unit)?.pl) {
      y = { y: cx.A.y, e: k + 3, rel: true };
    }
    if (y) return { e: y.e, v: { g: u.val === 'Q' ? 'quarter' : 'half', y: y.y, n: u.val === 'Q' ? 4 : 2, rel: y.rel } };
  }
  if (u.val === 'W' && off === -1 && cx.ent(k + 1, CLS.of)) {
    // "the last week of 2015": the final ISO week of that year.
    const y = cx.yearAfter(k + 1, false);
    if (y) return { e: y.e, v: { g: 'week', y: y.y, w: isoWeek(dayNumber(y.y, 12, 28)).w, rel: y.rel } };
  }
  const v = unitValue(cx, u.val, off);
  return v ? { e: k + 1, v } : null;
}

/** "im Vorjahr", "in der Vorwoche". */
export function relUnitWord(cx: TimeCursor, j: number): Match | null {
  const r = cx.ent(j, CLS.relunit);
  if (!r) return null;
  const [unit, off] = r.val.split(':');
  const v = unitValue(cx, unit ?? '', Number(off));
  return v ? { e: j + 1, v } : null;
}

/** "vor zwei Jahren", "in drei Wochen", "two weeks ago". */
export function offset(cx: TimeCursor, j: number, ctx: Ctx): Match | null {
  const c = cx.countAt(j);
  if (c === null) return null;
  const u = cx.ent(j + 1, CLS.unit);
  if (!u) return null;
  const several = severalUnits(cx, j);
  if (several) return several;
  let sign = 0;
  let e = j + 2;
  const from = cx.ent(j + 2, CLS.after);
  const ref = from ? cx.ent(j + 3, CLS.day) : undefined;
  if (from && ref) return fromDay(cx, c * Number(from.val), u.val, Number(ref.val), j + 4);
  const ago = cx.ent(j + 2, CLS.ago);
  if (ago) {
    sign = ago.val === '+' ? 1 : -1;
    e = j + 3;
  } else if (ctx.prep === 'ago' && !ctx.det) sign = -1;
  else if (ctx.prep === 'in' && !ctx.det) sign = 1;
  if (sign === 0) return null;
  const n = c * sign;
  const A = cx.A;
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

/** "three weeks from tomorrow", "two days before yesterday", "two weeks from now": a day. */
function fromDay(cx: TimeCursor, n: number, unit: string, dayOff: number, e: number): Match | null {
  const day = shift(cx.A.n + dayOff, unit, n);
  return day === null ? null : { e, v: dayValue(day, true), noDet: true };
}

/** What a run of counted units is read through: the count at k, the unit entry at k, whether k joins two counts. */
export interface UnitReader {
  count(k: number): number | null;
  unit(k: number): TimeEntry | undefined;
  joins(k: number): boolean;
}

/**
 * Counts of units in a row from j: "1 month 21 days", "2 years, 1 month and 21 days"; `e` the token after.
 * `accept` may refuse a count and unit (the run ends before them).
 */
export function unitRun(r: UnitReader, j: number, accept?: (count: number, unit: TimeEntry) => boolean): { parts: [number, string][]; e: number } {
  const parts: [number, string][] = [];
  let k = j;
  for (;;) {
    const c = r.count(k);
    const u = c === null ? undefined : r.unit(k + 1);
    if (c === null || !u || (accept && !accept(c, u))) break;
    parts.push([c, u.val]);
    k += 2;
    if (r.joins(k) && r.count(k + 1) !== null) k++;
  }
  return { parts, e: k };
}

/** Counts of units in a row from j, read through the cursor (see unitRun). */
export function countedUnits(cx: TimeCursor, j: number): { parts: [number, string][]; e: number } {
  return unitRun({ count: (k) => cx.countAt(k), unit: (k) => cx.ent(k, CLS.unit), joins: (k) => cx.isText(k, ',') || cx.ent(k, CLS.to)?.val === 'and' }, j);
}

/** A day number moved by several counts of units (null when a unit cannot be counted in days). */
export function shiftAll(day: number, parts: readonly [number, string][], sign: number): number | null {
  let d: number | null = day;
  for (const [c, unit] of parts) d = d === null ? null : shift(d, unit, sign * c);
  return d;
}

/** "1 month 21 days ago", "2 years, 1 month and 21 days ago": a day several units back (or forward). */
function severalUnits(cx: TimeCursor, j: number): Match | null {
  const { parts, e: k } = countedUnits(cx, j);
  const ago = parts.length > 1 ? cx.ent(k, CLS.ago) : undefined;
  if (!ago) return null;
  const day = shiftAll(cx.A.n, parts, ago.val === '+' ? 1 : -1);
  return day === null ? null : { e: k + 1, v: dayValue(day, true), noDet: true };
}

/** A day number moved by n units. */
export function shift(day: number, unit: string, n: number): number | null {
  switch (unit) {
    case 'D':
      return day + n;
    case 'W':
      return day + 7 * n;
    case 'M':
      return addMonthsToDay(day, n);
    case 'Y':
      return addMonthsToDay(day, 12 * n);
    case 'DEC':
      return addMonthsToDay(day, 120 * n);
    default:
      return null;
  }
}

/** "die letzten 3 Jahre", "in den nächsten zwei Wochen", "the past three years", "the past two decades", "the past month": an interval. */
export function lastN(cx: TimeCursor, j: number): Match | null {
  const rel = cx.ent(j, CLS.rel) ?? cx.ent(j, CLS.recent);
  if (!rel) return null;
  const off = Number(rel.val);
  if (off !== -1 && off !== 1) return null;
  let c = cx.countAt(j + 1);
  let u = cx.ent(j + 2, CLS.unit);
  let e = j + 3;
  // "the past week", "over the past year": the one unit back to the publication date ("last week" is the
  // calendar week before).
  const one = c === null && cx.ent(j, CLS.recent) ? cx.ent(j + 1, CLS.unit) : undefined;
  if (one && !one.pl && one.val !== 'WE') [c, u, e] = [1, one, j + 2];
  if (c === null || !u) return null;
  const A = cx.A;
  const from = off < 0 ? shift(A.n, u.val, -c) : A.n + 1;
  const to = off < 0 ? A.n : shift(A.n + 1, u.val, c);
  if (from === null || to === null) return null;
  return { e, v: interval(dayValue(from, true), dayValue(to, true)) };
}

/** "in der Nacht zum Montag": the day the night ends in. */
export function night(cx: TimeCursor, j: number): Match | null {
  if (!cx.ent(j, CLS.night)) return null;
  let k = j + 1;
  if (cx.ent(k, CLS.from)) {
    // "in der Nacht von Mittwoch auf Donnerstag": the second day.
    k++;
    if (cx.ent(k, CLS.det)) k++;
    const first = weekdayExpr(cx, k) ?? dayMonth(cx, k) ?? deictic(cx, k);
    if (!first) return null;
    k = first.e;
  }
  if (!cx.ent(k, CLS.nightlink)) return null;
  k++;
  if (cx.ent(k, CLS.det)) k++;
  const d = weekdayExpr(cx, k) ?? dayMonth(cx, k) ?? deictic(cx, k);
  return d && d.v.g === 'day' ? d : null;
}

/** "den Rest der Woche", "the rest of the year": from the anchor to the end of the period. */
export function rest(cx: TimeCursor, j: number): Match | null {
  if (!cx.ent(j, CLS.rest)) return null;
  let k = j + 1;
  if (cx.ent(k, CLS.of)) k++;
  // "the rest of the week", "the rest of my week".
  if (cx.ent(k, CLS.det) || cx.cls(k, 'poss')) k++;
  const rel = cx.ent(k, CLS.rel);
  if (rel) {
    if (Number(rel.val) !== 0) return null;
    k++;
  }
  const u = cx.ent(k, CLS.unit);
  if (!u || u.pl) return null;
  const A = cx.A;
  let end: number;
  if (u.val === 'W') end = A.n + 7 - weekday(A.n);
  else if (u.val === 'M') end = dayNumber(A.y, A.m, daysInMonth(A.y, A.m));
  else if (u.val === 'Y') end = dayNumber(A.y, 12, 31);
  else return null;
  return { e: k + 1, v: interval(dayValue(A.n, true), dayValue(end, true)) };
}
