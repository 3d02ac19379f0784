import { readTable } from '../lang/lexicon.js';
import type { SupportedLanguage } from '../lang/index.js';

/**
 * The time tagger's word lists, compiled once per language from src/lang/<code>/time-*.tsv
 * (see the comment header of each file for the classes). The engine in times.ts has no words in it.
 */
export interface TimeEntry {
  /** month, weekday, season, daypart, decade, day, rel, aspect, unit, relunit, part, partnoun, rest, count,
   *  ordword, daysuffix, prep, det, of, ago, from, to, night, nightlink, decsuffix, notyear */
  cls: string;
  val: string;
  /** Case-sensitive: matched as written, lower-cased only at a sentence start. */
  cs: boolean;
  /** A plural unit ("Wochen", "weeks"). */
  pl: boolean;
  /** A demonstrative ("diesen", "this"): a determiner itself, so no article stands before it. */
  dem: boolean;
}

export interface TimeLexicon {
  code: string;
  /** Entries by their form as written. */
  exact: Map<string, TimeEntry[]>;
  /** Entries that are not case-sensitive, by their lower-cased form. */
  lower: Map<string, TimeEntry[]>;
  /** Case-sensitive entries by their lower-cased form (used at a sentence start only). */
  lowerCs: Map<string, TimeEntry[]>;
  /** Endings of a decade written in digits ("er" in "1990er", "s" in "1990s"). */
  decadeSuffixes: Set<string>;
  /** Endings of a day written as an ordinal in digits ("th" in "14th"). */
  daySuffixes: Set<string>;
  /** Order of day and month in numeric dates with a slash. */
  slashOrder: 'dmy' | 'mdy';
  /** Whether "05.2016" could be a decimal number (then it is not read as a month). */
  decimalDot: boolean;
  /** Whether nouns are capitalized (German): a capitalized word after "bis 2030" is then a counted noun. */
  nounsCapitalized: boolean;
  /** Whether a day may follow the month name ("October 14"). */
  monthDay: boolean;
}

const FILES = ['time-names.tsv', 'time-relative.tsv', 'time-grammar.tsv'];
const cache = new Map<string, TimeLexicon>();

function add(map: Map<string, TimeEntry[]>, key: string, e: TimeEntry): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(e)) list.push(e);
  } else map.set(key, [e]);
}

function compile(code: SupportedLanguage): TimeLexicon {
  const lex: TimeLexicon = {
    code,
    exact: new Map(),
    lower: new Map(),
    lowerCs: new Map(),
    decadeSuffixes: new Set(),
    daySuffixes: new Set(),
    slashOrder: 'dmy',
    decimalDot: false,
    nounsCapitalized: false,
    monthDay: false,
  };
  const ordStems: [string, string][] = [];
  const ordSuffixes: string[] = [];
  const weekdays: TimeEntry[] = [];
  const weekdayForms: string[] = [];
  const dayparts: string[] = [];
  const put = (form: string, e: TimeEntry): void => {
    add(lex.exact, form, e);
    add(e.cs ? lex.lowerCs : lex.lower, form.toLowerCase(), e);
  };
  for (const name of FILES) {
    const url = new URL(`../lang/${code}/${name}`, import.meta.url);
    for (const row of readTable(url)) {
      const [form, cls, val, flagText] = row;
      if (!form || !cls || val === undefined) throw new Error(`${code}/${name}: bad entry "${row.join('\t')}"`);
      const flags = new Set((flagText ?? '').split(',').map((f) => f.trim()).filter((f) => f !== ''));
      const e: TimeEntry = { cls, val, cs: flags.has('cs'), pl: flags.has('pl'), dem: flags.has('dem') };
      switch (cls) {
        case 'setting':
          if (form === 'slash-order') lex.slashOrder = val === 'mdy' ? 'mdy' : 'dmy';
          else if (form === 'decimal-dot') lex.decimalDot = val === 'yes';
          else if (form === 'nouns-capitalized') lex.nounsCapitalized = val === 'yes';
          else if (form === 'month-day') lex.monthDay = val === 'yes';
          else throw new Error(`${code}/${name}: unknown setting "${form}"`);
          continue;
        case 'ordstem':
          ordStems.push([form, val]);
          continue;
        case 'ordsuffix':
          ordSuffixes.push(form);
          continue;
        case 'decsuffix':
          lex.decadeSuffixes.add(form);
          continue;
        case 'daysuffix':
          lex.daySuffixes.add(form);
          continue;
        case 'weekday':
          weekdays.push(e);
          weekdayForms.push(form);
          break;
        case 'daypart':
          dayparts.push(form);
          break;
      }
      put(form, e);
    }
  }
  // Ordinal number words: stem + ending ("zweit" + "en").
  for (const [stem, val] of ordStems) {
    for (const suffix of ordSuffixes) put(stem + suffix, { cls: 'ordword', val, cs: false, pl: false, dem: false });
  }
  // A weekday written together with a part of the day ("Montagabend", "Dienstagmorgen").
  for (const [i, wd] of weekdayForms.entries()) {
    for (const dp of dayparts) {
      put(wd + dp.toLowerCase(), { cls: 'weekday', val: weekdays[i]!.val, cs: false, pl: false, dem: false });
    }
  }
  return lex;
}

/** The compiled time lexicon of a supported language; compiled on first use, then cached. */
export function timeLexicon(code: SupportedLanguage): TimeLexicon {
  let lex = cache.get(code);
  if (!lex) {
    lex = compile(code);
    cache.set(code, lex);
  }
  return lex;
}

const NONE: readonly TimeEntry[] = [];

/** All entries for a word as it stands; `sentenceStart` admits lower-cased case-sensitive entries. */
export function lookupTime(lex: TimeLexicon, word: string, sentenceStart: boolean): readonly TimeEntry[] {
  const exact = lex.exact.get(word);
  const lowerForm = word.toLowerCase();
  const lower = lex.lower.get(lowerForm);
  const cs = sentenceStart ? lex.lowerCs.get(lowerForm) : undefined;
  if (!lower && !cs) return exact ?? NONE;
  const out: TimeEntry[] = exact ? [...exact] : [];
  for (const list of [lower, cs]) {
    if (list) for (const e of list) if (!out.includes(e)) out.push(e);
  }
  return out;
}
