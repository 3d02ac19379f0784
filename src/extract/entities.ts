import type { Document } from '../core/document.js';
import { Layer } from '../core/layer.js';
import type { Component } from '../core/pipeline.js';
import type { Span } from '../core/span.js';
import type { Token } from '../text/tokenize.js';
import { nounLemmatizer, type NounLemmatizer } from './lemma.js';
import { GAZ, NerLexicon } from './ner/lexicon.js';
import { findInstitutions, type CountryMention } from './institutions.js';
import { entityLexicon, keyOf, type EntityLexicon, type EntityType, type KnownEntity } from './entity-lexicon.js';
import { addAppositionMentions, addTitleMentions } from './appositions.js';

/**
 * Entities: the mentions a tagger finds (BIO labels over tokens), plus mentions of known entities and role
 * epithets from the shared tables, grouped into entities within the document:
 *  - a known alias (or its genitive: "Putins", "Selenskyjs") gives the entity's canonical name and its
 *    cross-language key (Selenskyj = Zelensky = wolodymyr-selenskyj);
 *  - an epithet ("Kremlherrscher") names its holder when the publication date falls in the role's years;
 *  - a one-word person mention joins a longer one it ends or starts ("Savett" → "Sean Savett", "Kim" →
 *    "Kim Jong-un"), the nearest one before it where several share the word;
 *  - anything else groups by its text without a genitive -s; unknown names get a key from their name.
 * The layer item's span is the entity's first mention, so the layer is sorted by first appearance.
 */
export interface EntityItem extends Span {
  id: string;
  type: EntityType;
  name: string;
  key: string;
  mentions: Span[];
}

declare module '../core/document.js' {
  interface LayerMap {
    entities: Layer<EntityItem>;
  }
}

interface Mention extends Span {
  type: EntityType;
  /** The text without a genitive ending. */
  base: string;
  known: KnownEntity | null;
}

const UPPER = /^\p{Lu}/u;

function genitiveBase(text: string): string | null {
  const n = text.length;
  if (n >= 2 && text.charCodeAt(n - 1) === 115 && (text[n - 2] === '’' || text[n - 2] === "'")) return text.slice(0, -2); // ’s, 's
  if (text.length > 3 && text.endsWith('s') && !text.endsWith('ss')) return text.slice(0, -1);
  return null;
}

/** "KYIV" → "Kyiv", "NEW YORK" → "New York": a word in capitals (datelines, headlines) in title case; null otherwise. */
function titleCased(text: string): string | null {
  if (text.length < 3) return null;
  // Most words have a lower-case ASCII letter second: no need for the regular expressions then.
  const second = text.charCodeAt(1);
  if (second >= 97 && second <= 122) return null;
  if (/\p{Ll}/u.test(text) || !/\p{Lu}\p{Lu}/u.test(text)) return null;
  return text.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function lookup(lex: EntityLexicon, text: string): { known: KnownEntity; base: string } | null {
  const direct = lex.byAlias.get(text);
  if (direct) return { known: direct, base: text };
  const base = genitiveBase(text);
  const viaBase = base ? lex.byAlias.get(base) : undefined;
  if (viaBase && base) return { known: viaBase, base };
  // A known name in capitals ("KYIV —" in a dateline), unless the capitals are an alias of their own (NATO).
  const title = titleCased(text);
  const viaTitle = title ? lex.byAlias.get(title) : undefined;
  return viaTitle ? { known: viaTitle, base: text } : null;
}

function publishedYear(doc: Document): number {
  const y = doc.published ? Number(doc.published.slice(0, 4)) : NaN;
  return Number.isFinite(y) ? y : new Date().getUTCFullYear();
}

const firstWordCache = new WeakMap<EntityLexicon, Set<string>>();

function firstWordsOf(lex: EntityLexicon): Set<string> {
  let set = firstWordCache.get(lex);
  if (!set) {
    set = new Set<string>();
    for (const a of lex.byAlias.keys()) set.add(a.split(' ')[0]!);
    for (const e of lex.epithets.keys()) set.add(e.split(' ')[0]!);
    firstWordCache.set(lex, set);
  }
  return set;
}

/**
 * A known name as the first part of a hyphenated compound ("Nato-Militärs", "EU-Kommission",
 * "Merkel-Regierung"): the part is a mention of that entity. Only before a capitalized part, so that
 * "US-led" or "Ost-Ukraine" (no known "Ost") stay as they are.
 */
function compoundHead(lex: EntityLexicon, word: string): { known: KnownEntity; base: string } | null {
  const dash = word.indexOf('-');
  if (dash < 2 || !/^\p{Lu}/u.test(word.slice(dash + 1))) return null;
  const base = word.slice(0, dash);
  const known = lex.byAlias.get(base);
  return known ? { known, base } : null;
}

/**
 * State institutions named by their country ("Geheimdienst Südkoreas", "South Korean intelligence") become one
 * known ORG each (key `<country>-<role>`, see institutions.ts), in place of the mentions they cover.
 */
function replaceByInstitutions(doc: Document, tokens: readonly Token[], mentions: Mention[]): void {
  const text = doc.text;
  const countries: CountryMention[] = [];
  for (const m of mentions) {
    if (m.known?.type !== 'LOC') continue;
    const surface = text.slice(m.start, m.end);
    countries.push({ start: m.start, end: m.end, key: m.known.key, genitive: doc.lang === 'en' ? /['’]s$/.test(surface) : surface !== m.base });
  }
  const found = findInstitutions(doc.lang, text, tokens, countries);
  if (found.length === 0) return;
  const kept = outside(mentions, found);
  for (const f of found) {
    const name = text.slice(f.start, f.end);
    kept.push({ start: f.start, end: f.end, type: 'ORG', base: name, known: { key: f.key, type: 'ORG', name } });
  }
  kept.sort(byStart);
  mentions.splice(0, mentions.length, ...kept);
}

/** The items that overlap none of `blockers`; both sorted by start, `blockers` not overlapping each other. One pass. */
function outside<T extends Span>(items: readonly T[], blockers: readonly Span[]): T[] {
  const kept: T[] = [];
  let bi = 0;
  for (const x of items) {
    while (bi < blockers.length && blockers[bi]!.end <= x.start) bi++;
    if (bi < blockers.length && blockers[bi]!.start < x.end) continue;
    kept.push(x);
  }
  return kept;
}

/** Mentions sorted by start. */
const byStart = (a: Mention, b: Mention) => a.start - b.start || b.end - a.end;

/** Two lists sorted by start as one; a mention of `b` that overlaps one of `a` is dropped (`a` wins). */
function mergeByStart(a: Mention[], b: Mention[]): Mention[] {
  return b.length === 0 ? a : [...a, ...outside(b, a)].sort(byStart);
}

/** Adds a mention for each token no mention covers yet, where `make` gives one; keeps `mentions` sorted. */
function addForUncoveredTokens(text: string, tokens: readonly Token[], mentions: Mention[], make: (word: string, t: Token) => Mention | null): void {
  const added: Mention[] = [];
  for (const t of outside(tokens, mentions)) {
    const m = make(text.slice(t.start, t.end), t);
    if (m) added.push(m);
  }
  if (added.length === 0) return;
  mentions.push(...added);
  mentions.sort(byStart);
}

/** The NER lexicon of a document's language (German for languages without a tagger), so that each loads only its own. */
function nerLexiconFor(lang: string): NerLexicon {
  return NerLexicon.forLang(lang === 'en' ? 'en' : 'de');
}

/** Whether a word is, or ends in, an organisation head of the NER lexicon ("Stiftung", "Militärakademie"). */
function isOrgHead(lex: NerLexicon, word: string): boolean {
  if (lex.bits(word) & GAZ.ORG_HEAD) return true;
  for (let k = 3; k <= word.length - 3; k++) {
    const tail = word[k]!.toUpperCase() + word.slice(k + 1);
    if (lex.bits(tail) & GAZ.ORG_HEAD) return true;
  }
  return false;
}

/**
 * Every other occurrence of an acronym defined in the text ("… (SWP) … die SWP sagt") names the same
 * organisation: tagged or not, it gets the defined name as its base. One pass over the tokens.
 */
function addAcronymEchoes(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const defined = new Map<string, string>();
  for (const m of mentions) {
    const t = text.slice(m.start, m.end);
    if (!m.known && m.type === 'ORG' && m.base !== t && /^\p{L}{2,6}$/u.test(t)) defined.set(t, m.base);
  }
  if (defined.size === 0) return;
  for (const m of mentions) {
    const name = defined.get(text.slice(m.start, m.end));
    if (name && !m.known) {
      m.base = name;
      m.type = 'ORG';
    }
  }
  addForUncoveredTokens(text, tokens, mentions, (word, t) => {
    const name = defined.get(word);
    return name ? { start: t.start, end: t.end, type: 'ORG', base: name, known: null } : null;
  });
}

/** Words that may stand lower-case inside a name an acronym abbreviates ("Stiftung Wissenschaft und Politik"). */
const NAME_LINKS = new Set(['und', 'für', 'der', 'des', 'die', 'den', 'von', 'zur', 'zum', 'and', 'for', 'of', 'the', 'de', 'du', 'la', 'et']);

/**
 * Organisations defined by their acronym: capitalized words, perhaps joined by `und`/`für`/`of` …, then the
 * acronym in brackets whose letters are their initials ("Stiftung Wissenschaft und Politik (SWP)",
 * "Bundesamt für Verfassungsschutz (BfV)": a lower-case letter may stand for a linking word). Only where one of
 * the words is or ends in an organisation head from the NER lexicon (Stiftung, Bundesamt, Militärakademie …),
 * so that "Künstliche Intelligenz (KI)" stays no entity. Both the name and the acronym become mentions.
 */
function acronymMentions(text: string, tokens: readonly Token[], lex: EntityLexicon, isOrgHead: (word: string) => boolean): Mention[] {
  const out: Mention[] = [];
  for (let i = 2; i + 1 < tokens.length; i++) {
    const acr = tokens[i]!;
    if (acr.kind !== 'word' || tokens[i - 1]!.role !== 'open' || tokens[i + 1]!.role !== 'close') continue;
    const letters = text.slice(acr.start, acr.end);
    if (!/^\p{L}{2,6}$/u.test(letters)) continue;
    let k = letters.length - 1;
    let j = i - 2;
    let head = false;
    for (; j >= 0 && k >= 0 && i - 2 - j < 10; j--) {
      const t = tokens[j]!;
      if (t.kind !== 'word') break;
      const w = text.slice(t.start, t.end);
      if (/^\p{Lu}/u.test(w)) {
        if (w[0]!.toLowerCase() !== letters[k]!.toLowerCase()) break;
        head ||= isOrgHead(w);
        k--;
      } else if (NAME_LINKS.has(w)) {
        if (letters[k] === w[0] && letters !== letters.toLowerCase()) k--;
      } else break;
    }
    // A known acronym (WHO, IAEA) lends its entity to the spelled-out name, with or without a head word.
    const known = lex.byAlias.get(letters) ?? null;
    if (k >= 0 || !(head || known)) continue;
    const first = tokens[j + 1]!;
    const name = text.slice(first.start, tokens[i - 2]!.end);
    out.push({ start: first.start, end: tokens[i - 2]!.end, type: known?.type ?? 'ORG', base: name, known });
    if (!known) out.push({ start: acr.start, end: acr.end, type: 'ORG', base: name, known: null });
  }
  return out;
}

/** Mentions of known names and epithets that the tagger did not mark (a linear scan with a first-word filter). */
function lexiconMentions(text: string, tokens: readonly Token[], lex: EntityLexicon, year: number): Mention[] {
  const firstWords = firstWordsOf(lex);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' && t.kind !== 'abbrev') continue;
    const first = text.slice(t.start, t.end);
    if (!firstWords.has(first) && !firstWords.has(genitiveBase(first) ?? '') && !firstWords.has(titleCased(first) ?? '')) {
      const head = compoundHead(lex, first);
      if (head) out.push({ start: t.start, end: t.start + head.base.length, type: head.known.type, base: head.base, known: head.known });
      continue;
    }
    for (let n = Math.min(lex.maxWords, tokens.length - i); n >= 1; n--) {
      const last = tokens[i + n - 1]!;
      const s = text.slice(t.start, last.end);
      if (n > 1 && s.includes('\n')) continue;
      const epithet = lex.epithets.get(s);
      if (epithet && (epithet.from === null || epithet.from <= year) && (epithet.to === null || year <= epithet.to)) {
        out.push({ start: t.start, end: last.end, type: epithet.entity.type, base: s, known: epithet.entity });
        i += n - 1;
        break;
      }
      const hit = lookup(lex, s);
      if (hit) {
        out.push({ start: t.start, end: last.end, type: hit.known.type, base: hit.base, known: hit.known });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

const HAS_LETTER = /\p{L}/u;

/**
 * Mentions from BIO labels (one per token; null or "O" outside). A name of several words that ends in a legal
 * form of the NER lexicon ("Haldenfurt Wasserkraft GmbH", "Harwood Holdings Ltd") is an organisation, whatever
 * type the tagger gave it.
 */
function taggedMentions(text: string, tokens: readonly Token[], labels: readonly (string | null)[], ner: NerLexicon): Mention[] {
  const out: Mention[] = [];
  let open: { start: number; end: number; type: EntityType; last: number; first: number } | null = null;
  const close = () => {
    // A span without a letter ("€", "$" tagged as GermEval's OTH currencies) is no name.
    if (open && HAS_LETTER.test(text.slice(open.start, open.end))) {
      const lastWord = text.slice(tokens[open.last]!.start, tokens[open.last]!.end);
      const type = open.last > open.first && ner.bits(lastWord) & GAZ.ORG_LEGAL ? 'ORG' : open.type;
      out.push({ start: open.start, end: open.end, type, base: text.slice(open.start, open.end), known: null });
    }
    open = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const label = labels[i] ?? 'O';
    const m = /^([BI])-(PER|ORG|LOC|MISC)$/.exec(label);
    if (!m) {
      close();
      continue;
    }
    const type = m[2] as EntityType;
    if (m[1] === 'I' && open && open.type === type) {
      open.end = tokens[i]!.end;
      open.last = i;
    } else {
      close();
      open = { start: tokens[i]!.start, end: tokens[i]!.end, type, first: i, last: i };
    }
  }
  close();
  return out;
}

/**
 * Surnames the tagger missed: once a full person name stood in the text ("Hildegard Sommerfeld"), a later or
 * earlier bare "Sommerfeld" or "Sommerfelds" is that person too, even sentence-initially, where taggers
 * hesitate. A surname that is also a common noun ("Koch", "Fischer") is left to the tagger. One pass over
 * the tokens; `mentions` stays sorted.
 */
function addSurnameEchoes(text: string, tokens: readonly Token[], mentions: Mention[], nouns: NounLemmatizer | null): void {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PER' || m.known || !m.base.includes(' ')) continue;
    const last = m.base.slice(m.base.lastIndexOf(' ') + 1);
    if (last.length >= 3 && UPPER.test(last) && !nouns?.isNoun(last)) surnames.add(last);
  }
  if (surnames.size === 0) return;
  addForUncoveredTokens(text, tokens, mentions, (word, t) => {
    const base = surnames.has(word) ? word : genitiveBase(word);
    return base && surnames.has(base) ? { start: t.start, end: t.end, type: 'PER', base, known: null } : null;
  });
}

/**
 * `parts` (sorted, inside `whole`) and the words between them as mentions of `whole`'s type, unless such a
 * word is a common noun ("Putins Deal", tagged as one name: the person, and no entity "Deal").
 */
function splitAround(text: string, whole: Mention, parts: readonly Mention[], nouns: NounLemmatizer | null): Mention[] {
  const out: Mention[] = [];
  const gap = (from: number, to: number) => {
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const word = piece.trim();
    if (/^\p{Lu}/u.test(word) && !(nouns && !word.includes(' ') && nouns.isNoun(word))) out.push({ start: from + lead, end: from + lead + word.length, type: whole.type, base: word, known: null });
  };
  let at = whole.start;
  for (const p of parts) {
    gap(at, p.start);
    out.push(p);
    at = p.end;
  }
  gap(at, whole.end);
  return out;
}

export function linkEntities(doc: Document, labels: readonly (string | null)[] | null): EntityItem[] {
  const text = doc.text;
  const tokens = doc.get('tokens').items;
  const lex = entityLexicon();
  const ner = nerLexiconFor(doc.lang);
  const fromLexicon = mergeByStart(lexiconMentions(text, tokens, lex, publishedYear(doc)), acronymMentions(text, tokens, lex, (w) => isOrgHead(ner, w)));
  const fromTagger = labels ? taggedMentions(text, tokens, labels, ner) : [];
  const nouns = doc.lang === 'de' ? nounLemmatizer('de') : null;

  // The tagger's mentions first; a lexicon mention replaces an overlapping tagged one that is no longer.
  const mentions: Mention[] = [];
  let li = 0;
  const taken = fromLexicon.map(() => false);
  for (const m of fromTagger) {
    while (li < fromLexicon.length && fromLexicon[li]!.end <= m.start) li++;
    let merged: Mention = m;
    const inside: Mention[] = [];
    for (let k = li; k < fromLexicon.length && fromLexicon[k]!.start < m.end; k++) {
      const l = fromLexicon[k]!;
      taken[k] = true;
      if (l.start <= m.start && l.end >= m.end) merged = l;
      else if (l.start >= m.start && l.end <= m.end) inside.push(l);
    }
    // Known people the tagger ran together with another name ("… dass Putin Kim hilft") stay apart.
    if (merged === m && inside.length > 0 && inside.every((l) => l.known?.type === 'PER')) {
      mentions.push(...splitAround(text, m, inside, nouns));
      continue;
    }
    if (!merged.known) {
      const hit = lookup(lex, text.slice(merged.start, merged.end));
      if (hit) merged = { ...merged, known: hit.known, base: hit.base, type: hit.known.type };
    }
    mentions.push(merged);
  }
  fromLexicon.forEach((l, k) => {
    if (!taken[k]) mentions.push(l);
  });
  mentions.sort((a, b) => a.start - b.start);
  replaceByInstitutions(doc, tokens, mentions);
  if (fromTagger.length > 0) addSurnameEchoes(text, tokens, mentions, nouns);
  addAcronymEchoes(text, tokens, mentions);

  // Genitives of names that also stand without the ending ("Kims" beside "Kim").
  const bases = new Set(mentions.map((m) => m.base));
  for (const m of mentions) {
    const g = genitiveBase(m.base);
    if (!m.known && g && bases.has(g)) m.base = g;
  }

  // Clusters: a known entity by key; a one-word person by a longer person name it starts or ends; else by base.
  const clusters = new Map<string, Mention[]>();
  const longPersons: { words: string[]; cluster: string; end: number }[] = [];
  for (const m of mentions) {
    let id: string;
    // A known person's canonical name counts as a long name too ("Kim" → Kim Jong-un after "Nordkoreas Diktator").
    if (m.known?.type === 'PER' && m.known.name.includes(' ') && !longPersons.some((p) => p.cluster === `k:${m.known!.key}`)) {
      longPersons.push({ words: m.known.name.split(/\s+/), cluster: `k:${m.known.key}`, end: m.end });
    }
    if (m.known) id = `k:${m.known.key}`;
    else if (m.type === 'PER' && !m.base.includes(' ')) {
      const candidates = longPersons.filter((p) => p.words[0] === m.base || p.words.at(-1) === m.base);
      const before = candidates.filter((p) => p.end <= m.start);
      id = (before.at(-1) ?? candidates[0])?.cluster ?? `t:PER:${m.base}`;
    } else id = `t:${m.type}:${m.base}`;
    if (m.type === 'PER' && m.base.includes(' ')) longPersons.push({ words: m.base.split(/\s+/), cluster: id, end: m.end });
    const list = clusters.get(id) ?? [];
    list.push(m);
    clusters.set(id, list);
  }
  // One-word mentions that came before their full name ("Savett sagte … Sean Savett") join it too.
  for (const [id, list] of clusters) {
    if (!id.startsWith('t:PER:') || list[0]!.base.includes(' ')) continue;
    const full = longPersons.find((p) => p.words[0] === list[0]!.base || p.words.at(-1) === list[0]!.base);
    if (full && full.cluster !== id) {
      clusters.get(full.cluster)!.push(...list);
      clusters.delete(id);
    }
  }

  const items: EntityItem[] = [];
  for (const list of clusters.values()) {
    list.sort((a, b) => a.start - b.start);
    const known = list.find((m) => m.known)?.known ?? null;
    const counts = new Map<EntityType, number>();
    for (const m of list) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
    const type = known?.type ?? [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const name = known?.name ?? list.map((m) => m.base).sort((a, b) => b.length - a.length || (UPPER.test(b) ? 1 : 0) - (UPPER.test(a) ? 1 : 0))[0]!;
    items.push({
      id: '',
      start: list[0]!.start,
      end: list[0]!.end,
      type,
      name,
      key: known?.key ?? keyOf(name),
      mentions: list.map((m) => ({ start: m.start, end: m.end })),
    });
  }
  addAppositionMentions(doc.lang, text, tokens, items);
  addTitleMentions(doc.lang, text, tokens, items);
  items.sort((a, b) => a.start - b.start || a.end - b.end);
  items.forEach((e, i) => (e.id = `E${i + 1}`));
  return items;
}

/** Labels tokens with BIO entity tags ("B-PER", "I-ORG", "O"); a trained tagger plugs in here. */
export type EntityLabeler = (doc: Document) => readonly (string | null)[] | null;

let labeler: EntityLabeler | null = null;

/** Sets the tagger the entity component uses (the built-in one registers itself; a user may swap it). */
export function setEntityLabeler(fn: EntityLabeler | null): void {
  labeler = fn;
}

export const entityTagger: Component = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  provides: 'entities',
  run(doc) {
    doc.set('entities', new Layer(linkEntities(doc, labeler ? labeler(doc) : null)));
  },
};
