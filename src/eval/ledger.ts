/**
 * The ledger's grouping against a gold annotation: every gold quantity carries a `group` label; we analyse the
 * text, build the ledger of that one document, and score our topics against the gold groups with B-cubed
 * precision, recall and F1 (Bagga & Baldwin 1998) over the gold quantities. A gold quantity we do not extract,
 * or extract without putting it in any topic, counts as a topic of its own.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../analysis/analyze.js';
import { toAnalysis } from '../analysis/format.js';
import { ledgerRecords } from '../ledger/estimates.js';
import { buildLedger, memorySource } from '../ledger/topics.js';
import { occurrences, takeHalfOverlapping, type GoldFile } from './gold.js';

export interface LedgerEvalItem {
  gold: string;
  group: string;
  /** Our topic's id and label, or null when the quantity is in no topic. */
  topic: { id: string; label: string } | null;
}

export interface LedgerEvalReport {
  precision: number;
  recall: number;
  f1: number;
  items: LedgerEvalItem[];
  topics: { id: string; label: string; estimates: string[] }[];
}

export function bcubed(gold: readonly string[], predicted: readonly string[]): { precision: number; recall: number; f1: number } {
  const n = gold.length;
  if (n === 0) return { precision: 0, recall: 0, f1: 0 };
  let p = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    let same = 0;
    let inPred = 0;
    let inGold = 0;
    for (let j = 0; j < n; j++) {
      const sp = predicted[j] === predicted[i];
      const sg = gold[j] === gold[i];
      if (sp) inPred++;
      if (sg) inGold++;
      if (sp && sg) same++;
    }
    p += same / inPred;
    r += same / inGold;
  }
  const precision = p / n;
  const recall = r / n;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export function evalLedger(goldPath: string, textPath: string): LedgerEvalReport {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  const text = readFileSync(textPath, 'utf8');
  const doc = analyze({ text, lang: gold.document.lang ?? 'auto', published: gold.document.published ?? null, title: gold.document.title ?? null });
  const a = toAnalysis(doc);
  const records = ledgerRecords(a);
  const meta = { id: a.document.id, url: null, title: a.document.title, author: null, published: a.document.published, lang: a.document.lang };
  const ledger = buildLedger(memorySource(records.estimates.map((e) => ({ ...e, document: meta })), records.denials.map((d) => ({ ...d, document: meta }))));
  const topicOf = new Map<string, { id: string; label: string }>();
  for (const t of ledger.topics) for (const e of t.estimates) topicOf.set(e.quantity, { id: t.id, label: t.label });

  // Layer items are in the same order as the analysis's quantities (Q1, Q2, …).
  const qs = doc.get('quantities').items;
  const used = new Set<number>();
  const items: LedgerEvalItem[] = [];
  for (const g of gold.quantities ?? []) {
    if (!g.group) continue;
    const i = takeHalfOverlapping(qs, used, occurrences(doc.text, g.text));
    items.push({ gold: g.text, group: g.group, topic: i < 0 ? null : (topicOf.get(`Q${i + 1}`) ?? null) });
  }
  const score = bcubed(
    items.map((i) => i.group),
    items.map((i, k) => i.topic?.id ?? `none-${k}`),
  );
  return {
    ...score,
    items,
    topics: ledger.topics.map((t) => ({ id: t.id, label: t.label, estimates: t.estimates.map((e) => e.span.text) })),
  };
}
