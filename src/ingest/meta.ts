/**
 * Normalises document metadata as inputs state it (HTML meta tags, JSON-LD, JSON records, feed items)
 * into the forms IncomingDocument promises: ISO 8601 dates, ISO 639-1 language codes, one author line.
 * Values that cannot be read become null rather than errors: metadata is optional, the text is not.
 */
import { isIsoDate } from '../core/iso-date.js';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A date as ISO 8601: a date (2024-10-18) when the input gives no time of day, else a UTC date-time. */
function formatDate(d: Date, withTime: boolean): string {
  if (!withTime) return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return d.toISOString().replace('.000Z', 'Z');
}

/**
 * Reads a publication date into ISO 8601, or null. Accepts ISO 8601 as is (2024, 2024-10-18,
 * 2024-10-18T09:30+02:00), its common near misses (a space for the T, +0200 offsets), German dates
 * (18.10.2024), RFC 822 dates from feeds (Fri, 18 Oct 2024 09:30:00 +0200) and Date objects.
 */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : formatDate(value, true);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (s === '') return null;
  if (isIsoDate(s)) return s;
  // 2024-10-18 09:30:00, 2024-10-18T09:30:00.123+0200 → the ISO form, offset kept.
  const near = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (near) {
    const offset = near[3] ? (near[3].toUpperCase() === 'Z' ? 'Z' : near[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    const iso = `${near[1]}T${near[2]}${offset}`;
    if (isIsoDate(iso)) return iso;
  }
  const german = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(s);
  if (german) {
    const iso = `${german[3]}-${pad(Number(german[2]))}-${pad(Number(german[1]))}`;
    return isIsoDate(iso) ? iso : null;
  }
  // Anything else goes to Date.parse, which is lenient enough to read "1" as a date in 2001: insist on a
  // plausible four-digit year in the string and in the result.
  const year = /\b(1[89]\d{2}|2\d{3})\b/.exec(s);
  const ms = Date.parse(s);
  if (!year || Number.isNaN(ms)) return null;
  const d = new Date(ms);
  if (d.getUTCFullYear() !== Number(year[1]) && d.getFullYear() !== Number(year[1])) return null;
  return formatDate(d, /\d:\d\d/.test(s));
}

const LANGUAGE_NAMES: Record<string, string> = {
  deu: 'de',
  ger: 'de',
  german: 'de',
  deutsch: 'de',
  eng: 'en',
  english: 'en',
  englisch: 'en',
};

/** A language tag (de, de-DE, de_DE, en-GB, "German") as its ISO 639-1 code, or null. */
export function normalizeLang(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim().toLowerCase();
  const tag = /^([a-z]{2})(?:[-_][a-z0-9]{1,8})*$/.exec(s);
  if (tag) return tag[1]!;
  return LANGUAGE_NAMES[s] ?? null;
}

/**
 * An author as one line: a name, a {name} object (schema.org Person, feed author), or a list of those
 * joined by ", ". Profile URLs (as article:author often holds) and empty names are left out; a leading
 * "By"/"Von" is dropped.
 */
export function normalizeAuthor(value: unknown): string | null {
  const names: string[] = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (typeof v === 'string') {
      const name = v.replace(/\s+/g, ' ').trim().replace(/^(?:by|von)\s+/i, '');
      if (name !== '' && !/^https?:\/\//i.test(name) && !names.includes(name)) names.push(name);
    } else if (v !== null && typeof v === 'object') add((v as { name?: unknown }).name);
  };
  add(value);
  return names.length > 0 ? names.join(', ') : null;
}

/** A string value trimmed to one line, or null when it is not a non-empty string. */
export function cleanString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

/** The first value that `norm` reads (non-null), or null. */
export function firstOf<T>(values: unknown[], norm: (v: unknown) => T | null): T | null {
  for (const v of values) {
    const n = norm(v);
    if (n !== null) return n;
  }
  return null;
}
