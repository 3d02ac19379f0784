import { readList, readTable } from './lexicon.js';

export type AbbreviationClass = 'title' | 'inner' | 'final' | 'numeric';

/** Everything the language-independent engine needs to know about one language, compiled from data files. */
export interface LanguageData {
  code: string;
  /** Abbreviations keyed by their form without spaces ("z.B."). */
  abbreviations: Map<string, AbbreviationClass>;
  /** Multi-part abbreviations by their first part ("z." → ["z.B.", "z.T."]), longest first. */
  multiPartAbbreviations: Map<string, string[]>;
  sentenceStarters: Set<string>;
  months: Set<string>;
  /** Words right before "N." that make it an ordinal ("am 14. Oktober"). Empty where the language has no ordinal dot. */
  ordinalBefore: Set<string>;
  /** Nouns right after "N." that make it an ordinal ("2. Weltkrieg"). */
  ordinalNouns: Set<string>;
  /** Whether "N." (a number with a full stop) can be an ordinal at all (German yes, English no). */
  ordinalDot: boolean;
  stopwords: Set<string>;
}

export const SUPPORTED_LANGUAGES = ['de', 'en'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(code: string): code is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(code);
}

const cache = new Map<string, LanguageData>();

function load(code: SupportedLanguage): LanguageData {
  const file = (name: string) => new URL(`./${code}/${name}`, import.meta.url);
  const abbreviations = new Map<string, AbbreviationClass>();
  const multiPartAbbreviations = new Map<string, string[]>();
  for (const [form, cls] of readTable(file('abbreviations.tsv'))) {
    if (!form || (cls !== 'title' && cls !== 'inner' && cls !== 'final' && cls !== 'numeric')) {
      throw new Error(`${code}/abbreviations.tsv: bad entry "${form ?? ''}\t${cls ?? ''}"`);
    }
    abbreviations.set(form, cls);
    const firstDot = form.indexOf('.');
    if (firstDot >= 0 && firstDot < form.length - 1) {
      const first = form.slice(0, firstDot + 1);
      const list = multiPartAbbreviations.get(first) ?? [];
      list.push(form);
      list.sort((a, b) => b.length - a.length);
      multiPartAbbreviations.set(first, list);
    }
  }
  const ordinalBefore = new Set<string>();
  const ordinalNouns = new Set<string>();
  let ordinalDot = false;
  try {
    for (const [word, role] of readTable(file('ordinal-context.tsv'))) {
      if (!word) continue;
      if (role === 'before') ordinalBefore.add(word);
      else if (role === 'noun') ordinalNouns.add(word);
      else throw new Error(`${code}/ordinal-context.tsv: bad role "${role ?? ''}" for "${word}"`);
    }
    ordinalDot = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  return {
    code,
    abbreviations,
    multiPartAbbreviations,
    sentenceStarters: readList(file('sentence-starters.txt')),
    months: readList(file('months.txt')),
    ordinalBefore,
    ordinalNouns,
    ordinalDot,
    stopwords: readList(file('stopwords.txt')),
  };
}

/** The compiled data of a supported language; loaded on first use, then cached. */
export function getLanguage(code: SupportedLanguage): LanguageData {
  let data = cache.get(code);
  if (!data) {
    data = load(code);
    cache.set(code, data);
  }
  return data;
}
