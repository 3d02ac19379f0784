/**
 * "the last day of March", "the first day of next month", "the 15th day of 2025", "am letzten Tag des
 * Jahres": a day counted from the start (or, for "last", the end) of a month or year. The words are the
 * lexicon's (ordinal words and digits, `rel` -1 for "last"/"letzten", unit D, `of`, articles).
 */
import { CLS } from '../times-lexicon.js';
import { complete, dayNumber, dayValue, daysInMonth, fromDayNumber } from '../times-calendar.js';
import type { Ctx, Match, TimeCursor } from './cursor.js';
import { month, year } from './explicit.js';
import { relative, unitValue } from './relative.js';

const INNER: Ctx = { prep: null, det: false, part: true, inRange: false };

export function dayOfPeriod(cx: TimeCursor, j: number): Match | null {
  const ordinal = cx.ordinalAt(j);
  const last = ordinal === null ? cx.ent(j, CLS.rel) : undefined;
  const n = ordinal ?? (last && Number(last.val) === -1 ? -1 : null);
  if (n === null || n === 0 || n > 366) return null;
  const u = cx.ent(j + 1, CLS.unit);
  if (u?.val !== 'D' || u.pl) return null;
  let k = j + 2;
  // "of March", "of the month", "in May", "des Jahres" (an article alone joins a genitive).
  const of = cx.ent(k, CLS.of) !== undefined || cx.ent(k, CLS.prep)?.val === 'in';
  if (of) k++;
  const det = cx.ent(k, CLS.det) !== undefined;
  if (det) k++;
  if (!of && !det) return null;
  let p = month(cx, k, INNER) ?? relative(cx, k, INNER) ?? year(cx, k, INNER);
  if (!p && det) {
    // "of the month", "des Jahres": the current one.
    const unit = cx.ent(k, CLS.unit);
    const v = unit && !unit.pl && (unit.val === 'M' || unit.val === 'Y') ? unitValue(cx, unit.val, 0) : null;
    if (v) p = { e: k + 1, v };
  }
  if (!p || (p.v.g !== 'month' && p.v.g !== 'year')) return null;
  const full = complete(p.v, cx.A, cx.tense);
  if (full.g !== 'month' && full.g !== 'year') return null;
  // Without a publication date a month without a year stays open: a relative day, value null.
  if (full.y === null) return { e: p.e, v: { g: 'day', y: null, m: full.g === 'month' ? full.m : null, d: 1, rel: true } };
  const m0 = full.g === 'month' ? full.m : 1;
  const first = dayNumber(full.y, m0, 1);
  const len = full.g === 'month' ? daysInMonth(full.y, m0) : dayNumber(full.y + 1, 1, 1) - first;
  if (n > len) return null;
  const day = n > 0 ? first + n - 1 : first + len - 1;
  if (full.g === 'month' && fromDayNumber(day).m !== m0) return null;
  return { e: p.e, v: dayValue(day, p.v.rel || full.rel) };
}
