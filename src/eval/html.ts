/**
 * Main-text extraction measured as trafilatura's own benchmark measures it (tests/eval_common.py): for
 * each page, the "with" snippets that appear in the extracted text are true positives, the missing ones
 * false negatives; "without" snippets (boilerplate) that appear are false positives, the absent ones true
 * negatives. Matching is a substring test after white space is collapsed. A page that fails counts as
 * empty. Pages are split into German and the rest by the language of their "with" snippets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../ingest/decode.js';
import { detectLanguage } from '../lang/detect.js';

export interface EvalPage {
  url: string;
  file: string;
  with: string[];
  without: string[];
  /** The page's publication date as the evaldata gives it (YYYY-MM-DD…), or null. */
  date: string | null;
  /** "de" when the page's "with" snippets are German, else "other". */
  group: 'de' | 'other';
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface HtmlScores extends Confusion {
  pages: number;
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
}

/** Reads an evaldata.json-style file: {url: {file, with: [...], without: [...], ...}}. */
export function loadEvalPages(path: string): EvalPage[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InputError(`cannot read ${path}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new InputError(`${path} is not an object of pages keyed by URL`);
  const pages: EvalPage[] = [];
  for (const [url, value] of Object.entries(data as Record<string, unknown>)) {
    const item = value as { file?: unknown; with?: unknown; without?: unknown; date?: unknown };
    const strings = (v: unknown): string[] | null => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : null);
    const withs = strings(item?.with);
    const withouts = strings(item?.without);
    if (typeof item?.file !== 'string' || !withs || !withouts) throw new InputError(`${path}: the entry for ${url} lacks "file", "with" or "without"`);
    const group = detectLanguage(withs.join('\n')).lang === 'de' ? 'de' : 'other';
    const date = typeof item.date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(item.date) ? item.date : null;
    pages.push({ url, file: item.file, with: withs, without: withouts, date, group });
  }
  if (pages.length === 0) throw new InputError(`${path} lists no pages`);
  return pages;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** One page's counts for an extracted text (null: the extractor failed). */
export function countPage(page: Pick<EvalPage, 'with' | 'without'>, text: string | null): Confusion {
  const t = text === null ? null : norm(text);
  const tp = t === null ? 0 : page.with.filter((w) => t.includes(norm(w))).length;
  const fp = t === null ? 0 : page.without.filter((w) => t.includes(norm(w))).length;
  return { tp, fp, fn: page.with.length - tp, tn: page.without.length - fp };
}

/** Precision, recall, accuracy and F1 of summed counts (each 0 when its denominator is 0). */
export function scores(counts: Confusion[]): HtmlScores {
  const c = counts.reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
  const div = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return {
    ...c,
    pages: counts.length,
    precision: div(c.tp, c.tp + c.fp),
    recall: div(c.tp, c.tp + c.fn),
    accuracy: div(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn),
    f1: div(2 * c.tp, 2 * c.tp + c.fp + c.fn),
  };
}

/** An extractor under test: the page's bytes → its main text, or null (or a throw) when it finds none. */
export type PageExtractor = (bytes: Uint8Array, page: EvalPage) => string | null;

export interface ExtractorRun {
  name: string;
  all: HtmlScores;
  de: HtmlScores;
  other: HtmlScores;
  /** Files of pages that came out empty or failed. */
  empty: string[];
  seconds: number;
  pagesPerSecond: number;
  /** Per page, in the order of the pages: the counts. */
  perPage: Confusion[];
}

/** Scores texts already extracted (e.g. by a peer tool), given per page in order, and the time taken. */
export function scoreTexts(name: string, pages: EvalPage[], texts: (string | null)[], seconds: number): ExtractorRun {
  const perPage = pages.map((p, i) => countPage(p, texts[i] ?? null));
  const group = (g: EvalPage['group']): HtmlScores => scores(perPage.filter((_, i) => pages[i]!.group === g));
  return {
    name,
    all: scores(perPage),
    de: group('de'),
    other: group('other'),
    empty: pages.filter((_, i) => !(texts[i] ?? '').trim()).map((p) => p.file),
    seconds,
    pagesPerSecond: seconds > 0 ? pages.length / seconds : 0,
    perPage,
  };
}

/** Reads every page's bytes first (so reading does not count as extraction time). */
export function readPages(pages: EvalPage[], dir: string): Uint8Array[] {
  return pages.map((p) => {
    try {
      return readFileSync(join(dir, p.file));
    } catch {
      throw new InputError(`page ${p.file} (for ${p.url}) is not in ${dir}`);
    }
  });
}

/** Runs an extractor over the pages, timing the extraction alone. A throw counts as an empty page. */
export function runExtractor(name: string, pages: EvalPage[], bytes: Uint8Array[], extract: PageExtractor, onPage?: (done: number, total: number) => void): ExtractorRun {
  const texts: (string | null)[] = [];
  let ms = 0;
  pages.forEach((page, i) => {
    const t0 = performance.now();
    let text: string | null;
    try {
      text = extract(bytes[i]!, page);
    } catch {
      text = null;
    }
    ms += performance.now() - t0;
    texts.push(text);
    onPage?.(i + 1, pages.length);
  });
  return scoreTexts(name, pages, texts, ms / 1000);
}

export interface DateAgreement {
  /** Pages whose evaldata gives a date. */
  pages: number;
  sameDay: number;
  none: number;
  other: number;
}

/** How the extracted publication dates (by page URL) agree with the evaldata's, by calendar day. */
export function dateAgreement(pages: EvalPage[], published: Map<string, string | null>): DateAgreement {
  const r: DateAgreement = { pages: 0, sameDay: 0, none: 0, other: 0 };
  for (const p of pages) {
    if (p.date === null) continue;
    r.pages++;
    const ours = published.get(p.url) ?? null;
    if (ours === null) r.none++;
    else if (ours.slice(0, 10) === p.date.slice(0, 10)) r.sameDay++;
    else r.other++;
  }
  return r;
}
