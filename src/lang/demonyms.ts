/**
 * Demonyms and country adjectives (src/lang/<code>/demonyms.tsv) → country keys, for any rule that needs
 * to know that "nordkoreanische", "Nordkoreanern" or "North Korean" point to North Korea.
 */
import { existsSync } from 'node:fs';
import { readTable } from './lexicon.js';

interface Table {
  /** Lower-case stem (German) or word/phrase (English) → country key. */
  byForm: Map<string, string>;
  /** Longest entry in words. */
  maxWords: number;
}

const cache = new Map<string, Table | null>();

function table(lang: string): Table | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const file = new URL(`./${lang}/demonyms.tsv`, import.meta.url);
  let t: Table | null = null;
  if (existsSync(file)) {
    t = { byForm: new Map(), maxWords: 1 };
    for (const [form, key] of readTable(file)) {
      t.byForm.set(form!, key!);
      t.maxWords = Math.max(t.maxWords, form!.split(' ').length);
    }
  }
  cache.set(lang, t);
  return t;
}

/** German inflection endings of adjectives, plus the dative plural -n of people nouns (Nordkoreanern). */
const GERMAN_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em', 'n'];

export interface DemonymMatch {
  key: string;
  /** Words used, from the start word on. */
  words: number;
  /** A noun for people ("Nordkoreaner", "North Koreans") rather than an adjective ("nordkoreanische"). */
  noun: boolean;
}

/**
 * The demonym starting at `words[i]` (lower-case words), or null. German forms match by stem and ending,
 * English ones as listed (one or two words).
 */
export function demonymAt(lang: string, words: readonly string[], i: number): DemonymMatch | null {
  const t = table(lang);
  const w = words[i];
  if (!t || w === undefined) return null;
  if (lang === 'de') {
    for (const e of GERMAN_ENDINGS) {
      if (!w.endsWith(e) || w.length - e.length < 3) continue;
      const stem = w.slice(0, w.length - e.length);
      const key = t.byForm.get(stem);
      if (key) {
        const noun = !stem.endsWith('isch');
        // "-n" is only the people nouns' dative plural; "-e/-er/…" of a noun stem would be another word.
        if (noun ? e !== '' && e !== 'n' : e === 'n') continue;
        return { key, words: 1, noun };
      }
    }
    return null;
  }
  for (let n = Math.min(t.maxWords, words.length - i); n >= 1; n--) {
    const form = words.slice(i, i + n).join(' ');
    const key = t.byForm.get(form);
    if (key) return { key, words: n, noun: form.endsWith('s') };
  }
  return null;
}
