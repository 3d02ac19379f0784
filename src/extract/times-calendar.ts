/**
 * Calendar arithmetic and the value model of the time tagger (times.ts): days are counted as integers
 * (days since 1970-01-01, UTC), so nothing depends on the machine's time zone.
 */

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** How precise a time expression is. */
export type Grain =
  | 'day'
  | 'week'
  | 'weekend'
  | 'month'
  | 'season'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade'
  | 'century'
  | 'interval'
  /** Hours of a day: a part of the day ("am frühen Abend"), from times-anaphora.ts. */
  | 'hours'
  /** A period anchored to a named event ("seit dem Hochwasser"), from times-events.ts. */
  | 'event';

/**
 * A value under construction. `y`/`m` may be null while the text leaves them open ("am 14. Oktober");
 * `rel` records that the publication date was used to compute it.
 */
export type TimeValue =
  | { g: 'day'; y: number | null; m: number | null; d: number; rel: boolean }
  | { g: 'month'; y: number | null; m: number; rel: boolean }
  | { g: 'season'; y: number | null; s: Season; rel: boolean }
  | { g: 'quarter' | 'half'; y: number | null; n: number; rel: boolean }
  | { g: 'year'; y: number; rel: boolean }
  | { g: 'week' | 'weekend'; y: number; w: number; rel: boolean }
  | { g: 'decade' | 'century'; p: string; rel: boolean }
  | { g: 'interval'; a: TimeValue; b: TimeValue; rel: boolean };

/** The reference date: the publication date, or a stand-in (real = false) that makes relative values null. */
export interface Anchor {
  y: number;
  m: number;
  d: number;
  /** Day number. */
  n: number;
  real: boolean;
}

const DAY_MS = 86_400_000;

/** A UTC date; unlike Date.UTC, years 0–99 are not moved into the 1900s. */
function utc(y: number, m0: number, d: number): Date {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m0, d);
  return dt;
}

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(utc(y, m - 1, d).getTime() / DAY_MS);
}

export function fromDayNumber(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function isoWeek(n: number): { y: number; w: number } {
  const thursday = n - weekday(n) + 4;
  const y = fromDayNumber(thursday).y;
  return { y, w: Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1 };
}

export function mondayOfWeek(y: number, w: number): number {
  const jan4 = dayNumber(y, 1, 4);
  return jan4 - (weekday(jan4) - 1) + (w - 1) * 7;
}

export function daysInMonth(y: number, m: number): number {
  return utc(y, m, 0).getUTCDate();
}

export function isValidDate(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y ?? 2000, m);
}

/** Adds months to a year and month. */
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + k;
  return { y: Math.floor(t / 12), m: (((t % 12) + 12) % 12) + 1 };
}

/** A day number moved by months (the day clamped to the month's length). */
export function addMonthsToDay(n: number, k: number): number {
  const { y, m, d } = fromDayNumber(n);
  const t = addMonths(y, m, k);
  return dayNumber(t.y, t.m, Math.min(d, daysInMonth(t.y, t.m)));
}

export function anchorFrom(published: string | null): Anchor {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim()) : null;
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (isValidDate(y, mo, d)) return { y, m: mo, d, n: dayNumber(y, mo, d), real: true };
  }
  // A stand-in: relative values are computed as usual and then written as null.
  return { y: 2000, m: 1, d: 3, n: dayNumber(2000, 1, 3), real: false };
}

export function dayValue(n: number, rel: boolean): TimeValue {
  const { y, m, d } = fromDayNumber(n);
  return { g: 'day', y, m, d, rel };
}

const SEASON_MONTHS: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** First and last day number of a season, month, quarter or half-year in year y. */
function periodSpan(v: TimeValue, y: number): [number, number] {
  let m0: number;
  let months: number;
  switch (v.g) {
    case 'day':
      return [dayNumber(y, v.m ?? 1, v.d), dayNumber(y, v.m ?? 1, v.d)];
    case 'month':
      m0 = v.m;
      months = 1;
      break;
    case 'season':
      m0 = SEASON_MONTHS[v.s];
      months = 3;
      break;
    case 'quarter':
      m0 = (v.n - 1) * 3 + 1;
      months = 3;
      break;
    case 'half':
      m0 = (v.n - 1) * 6 + 1;
      months = 6;
      break;
    default:
      return [dayNumber(y, 1, 1), dayNumber(y, 12, 31)];
  }
  const end = addMonths(y, m0, months);
  return [dayNumber(y, m0, 1), dayNumber(end.y, end.m, 1) - 1];
}

/** What the sentence says about its tense: past (a past word, no future word), future (the reverse), or neither. */
export type Tense = 'past' | 'future' | null;

/**
 * How far a period lies from the anchor. News mostly looks back, so a future period counts three times
 * its distance; in a sentence about the future a past one does instead; in a sentence in the past a
 * period that starts after the anchor is not taken.
 */
function biasedDistance(span: [number, number], a: number, tense: Tense): number {
  if (span[1] < a) return (tense === 'future' ? 3 : 1) * (a - span[1]);
  if (span[0] > a) return tense === 'past' ? Infinity : (tense === 'future' ? 1 : 3) * (span[0] - a);
  return 0;
}

/**
 * The year of a named month, season, quarter or day without a year: the occurrence nearest to the anchor,
 * where a future one counts three times its distance (so "im März" in October is the past March,
 * "im Dezember" the coming one); see biasedDistance for the tense.
 */
export function nearestYear(v: TimeValue, a: Anchor, tense: Tense = null): number {
  let best = a.y;
  let bestDist = Infinity;
  for (const y of [a.y - 1, a.y, a.y + 1]) {
    if (v.g === 'day' && !isValidDate(y, v.m ?? 1, v.d)) continue;
    const dist = biasedDistance(periodSpan(v, y), a.n, tense);
    if (dist < bestDist) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}

/**
 * The year of a named month or season with a relative word: `off` 0 = the one containing the anchor (else
 * the one in its year); -k = the k-th latest one that ended before the anchor; +k = the k-th next one
 * that starts after it ("vergangenen Herbst" on 2024-10-18 = autumn 2023).
 */
export function relativeYear(v: TimeValue, off: number, a: Anchor): number {
  const spans: [number, number, number][] = [];
  for (let y = a.y - 4; y <= a.y + 4; y++) {
    const [s, e] = periodSpan(v, y);
    spans.push([y, s, e]);
  }
  if (off === 0) return spans.find(([, s, e]) => s <= a.n && a.n <= e)?.[0] ?? a.y;
  if (off < 0) {
    const past = spans.filter(([, , e]) => e < a.n).sort((p, q) => q[2] - p[2]);
    return past[-off - 1]?.[0] ?? a.y + off;
  }
  const future = spans.filter(([, s]) => s > a.n).sort((p, q) => p[1] - q[1]);
  return future[off - 1]?.[0] ?? a.y + off;
}

/** Two-digit years: the century that puts the year within 80 years before and 20 after the anchor. */
export function fullYear(yy: number, digits: number, a: Anchor): number {
  if (digits !== 2) return yy;
  const ref = a.real ? a.y : 2000;
  let y = Math.floor(ref / 100) * 100 + yy;
  if (y > ref + 20) y -= 100;
  else if (y < ref - 80) y += 100;
  return y;
}

/**
 * Fills what the text leaves open from the anchor (only a real one): the year, or month and year of a bare
 * day. `tense`: what the sentence says about its tense (see biasedDistance).
 */
export function complete(v: TimeValue, a: Anchor, tense: Tense = null): TimeValue {
  switch (v.g) {
    case 'day':
      if (!a.real) return v;
      if (v.m === null) return { ...v, y: a.y, m: a.m, rel: true };
      if (v.y === null) return { ...v, y: nearestYear(v, a, tense), rel: true };
      return v;
    case 'month':
    case 'season':
    case 'quarter':
    case 'half':
      return v.y === null && a.real ? { ...v, y: nearestYear(v, a, tense), rel: true } : v;
    case 'interval': {
      const b = complete(v.b, a, tense);
      let first = v.a;
      if (first.g === 'day' && first.m === null && (b.g === 'day' || b.g === 'month')) first = { ...first, m: b.m };
      if ((first.g === 'day' || first.g === 'month') && first.y === null && 'y' in b && b.y !== null && first.m !== null) {
        let y = b.y;
        const bm = b.g === 'day' || b.g === 'month' ? b.m : null;
        const bd = b.g === 'day' ? b.d : 99;
        if (bm !== null && (first.m > bm || (first.m === bm && first.g === 'day' && first.d > bd))) y -= 1;
        first = { ...first, y };
      }
      const aa = complete(first, a, tense);
      return { g: 'interval', a: aa, b, rel: aa.rel || b.rel };
    }
    default:
      return v;
  }
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
class OutOfRange extends Error {}

/** Four digits (a year outside 0–9999 has no value in the contract's notation). */
const year = (y: number | null): string => {
  if (y === null) return 'XXXX';
  if (y < 0 || y > 9999) throw new OutOfRange();
  return pad(y, 4);
};

/**
 * ISO 8601 (TIMEX-style for seasons, quarters, halves, decades, centuries); a weekend is the interval of its
 * Saturday and Sunday. Null for a year outside 0–9999.
 */
export function formatValue(v: TimeValue): string | null {
  try {
    return format(v);
  } catch (err) {
    if (err instanceof OutOfRange) return null;
    throw err;
  }
}

function format(v: TimeValue): string {
  switch (v.g) {
    case 'day':
      return `${year(v.y)}-${v.m === null ? 'XX' : pad(v.m, 2)}-${pad(v.d, 2)}`;
    case 'month':
      return `${year(v.y)}-${pad(v.m, 2)}`;
    case 'season':
      return `${year(v.y)}-${v.s}`;
    case 'quarter':
      return `${year(v.y)}-Q${v.n}`;
    case 'half':
      return `${year(v.y)}-H${v.n}`;
    case 'year':
      return year(v.y);
    case 'week':
      return `${year(v.y)}-W${pad(v.w, 2)}`;
    case 'weekend': {
      const sat = mondayOfWeek(v.y, v.w) + 5;
      return `${format(dayValue(sat, false))}/${format(dayValue(sat + 1, false))}`;
    }
    case 'decade':
    case 'century':
      return v.p;
    case 'interval':
      return `${format(v.a)}/${format(v.b)}`;
  }
}
