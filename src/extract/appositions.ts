import { existsSync } from 'node:fs';
import type { Span } from '../core/span.js';
import { readList } from '../lang/lexicon.js';
import { isSupportedLanguage } from '../lang/index.js';
import type { Token } from '../text/tokenize.js';
import { claimLexicon } from './claims-lexicon.js';
import type { EntityItem } from './entities.js';

/**
 * Role phrases that name a person become mentions of that person (entities.ts runs them after linking):
 * appositions set off by commas ("Der Präsident von Südkorea, Yoon Suk Yeol, …", "Sean Savett, der Sprecher des
 * Weißen Hauses, …") and, in English, a title phrase right before the name ("White House spokesman John Kirby").
 */

interface RoleWords {
  /** Offices and roles that stand for a person ("Präsident", "Sprecher", "spokesman"), lower case. */
  roles: Set<string>;
  /** The roles long enough to end a compound ("Regierungssprecher" ends in "sprecher"). */
  compoundTails: string[];
  /** Articles and determiners that open a role phrase, lower case. */
  determiners: Set<string>;
  /** Prepositions, which may join a role phrase ("von", "des … im"); lower case. */
  prepositions: Set<string>;
}

const roleWordCache = new Map<string, RoleWords | null>();

function roleWords(lang: string): RoleWords | null {
  if (roleWordCache.has(lang)) return roleWordCache.get(lang)!;
  const cues = new URL('../lang/de/ner-person-cues.txt', import.meta.url);
  // English adds its own list of offices ("spokesman", "minister") to the German one.
  const own = new URL(`../lang/${lang}/ner-person-cues.txt`, import.meta.url);
  let r: RoleWords | null = null;
  if (isSupportedLanguage(lang) && existsSync(cues)) {
    // The person cues (written for German and English news) hold both languages' offices; titles are left out.
    const words = [...readList(cues), ...(lang === 'en' && existsSync(own) ? readList(own) : [])];
    const roles = new Set(words.filter((w) => !w.endsWith('.') && w.length > 3).map((w) => w.toLowerCase()));
    // Determiners and prepositions are the claim extractor's word classes.
    const cls = claimLexicon(lang).cls;
    r = {
      roles,
      compoundTails: [...roles].filter((w) => w.length >= 5),
      determiners: cls.get('det') ?? new Set(),
      prepositions: cls.get('prep') ?? new Set(),
    };
  }
  roleWordCache.set(lang, r);
  return r;
}

/** Most words a role phrase in apposition may have ("der Sprecher des Nationalen Sicherheitsrats im Weißen Haus"). */
const MAX_ROLE_WORDS = 9;

/**
 * Role phrases in apposition to a person become mentions of that person: "Der Präsident von Südkorea, Yoon Suk
 * Yeol, …" and "Sean Savett, der Sprecher des Weißen Hauses, …". The phrase opens with an article, holds an
 * office or role (also at the end of a compound: "Regierungssprecher") and no other person, and is set off
 * by the comma. Places inside it keep their own mentions ("Südkorea").
 */
export function addAppositionMentions(lang: string, text: string, tokens: readonly Token[], items: EntityItem[]): void {
  const rw = roleWords(lang);
  const persons = items.filter((e) => e.type === 'PER');
  if (!rw || persons.length === 0) return;
  const index = new Map<number, number>();
  const endIndex = new Map<number, number>();
  tokens.forEach((t, i) => {
    index.set(t.start, i);
    endIndex.set(t.end, i);
  });
  const personAt = new Set<number>();
  for (const e of persons) for (const m of e.mentions) for (let i = index.get(m.start) ?? -1; i >= 0 && i < tokens.length && tokens[i]!.start < m.end; i++) personAt.add(i);
  const word = (i: number) => text.slice(tokens[i]!.start, tokens[i]!.end).toLowerCase();
  const isComma = (i: number) => i >= 0 && i < tokens.length && text.slice(tokens[i]!.start, tokens[i]!.end) === ',';
  const sameLine = (a: number, b: number) => !text.slice(tokens[a]!.end, tokens[b]!.start).includes('\n');
  const isRole = (w: string) => rw.roles.has(w) || rw.compoundTails.some((r) => w.length > r.length + 2 && w.endsWith(r));
  /** A role phrase over tokens from..to (opening with a determiner, holding a role, no person), or null. */
  const phrase = (from: number, to: number): Span | null => {
    if (from < 0 || to >= tokens.length || to < from || to - from + 1 > MAX_ROLE_WORDS) return null;
    if (!rw.determiners.has(word(from))) return null;
    let role = false;
    for (let k = from; k <= to; k++) {
      const t = tokens[k]!;
      if (personAt.has(k) || (t.kind !== 'word' && t.kind !== 'abbrev') || (k > from && !sameLine(k - 1, k))) return null;
      const w = word(k);
      if (isRole(w)) role = true;
      // German nouns are capitalized: a lower-case word in the phrase must be an article or a preposition (no
      // verb: "Der Minister sagte, Merkel habe …" has no apposition).
      if (lang === 'de' && k > from && !/^\p{Lu}/u.test(text[t.start]!) && !rw.determiners.has(w) && !rw.prepositions.has(w)) return null;
    }
    return role ? { start: tokens[from]!.start, end: tokens[to]!.end } : null;
  };
  for (const e of persons) {
    const added: Span[] = [];
    for (const m of e.mentions) {
      const i0 = index.get(m.start);
      const i1 = endIndex.get(m.end);
      if (i0 === undefined || i1 === undefined) continue;
      // An apposition is set off on both sides: by commas, or by the sentence's start or end.
      const closedAfter = i1 + 1 >= tokens.length || tokens[i1 + 1]!.kind === 'punct' || !sameLine(i1, i1 + 1);
      // Before: "Der Präsident von Südkorea, Yoon Suk Yeol, …": the phrase runs back from the comma to its article.
      if (isComma(i0 - 1) && closedAfter) {
        for (let from = i0 - 2; from >= Math.max(0, i0 - 1 - MAX_ROLE_WORDS); from--) {
          const t = tokens[from]!;
          if (t.kind !== 'word' && t.kind !== 'abbrev') break;
          const p = phrase(from, i0 - 2);
          if (p) {
            added.push(p);
            break;
          }
        }
      }
      // After: "Sean Savett, der Sprecher des Weißen Hauses, sagte": up to the next comma or the sentence's end.
      if (isComma(i1 + 1)) {
        let to = i1 + 2;
        while (to + 1 < tokens.length && (tokens[to + 1]!.kind === 'word' || tokens[to + 1]!.kind === 'abbrev') && sameLine(to, to + 1)) to++;
        const p = phrase(i1 + 2, to);
        if (p && (to + 1 >= tokens.length || tokens[to + 1]!.kind !== 'word')) added.push(p);
      }
    }
    for (const p of added) if (!e.mentions.some((m) => m.start === p.start && m.end === p.end)) e.mentions.push(p);
    e.mentions.sort((a, b) => a.start - b.start);
  }
}

/** Lower-case words that may stand inside an English title phrase before a role ("deputy foreign minister"). */
const TITLE_MODIFIERS = new Set([
  'acting', 'assistant', 'chief', 'defence', 'defense', 'deputy', 'economy', 'finance', 'foreign', 'former', 'general',
  'government', 'health', 'interior', 'justice', 'military', 'national', 'press', 'prime', 'security', 'senior',
  'state', 'top', 'vice', 'army', 'navy', 'police', 'party', 'opposition', 'team', 'club', 'white', 'house',
]);

const CALENDAR = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * English title phrases right before a person's name become mentions of the person: "White House spokesman John
 * Kirby", "Ukraine's defence minister Rustem Umerov", "the Kremlin spokesman Dmitry Peskov". The phrase ends in an
 * office or role right before the name and runs back over capitalized words (organisations and places, which keep
 * their own mentions), possessives, the modifiers above and other roles, to an opening determiner at most; it holds
 * no other person and does not cross a line. A bare title ("President Joe Biden") counts as well.
 */
export function addTitleMentions(lang: string, text: string, tokens: readonly Token[], items: EntityItem[]): void {
  if (lang !== 'en') return;
  const rw = roleWords(lang);
  const persons = items.filter((e) => e.type === 'PER');
  if (!rw || persons.length === 0) return;
  const index = new Map<number, number>();
  tokens.forEach((t, i) => index.set(t.start, i));
  const personAt = new Set<number>();
  for (const e of persons) for (const m of e.mentions) for (let i = index.get(m.start) ?? -1; i >= 0 && i < tokens.length && tokens[i]!.start < m.end; i++) personAt.add(i);
  const raw = (i: number) => text.slice(tokens[i]!.start, tokens[i]!.end);
  const sameLine = (a: number, b: number) => !text.slice(tokens[a]!.end, tokens[b]!.start).includes('\n');
  const isWord = (i: number) => tokens[i]!.kind === 'word' || tokens[i]!.kind === 'abbrev';
  for (const e of persons) {
    const added: Span[] = [];
    for (const m of e.mentions) {
      const i0 = index.get(m.start);
      const r = i0 === undefined ? -1 : i0 - 1;
      if (r < 0 || !isWord(r) || personAt.has(r) || !sameLine(r, i0!) || !rw.roles.has(raw(r).toLowerCase())) continue;
      let from = r;
      for (let k = r - 1; k >= 0 && r - k < MAX_ROLE_WORDS && sameLine(k, k + 1) && !personAt.has(k); k--) {
        const w = raw(k);
        const lower = w.toLowerCase();
        if (w === "'s" || w === '’s') {
          continue;
        }
        if (!isWord(k)) break;
        if (rw.determiners.has(lower)) {
          from = k;
          break;
        }
        // A capitalized word: an organisation or a place ("White House"), not a sentence's first preposition
        // ("On Monday President …") or a day or month.
        const name = /^\p{Lu}/u.test(w) && !rw.prepositions.has(lower) && !CALENDAR.test(w);
        if (name || rw.roles.has(lower) || TITLE_MODIFIERS.has(lower)) from = k;
        else break;
      }
      added.push({ start: tokens[from]!.start, end: tokens[r]!.end });
    }
    for (const p of added) if (!e.mentions.some((m) => m.start === p.start && m.end === p.end)) e.mentions.push(p);
    e.mentions.sort((a, b) => a.start - b.start);
  }
}
