import { readFileSync } from 'node:fs';
import { analyze } from '../analysis/analyze.js';
import type { Document } from '../core/document.js';
import type { Span } from '../core/span.js';
import '../extract/types.js';

/** The hand-made gold annotation format `quellenlage.gold/1` (see ../shared/README.md). */
interface GoldFile {
  format?: string;
  document: { lang?: string; published?: string; title?: string };
  quantities?: GoldQuantity[];
  not_quantities?: string[];
  optional_quantities?: string[];
  times?: { text: string; anchor?: string; value: string; match?: 'prefix' }[];
}

interface GoldQuantity {
  text: string;
  anchor?: string;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  qualifier: string;
  unit?: string | null;
  group?: string;
}

export interface GoldItemResult {
  gold: string;
  found: string | null;
  correct: boolean;
  problems: string[];
}

export interface GoldReport {
  quantities: { items: GoldItemResult[]; found: number; correct: number; total: number; spurious: string[]; notQuantitiesHit: string[] };
  times: { items: GoldItemResult[]; found: number; correct: number; total: number };
}

function occurrences(text: string, s: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push({ start: i, end: i + s.length });
  return out;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Compares our analysis of a text with its gold annotation. A gold item is found when one of ours
 * overlaps its span by at least half of the gold span; it is correct when every field the gold gives
 * (qualifier, value, low, high, unit; for times the value, or its prefix where the gold says so) matches.
 */
export function evalGold(goldPath: string, textPath: string): GoldReport {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  const text = readFileSync(textPath, 'utf8');
  const doc: Document = analyze({ text, lang: gold.document.lang ?? 'auto', published: gold.document.published ?? null, title: gold.document.title ?? null });
  const t = doc.text;

  const qs = doc.get('quantities').items;
  const usedQ = new Set<number>();
  const qItems: GoldItemResult[] = [];
  for (const g of gold.quantities ?? []) {
    const spans = occurrences(t, g.text);
    let best = -1;
    for (const sp of spans) {
      best = qs.findIndex((q, i) => !usedQ.has(i) && overlap(q, sp) * 2 >= sp.end - sp.start);
      if (best >= 0) break;
    }
    if (best < 0) {
      qItems.push({ gold: g.text, found: null, correct: false, problems: ['not found'] });
      continue;
    }
    usedQ.add(best);
    const q = qs[best]!;
    const problems: string[] = [];
    if (q.qualifier !== g.qualifier) problems.push(`qualifier ${q.qualifier} ≠ ${g.qualifier}`);
    for (const f of ['value', 'low', 'high'] as const) {
      if (g[f] !== undefined && g[f] !== q[f]) problems.push(`${f} ${q[f]} ≠ ${g[f]}`);
    }
    if (g.unit !== undefined && g.unit !== q.unit) problems.push(`unit ${q.unit} ≠ ${g.unit}`);
    qItems.push({ gold: g.text, found: doc.slice(q), correct: problems.length === 0, problems });
  }
  const optional = (gold.optional_quantities ?? []).flatMap((s) => occurrences(t, s));
  const spurious = qs
    .filter((q, i) => !usedQ.has(i) && !optional.some((o) => overlap(q, o) > 0))
    .map((q) => doc.slice(q));
  const notQuantitiesHit = (gold.not_quantities ?? []).filter((s) => occurrences(t, s).some((sp) => qs.some((q) => overlap(q, sp) > 0)));

  const times = doc.has('times') ? doc.get('times').items : [];
  const usedT = new Set<number>();
  const tItems: GoldItemResult[] = [];
  for (const g of gold.times ?? []) {
    const anchor = g.anchor ?? g.text;
    const spans = occurrences(t, anchor);
    let best = -1;
    for (const sp of spans) {
      best = times.findIndex((x, i) => !usedT.has(i) && overlap(x, sp) * 2 >= sp.end - sp.start);
      if (best >= 0) break;
    }
    if (best < 0) {
      tItems.push({ gold: g.text, found: null, correct: false, problems: ['not found'] });
      continue;
    }
    usedT.add(best);
    const x = times[best]!;
    const ok = g.match === 'prefix' ? (x.value ?? '').startsWith(g.value) : x.value === g.value;
    tItems.push({ gold: g.text, found: doc.slice(x), correct: ok, problems: ok ? [] : [`value ${x.value} ≠ ${g.value}${g.match === 'prefix' ? ' (prefix)' : ''}`] });
  }

  const count = (items: GoldItemResult[]) => ({
    items,
    found: items.filter((i) => i.found !== null).length,
    correct: items.filter((i) => i.correct).length,
    total: items.length,
  });
  return {
    quantities: { ...count(qItems), spurious, notQuantitiesHit },
    times: count(tItems),
  };
}
