import { readTable } from '../lang/lexicon.js';
import type { SupportedLanguage } from '../lang/index.js';

/**
 * The time tagger's word lists, compiled once per language from src/lang/<code>/time-*.tsv
 * (see the comment header of each file for the classes). The engine in times.ts has no words in it.
 */
export interface TimeEntry {
  /** month, weekday, season, daypart, decade, day, rel, aspect, unit, relunit, part, partnoun, rest, count,
   *  ordword, daysuffix, possessive, prep, det, of, ago, from, to, night, nightlink, decsuffix, notyear */
  cls: string;
  val: string;
  /** Case-sensitive: matched as written, lower-cased only at a sentence start. */
  cs: boolean;
  /** A plural unit ("Wochen", "weeks"). */
  pl: boolean;
  /** A demonstrative ("diesen", "this"): a determiner itself, so no article stands before it. */
  dem: boolean;
  /** Only a reference point of an offset ("two weeks from now"), never a time by itself. */
  ref: boolean;
  /** The bit of `cls` in CLS (0 for a class the engine does not ask for). */
  bit: number;
}

/**
 * One bit per entry class, so that a word's classes are one integer (TimeWord.mask) and "has this word an
 * entry of class X" is a bit test before any list is searched.
 */
export const CLS = {
  month: 1 << 0,
  weekday: 1 << 1,
  season: 1 << 2,
  daypart: 1 << 3,
  decade: 1 << 4,
  day: 1 << 5,
  rel: 1 << 6,
  aspect: 1 << 7,
  unit: 1 << 8,
  relunit: 1 << 9,
  part: 1 << 10,
  partnoun: 1 << 11,
  rest: 1 << 12,
  count: 1 << 13,
  ordword: 1 << 14,
  prep: 1 << 15,
  det: 1 << 16,
  of: 1 << 17,
  ago: 1 << 18,
  from: 1 << 19,
  to: 1 << 20,
  night: 1 << 21,
  nightlink: 1 << 22,
  notyear: 1 << 23,
  future: 1 << 24,
  past: 1 << 25,
  set: 1 << 26,
  within: 1 << 27,
  recent: 1 << 28,
  forward: 1 << 29,
  after: 1 << 30,
} as const satisfies Record<string, number>;

const clsBit = (cls: string): number => (Object.hasOwn(CLS, cls) ? CLS[cls as keyof typeof CLS] : 0);

/** A word's entries with the union of their class bits. */
export interface TimeWord {
  entries: readonly TimeEntry[];
  mask: number;
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
  /** Whether a plain number after a day preposition is a day of the month ("on 15", "from 4 to 22"). */
  plainDay: boolean;
  /** Case-sensitive month names written small ("may", "march"): months only where a rule says so. */
  smallMonths: Set<string>;
  /** Case-sensitive weekday names written small ("wed", "sat", "sun"): weekdays only before a date. */
  smallWeekdays: Set<string>;
  /** Every entry's form in lower case: a word whose lower-case form is not here has no entry. */
  forms: Set<string>;
  /** Memo of timeWord: word → its entries (elsewhere / at a sentence start). */
  memo: Map<string, TimeWord>;
  memoStart: Map<string, TimeWord>;
}

const FILES = ['time-names.tsv', 'time-relative.tsv', 'time-grammar.tsv', 'time-numbers.tsv'];
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
    plainDay: false,
    smallMonths: new Set(),
    smallWeekdays: new Set(),
    forms: new Set(),
    memo: new Map(),
    memoStart: new Map(),
  };
  const ordStems: [string, string][] = [];
  const ordSuffixes: string[] = [];
  const weekdays: TimeEntry[] = [];
  const weekdayForms: string[] = [];
  const dayparts: string[] = [];
  const possessives: string[] = [];
  const put = (form: string, e: TimeEntry): void => {
    add(lex.exact, form, e);
    add(e.cs ? lex.lowerCs : lex.lower, form.toLowerCase(), e);
    lex.forms.add(form.toLowerCase());
  };
  for (const name of FILES) {
    const url = new URL(`../lang/${code}/${name}`, import.meta.url);
    for (const row of readTable(url)) {
      const [form, cls, val, flagText] = row;
      if (!form || !cls || val === undefined) throw new Error(`${code}/${name}: bad entry "${row.join('\t')}"`);
      const flags = new Set((flagText ?? '').split(',').map((f) => f.trim()).filter((f) => f !== ''));
      const e: TimeEntry = { cls, val, cs: flags.has('cs'), pl: flags.has('pl'), dem: flags.has('dem'), ref: flags.has('ref'), bit: clsBit(cls) };
      switch (cls) {
        case 'setting':
          if (form === 'slash-order') lex.slashOrder = val === 'mdy' ? 'mdy' : 'dmy';
          else if (form === 'decimal-dot') lex.decimalDot = val === 'yes';
          else if (form === 'nouns-capitalized') lex.nounsCapitalized = val === 'yes';
          else if (form === 'month-day') lex.monthDay = val === 'yes';
          else if (form === 'plain-day') lex.plainDay = val === 'yes';
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
        case 'possessive':
          possessives.push(form);
          continue;
        case 'weekday':
          weekdays.push(e);
          weekdayForms.push(form);
          if (e.cs) lex.smallWeekdays.add(form.toLowerCase());
          break;
        case 'daypart':
          dayparts.push(form);
          break;
        case 'month':
          if (e.cs) lex.smallMonths.add(form.toLowerCase());
          break;
      }
      put(form, e);
    }
  }
  // Ordinal number words: stem + ending ("zweit" + "en").
  for (const [stem, val] of ordStems) {
    for (const suffix of ordSuffixes) put(stem + suffix, { cls: 'ordword', val, cs: false, pl: false, dem: false, ref: false, bit: CLS.ordword });
  }
  // A weekday written together with a part of the day ("Montagabend", "Dienstagmorgen").
  for (const [i, wd] of weekdayForms.entries()) {
    for (const dp of dayparts) {
      put(wd + dp.toLowerCase(), { cls: 'weekday', val: weekdays[i]!.val, cs: false, pl: false, dem: false, ref: false, bit: CLS.weekday });
    }
  }
  // A weekday with a possessive ending ("Wednesday's meeting"); not the small forms ("wed").
  for (const [i, wd] of weekdayForms.entries()) {
    const e = weekdays[i]!;
    if (!e.cs) for (const suffix of possessives) put(wd + suffix, { ...e });
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

const NO_WORD: TimeWord = { entries: NONE, mask: 0 };
/** Words up to this length are memoized: V8 copies them out of the text, so the memo keeps no document alive. */
const MEMO_WORD_MAX = 12;
const MEMO_SIZE_MAX = 50_000;

/**
 * lookupTime with the class bits of the entries, memoized per lexicon: most tokens of a text are words
 * seen before, so this is one hash look-up per token.
 */
export function timeWord(lex: TimeLexicon, word: string, sentenceStart: boolean): TimeWord {
  const memo = sentenceStart ? lex.memoStart : lex.memo;
  let w = memo.get(word);
  if (w === undefined) {
    const entries = lookupTime(lex, word, sentenceStart);
    if (entries.length === 0) w = NO_WORD;
    else {
      let mask = 0;
      for (const e of entries) mask |= e.bit;
      w = { entries, mask };
    }
    if (word.length <= MEMO_WORD_MAX) {
      if (memo.size >= MEMO_SIZE_MAX) memo.clear();
      memo.set(word, w);
    }
  }
  return w;
}
