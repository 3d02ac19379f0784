/**
 * The checks every entry point applies to what a user or a record hands in (CLI options, JSONL lines, JSON
 * records, later the HTTP API): one rule each, one wording each, so `analyze --jsonl` and `ingest` accept and
 * refuse the same things and say so alike.
 */
import { isIsoDate } from '../core/iso-date.js';
import { normalizeDate, normalizeLang } from './meta.js';

/** Languages a record may name ("auto" and a missing value mean: detect). */
export const RECORD_LANGS = ['de', 'en'] as const;

/**
 * A record's "lang" (JSON, JSONL): de, en, a regional form or name of them ("de-AT", "German"), or auto/absent
 * (detect). Anything else is refused rather than analysed as a language the tool has no rules for.
 */
export function recordLang(value: unknown): { lang: string | null; problem: string | null } {
  if (value === undefined || value === null || value === '' || value === 'auto') return { lang: null, problem: null };
  const lang = normalizeLang(value);
  if (lang !== null && (RECORD_LANGS as readonly string[]).includes(lang)) return { lang, problem: null };
  return { lang: null, problem: `"lang" must be de or en (or auto), got ${quoted(String(value))}` };
}

/** A record's "published": an ISO 8601 date, or a form that reads as one ("2024-10-18 09:30"); else refused. */
export function recordPublished(value: unknown): { published: string | null; problem: string | null } {
  if (value === undefined || value === null || value === '') return { published: null, problem: null };
  const published = normalizeDate(value);
  if (published !== null) return { published, problem: null };
  return { published: null, problem: `"published" must be an ISO 8601 date such as 2024-10-18, got ${quoted(String(value))}` };
}

/** Whether a URL may be stored or shown as a link: http or https only (no javascript:, data:, file: …). */
export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A URL kept when it is http(s); otherwise null and the warning that says it was dropped. */
export function keptUrl(value: string | null | undefined): { url: string | null; warning: string | null } {
  if (value === null || value === undefined || value === '') return { url: null, warning: null };
  if (isHttpUrl(value)) return { url: value, warning: null };
  return { url: null, warning: `url ${quoted(value)} dropped: only http(s) URLs are kept` };
}

/**
 * Why an input that looks like a URL of another scheme (file:, data:, javascript:, ftp: …) is not read, or null
 * for anything else. A one-letter scheme is a Windows drive ("C:\\news"), not a URL.
 */
export function schemeProblem(input: string): string | null {
  const m = /^([a-z][a-z0-9+.-]+):/i.exec(input);
  if (!m || /^https?$/i.test(m[1]!)) return null;
  return `${m[1]!.toLowerCase()}: URLs are not read: only http(s) URLs are fetched (for a local file, give its path)`;
}

/**
 * Why a document's text is no text, or null: it must hold a word (two letters or digits in a row). Tag soup,
 * punctuation and stray markup ("<<\n>>>>\nx") are refused rather than stored as a document.
 */
export function textProblem(text: string): string | null {
  return /[\p{L}\p{N}][\p{M}]*[\p{L}\p{N}]/u.test(text) ? null : `no text to analyse: not one word in it (${quoted(text)})`;
}

/**
 * A plain-text file says nothing about its date except, by a common convention, in its name:
 * "2025-03-04-talblick.txt" was published on 4 March 2025.
 */
export function fileNameDate(path: string): string | null {
  const m = /(?:^|[\\/])(\d{4}-\d{2}-\d{2})[^\\/]*$/.exec(path);
  return m && isIsoDate(m[1]!) ? m[1]! : null;
}

/** A value in a message: quoted, cut at 80 characters, control characters shown as escapes. */
export function quoted(value: string): string {
  const cut = value.length > 80 ? value.slice(0, 79) + '…' : value;
  return JSON.stringify(cut);
}
