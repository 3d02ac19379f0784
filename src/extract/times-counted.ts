import { lowerOf, type Token } from '../text/tokenize.js';
import type { Sentence } from '../text/segment.js';
import type { SupportedLanguage } from '../lang/index.js';
import { CLS, timeLexicon, timeWord, type TimeEntry, type TimeLexicon } from './times-lexicon.js';
import { dayNumber, fromDayNumber, isoWeek } from './times-calendar.js';
import { shiftAll, unitRun, type UnitReader } from './times/relative.js';

/**
 * Helpers of the anaphoric times (times-anaphora.ts):
 * - counted units before a direction word ("two days later", "drei Wochen zuvor", "2 years 21 days later"):
 *   the count and unit words come from the time lexicon (class count, unit), the direction words from
 *   time-anaphora.tsv (kind `counted`, value +1 or -1);
 * - the tense cue of a sentence (a future word and no past word from time-grammar.tsv), which lets a time
 *   counted from "the" day count from the publication date when the text names no day before it ("I'll go
 *   back the next day").
 */

/** Counted units: [count, unit] with unit D, W, M or Y, and the index of the last token (the direction word). */
export interface Counted {
  parts: [number, string][];
  last: number;
  dir: number;
}

const COUNTABLE = new Set(['D', 'W', 'M', 'Y']);

function entry(text: string, tokens: readonly Token[], k: number, lex: TimeLexicon, cls: number): TimeEntry | undefined {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return undefined;
  const w = timeWord(lex, text.slice(t.start, t.end), false);
  return (w.mask & cls) === 0 ? undefined : w.entries.find((x) => x.bit === cls);
}

/** A count: digits 1–999 or a count word ("two", "zwei", "a"). */
function count(text: string, tokens: readonly Token[], k: number, lex: TimeLexicon): number | null {
  const t = tokens[k];
  if (!t) return null;
  const s = text.slice(t.start, t.end);
  if (t.kind === 'number' && /^\d{1,3}$/.test(s)) return Number(s) > 0 ? Number(s) : null;
  const c = entry(text, tokens, k, lex, CLS.count);
  return c ? Number(c.val) : null;
}

const countCache = new Map<SupportedLanguage, Set<string>>();

/** The lower-case count words of a language ("a", "two", "zwei"). */
function countWords(lang: SupportedLanguage): Set<string> {
  let set = countCache.get(lang);
  if (!set) {
    set = new Set();
    for (const [form, entries] of timeLexicon(lang).lower) if (entries.some((e) => e.bit === CLS.count)) set.add(form);
    countCache.set(lang, set);
  }
  return set;
}

/**
 * Counted units starting at token i and the direction word after them ("two days later", "1 month and 21
 * days earlier"), or null. `directions` maps a lower-cased direction word to +1 or -1.
 */
export function countedAt(text: string, tokens: readonly Token[], i: number, lang: SupportedLanguage, directions: ReadonlyMap<string, number>): Counted | null {
  // Most tokens start nothing: one look-up on the token's lower-case form decides.
  const t0 = tokens[i]!;
  if (t0.kind !== 'number' && !countWords(lang).has(lowerOf(text, t0))) return null;
  const lex = timeLexicon(lang);
  const reader: UnitReader = {
    count: (k) => count(text, tokens, k, lex),
    unit: (k) => entry(text, tokens, k, lex, CLS.unit),
    joins: (k) => {
      const t = tokens[k];
      return (t !== undefined && text.slice(t.start, t.end) === ',') || entry(text, tokens, k, lex, CLS.to)?.val === 'and';
    },
  };
  // "one day", "two days": a plural unit needs a count above one, a singular one a count of one.
  const { parts, e: k } = unitRun(reader, i, (c, u) => COUNTABLE.has(u.val) && u.pl === c > 1);
  if (parts.length === 0 || k >= tokens.length) return null;
  const dir = directions.get(lowerOf(text, tokens[k]!));
  return dir === undefined ? null : { parts, last: k, dir };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
/** A day number as an ISO 8601 day ("2024-10-14"). */
export const isoDay = (n: number): string => {
  const t = fromDayNumber(n);
  return `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
};
/** The ISO week holding a day number ("2024-W42"). */
export const isoWeekOf = (n: number): string => {
  const w = isoWeek(n);
  return `${pad(w.y, 4)}-W${pad(w.w)}`;
};
const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A time value that counted units can count from: a day, month or year ("2024-10-10", "2024-10", "2024"). */
export function isPoint(value: string | null): boolean {
  return value !== null && POINT.test(value);
}

/**
 * The time counted units lead to from a point, as precise as their unit: "two days later" from a day → the
 * day; "two weeks later" → the ISO week; "a month later" from a day or month → the month; "two years
 * later" from a day, month or year → the year; several units ("2 years 21 days later") → the day. `day`:
 * the day reached when counted from a day (the story moves on to it). Null when the point is coarser than
 * the units (days counted from a year).
 */
export function countedFrom(c: Counted, point: string): { value: string; grain: 'day' | 'week' | 'month' | 'year'; day: number | null } | null {
  const m = POINT.exec(point);
  if (!m) return null;
  const y = Number(m[1]);
  const units = new Set(c.parts.map((p) => p[1]));
  const single = c.parts.length === 1 ? c.parts[0]![1] : null;
  if (m[3] === undefined) {
    // A month or a year: only months and years count from it.
    if (units.has('D') || units.has('W') || (m[2] === undefined && units.has('M'))) return null;
    let months = (m[2] === undefined ? 0 : Number(m[2]) - 1) + y * 12;
    for (const [n, unit] of c.parts) months += c.dir * n * (unit === 'Y' ? 12 : 1);
    const ty = Math.floor(months / 12);
    if (single === 'Y') return { value: pad(ty, 4), grain: 'year', day: null };
    return { value: `${pad(ty, 4)}-${pad((months % 12) + 1)}`, grain: 'month', day: null };
  }
  const d = shiftAll(dayNumber(y, Number(m[2]), Number(m[3])), c.parts, c.dir);
  if (d === null) return null;
  const t = fromDayNumber(d);
  if (single === 'Y') return { value: pad(t.y, 4), grain: 'year', day: d };
  if (single === 'M') return { value: `${pad(t.y, 4)}-${pad(t.m)}`, grain: 'month', day: d };
  if (single === 'W') return { value: isoWeekOf(d), grain: 'week', day: d };
  return { value: isoDay(d), grain: 'day', day: d };
}

/** Whether a sentence reads as future: a future word and no past word (time-grammar.tsv). */
export function futureSentence(text: string, tokens: readonly Token[], s: Sentence, lang: SupportedLanguage): boolean {
  const lex = timeLexicon(lang);
  let mask = 0;
  for (let k = s.firstToken; k < s.endToken; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') mask |= timeWord(lex, text.slice(t.start, t.end), k === s.firstToken).mask;
  }
  return (mask & CLS.future) !== 0 && (mask & CLS.past) === 0;
}
