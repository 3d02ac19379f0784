/**
 * A deterministic news corpus of any size for store benchmarks and tests, built from the project's eight
 * invented example articles (examples/batch.jsonl, see examples/README.md). Each generated document is one
 * example article with
 *   - its figures changed: every count of 100 or more (not a year) is multiplied by one seeded factor per
 *     document (0.70–1.30), rounded as coarsely as the text rounded it, and written with the separator the
 *     text used (German 4.000 / English 4,000 / none, as in 3500);
 *   - a new publication date and time between 2025-03-04 and 2025-06-30;
 *   - an invented outlet's sign-off line appended ("— Lindenhainer Tagblatt, Stand: 12.04.2025, 14:37 Uhr").
 * The texts are kept distinct (the store's document id is a hash of the normalized text): a draw that
 * repeats an earlier text is drawn again, so `n` documents always mean `n` different ids.
 *
 * Used by bench/ingest.ts and test/golden/ingest-kill.test.ts; both run from dist/, where this module is
 * dist/bench/corpus-gen.js and the examples lie two levels up.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../src/core/prng.js';

/** One example article, as examples/batch.jsonl holds it. */
export interface ExampleArticle {
  id: string;
  text: string;
  title: string;
  published: string;
  lang: 'de' | 'en';
}

/** One generated document: the fields a JSONL line for `quellenlage ingest` or `analyze --jsonl` carries. */
export interface GeneratedDoc {
  text: string;
  title: string;
  published: string;
  lang: 'de' | 'en';
  url: string;
}

export interface GenerateOptions {
  /** PRNG seed (the same seed and examples give the same corpus). */
  seed?: number;
  /** Where the n-th document (counted from 1) is published; default https://news.example/<n>. */
  urlOf?: (n: number) => string;
  /**
   * How many different events the corpus reports (default 1: the examples' dam failure). With more, the k-th
   * document reports event k mod `stories`, and each event has its own invented people, places, river and
   * company, its own structure that broke (dam, dyke, weir, levee; Damm, Deich, Wall, Schutzdeich), its own scale of figures and its own
   * three weeks of publication dates (events overlap in time), so that the store must tell the events apart.
   */
  stories?: number;
}

/** The invented names of the examples that make an event's identity (places, a river, a company, people). */
const EVENT_NAMES = ['Haldenfurt', 'Quelmtal', 'Quelm', 'Kelmstadt', 'Brackenau', 'Ober-Wieslingen', 'Hombach', 'Pelzenhauer', 'Reuffel', 'Tannhäuser', 'Assmann-Vogt'];
/** The names as written, and in capitals as a dateline writes them (BRACKENAU, Germany —). */
const EVENT_NAME = new RegExp(`(${[...EVENT_NAMES, ...EVENT_NAMES.map((n) => n.toUpperCase())].map((n) => n.replace('-', '\\-')).join('|')})`, 'g');
/** Syllables for the names of events 1, 2, …: 16 × 16 = 256 different names, 11 an event, none shared between events. */
const NAME_HEADS = ['Bar', 'Dor', 'Fel', 'Gan', 'Hel', 'Kor', 'Lan', 'Mer', 'Nor', 'Pal', 'Ros', 'Sel', 'Tor', 'Ul', 'Ves', 'Wal'];
const NAME_TAILS = ['bek', 'dingen', 'fried', 'garten', 'hausen', 'kamp', 'lingen', 'mund', 'nitz', 'ow', 'rath', 'sted', 'trup', 'wede', 'zell', 'brunn'];
/** What broke, per event (cycled): the examples' dam, or a dyke, a weir, a levee (all masculine in German, so the articles stay right) — so events differ in vocabulary too. */
const STRUCTURES: readonly { de: string; en: string }[] = [
  { de: 'Damm', en: 'dam' },
  { de: 'Deich', en: 'dyke' },
  { de: 'Wall', en: 'weir' },
  { de: 'Schutzdeich', en: 'levee' },
];

/** The j-th invented name (j < 256 are all different; beyond, a numeral keeps them apart). */
function inventedName(j: number): string {
  const n = NAME_HEADS.length * NAME_TAILS.length;
  return NAME_HEADS[j % NAME_HEADS.length]! + NAME_TAILS[Math.floor(j / NAME_HEADS.length) % NAME_TAILS.length]! + (j >= n ? String(Math.floor(j / n) + 1) : '');
}

/** Event e's own name for each example name: new people, places, river and company, none shared with another event. */
function eventNames(e: number): Map<string, string> {
  const out = new Map<string, string>();
  EVENT_NAMES.forEach((name, i) => out.set(name, inventedName((e - 1) * EVENT_NAMES.length + i)));
  out.set('Quelmtal', `${out.get('Quelm')!}tal`);
  out.set('Ober-Wieslingen', `Ober-${out.get('Ober-Wieslingen')!}`);
  out.set('Assmann-Vogt', `${out.get('Assmann-Vogt')!}-${inventedName((e - 1) * EVENT_NAMES.length + 1)}`);
  return out;
}

/**
 * The text as the report of event `e` (0 = the examples' own event): event e ≥ 1 has its own invented names
 * for every place, the river, the company and the people, and its own kind of structure that broke.
 */
export function asEvent(text: string, e: number): string {
  if (e === 0) return text;
  const names = eventNames(e);
  const s = STRUCTURES[e % STRUCTURES.length]!;
  let out = text.replace(EVENT_NAME, (name) => names.get(name) ?? [...names].find(([k]) => k.toUpperCase() === name)?.[1].toUpperCase() ?? name);
  if (s.de !== 'Damm') {
    out = out.replace(/Damm/g, s.de).replace(/damm/g, s.de.toLowerCase());
  }
  if (s.en !== 'dam') out = out.replace(/\bdam\b/g, s.en).replace(/\bDam\b/g, s.en[0]!.toUpperCase() + s.en.slice(1)).replace(/\bdams\b/g, `${s.en}s`);
  return out;
}

/** Event e's own scale for its figures (0.3–3.0, seeded), so that events differ in their figures too. */
function eventScale(e: number, seed: number): number {
  if (e === 0) return 1;
  return 0.3 + 2.7 * mulberry32((seed ^ (e * 0x9e3779b1)) >>> 0)();
}

/** An event lasts this many days; event k of n starts k/n of the way through the corpus's date range. */
const EVENT_DAYS = 21;

export const DEFAULT_SEED = 0x1a6e57;

/** examples/batch.jsonl, relative to this module compiled to dist/bench/corpus-gen.js. */
export const EXAMPLES_JSONL = fileURLToPath(new URL('../../examples/batch.jsonl', import.meta.url));

/** The example articles of examples/batch.jsonl, in file order. */
export function loadExamples(path: string = EXAMPLES_JSONL): ExampleArticle[] {
  const out: ExampleArticle[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const r = JSON.parse(line) as Partial<ExampleArticle>;
    if (typeof r.text !== 'string' || (r.lang !== 'de' && r.lang !== 'en')) throw new Error(`${path}: a line without "text" or "lang" de/en`);
    const title = r.title ?? r.text.split('\n', 1)[0]!;
    out.push({ id: r.id ?? `example-${out.length + 1}`, text: r.text, title, published: r.published ?? '', lang: r.lang });
  }
  if (out.length === 0) throw new Error(`${path}: no example articles`);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Figures

/**
 * A number as the examples write them: digits with thousands groups (4.000, 4,200, 600.000) or plain
 * digits (3500, 140), then an optional decimal part (10,000.5). Not preceded or followed by a digit or a
 * separator that would make it part of a longer number.
 */
const NUMBER = /(?<![\d.,])(\d{1,3}(?:([.,])\d{3})+|\d+)((?:[.,]\d+)?)(?![\d])/g;

/** Writes a non-negative integer with `sep` between groups of three digits ('' for none). */
function group(n: number, sep: string): string {
  const digits = String(n);
  if (sep === '') return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * Every count of 100 or more in `text`, times `factor`: rounded to as many trailing zeros as it had
 * (4.000 → 4.300, 612 → 655), written with the same grouping separator, the decimal part kept as written.
 * Smaller numbers (ages, days, percentages, times like 1.40 Uhr) and bare years (1900–2099) stay as they are.
 */
export function scaleFigures(text: string, factor: number): string {
  return text.replace(NUMBER, (whole, intPart: string, sep: string | undefined, decimals: string) => {
    const value = Number(intPart.replace(/[.,]/g, ''));
    if (!Number.isFinite(value) || value < 100) return whole;
    if (sep === undefined && decimals === '' && value >= 1900 && value <= 2099) return whole;
    // Round as coarsely as the text did, but keep at least two significant digits.
    const zeros = Math.min(/0*$/.exec(String(value))![0].length, Math.max(0, String(value).length - 2));
    const unit = 10 ** zeros;
    const scaled = Math.max(unit, Math.round((value * factor) / unit) * unit);
    return group(scaled, sep ?? '') + decimals;
  });
}

// ---------------------------------------------------------------------------------------------------
// Outlets and dates

/** Invented outlets: a place adjective and a paper type (German), a place and a paper type (English). */
const DE_PLACES = ['Brackenauer', 'Kelmstädter', 'Wieslinger', 'Haldenfurter', 'Quelmtaler', 'Auenrieder', 'Felsbacher', 'Lindenhainer', 'Moorweiler', 'Unterquelmer', 'Hangwerker', 'Talblicker'];
const DE_PAPERS = ['Anzeiger', 'Bote', 'Kurier', 'Rundschau', 'Tagblatt', 'Nachrichten', 'Zeitung', 'Allgemeine', 'Wochenblatt', 'Echo'];
const EN_PLACES = ['Northgate', 'Meridian', 'Harwood', 'Ashford', 'Eastmarch', 'Kingsfold', 'Riverside', 'Westbury', 'Lowmoor', 'Fenwick', 'Greyhaven', 'Saltcombe'];
const EN_PAPERS = ['Courier', 'Ledger', 'Gazette', 'Herald', 'Chronicle', 'Observer', 'Post', 'Sentinel', 'Tribune', 'Dispatch'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The spread of publication dates: 2025-03-04 up to and including 2025-06-30. */
const FIRST_DAY = Date.UTC(2025, 2, 4);
const DAYS = Math.round((Date.UTC(2025, 5, 30) - FIRST_DAY) / 86_400_000) + 1;
/** Central European Summer Time begins on 2025-03-30. */
const SUMMER_TIME = Date.UTC(2025, 2, 30);

const pad = (n: number) => String(n).padStart(2, '0');

interface Moment {
  /** ISO 8601 with the local offset, e.g. 2025-04-12T14:37:00+02:00. */
  iso: string;
  de: string;
  en: string;
}

/** A local date and time in Germany, `day` days after 2025-03-04, at `minute` minutes after midnight. */
function moment(day: number, minute: number): Moment {
  const d = new Date(FIRST_DAY + day * 86_400_000);
  const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  const [hh, mm] = [Math.floor(minute / 60), minute % 60];
  const offset = d.getTime() >= SUMMER_TIME ? '+02:00' : '+01:00';
  const h12 = hh % 12 === 0 ? 12 : hh % 12;
  return {
    iso: `${y}-${pad(m)}-${pad(dd)}T${pad(hh)}:${pad(mm)}:00${offset}`,
    de: `Stand: ${pad(dd)}.${pad(m)}.${y}, ${pad(hh)}:${pad(mm)} Uhr`,
    en: `updated ${EN_MONTHS[m - 1]} ${dd}, ${y}, ${h12}:${pad(mm)} ${hh < 12 ? 'a.m.' : 'p.m.'}`,
  };
}

// ---------------------------------------------------------------------------------------------------
// The corpus

/**
 * `n` distinct documents, lazily, in a fixed order for a given seed. The k-th document (from 1) has the
 * url `urlOf(k)`; its example article is drawn at random, so both languages are spread over the corpus.
 */
export function* generateDocs(n: number, options: GenerateOptions = {}, examples: readonly ExampleArticle[] = loadExamples()): Generator<GeneratedDoc> {
  const rnd = mulberry32(options.seed ?? DEFAULT_SEED);
  const urlOf = options.urlOf ?? ((k: number) => `https://news.example/${k}`);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  // Hashes rather than texts, so that a large corpus costs 20 bytes a document here.
  const seen = new Set<string>();
  for (let k = 1; k <= n; k++) {
    let doc: GeneratedDoc | null = null;
    for (let attempt = 0; doc === null; attempt++) {
      if (attempt === 1000) throw new Error(`corpus-gen: no new distinct text after 1000 draws at document ${k}`);
      const ex = pick(examples);
      const events = Math.max(1, options.stories ?? 1);
      const event = (k - 1) % events;
      const factor = (0.7 + 0.6 * rnd()) * eventScale(event, options.seed ?? DEFAULT_SEED);
      const start = events === 1 ? 0 : Math.floor((event * (DAYS - EVENT_DAYS)) / (events - 1));
      const when = moment(start + Math.floor(rnd() * (events === 1 ? DAYS : EVENT_DAYS)), 6 * 60 + Math.floor(rnd() * 16 * 60));
      const signOff =
        ex.lang === 'de'
          ? `— ${pick(DE_PLACES)} ${pick(DE_PAPERS)}, ${when.de}`
          : `— The ${pick(EN_PLACES)} ${pick(EN_PAPERS)}, ${when.en}`;
      const text = `${asEvent(scaleFigures(ex.text.trimEnd(), factor), event)}\n${signOff}\n`;
      const hash = createHash('sha1').update(text).digest('base64');
      if (seen.has(hash)) continue;
      seen.add(hash);
      doc = { text, title: asEvent(scaleFigures(ex.title, factor), event), published: when.iso, lang: ex.lang, url: urlOf(k) };
    }
    yield doc;
  }
}

/** Writes documents as JSON Lines (one object a line: text, title, published, lang, url); returns how many. */
export function writeJsonl(path: string, docs: Iterable<GeneratedDoc>): number {
  const fd = openSync(path, 'w');
  let count = 0;
  try {
    let buf: string[] = [];
    for (const d of docs) {
      buf.push(JSON.stringify({ text: d.text, title: d.title, published: d.published, lang: d.lang, url: d.url }));
      count++;
      if (buf.length === 500) {
        writeSync(fd, buf.join('\n') + '\n');
        buf = [];
      }
    }
    if (buf.length > 0) writeSync(fd, buf.join('\n') + '\n');
  } finally {
    closeSync(fd);
  }
  return count;
}
