import type { Token } from '../text/tokenize.js';
import { parseGermanNumberWord } from './numbers.js';
import type { QuantityLexicon } from './quantity-lexicon.js';

export interface OrdinalExpr {
  start: number;
  end: number;
  value: number;
}

const GERMAN_ORDINAL = /^(.+?)(st|t)(e|er|es|en|em)?$/;
/** Stems whose ordinal is irregular: "erst" (1), "dritt" (3), "siebt" (7), "acht" (8). */
const GERMAN_IRREGULAR: Record<string, number> = { ers: 1, drit: 3, sieb: 7, ach: 8, zwo: 2, zwoelf: 12 };

/** The value of a German ordinal word ("dritten" 3, "fünfundzwanzigster" 25, "hundertste" 100), or null. */
export function germanOrdinal(word: string, lex: QuantityLexicon, afterZu: boolean): number | null {
  const w = word.toLowerCase();
  const m = GERMAN_ORDINAL.exec(w);
  if (!m) return null;
  // Without an ending only "zu dritt", "zu viert".
  if (m[3] === undefined && !afterZu) return null;
  const stem = m[1]!;
  if (m[2] === 't' && GERMAN_IRREGULAR[stem] !== undefined) return GERMAN_IRREGULAR[stem]!;
  if (m[2] === 'st' && stem === 'er') return 1;
  for (const candidate of [stem, stem + 't', stem + 'e']) {
    const n = lex.numbers.get(candidate);
    if (n && n.role === 'scale') return n.value;
    const v = parseGermanNumberWord(candidate.replace(/^zwo/, 'zwei'), lex);
    // "-st-" follows 20 and above ("zwanzigste", "hundertste"); "-t-" below ("zweite", "neunzehnte").
    if (v !== null && Number.isInteger(v) && v > 0 && (m[2] === 'st') === v >= 20) return v;
  }
  return null;
}

/** Ordinals: "3." tokens and German ordinal words. */
export function findOrdinals(text: string, tokens: readonly Token[], lex: QuantityLexicon): OrdinalExpr[] {
  const out: OrdinalExpr[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const s = text.slice(t.start, t.end);
    if (t.kind === 'ordinal' && /^\d+\.$/.test(s)) {
      out.push({ start: t.start, end: t.end, value: Number(s.slice(0, -1)) });
      continue;
    }
    if (t.kind !== 'word' || lex.lang !== 'de') continue;
    const prev = i > 0 ? text.slice(tokens[i - 1]!.start, tokens[i - 1]!.end).toLowerCase() : '';
    const v = germanOrdinal(s, lex, prev === 'zu');
    if (v !== null) out.push({ start: t.start, end: t.end, value: v });
  }
  return out;
}
