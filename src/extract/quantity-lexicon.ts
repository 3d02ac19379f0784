import { getLanguage, isSupportedLanguage, type SupportedLanguage } from '../lang/index.js';
import { byFirstWord, readTable } from '../lang/lexicon.js';
import { measureLexicon } from './units.js';
import type { Qualifier } from './types.js';

export type NumberRole =
  | 'zero'
  | 'unit'
  | 'teen'
  | 'tens'
  | 'hundred'
  | 'thousand'
  | 'scale'
  | 'dozen'
  | 'half'
  | 'fraction'
  | 'special'
  | 'joiner'
  | 'decimal'
  | 'article'
  | 'sign'
  | 'over'
  | 'of';

export interface NumberWord {
  value: number;
  role: NumberRole;
}

/** The compiled quantity lexicons of one language (files in src/lang/<code>/). */
export interface QuantityLexicon {
  lang: SupportedLanguage;
  /** Decimal separator in this language's digits: "," (de: 1,5) or "." (en: 1.5). */
  decimalComma: boolean;
  numbers: Map<string, NumberWord>;
  /** Qualifier phrases by their last word: phrase words (lower case) and qualifier, longest first. */
  qualifiers: Map<string, { words: string[]; qualifier: Qualifier | 'equal' }[]>;
  /** Bounding phrases after a number ("or more"), by first word. */
  postQualifiers: Map<string, { words: string[]; effect: 'at_least' | 'at_most' | 'inclusive' }[]>;
  rangeJoiners: Set<string>;
  boundJoiners: Set<string>;
  /** Vague amounts: multi-word phrases keyed by their first word. */
  vague: Map<string, { words: string[]; low: number; high: number; role: 'amount' | 'power' | 'quantifier' }[]>;
  currencies: Map<string, string>;
  /** Currency names of several words by their first word, lower case ("kanadischen dollar"), longest first. */
  currencyPhrases: Map<string, { words: string[]; code: string }[]>;
  units: Set<string>;
  labelBefore: Set<string>;
  labelAfter: Set<string>;
  yearBefore: Set<string>;
  percent: Map<string, string[][]>;
  prepositionVerbs: Set<string>;
  /** Lower-case words that look like adjectives but end a counted phrase (modal verbs: "Tausende sollen …"). */
  notModifiers: Set<string>;
  /** Words after which "one" is a pronoun, not a number ("which one", "that one"). */
  pronounOneAfter: Set<string>;
  /** Verbs of change: "rose from 200 to 300" is a change, not a range. */
  changeVerbs: Set<string>;
  /** Adverbs that may stand before a modifier of the counted noun ("50 sehr junge Rekruten"). */
  adverbs: Set<string>;
  /** Words of size after a number glued to "m" ("1.8m tall"): metres, not millions. */
  sizeWords: Set<string>;
  /** Words before "Grad" that make it a temperature (German: in °C), lower case. */
  temperatureCues: Set<string>;
  /** Words near "pounds"/"Pfund" that make it money, not a weight, lower case. */
  moneyCues: Set<string>;
  /** Currency sub-units and their factor ("cent" → 0.01), lower case. */
  currencyFactors: Map<string, number>;
  /** Durations: words before an article and a unit of time that make it one ("for an hour"), words that
   * make a unit of time one whole ("all day", "den ganzen Tag"), words for one more ("another week"). */
  durationCues: Set<string>;
  wholePeriod: Set<string>;
  oneMore: Set<string>;
  stopwords: Set<string>;
  months: Set<string>;
  sentenceStarters: Set<string>;
}

const cache = new Map<string, QuantityLexicon>();


export function quantityLexicon(code: string): QuantityLexicon {
  const lang: SupportedLanguage = isSupportedLanguage(code) ? code : 'en';
  let lex = cache.get(lang);
  if (lex) return lex;
  const file = (name: string) => new URL(`../lang/${lang}/${name}`, import.meta.url);
  const numbers = new Map<string, NumberWord>();
  for (const [w, v, role] of readTable(file('numbers.tsv'))) numbers.set(w!, { value: Number(v), role: role as NumberRole });

  const qualifierItems = readTable(file('quantity-qualifiers.tsv')).map(([p, q]) => ({ words: p!.split(' ').reverse(), qualifier: q as Qualifier | 'equal' }));
  const vagueItems = readTable(file('quantity-vague.tsv')).map(([p, lo, hi, role]) => ({
    words: p!.split(' '),
    low: Number(lo),
    high: Number(hi),
    role: role as 'amount' | 'power' | 'quantifier',
  }));
  const currencyRows = readTable(file('currencies.tsv'));
  const currencies = new Map<string, string>();
  const currencyFactors = new Map<string, number>();
  for (const [f, c, factor] of currencyRows) {
    if (factor) currencyFactors.set(f!.toLowerCase(), Number(factor));
    if (f!.includes(' ')) continue;
    currencies.set(f!, c!);
    if (!currencies.has(f!.toLowerCase())) currencies.set(f!.toLowerCase(), c!);
  }
  const currencyPhrases = byFirstWord(
    currencyRows.filter(([f]) => f!.includes(' ')).map(([f, c]) => ({ words: f!.toLowerCase().split(' '), code: c! })),
  );
  const ctx = readTable(file('quantity-context.tsv'));
  const role = (r: string) => new Set(ctx.filter((row) => row[1] === r).map((row) => row[0]!));
  const percent = new Map<string, string[][]>();
  for (const p of role('percent')) {
    const words = p.split(' ');
    const list = percent.get(words[0]!) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    percent.set(words[0]!, list);
  }
  const postItems = readTable(file('quantity-postqualifiers.tsv')).map(([p, e]) => ({
    words: p!.split(' '),
    effect: e as 'at_least' | 'at_most' | 'inclusive',
  }));
  const data = getLanguage(lang);
  lex = {
    lang,
    decimalComma: lang === 'de',
    numbers,
    // Keyed by the phrase's last word (the one right before the number); words stored last-first.
    qualifiers: byFirstWord(qualifierItems) as QuantityLexicon['qualifiers'],
    vague: byFirstWord(vagueItems),
    postQualifiers: byFirstWord(postItems),
    rangeJoiners: role('range-joiner'),
    boundJoiners: role('bound-joiner'),
    currencies,
    currencyPhrases,
    units: measureLexicon(lang).words,
    labelBefore: role('before'),
    labelAfter: role('after'),
    yearBefore: role('year'),
    percent,
    prepositionVerbs: role('verb-before-ueber'),
    notModifiers: role('not-modifier'),
    pronounOneAfter: role('pronoun-one-after'),
    changeVerbs: role('change-verb'),
    adverbs: role('adverb'),
    sizeWords: role('size-after'),
    temperatureCues: new Set([...role('temperature-cue')].map((w) => w.toLowerCase())),
    moneyCues: new Set([...role('money-cue')].map((w) => w.toLowerCase())),
    currencyFactors,
    durationCues: role('duration-cue'),
    wholePeriod: role('whole-period'),
    oneMore: role('one-more'),
    stopwords: data.stopwords,
    months: data.months,
    sentenceStarters: data.sentenceStarters,
  };
  cache.set(lang, lex);
  return lex;
}
