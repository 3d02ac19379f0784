/**
 * The ledger's language data: what a counted thing is (ledger-classes.tsv) and what happens to it
 * (ledger-predicates.tsv), read once per language from src/lang/<code>/ and compiled into lookups.
 */
import { existsSync } from 'node:fs';
import { readTable } from '../lang/lexicon.js';
import { claimLexicon } from '../extract/claims-lexicon.js';

export interface Trigger {
  family: string;
  /** The class of an unnamed counted thing this predicate implies ("mehr als 4.000 wurden evakuiert"). */
  impliedClass: string | null;
  /** Lower-case word starts, one per word of the phrase. */
  words: string[];
  /** Match the (only) word anywhere inside a word, for compounds ("*ausbildung"). */
  inner: boolean;
  /** The classes this predicate applies to ("betroffen": people are evacuated, buildings are not); null = any. */
  only: string[] | null;
}

export interface LedgerLexicon {
  /** The class of a unit lemma (lower case), by the longest listed ending; null when none is listed. */
  classOf(lemma: string): string | null;
  /** Triggers by the first three letters of their first word (prefix triggers). */
  byPrefix: Map<string, Trigger[]>;
  /** Compound-inner triggers, tried on every word. */
  inner: Trigger[];
  /** Coordinating conjunctions ("und", "and"): a predicate across one belongs less to a figure. */
  coordinators: Set<string>;
  /** Words right before ("aged") or after ("per", "-year-old") a figure that make it an age or a rate, not a count. */
  notCount: { before: string[]; after: string[] };
}

const cache = new Map<string, LedgerLexicon | null>();

export function ledgerLexicon(lang: string): LedgerLexicon | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const file = (name: string) => new URL(`../lang/${lang}/${name}`, import.meta.url);
  let lex: LedgerLexicon | null = null;
  if (existsSync(file('ledger-classes.tsv')) && existsSync(file('ledger-predicates.tsv'))) {
    const endings = new Map<string, string>();
    let longest = 0;
    for (const [ending, cls] of readTable(file('ledger-classes.tsv'))) {
      endings.set(ending!, cls!);
      longest = Math.max(longest, ending!.length);
    }
    const byPrefix = new Map<string, Trigger[]>();
    const inner: Trigger[] = [];
    for (const [pattern, family, implied, only] of readTable(file('ledger-predicates.tsv'))) {
      const isInner = pattern!.startsWith('*');
      const words = (isInner ? pattern!.slice(1) : pattern!).split(' ');
      const t: Trigger = { family: family!, impliedClass: implied || null, words, inner: isInner, only: only ? only.split(',') : null };
      if (isInner) inner.push(t);
      else {
        const k = words[0]!.slice(0, 3);
        byPrefix.set(k, [...(byPrefix.get(k) ?? []), t]);
      }
    }
    const classOf = (lemma: string): string | null => {
      const w = lemma.toLowerCase();
      // Longest ending first; an ending must start the word or follow a compound joint (any letter).
      for (let n = Math.min(longest, w.length); n >= 1; n--) {
        const cls = endings.get(w.slice(w.length - n));
        if (cls) return cls;
      }
      return null;
    };
    // The claim extractor's word classes hold the coordinators already.
    const coordinators = claimLexicon(lang).cls.get('coord') ?? new Set<string>();
    const notCount = { before: [] as string[], after: [] as string[] };
    if (existsSync(file('ledger-noncounts.tsv'))) {
      for (const [where, words] of readTable(file('ledger-noncounts.tsv'))) (where === 'before' ? notCount.before : notCount.after).push(words!);
    }
    lex = { classOf, byPrefix, inner, coordinators, notCount };
  }
  cache.set(lang, lex);
  return lex;
}

/** The trigger matching at word `i` (lower-case words), longest phrase first, or null. */
export function triggerAt(lex: LedgerLexicon, words: readonly string[], i: number): Trigger | null {
  const w = words[i]!;
  let best: Trigger | null = null;
  for (const t of lex.byPrefix.get(w.slice(0, 3)) ?? []) {
    if (best && best.words.length >= t.words.length) continue;
    if (t.words.every((p, k) => words[i + k]?.startsWith(p))) best = t;
  }
  if (best) return best;
  for (const t of lex.inner) if (w.includes(t.words[0]!)) return t;
  return null;
}
