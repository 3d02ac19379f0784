/**
 * A count of units with an upper bound (src/extract/times.ts documents the conventions): "less than 2 weeks
 * from today", "less than three days after tomorrow", "less than a month ago" — the interval between the
 * reference day and the day that many units away. ("more than 2 weeks after today" has no end: our ISO 8601
 * values cannot say it, so it stays the day "2 weeks after today".) Functions over a TimeCursor (cursor.ts).
 */
import { CLS } from '../times-lexicon.js';
import { dayValue } from '../times-calendar.js';
import { interval, type Match, type TimeCursor } from './cursor.js';
import { shift } from './relative.js';

/** "less than 2 weeks from today", "less than a month ago": from the reference day to that many units away. */
export function lessThan(cx: TimeCursor, j: number): Match | null {
  // The unit first: a class bit, cheap to test at every candidate.
  const u = cx.ent(j + 3, CLS.unit);
  if (!u || !cx.cls(j, 'below') || !cx.cls(j + 1, 'than')) return null;
  const c = cx.countAt(j + 2);
  if (c === null) return null;
  let ref = cx.A.n;
  let dir: number;
  let e: number;
  const after = cx.ent(j + 4, CLS.after);
  const day = after ? cx.ent(j + 5, CLS.day) : undefined;
  const ago = cx.ent(j + 4, CLS.ago);
  if (after && day) {
    ref += Number(day.val);
    dir = Number(after.val);
    e = j + 6;
  } else if (ago) {
    dir = ago.val === '+' ? 1 : -1;
    e = j + 5;
  } else return null;
  const end = shift(ref, u.val, c * dir);
  if (end === null) return null;
  const [a, b] = end < ref ? [end, ref] : [ref, end];
  return { e, v: interval(dayValue(a, true), dayValue(b, true)), noDet: true };
}
