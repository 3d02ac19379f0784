/**
 * A deterministic news corpus of any size for store benchmarks and tests (the same seed gives the same corpus).
 *
 * One event (the default): each document is one of the project's eight invented example articles
 * (examples/batch.jsonl, see examples/README.md) with
 *   - its figures changed: every count of 100 or more (not a year) is multiplied by one seeded factor per
 *     document (0.70–1.30), rounded as coarsely as the text rounded it, and written with the separator the
 *     text used (German 4.000 / English 4,000 / none, as in 3500);
 *   - a new publication date and time between 2025-03-04 and 2025-06-30.
 * Several events (`stories`): the k-th document reports event `eventOf(k)`, written from the templates of
 * that event's kind (flood, forest fire, strike, bridge collapse, …: bench/corpus-templates.ts, German and
 * English), with the event's own invented places, company and people, its own wording where the templates
 * offer a choice, its own figures (drifting over the event's three weeks) and dates; each report picks its
 * own subset of the template's sentences. So the corpus has a known truth for the store's stories.
 * Either way an invented outlet's sign-off line is appended ("— Lindenhainer Tagblatt, Stand: 12.04.2025,
 * 14:37 Uhr"), and the texts are kept distinct (the store's document id is a hash of the normalized text):
 * a draw that repeats an earlier text is drawn again, so `n` documents always mean `n` different ids.
 *
 * Used by bench/ingest.ts and test/golden/ingest-kill.test.ts; both run from dist/, where this module is
 * dist/bench/corpus-gen.js and the examples lie two levels up.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../src/core/prng.js';
import { EVENT_KINDS, type ArticleTemplate, type EventKind } from './corpus-templates.js';

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
   * document reports event (k − 1) mod `stories` (`eventOf`), of kind EVENT_KINDS[event mod kinds]; each event
   * has its own names, wording, figures and three weeks of publication dates (events overlap in time), so
   * that the store must tell the events apart, two events of one kind included.
   */
  stories?: number;
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
// Events (more than one: each from its kind's templates, bench/corpus-templates.ts)

/** Syllables of invented place, river and company names: 16 × 16 = 256 different names, none shared between events. */
const NAME_HEADS = ['Bar', 'Dor', 'Fel', 'Gan', 'Hel', 'Kor', 'Lan', 'Mer', 'Nor', 'Pal', 'Ros', 'Sel', 'Tor', 'Ul', 'Ves', 'Wal'];
const NAME_TAILS = ['bek', 'dingen', 'fried', 'garten', 'hausen', 'kamp', 'lingen', 'mund', 'nitz', 'ow', 'rath', 'sted', 'trup', 'wede', 'zell', 'brunn'];
/** Syllables of invented surnames (another 256), and first names. */
const SURNAME_HEADS = ['Alt', 'Brem', 'Dorn', 'Eich', 'Fald', 'Grub', 'Hass', 'Kes', 'Lind', 'Mor', 'Pfeff', 'Rein', 'Stein', 'Tann', 'Wend', 'Zorn'];
const SURNAME_TAILS = ['ermann', 'inger', 'huber', 'eder', 'bauer', 'mayr', 'wald', 'berger', 'ecker', 'hoff', 'ke', 'rich', 'ler', 'stedt', 'meier', 'hagen'];
/** First names: $P1 is a man, $P2 and $P3 are women (the templates' titles agree: Kreisbrandmeister, Landrätin). */
const MEN = ['Bernd', 'Dieter', 'Frank', 'Holger', 'Jens', 'Lutz', 'Norbert', 'Ralf', 'Thomas', 'Volker'];
const WOMEN = ['Anna', 'Claudia', 'Elke', 'Gabriele', 'Ingrid', 'Katrin', 'Monika', 'Petra', 'Sabine', 'Ute'];
const COMPANY_KINDS = ['Werke', 'Technik', 'Chemie', 'Energie', 'Industries'];

/**
 * The j-th name of two syllable lists: j < 256 are all different (j is scrambled by a multiplier prime to 256,
 * so that neighbouring names share no syllable); beyond, a numeral keeps them apart.
 */
function syllableName(heads: readonly string[], tails: readonly string[], j: number): string {
  const n = heads.length * tails.length;
  const i = (j * 37 + 11) % n;
  return heads[i % heads.length]! + tails[Math.floor(i / heads.length)]! + (j >= n ? String(Math.floor(j / n) + 1) : '');
}

/** Names and figures of one event; the texts of its reports are drawn from its kind's templates. */
interface EventPlan {
  kind: EventKind;
  /** The kind's templates with the event's names filled in and its `[a|b]` wording chosen. */
  de: ArticleTemplate;
  en: ArticleTemplate;
  /** Base figures: counts $A $B $C, millions $M, a small count $K. */
  a: number;
  b: number;
  c: number;
  m: number;
  k: number;
  /** First day of its reports (days after 2025-03-04). */
  start: number;
}

/** Event e's invented names: places, region, river (or forest), company and three people, none shared with another event. */
function eventSlots(e: number): Map<string, string> {
  const place = (i: number) => syllableName(NAME_HEADS, NAME_TAILS, e * 5 + i);
  const person = (i: number) => {
    const j = e * 3 + i;
    const first = (i === 0 ? MEN : WOMEN)[(e * 3 + i * 7) % MEN.length]!;
    return [`${first} ${syllableName(SURNAME_HEADS, SURNAME_TAILS, j)}`, syllableName(SURNAME_HEADS, SURNAME_TAILS, j)] as const;
  };
  const slots = new Map<string, string>([
    ['$TOWN2', place(1)],
    ['$TOWN', place(0)],
    ['$REGION', place(2)],
    ['$RIVER', place(3)],
    ['$CO', `${place(4)} ${COMPANY_KINDS[e % COMPANY_KINDS.length]!}`],
  ]);
  for (let i = 1; i <= 3; i++) {
    const [full, last] = person(i - 1);
    slots.set(`$P${i}L`, last);
    slots.set(`$P${i}`, full);
  }
  return slots;
}

const SLOT = /\$[A-Z]+\d?L?/g;
const EVENT_CHOICE = /\[([^\]]*)\]/g;
const DOC_CHOICE = /\{([^}]*)\}/g;

/** A template with the event's names in its slots and one of each `[a|b]` chosen by `rnd`. */
function forEvent(t: ArticleTemplate, slots: ReadonlyMap<string, string>, rnd: () => number): ArticleTemplate {
  const fill = (s: string) =>
    s.replace(EVENT_CHOICE, (_, alts: string) => {
      const xs = alts.split('|');
      return xs[Math.floor(rnd() * xs.length)]!;
    }).replace(SLOT, (slot) => slots.get(slot) ?? slot);
  return { title: fill(t.title), sentences: t.sentences.map(fill) };
}

/** Event e of `events` (0-based): its kind cycles through EVENT_KINDS; names, wording, figures and dates are its own. */
function planEvent(e: number, events: number, seed: number): EventPlan {
  const rnd = mulberry32((seed ^ Math.imul(e + 1, 0x9e3779b1)) >>> 0);
  const kind = EVENT_KINDS[e % EVENT_KINDS.length]!;
  const slots = eventSlots(e);
  const de = forEvent(kind.de, slots, rnd);
  const en = forEvent(kind.en, slots, rnd);
  const a = 200 * 100 ** rnd(); // 200 … 20,000, log-uniform
  return {
    kind,
    de,
    en,
    a,
    b: a * (0.55 + 0.35 * rnd()),
    c: 40 * 50 ** rnd(),
    m: 0.5 + 40 * rnd() ** 2,
    k: 2 + Math.floor(38 * rnd()),
    start: events === 1 ? 0 : Math.floor((e * (DAYS - EVENT_DAYS)) / (events - 1)),
  };
}

/** A count rounded to two significant digits, written as the language writes it (4.200 / 4,200; 650). */
function count(n: number, lang: 'de' | 'en'): string {
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, n))) - 1);
  return group(Math.max(unit, Math.round(n / unit) * unit), lang === 'de' ? '.' : ',');
}

const DE_WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * One report of an event, published `day` days after 2025-03-04: the title, the lede and a seeded choice of the
 * other sentences, its figures drifting with the days since the event began (up to +30 % after three weeks) and
 * ±10 % between reports.
 */
function report(plan: EventPlan, lang: 'de' | 'en', day: number, rnd: () => number): { title: string; body: string } {
  const t = plan[lang];
  const drift = 1 + (0.3 * Math.max(0, day - plan.start)) / EVENT_DAYS;
  const jitter = () => drift * (0.9 + 0.2 * rnd());
  const weekday = new Date(FIRST_DAY + (day - 1) * 86_400_000).getUTCDay();
  const figures = new Map<string, string>([
    ['$A', count(plan.a * jitter(), lang)],
    ['$B', count(plan.b * jitter(), lang)],
    ['$C', count(plan.c * jitter(), lang)],
    ['$M', (Math.round(plan.m * jitter() * 10) / 10).toFixed(1).replace('.', lang === 'de' ? ',' : '.')],
    ['$K', String(plan.k + Math.floor(3 * rnd()))],
    ['$WD', (lang === 'de' ? DE_WEEKDAYS : EN_WEEKDAYS)[weekday]!],
  ]);
  const fill = (s: string) =>
    s.replace(DOC_CHOICE, (_, alts: string) => {
      const xs = alts.split('|');
      return xs[Math.floor(rnd() * xs.length)]!;
    }).replace(SLOT, (slot) => figures.get(slot) ?? slot);
  const [lede, ...rest] = t.sentences;
  const chosen = [lede!, ...rest.filter(() => rnd() < 0.7)].map(fill);
  const paragraphs: string[] = [];
  for (let i = 0; i < chosen.length; i += 3) paragraphs.push(chosen.slice(i, i + 3).join(' '));
  return { title: fill(t.title), body: paragraphs.join('\n') };
}

// ---------------------------------------------------------------------------------------------------
// The corpus

/**
 * `n` distinct documents, lazily, in a fixed order for a given seed. The k-th document (from 1) has the
 * url `urlOf(k)` and reports event `eventOf(k, stories)`. With one event (the default) each document is an
 * example article drawn at random, its figures scaled; with more, each is a report of its event drawn from
 * that event's kind of templates (bench/corpus-templates.ts), in German or English.
 */
export function* generateDocs(n: number, options: GenerateOptions = {}, examples: readonly ExampleArticle[] = loadExamples()): Generator<GeneratedDoc> {
  const seed = options.seed ?? DEFAULT_SEED;
  const rnd = mulberry32(seed);
  const urlOf = options.urlOf ?? ((k: number) => `https://news.example/${k}`);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const events = Math.max(1, options.stories ?? 1);
  const plans = events === 1 ? [] : Array.from({ length: events }, (_, e) => planEvent(e, events, seed));
  // Hashes rather than texts, so that a large corpus costs 20 bytes a document here.
  const seen = new Set<string>();
  for (let k = 1; k <= n; k++) {
    let doc: GeneratedDoc | null = null;
    for (let attempt = 0; doc === null; attempt++) {
      if (attempt === 1000) throw new Error(`corpus-gen: no new distinct text after 1000 draws at document ${k}`);
      let body: string;
      let title: string;
      let lang: 'de' | 'en';
      let when: Moment;
      if (events === 1) {
        const ex = pick(examples);
        const factor = 0.7 + 0.6 * rnd();
        when = moment(Math.floor(rnd() * DAYS), 6 * 60 + Math.floor(rnd() * 16 * 60));
        [body, title, lang] = [scaleFigures(ex.text.trimEnd(), factor), scaleFigures(ex.title, factor), ex.lang];
      } else {
        const plan = plans[eventOf(k, events)]!;
        lang = rnd() < 0.55 ? 'de' : 'en';
        const day = plan.start + Math.floor(rnd() * EVENT_DAYS);
        when = moment(day, 6 * 60 + Math.floor(rnd() * 16 * 60));
        const r = report(plan, lang, day, rnd);
        [body, title] = [`${r.title}\n${r.body}`, r.title];
      }
      const signOff = lang === 'de' ? `— ${pick(DE_PLACES)} ${pick(DE_PAPERS)}, ${when.de}` : `— The ${pick(EN_PLACES)} ${pick(EN_PAPERS)}, ${when.en}`;
      const text = `${body}\n${signOff}\n`;
      const hash = createHash('sha1').update(text).digest('base64');
      if (seen.has(hash)) continue;
      seen.add(hash);
      doc = { text, title, published: when.iso, lang, url: urlOf(k) };
    }
    yield doc;
  }
}

/** The event (0-based) that the k-th generated document (from 1) reports, of `events`: the generator's truth. */
export function eventOf(k: number, events: number): number {
  return (k - 1) % Math.max(1, events);
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
