import { lowerOf, type Token } from '../text/tokenize.js';
import type { SupportedLanguage } from '../lang/index.js';
import { readTable } from '../lang/lexicon.js';
import type { Sentence } from '../text/segment.js';
import { dayNumber, isoWeek, mondayOfWeek, type Grain } from './times-calendar.js';
import { countedAt, countedFrom, futureSentence, isoDay as iso, isoWeekOf as week, isPoint } from './times-counted.js';
import type { TimeMention } from './times.js';

/**
 * Times that point at another time in the text rather than at the publication date, and parts of the
 * day. Phrases are data (src/lang/<code>/time-anaphora.tsv, <phrase>\t<kind>\t<value>):
 * - day / week: a day or week counted from the nearest day-precise time before it in the text
 *   ("am Montag … tags zuvor" → the Sunday; "the week before" → the ISO week before that day's week);
 * - daypart: a part of the day with its hours ("06-12"; "12" for a point such as noon), as an ISO 8601
 *   interval on the nearest day-precise time before it in the same sentence ("2024-10-14T06:00/2024-10-14T12:00"; night runs
 *   past midnight: "22-06").
 * - published: days from the publication date, for phrases the tagger reads in part ("the day before
 *   yesterday" → -2; it replaces the tagger's "before yesterday").
 * - same: the week (W), weekend (WE), month (M) or year (Y) of the nearest time before it in the text that
 *   is at least that precise, one the text dates itself before one dated from the publication date ("in
 *   March 2019 … that year" → 2019, "in 1981 … in March the same year" → 1981, "the same week"); value null
 *   without one;
 * - current: the same, and without such a time the publication date's ("later in the year", "earlier in
 *   the week");
 * - counted: a direction word after counted units ("two days later", "drei Wochen zuvor", "2 years 21 days
 *   later"; value +1 or -1): the day that many units from that day (a single unit of weeks, months or years
 *   gives the ISO week, month or year).
 * Without such a time before it a day, week or counted phrase in a sentence with a future cue and no past
 * cue counts from the publication date ("I'll go back the next day"); otherwise the phrase is kept with
 * value null (relative, unresolved): in a report "the day before" is mostly the day before an event. Phrases are
 * matched on lower-cased tokens outside the mentions the main tagger found, never before a time word
 * the tagger found ("the day before yesterday" stays the tagger's).
 */

interface Phrase {
  words: string[];
  kind: 'day' | 'week' | 'daypart' | 'published' | 'same' | 'current';
  value: string;
}

const NO_PHRASES: readonly Phrase[] = [];
const KINDS = new Set<string>(['day', 'week', 'daypart', 'published', 'same', 'current']);
const isKind = (k: string | undefined): k is Phrase['kind'] => k !== undefined && KINDS.has(k);
const UNIT_GRAIN: Record<string, Grain> = { W: 'week', WE: 'weekend', M: 'month', Y: 'year' };

const cache = new Map<SupportedLanguage, Map<string, Phrase[]>>();
/** Direction words after counted units ("later" → +1), per language. */
const directionCache = new Map<SupportedLanguage, Map<string, number>>();

function phrases(lang: SupportedLanguage): Map<string, Phrase[]> {
  let m = cache.get(lang);
  if (m) return m;
  m = new Map();
  const directions = new Map<string, number>();
  for (const [p, kind, value] of readTable(new URL(`../lang/${lang}/time-anaphora.tsv`, import.meta.url))) {
    // "counted": a direction word after counted units ("later" → +1).
    if (kind === 'counted') {
      directions.set(p!.toLowerCase(), Number(value));
      continue;
    }
    if (!isKind(kind)) throw new Error(`time-anaphora.tsv (${lang}): unknown kind "${kind}"`);
    const words = p!.toLowerCase().split(' ');
    const list = m.get(words[0]!) ?? [];
    list.push({ words, kind: kind as Phrase['kind'], value: value! });
    list.sort((a, b) => b.words.length - a.words.length);
    m.set(words[0]!, list);
  }
  cache.set(lang, m);
  directionCache.set(lang, directions);
  return m;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const GRAIN: Record<string, 'day' | 'week' | 'month' | 'year'> = { D: 'day', W: 'week', M: 'month', Y: 'year' };
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function value(p: Phrase, day: number | null): string | null {
  if (day === null) return null;
  if (p.kind === 'day' || p.kind === 'published') return iso(day + Number(p.value));
  if (p.kind === 'week') return week(day + 7 * Number(p.value));
  const [from, to] = p.value.split('-').map(Number) as [number, number | undefined];
  // An hour on a day; 24 is midnight at its end.
  const at = (d: number, h: number) => (h === 24 ? `${iso(d + 1)}T00:00` : `${iso(d)}T${pad(h)}:00`);
  if (to === undefined) return at(day, from);
  return `${at(day, from)}/${at(to <= from ? day + 1 : day, to)}`;
}

/**
 * The week, weekend, month or year (`unit`) holding a time's value ("2019-03-14", "2019-W11", "2019-03",
 * "2019"; of an interval its end), or null when the value is less precise than the unit.
 */
function unitOf(unit: string, v: string | null): string | null {
  const last = v?.split('/').pop() ?? '';
  const y = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?$/.exec(last);
  if (!y) return null;
  if (unit === 'Y') return y[1]!;
  if (unit === 'M') return y[2] ? `${y[1]}-${y[2]}` : null;
  let monday: number;
  if (y[4]) monday = mondayOfWeek(Number(y[1]), Number(y[4]));
  else if (y[3]) {
    const w = isoWeek(dayNumber(Number(y[1]), Number(y[2]), Number(y[3])));
    monday = mondayOfWeek(w.y, w.w);
  } else return null;
  if (unit === 'WE') return `${iso(monday + 5)}/${iso(monday + 6)}`;
  return week(monday);
}

/** Adds the anaphoric times and parts of the day to the tagger's mentions (sorted by start). */
export function addAnaphoricTimes(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  found: TimeMention[],
  lang: SupportedLanguage,
  published: number | null,
): TimeMention[] {
  const table = phrases(lang);
  const directions = directionCache.get(lang)!;
  const out: TimeMention[] = [];
  let f = 0;
  let lastDay: number | null = null;
  let lastDayEnd = 0;
  // The tagger's mentions with a value before the token.
  const values: TimeMention[] = [];
  /** The last day, month or year in the text (what "two years later" counts from). */
  let lastPoint: string | null = null;
  let sp = 0;
  /** Whether token i's sentence reads as future (a future cue and no past cue). */
  const future = (i: number): boolean => {
    while (sp < sentences.length && sentences[sp]!.endToken <= i) sp++;
    const s = sentences[sp];
    return s !== undefined && s.firstToken <= i && futureSentence(text, tokens, s, lang);
  };
  /** The day "the next day" counts from: the last day in the text, else the publication date in a sentence
   * about the future. */
  const base = (i: number): number | null => (lastDay !== null || published === null ? lastDay : future(i) ? published : null);
  const lower = (k: number) => lowerOf(text, tokens[k]!);
  const following: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Mentions of the tagger before this token: keep them, and remember the last day-precise one.
    while (f < found.length && found[f]!.start < t.end) {
      const m = found[f]!;
      if (isPoint(m.value)) lastPoint = m.value;
      const d = m.value ? DAY.exec(m.value) : null;
      if (d) {
        lastDay = dayNumber(Number(d[1]), Number(d[2]), Number(d[3]));
        lastDayEnd = m.end;
      }
      if (m.value) values.push(m);
      out.push(m);
      f++;
    }
    if (out.length > 0 && out[out.length - 1]!.end > t.start) continue;
    const list = table.get(lower(i));
    let matched = false;
    // The lower-cased words after it, each made once for all the phrases tried here.
    following.length = 0;
    for (const p of list ?? NO_PHRASES) {
      const last = i + p.words.length - 1;
      if (last >= tokens.length) continue;
      let ok = true;
      for (let w = 1; w < p.words.length && ok; w++) {
        const lw = (following[w - 1] ??= lower(i + w));
        ok = lw === p.words[w] && tokens[i + w]!.start - tokens[i + w - 1]!.end <= 1;
      }
      if (!ok) continue;
      const phraseEnd = tokens[last]!.end;
      if (p.kind === 'published') {
        // "the day before yesterday": counted from the publication date; it replaces the tagger's shorter
        // reading inside it ("before yesterday").
        while (f < found.length && found[f]!.end <= phraseEnd) f++;
        const v = published === null ? null : value(p, published);
        out.push({ start: t.start, end: phraseEnd, value: v, relative: true, grain: 'day' });
        i = last;
        matched = true;
        break;
      }
      // A time of the tagger inside or right after it is the tagger's expression ("the day after May 3").
      const next = found[f];
      if (next && (next.start < phraseEnd || text.slice(phraseEnd, next.start).trim() === '')) continue;
      if (p.kind === 'same' || p.kind === 'current') {
        // "that year", "the same week", "later in the year": of the nearest time before it precise enough.
        // Among the last eight, a time the text dates itself comes before one dated from the publication
        // date ("in 1981 … in March the same year": 1981).
        let v: string | null = null;
        for (const rel of [false, true]) {
          for (let x = values.length - 1; x >= 0 && v === null && x >= values.length - 8; x--) {
            if (values[x]!.relative === rel) v = unitOf(p.value, values[x]!.value);
          }
        }
        if (v === null && p.kind === 'current' && published !== null) v = unitOf(p.value, iso(published));
        out.push({ start: t.start, end: phraseEnd, value: v, relative: true, grain: UNIT_GRAIN[p.value] ?? 'year' });
        i = last;
        matched = true;
        break;
      }
      // A part of the day takes a day of its own sentence only.
      const sameSentence = !/[.!?]\s/.test(text.slice(lastDayEnd, t.start));
      const from: number | null = p.kind === 'daypart' ? (sameSentence ? lastDay : null) : base(i);
      const v = value(p, from);
      // The story moves on to the day it names: "Tags zuvor … Gegen Mittag" is noon of that day.
      if (p.kind === 'day' && v !== null) {
        lastDay = from! + Number(p.value);
        lastDayEnd = tokens[last]!.end;
        lastPoint = v;
      }
      out.push({ start: t.start, end: tokens[last]!.end, value: v, relative: true, grain: p.kind === 'daypart' ? 'hours' : p.kind });
      i = last;
      matched = true;
      break;
    }
    if (matched) continue;
    // "two days later", "drei Wochen zuvor": counted units before a direction word.
    const c = directions.size > 0 ? countedAt(text, tokens, i, lang, directions) : null;
    if (!c) continue;
    const end = tokens[c.last]!.end;
    const next = found[f];
    if (next && next.start < end) continue;
    const from: string | null = lastPoint ?? (published !== null && future(i) ? iso(published) : null);
    const r: ReturnType<typeof countedFrom> = from === null ? null : countedFrom(c, from);
    if (r?.day != null) {
      // The story moves on to the day reached (also "a month later" from a day: about that day).
      lastDay = r.day;
      lastDayEnd = end;
      lastPoint = iso(r.day);
    } else if (r && isPoint(r.value)) lastPoint = r.value;
    const grain = r?.grain ?? (c.parts.length === 1 ? GRAIN[c.parts[0]![1]]! : 'day');
    out.push({ start: t.start, end, value: r?.value ?? null, relative: true, grain });
    i = c.last;
  }
  for (; f < found.length; f++) out.push(found[f]!);
  return out;
}
