/**
 * State institutions named by their country: "Geheimdienst Südkoreas", "Südkoreas Geheimdienst", "der
 * südkoreanische Geheimdienst", "South Korea's intelligence agency", "South Korean intelligence". Each such
 * phrase is one organisation with the key `<country key>-<role id>` (`suedkorea-intelligence`), the same in
 * every language, so that the ledger can line up what one country's agency says across articles.
 * The nouns are data (src/lang/<code>/institutions.tsv), and so are the demonyms (demonyms.tsv).
 */
import { existsSync } from 'node:fs';
import type { Span } from '../core/span.js';
import { readTable } from '../lang/lexicon.js';
import { lowerOf, type Token } from '../text/tokenize.js';

interface Tables {
  /** Role nouns (one or two words, lower case) → role id. */
  roles: Map<string, string>;
  /** Each start of a role of several words up to a space ("spy" of "spy agency"): only these begin a phrase worth looking up. */
  phraseStarts: Set<string>;
  /** Demonyms and country adjectives (lower case; German: adjective stems) → country key. */
  demonyms: Map<string, string>;
}

const cache = new Map<string, Tables | null>();

function tables(lang: string): Tables | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const file = (name: string) => new URL(`../lang/${lang}/${name}`, import.meta.url);
  let t: Tables | null = null;
  if (existsSync(file('institutions.tsv')) && existsSync(file('demonyms.tsv'))) {
    const roles = new Map(readTable(file('institutions.tsv')).map(([w, id]) => [w!, id!] as const));
    const demonyms = new Map<string, string>();
    for (const [w, key] of readTable(file('demonyms.tsv'))) {
      // German people nouns ("Russe", "Nordkoreaner") name no institution; their adjectives do.
      if (lang === 'de' && !w!.endsWith('isch')) continue;
      demonyms.set(w!, key!);
    }
    const phraseStarts = new Set<string>();
    for (const w of roles.keys()) for (let j = w.indexOf(' '); j > 0; j = w.indexOf(' ', j + 1)) phraseStarts.add(w.slice(0, j));
    t = { roles, phraseStarts, demonyms };
  }
  cache.set(lang, t);
  return t;
}

/** A country mention as the caller found it: its key, and whether it stands in the genitive ("Südkoreas", "Korea's"). */
export interface CountryMention extends Span {
  key: string;
  genitive: boolean;
}

export interface Institution extends Span {
  key: string;
  /** The country mention the phrase contains, if any (the caller replaces it by the institution). */
  country: CountryMention | null;
}

const GERMAN_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

/**
 * Institution phrases in one pass over the tokens. `countries` are the document's country mentions, sorted by
 * start and not overlapping. With `demonyms`, an adjective names the country too ("der ukrainische
 * Geheimdienst"); the entities layer leaves that off, as named-entity annotation does (the adjective is no
 * name), and keeps it for grouping sources by country.
 */
export function findInstitutions(
  lang: string,
  text: string,
  tokens: readonly Token[],
  countries: readonly CountryMention[],
  options: { demonyms?: boolean } = {},
): Institution[] {
  const t = tables(lang);
  if (!t || tokens.length === 0) return [];
  const byStart = new Map<number, CountryMention>();
  const byEnd = new Map<number, CountryMention>();
  for (const c of countries) {
    byStart.set(c.start, c);
    byEnd.set(c.end, c);
  }
  const lower = (i: number) => lowerOf(text, tokens[i]!);
  const role = (i: number): { id: string; last: number } | null => {
    if (tokens[i]!.kind !== 'word') return null;
    const w = lower(i);
    if (lang === 'en' && t.phraseStarts.has(w)) {
      // Up to three words, longest first ("national intelligence service", "spy agency").
      for (let len = Math.min(3, tokens.length - i); len >= 2; len--) {
        let phrase = w;
        for (let k = i + 1; k < i + len; k++) phrase += ` ${lower(k)}`;
        const id = t.roles.get(phrase);
        if (id) return { id, last: i + len - 1 };
      }
    }
    const one = t.roles.get(w) ?? (lang === 'de' && w.endsWith('s') ? (t.roles.get(w.slice(0, w.endsWith('es') ? -2 : -1)) ?? null) : null);
    return one ? { id: one, last: i } : null;
  };
  const demonymBefore = (i: number): { key: string; first: number } | null => {
    if (i < 1 || tokens[i - 1]!.kind !== 'word') return null;
    const w = lower(i - 1);
    if (lang === 'de') {
      for (const e of GERMAN_ENDINGS) {
        if (!w.endsWith(e)) continue;
        const key = t.demonyms.get(w.slice(0, w.length - e.length));
        if (key) return { key, first: i - 1 };
      }
      return null;
    }
    if (i >= 2) {
      const two = t.demonyms.get(`${lower(i - 2)} ${w}`);
      if (two) return { key: two, first: i - 2 };
    }
    const one = t.demonyms.get(w);
    return one ? { key: one, first: i - 1 } : null;
  };

  const out: Institution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const r = role(i);
    if (!r) continue;
    const start = tokens[i]!.start;
    const end = tokens[r.last]!.end;
    const before = i > 0 ? byEnd.get(tokens[i - 1]!.end) : undefined;
    const after = r.last + 1 < tokens.length ? byStart.get(tokens[r.last + 1]!.start) : undefined;
    let found: Institution | null = null;
    if (before?.genitive && (out.length === 0 || out.at(-1)!.end <= before.start)) {
      found = { start: before.start, end, key: `${before.key}-${r.id}`, country: before };
    } else if (lang === 'de' && after?.genitive) {
      found = { start, end: after.end, key: `${after.key}-${r.id}`, country: after };
    } else if (options.demonyms) {
      const d = demonymBefore(i);
      if (d) found = { start: tokens[d.first]!.start, end, key: `${d.key}-${r.id}`, country: null };
    }
    if (!found) continue;
    out.push(found);
    let k = r.last + 1;
    while (k < tokens.length && tokens[k]!.start < found.end) k++;
    i = k - 1;
  }
  return out;
}
