/**
 * What a document contributes to story clustering: a sparse bag of language-neutral features.
 *
 * - `e:<key>`  entities (people, places, organisations) by their cross-language key — weighted up;
 * - `n:<key>`  capitalised words of the text (names the tagger missed: "Arnsbach", "Velmar"), keyed like entities;
 * - `w:<key>`  other content words (lower-case stems of at least five letters; they meet within a language);
 * - `t:<class|predicate>` the ledger's topic keys without country (what is counted and what happens to it);
 * - `v:<value>` the figures themselves (4.200 and 4,200 are one feature in German and English).
 *
 * Stop words and country keys are left out or weighted down: every article about Germany names Germany.
 */
import { existsSync } from 'node:fs';
import type { AnalysisJSON } from '../analysis/format.js';
import { readTable } from '../lang/lexicon.js';
import { countryKeys, keyOf } from '../extract/entity-lexicon.js';
import { getLanguage, isSupportedLanguage } from '../lang/index.js';
import type { EstimateRecord } from '../ledger/estimates.js';

export type Features = Map<string, number>;

export interface StoryDocument {
  id: string;
  /** ISO date (or date-time); null sorts last and is treated as the story's latest date. */
  published: string | null;
  title: string | null;
  lang: string;
  features: Features;
}

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
/** Weights per feature kind: entities and names tell events apart best, topic keys least. */
const WEIGHT = { e: 2, n: 2, w: 0.5, t: 0.5, v: 1.5, country: 0.3 } as const;

let commonGerman: Set<string> | null = null;
/** Frequent German words (the NER's frequency list): a capitalised one is a noun, not a name. */
function common(lang: string): Set<string> {
  if (lang !== 'de') return new Set();
  if (!commonGerman) {
    const file = new URL('../lang/de/ner-word-frequency.txt', import.meta.url);
    commonGerman = new Set(existsSync(file) ? readTable(file).map((r) => r[0]!) : []);
  }
  return commonGerman;
}

export function documentFeatures(a: AnalysisJSON, estimates: readonly EstimateRecord[]): Features {
  const f: Features = new Map();
  const add = (k: string, w: number) => f.set(k, (f.get(k) ?? 0) + w);
  const countries = countryKeys();
  const stop = isSupportedLanguage(a.document.lang) ? getLanguage(a.document.lang).stopwords : new Set<string>();
  // Entities by key (countries weighted down), and the words of their names as names.
  for (const e of a.entities) {
    const w = countries.has(e.key) ? WEIGHT.country : WEIGHT.e;
    add(`e:${e.key}`, w * Math.min(3, e.mentions.length));
    if (countries.has(e.key)) continue;
    for (const part of e.name.split(/\s+/)) {
      const k = keyOf(part);
      if (k && part.length >= 3) add(`n:${k}`, WEIGHT.n * Math.min(3, e.mentions.length));
    }
  }
  const text = a.document.text;
  const frequent = common(a.document.lang);
  const entityStarts = new Set(a.entities.flatMap((e) => e.mentions.map((m) => m.start)));
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (stop.has(lower) || w.length < 4) continue;
    const k = keyOf(w);
    if (!k || countries.has(k) || entityStarts.has(m.index!)) continue;
    // A capitalised word inside an English sentence is a name; in German every noun is capitalised, so there
    // only the tagger's entities (above) give names.
    const prev = text.slice(Math.max(0, m.index! - 3), m.index!);
    const sentenceStart = m.index === 0 || /(?:[.!?:]\s+|\n\s*)[„"“']?$/.test(prev);
    if (/^\p{Lu}/u.test(w) && !sentenceStart && a.document.lang !== 'de' && !frequent.has(lower)) add(`n:${k}`, WEIGHT.n);
    else if (lower.length >= 5) add(`w:${k.slice(0, 7)}`, WEIGHT.w);
  }
  for (const e of estimates) {
    const [cls, family] = e.topicKey.split('|');
    add(`t:${cls}|${family}`, WEIGHT.t);
    const v = e.value ?? e.low ?? e.high;
    if (v !== null && v >= 10) add(`v:${v}`, WEIGHT.v);
  }
  // Dampen repetition: a word said ten times is not ten times the evidence.
  for (const [k, w] of f) f.set(k, Math.sqrt(w));
  return f;
}
