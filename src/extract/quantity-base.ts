import type { Layer } from '../core/layer.js';
import type { Span } from '../core/span.js';
import type { Token } from '../text/tokenize.js';
import { nounLemmatizer } from './lemma.js';
import type { QuantityLexicon } from './quantity-lexicon.js';
import type { Qualifier, Quantity } from './types.js';
import type { Measure, MeasureLexicon } from './units.js';

/** What the quantity rules share: the document's tokens and lexicons, token helpers, a match under way. */

export interface Ctx {
  text: string;
  tokens: readonly Token[];
  lex: QuantityLexicon;
  units: MeasureLexicon;
  /** Time expressions: numbers inside them ("am 22.04.", "seit 2014") are dates, not quantities. */
  times: Layer<Span> | null;
}

export const UPPER = /^\p{Lu}/u;

export function tokText(c: Ctx, i: number): string {
  const t = c.tokens[i];
  return t ? c.text.slice(t.start, t.end) : '';
}

/** Whether tokens i-1 and i stand next to each other on one line (at most a space between). */
export function adjacent(c: Ctx, i: number): boolean {
  const a = c.tokens[i - 1];
  const b = c.tokens[i];
  if (!a || !b) return false;
  const gap = c.text.slice(a.end, b.start);
  return gap === '' || gap === ' ';
}

/** Matches lexicon phrases (words in order, lower case) at token i; returns the last token index. */
export function matchWords(c: Ctx, i: number, words: readonly string[]): number {
  for (let w = 0; w < words.length; w++) {
    const k = i + w;
    if (k >= c.tokens.length || tokText(c, k).toLowerCase() !== words[w] || (w > 0 && !adjacent(c, k))) return -1;
  }
  return i + words.length - 1;
}

export interface Found {
  first: number;
  last: number;
  anchor: Span;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  kind: Quantity['kind'];
  unit: string | null;
  unitLemma: string | null;
  unitSpan: Span | null;
  lowInclusive?: boolean;
  highInclusive?: boolean;
  comparison?: string;
  /** Where the quantity ends inside its last token ("12-cent" in "12-cent-a-share"). */
  cut?: number;
  /** A sub-unit of a currency ("20 Cent" = 0.20 EUR) scales the number. */
  scaleBy?: number;
  /** A unit of measure and its conversion to the canonical unit. */
  measure?: Measure;
}



export function currencyAt(c: Ctx, i: number): string | null {
  const s = tokText(c, i);
  return c.lex.currencies.get(s) ?? c.lex.currencies.get(s.toLowerCase()) ?? null;
}


export function lemmaOf(c: Ctx, word: string): string {
  const lem = nounLemmatizer(c.lex.lang);
  const dash = word.lastIndexOf('-');
  if (dash > 0 && dash < word.length - 1) {
    const tail = word.slice(dash + 1);
    return word.slice(0, dash + 1) + lem.lemma(tail[0]!.toUpperCase() + tail.slice(1)).replace(/^./, (ch) => (UPPER.test(tail) ? ch : ch.toLowerCase()));
  }
  return lem.lemma(word);
}

/** The longest qualifier phrase ending right before token i, e.g. "mehr als", "bis zu", "at least". */
export function readQualifier(c: Ctx, i: number, beforeDigits: boolean): { first: number; qualifier: Qualifier | 'equal' } | null {
  const prev = i - 1;
  if (prev < 0 || !adjacent(c, i)) return null;
  const word = tokText(c, prev).toLowerCase();
  for (const q of c.lex.qualifiers.get(word) ?? []) {
    let ok = true;
    for (let w = 1; w < q.words.length; w++) {
      const k = prev - w;
      if (k < 0 || tokText(c, k).toLowerCase() !== q.words[w] || !adjacent(c, k + 1)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const first = prev - q.words.length + 1;
    // "über"/"unter"/"over"/"under" are prepositions before vague amounts and after verbs like "spekulieren".
    if (q.words.length === 1 && /^(über|unter|over|under|above|below|some)$/.test(word)) {
      if (!beforeDigits) return null;
      const before = tokText(c, first - 1).toLowerCase();
      if (c.lex.prepositionVerbs.has(before)) return null;
    }
    // "<>30", "=>30" are no comparisons we read.
    const glued = c.tokens[first - 1];
    if (glued && glued.end === c.tokens[first]!.start && /^[<>=]$/.test(tokText(c, first - 1))) return null;
    return { first, qualifier: q.qualifier };
  }
  return null;
}
