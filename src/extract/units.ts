import { isSupportedLanguage, type SupportedLanguage } from '../lang/index.js';
import { readTable } from '../lang/lexicon.js';

/**
 * Units of measure and their conversion to a canonical unit, read from src/lang/<code>/units.tsv
 * (form, canonical unit, factor, optional offset): canonical value = value × factor + offset. A rate is a
 * unit, a "per" word or "/" and a second unit ("Kubikmeter pro Sekunde", "miles an hour", "km/hr"); its
 * canonical unit is the quotient of the two ("m3/s"). Units of time (canonical "s") only count as the
 * second part of a rate: alone they are durations, which the times layer reads.
 *
 * Matching works on the text from a position: the longest form written there, ending at a word
 * boundary. Forms of up to three characters match with their case ("MB" megabyte, "mb" megabit,
 * "t" but not "T"); longer forms match in any case ("Kilometers", "liter").
 */

export interface UnitForm {
  form: string;
  canonical: string;
  factor: number;
  offset: number;
  caseSensitive: boolean;
}

export interface MeasureLexicon {
  /** Forms by their first character, lower case; longest first (units of time in `timeByFirst`). */
  byFirst: Map<string, UnitForm[]>;
  timeByFirst: Map<string, UnitForm[]>;
  /** Words that make a rate: "per", "pro", "an", "a", "je". */
  perWords: Set<string>;
  /** Single-word forms that are not units of time (a quantity's unit when they follow its number). */
  words: Set<string>;
}

/** A unit written at a position: where it ends, as written, and how it converts. */
export interface Measure {
  end: number;
  canonical: string;
  factor: number;
  offset: number;
}

const PER_WORDS: Record<SupportedLanguage, string[]> = { de: ['pro', 'je'], en: ['per', 'an', 'a'] };
const TIME = 's';

const cache = new Map<SupportedLanguage, MeasureLexicon>();

export function measureLexicon(code: string): MeasureLexicon {
  const lang: SupportedLanguage = isSupportedLanguage(code) ? code : 'en';
  let lex = cache.get(lang);
  if (lex) return lex;
  const byFirst = new Map<string, UnitForm[]>();
  const timeByFirst = new Map<string, UnitForm[]>();
  const words = new Set<string>();
  for (const [form, canonical, factor, offset] of readTable(new URL(`../lang/${lang}/units.tsv`, import.meta.url))) {
    const f: UnitForm = { form: form!, canonical: canonical!, factor: Number(factor), offset: offset ? Number(offset) : 0, caseSensitive: form!.length <= 3 };
    if (!Number.isFinite(f.factor) || !Number.isFinite(f.offset)) throw new Error(`units.tsv (${lang}): bad factor in "${form}"`);
    const key = f.form[0]!.toLowerCase();
    const map = f.canonical === TIME ? timeByFirst : byFirst;
    const list = map.get(key) ?? [];
    list.push(f);
    map.set(key, list);
    if (f.canonical !== TIME && !/\s/.test(f.form)) words.add(f.form);
  }
  for (const list of [...byFirst.values(), ...timeByFirst.values()]) list.sort((a, b) => b.form.length - a.form.length);
  lex = { byFirst, timeByFirst, perWords: new Set(PER_WORDS[lang]), words };
  cache.set(lang, lex);
  return lex;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The longest unit form written at `pos` that ends at a word boundary; units of time only when `time`. */
function formAt(lex: MeasureLexicon, text: string, pos: number, time: boolean): UnitForm | null {
  const ch = text[pos];
  if (ch === undefined) return null;
  for (const f of (time ? lex.timeByFirst : lex.byFirst).get(ch.toLowerCase()) ?? []) {
    const s = text.slice(pos, pos + f.form.length);
    if (f.caseSensitive ? s !== f.form : s.toLowerCase() !== f.form.toLowerCase()) continue;
    const next = text[pos + f.form.length];
    if (next !== undefined && WORD_CHAR.test(next) && WORD_CHAR.test(f.form[f.form.length - 1]!)) continue;
    return f;
  }
  return null;
}

/** A unit of time written at `pos` ("hours", "min"): its form, or null. Alone it makes a duration. */
export function timeUnitAt(lex: MeasureLexicon, text: string, pos: number): UnitForm | null {
  return formAt(lex, text, pos, true);
}

/** A unit of measure (or a rate) written at `pos`, or null. */
export function measureAt(lex: MeasureLexicon, text: string, pos: number): Measure | null {
  const f = formAt(lex, text, pos, false);
  if (!f) return null;
  let end = pos + f.form.length;
  const m: Measure = { end, canonical: f.canonical, factor: f.factor, offset: f.offset };
  // A rate: "/h", "per hour", "pro Sekunde", "an hour".
  const per = /^(?:\s?\/\s?|\s(\p{L}+)\s)/u.exec(text.slice(end, end + 8));
  if (per && (per[1] === undefined || lex.perWords.has(per[1].toLowerCase())) && f.offset === 0) {
    const at = end + per[0].length;
    const d = formAt(lex, text, at, true);
    if (d && d.offset === 0) {
      end = at + d.form.length;
      return { end, canonical: `${f.canonical}/${d.canonical}`, factor: f.factor / d.factor, offset: 0 };
    }
  }
  return m;
}

/** Converts a value to the canonical unit (12 significant digits). */
export function toCanonical(m: Pick<Measure, 'factor' | 'offset'>, v: number | null): number | null {
  return v === null ? null : Number((v * m.factor + m.offset).toPrecision(12));
}
