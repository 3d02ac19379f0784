import { existsSync, readFileSync } from 'node:fs';
import { readTable } from '../lang/lexicon.js';

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface KnownEntity {
  key: string;
  type: EntityType;
  name: string;
}

/** The entity tables shared by all languages (src/lang/shared/), plus a user's alias file. */
export interface EntityLexicon {
  /** Canonical names and aliases, as written, by their text. */
  byAlias: Map<string, KnownEntity>;
  /** Role epithets ("Kremlherrscher") with the years they name someone. */
  epithets: Map<string, { entity: KnownEntity; from: number | null; to: number | null }>;
  /** Longest alias or epithet in words, for matching multi-word names. */
  maxWords: number;
}

/** A cross-language key from a name: lower case, umlauts spelled out, other marks dropped, words joined by "-". */
export function keyOf(name: string): string {
  const latin = name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (latin !== '') return latin;
  // A name in another script ("Зеленський", "金正恩") keeps its letters; one without letters or digits its code points.
  const other = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return other !== '' ? other : `u${Array.from(name, (c) => c.codePointAt(0)!.toString(16)).join('-')}`;
}

let cached: { file: string | undefined; lex: EntityLexicon } | null = null;

function addTable(lex: EntityLexicon, rows: string[][], source: string): void {
  for (const [key, type, name, aliases] of rows) {
    if (!key || !name || !['PER', 'ORG', 'LOC', 'MISC'].includes(type ?? '')) throw new Error(`${source}: bad entity row "${key ?? ''}"`);
    const e: KnownEntity = { key, type: type as EntityType, name };
    for (const a of [name, ...(aliases ?? '').split('|').filter(Boolean)]) {
      lex.byAlias.set(a, e);
      lex.maxWords = Math.max(lex.maxWords, a.split(' ').length);
    }
  }
}

/**
 * Loads src/lang/shared/entity-aliases.tsv, countries.tsv and entity-epithets.tsv, then the file named by
 * QUELLENLAGE_ALIASES (same format as entity-aliases.tsv), whose entries win.
 */
export function entityLexicon(): EntityLexicon {
  const userFile = process.env['QUELLENLAGE_ALIASES'];
  if (cached && cached.file === userFile) return cached.lex;
  const file = (name: string) => new URL(`../lang/shared/${name}`, import.meta.url);
  const lex: EntityLexicon = { byAlias: new Map(), epithets: new Map(), maxWords: 1 };
  addTable(lex, readTable(file('countries.tsv')), 'countries.tsv');
  addTable(lex, readTable(file('entity-aliases.tsv')), 'entity-aliases.tsv');
  for (const [epithet, key, from, to] of readTable(file('entity-epithets.tsv'))) {
    const entity = [...lex.byAlias.values()].find((e) => e.key === key);
    if (!entity || !epithet) throw new Error(`entity-epithets.tsv: unknown key "${key ?? ''}"`);
    lex.epithets.set(epithet, { entity, from: from ? Number(from) : null, to: to ? Number(to) : null });
    lex.maxWords = Math.max(lex.maxWords, epithet.split(' ').length);
  }
  if (userFile) {
    if (!existsSync(userFile)) throw new Error(`QUELLENLAGE_ALIASES names a file that does not exist: ${userFile}`);
    const rows = readFileSync(userFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => l.split('\t').map((c) => c.trim()));
    addTable(lex, rows, userFile);
  }
  cached = { file: userFile, lex };
  return lex;
}

let countrySet: Set<string> | null = null;

/** The keys of countries (src/lang/shared/countries.tsv), e.g. for telling a state from a city. */
export function countryKeys(): Set<string> {
  countrySet ??= new Set(readTable(new URL('../lang/shared/countries.tsv', import.meta.url)).map((r) => r[0]!));
  return countrySet;
}
