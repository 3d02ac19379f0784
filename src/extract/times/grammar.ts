/**
 * The time grammar (src/extract/times.ts documents the conventions): at each candidate token the longest
 * expression with its preposition and article, ranges ("vom 15. bis 19. November"), parts of a period
 * ("Anfang März") and what may follow an expression; and the left-to-right pass over one sentence.
 */
import { CLS } from '../times-lexicon.js';
import { complete, dayValue, formatValue, mondayOfWeek, type Grain, type Season, type Tense, type TimeValue } from '../times-calendar.js';
import type { TimeMention } from '../times.js';
import { digitsOnly, interval, longer, RANGE_CTX, type Ctx, type Match, type TimeCursor } from './cursor.js';
import { bareDay, dayMonth, decade, gluedDate, hyphenPart, month, monthDay, numeric, ordinalUnit, season, year, yearMonth } from './explicit.js';
import { lastingFrom, weekNumber, weekOf, weekOfMonth, within, yearToDate } from './periods.js';
import { lessThan } from './bounded.js';
import { dayOfPeriod } from './days-of.js';
import { dayOfRelMonth, deictic, lastN, night, nthWeekday, offset, relative, relUnitWord, rest, unitValue, weekdayExpr } from './relative.js';

const RANGE_GRAINS = new Set<Grain>(['day', 'month', 'year', 'season', 'week', 'weekend', 'quarter', 'half']);

/** Whether two values can be the ends of one range. */
function compatible(a: TimeValue, b: TimeValue): boolean {
  if (!RANGE_GRAINS.has(a.g) || !RANGE_GRAINS.has(b.g)) return false;
  if (a.g === 'day' && a.m === null) return b.g === 'day';
  // "from 2015 to May 5th, 2017": a year to a later month or day of a named year.
  if (a.g === 'year') return b.g === 'year' || ((b.g === 'month' || b.g === 'day') && b.y !== null && b.y > a.y && !b.rel);
  return true;
}

/** The end of a range that names only a day takes the month and year of its start ("November 19-20"). */
function sameMonth(a: TimeValue, b: TimeValue): TimeValue {
  return a.g === 'day' && a.m !== null && b.g === 'day' && b.m === null ? { ...b, m: a.m, y: a.y, rel: a.rel || b.rel } : b;
}

/** Tags the tokens [lo, hi) of one sentence. */
export function tagSentence(cx: TimeCursor, lo: number, hi: number, out: TimeMention[]): void {
  cx.hi = hi;
  // The sentence's tense cue: a future word and no past word ("wird"), or the reverse ("wurde").
  let mask = 0;
  for (let k = lo; k < hi; k++) mask |= cx.toks[k]!.mask;
  const futureWord = (mask & CLS.future) !== 0;
  const pastWord = (mask & CLS.past) !== 0;
  const tense: Tense = futureWord && !pastWord ? 'future' : pastWord && !futureWord ? 'past' : null;
  cx.tense = tense;
  let i = lo;
  while (i < hi) {
    if (!cx.toks[i]!.cand) {
      i++;
      continue;
    }
    if (cx.ent(i, CLS.set)) {
      // "jeden Dienstag", "every year": a recurring set, not a time; skip the expression after it.
      const skipped = matchAt(cx, i + 1);
      i = skipped ? skipped.e : i + 1;
      continue;
    }
    const m = matchAt(cx, i);
    if (m && m.e > i) {
      const v = complete(m.v, cx.A, tense);
      out.push({
        start: cx.toks[i]!.start,
        end: cx.toks[m.e - 1]!.end,
        value: v.rel && !cx.A.real ? null : formatValue(v),
        relative: v.rel,
        grain: v.g,
      });
      i = m.e;
    } else i++;
  }
}

/** The longest time expression starting at token i, with its preposition and article. */
function matchAt(cx: TimeCursor, i: number): Match | null {
  if (i >= cx.hi || !cx.toks[i]!.cand) return null;
  let best = range(cx, i) ?? yearRange(cx, i);
  let j = i;
  let prep: string | null = null;
  let forward = false;
  for (let n = 0; n < 2; n++) {
    const p = cx.ent(j, CLS.prep);
    if (!p) break;
    prep = p.val;
    forward ||= cx.ent(j, CLS.forward) !== undefined;
    j++;
  }
  let det = false;
  if (cx.ent(j, CLS.det)) {
    det = true;
    j++;
  }
  // "the '40s": an apostrophe for the century left out, part of the span.
  if ((cx.isText(j, "'") || cx.isText(j, '’')) && cx.adjacent(j + 1) && cx.tok(j + 1)!.lead === 2) j++;
  const core = j < cx.hi && cx.toks[j]!.cand ? point(cx, j, { prep, det, part: false, inRange: false, forward }) : null;
  // An article belongs to the expression only where it can stand before it ("der vergangenen Woche",
  // but not "das gestern …", "der dieses Jahr …").
  const detFits = !det || !(core?.noDet || cx.ent(j, CLS.rel)?.dem);
  if (core && detFits && (!best || core.e > best.e)) best = core;
  return best;
}

/** A single time expression at j (no preposition), extended by what may follow it. */
function point(cx: TimeCursor, j: number, ctx: Ctx): Match | null {
  if (j >= cx.hi || !cx.toks[j]!.cand) return null;
  let best: Match | null = null;
  best = longer(best, numeric(cx, j, ctx));
  best = longer(best, dayMonth(cx, j));
  best = longer(best, monthDay(cx, j));
  best = longer(best, month(cx, j, ctx));
  best = longer(best, year(cx, j, ctx));
  best = longer(best, yearMonth(cx, j));
  best = longer(best, season(cx, j, ctx));
  best = longer(best, weekdayExpr(cx, j, ctx));
  best = longer(best, deictic(cx, j));
  best = longer(best, relative(cx, j, ctx));
  best = longer(best, relUnitWord(cx, j));
  best = longer(best, part(cx, j, ctx));
  // Before offset: on a tie "for 3 days from today" is the three days, not the third day.
  best = longer(best, lastingFrom(cx, j));
  best = longer(best, offset(cx, j, ctx));
  best = longer(best, lastN(cx, j));
  best = longer(best, decade(cx, j, ctx));
  best = longer(best, ordinalUnit(cx, j));
  best = longer(best, night(cx, j));
  best = longer(best, rest(cx, j));
  best = longer(best, bareDay(cx, j, ctx));
  best = longer(best, gluedDate(cx, j));
  best = longer(best, nthWeekday(cx, j));
  best = longer(best, dayOfPeriod(cx, j));
  best = longer(best, dayOfRelMonth(cx, j));
  best = longer(best, weekOf(cx, j));
  best = longer(best, weekOfMonth(cx, j));
  best = longer(best, within(cx, j));
  best = longer(best, lessThan(cx, j));
  best = longer(best, weekNumber(cx, j, ctx));
  best = longer(best, yearToDate(cx, j));
  if (!best) return null;
  const found: Match = best;
  // The ends of a range are not extended: that keeps the look-ahead of every rule bounded.
  if (ctx.inRange) return found;
  const r = compose(cx, found, ctx);
  return found.noDet ? { ...r, noDet: true } : r;
}

/** "2003 bis 2008", "1995–1999": two years joined without a preposition before them. */
function yearRange(cx: TimeCursor, i: number): Match | null {
  const a = cx.tok(i);
  const b = cx.tok(i + 2);
  const t = cx.ent(i + 1, CLS.to);
  if (!a || !b || !t || (t.val !== 'until' && t.val !== 'dash')) return null;
  if (a.kind !== 'number' || b.kind !== 'number' || !digitsOnly(a, 4) || !digitsOnly(b, 4)) return null;
  const y1 = Number(a.text);
  const y2 = Number(b.text);
  if (y1 < 1000 || y2 > 2199 || y2 <= y1 || y2 - y1 > 100 || !cx.yearFollows(i + 2, 'weak')) return null;
  return { e: i + 3, v: interval({ g: 'year', y: y1, rel: false }, { g: 'year', y: y2, rel: false }) };
}

/** What may follow a time expression and refine or extend it. */
function compose(cx: TimeCursor, m: Match, ctx: Ctx): Match {
  const v = m.v;
  const k = m.e;
  // "nächstes Jahr im Dezember", "next year in June": a month or season of that year.
  if (v.g === 'year' && cx.ent(k, CLS.within)) {
    const mo = cx.ent(k + 1, CLS.month);
    if (mo) return { e: k + 2, v: { g: 'month', y: v.y, m: Number(mo.val), rel: v.rel } };
    const se = cx.ent(k + 1, CLS.season);
    if (se) return { e: k + 2, v: { g: 'season', y: v.y, s: se.val as Season, rel: v.rel } };
  }
  // "Q3 this year", "the third quarter next year": a quarter or half of that year.
  if ((v.g === 'quarter' || v.g === 'half') && v.y === null) {
    const r = cx.ent(k, CLS.rel);
    const u = r ? cx.ent(k + 1, CLS.unit) : undefined;
    if (r && u?.val === 'Y' && !u.pl) return { e: k + 2, v: { ...v, y: cx.A.y + Number(r.val), rel: true } };
  }
  // "nächste Woche Dienstag", "übernächste Woche am Freitag": that weekday in that week.
  if (v.g === 'week') {
    let kk = k;
    if (cx.ent(kk, CLS.prep)?.val === 'day') kk++;
    const wd = cx.ent(kk, CLS.weekday);
    if (wd) return { e: kk + 1, v: dayValue(mondayOfWeek(v.y, v.w) + Number(wd.val) - 1, true) };
    // "next week between Wednesday and Friday", "this week from Tue to Thur": those days of that week.
    const f = cx.ent(k, CLS.from);
    const wa = f ? cx.ent(k + 1, CLS.weekday) : undefined;
    const to = wa ? cx.ent(k + 2, CLS.to) : undefined;
    const wb = f && to && f.val.split('|').includes(to.val) ? cx.ent(k + 3, CLS.weekday) : undefined;
    if (wa && wb && Number(wb.val) > Number(wa.val)) {
      const mon = mondayOfWeek(v.y, v.w) - 1;
      return { e: k + 4, v: interval(dayValue(mon + Number(wa.val), true), dayValue(mon + Number(wb.val), true)) };
    }
  }
  // "im November zwischen dem 19. und dem 20.", "diesen Monat vom 4. bis zum 22.": days of that month.
  if (v.g === 'month') {
    const r = range(cx, k, true);
    if (r && r.v.g === 'interval' && r.v.a.g === 'day' && r.v.b.g === 'day' && r.v.b.m === null) {
      // "Feb between 2-7 two thousand and eighteen": the year may follow the days.
      const y = v.y === null ? cx.yearAfter(r.e, true) : null;
      const year = y && !y.rel ? y.y : v.y;
      const a: TimeValue = { ...r.v.a, m: v.m, y: year, rel: r.v.a.rel || v.rel };
      const b: TimeValue = { ...r.v.b, m: v.m, y: year, rel: r.v.b.rel || v.rel };
      return { e: y && !y.rel ? y.e : r.e, v: interval(a, b) };
    }
  }
  // "14. Oktober bis 18. Oktober", "Montag bis Mittwoch", "von 2014 bis 2018" (after a prepositon).
  if (!ctx.inRange && v.g !== 'interval') {
    const t = cx.ent(k, CLS.to);
    if (t && (t.val === 'until' || t.val === 'dash')) {
      let kk = k + 1;
      for (let n = 0; n < 2 && (cx.ent(kk, CLS.prep) || cx.ent(kk, CLS.det)); n++) kk++;
      const b = point(cx, kk, RANGE_CTX);
      if (b && compatible(v, b.v)) return { e: b.e, v: interval(v, sameMonth(v, b.v)) };
    }
  }
  return m;
}

const UNTIL = ['until', 'dash'];

/** "now" as an end of a range ("between now and November 15th"): the publication date. */
function nowAt(cx: TimeCursor, k: number): Match | null {
  const d = cx.ent(k, CLS.day);
  return d?.ref && Number(d.val) === 0 ? { e: k + 1, v: dayValue(cx.A.n, true) } : null;
}

/**
 * "vom 15. bis 19. November", "zwischen 2014 und 2018", "from June to August"; without an opening word
 * only two days before their month ("4 to 23 next month", "4 till 23 of this month"); `monthBefore`: after a
 * month, whose days two plain numbers may be ("November between 19 and 20").
 */
function range(cx: TimeCursor, i: number, monthBefore = false): Match | null {
  const f = cx.ent(i, CLS.from);
  // Without an opening word only a plain day and a "to" word can start one (checked before any rule runs).
  if (!f && (cx.int(i, 2) === null || !cx.ent(i + 1, CLS.to))) return null;
  const kinds = f ? f.val.split('|') : UNTIL;
  let j = f ? i + 1 : i;
  if (f && cx.ent(j, CLS.det)) j++;
  let a = f ? nowAt(cx, j) ?? point(cx, j, RANGE_CTX) : bareDay(cx, j, RANGE_CTX);
  if (!a) return null;
  if (!cx.ent(a.e, CLS.to)) {
    // "from 4-23 in next month", "between 4-22 January": two days joined by a dash, not April 23.
    const d = bareDay(cx, j, RANGE_CTX);
    if (d && cx.ent(d.e, CLS.to)) a = d;
  }
  const t = cx.ent(a.e, CLS.to);
  if (!t || !kinds.includes(t.val)) return null;
  let k = a.e + 1;
  for (let n = 0; n < 2 && (cx.ent(k, CLS.prep) || cx.ent(k, CLS.det)); n++) k++;
  const b = point(cx, k, RANGE_CTX) ?? nowAt(cx, k);
  if (!b || !compatible(a.v, b.v)) return null;
  if (a.v.g === 'day' && a.v.m === null && b.v.g === 'day' && b.v.m === null) {
    // "from 4 to 22 this month", "between 3 and 12 of Sept": days of the month named after them.
    let kk = b.e;
    // "of May", "of this month", "in next month" (not "in May": "between 20 and 30 in May" may be degrees).
    if (cx.ent(kk, CLS.of) || (cx.ent(kk, CLS.prep)?.val === 'in' && cx.ent(kk + 1, CLS.rel))) kk++;
    const mo = month(cx, kk, { prep: 'day', det: false, part: false, inRange: true }) ?? relative(cx, kk, RANGE_CTX);
    if (mo && mo.v.g === 'month') {
      const { y, m, rel } = mo.v;
      return { e: mo.e, v: interval({ ...a.v, y, m, rel: rel || a.v.rel }, { ...b.v, y, m, rel: rel || b.v.rel }) };
    }
    // "between 20 and 30" is a range of numbers, not of days; after a month ("November between 19 and 20")
    // they are its days.
    if ((a.plain || b.plain) && !monthBefore) return null;
  }
  if (!f) return null;
  return { e: b.e, v: interval(a.v, sameMonth(a.v, b.v)) };
}

/** "Anfang März", "Mitte Oktober", "Ende 2023", "Mitte der 1990er Jahre", "Ende des Jahres", "the end of 2023". */
function part(cx: TimeCursor, j: number, ctx: Ctx): Match | null {
  let k = j;
  if (cx.ent(k, CLS.part)) k++;
  else if (cx.ent(k, CLS.partnoun) && cx.ent(k + 1, CLS.of)) k += 2;
  else return hyphenPart(cx, j);
  let det = false;
  if (cx.ent(k, CLS.det)) {
    det = true;
    k++;
  }
  const inner: Ctx = { prep: ctx.prep, det, part: true, inRange: ctx.inRange };
  let best: Match | null = null;
  for (const m of [
    month(cx, k, inner),
    year(cx, k, inner),
    season(cx, k, inner),
    decade(cx, k, inner),
    relative(cx, k, inner),
    relUnitWord(cx, k),
    ordinalUnit(cx, k),
  ]) {
    if (m && (!best || m.e > best.e)) best = m;
  }
  if (!best && det) {
    // "Ende des Jahres", "Anfang der Woche", "the end of the year": the current one.
    const u = cx.ent(k, CLS.unit);
    if (u && !u.pl) {
      const v = unitValue(cx, u.val, 0);
      if (v) best = { e: k + 1, v };
    }
  }
  return best;
}
