/**
 * The ledger per story: the estimates of a story's documents, lined up into topics by src/ledger/topics.ts as
 * if the story were the whole store — so a topic never mixes two events that count the same thing (the
 * evacuees of two floods), and a generic class (people, buildings) joins the topic of its own event.
 */
import type { AnalysisJSON } from '../analysis/format.js';
import type { LedgerRecords } from '../ledger/estimates.js';
import { buildLedger, memorySource, type DocumentMeta, type LedgerJSON, type LedgerOptions } from '../ledger/topics.js';

export interface StoryMember {
  id: string;
  analysis: AnalysisJSON;
  records: LedgerRecords;
}

export const metaOf = (a: AnalysisJSON): DocumentMeta => ({
  id: a.document.id,
  url: null,
  title: a.document.title,
  author: null,
  published: a.document.published,
  lang: a.document.lang,
});

/** One ledger per story, from documents in memory and their story ids. */
export function storyLedgers(docs: readonly StoryMember[], storyOf: ReadonlyMap<string, number>, options: LedgerOptions = {}): Map<number, LedgerJSON> {
  const byStory = new Map<number, StoryMember[]>();
  for (const d of docs) {
    const s = storyOf.get(d.id);
    if (s !== undefined) byStory.set(s, [...(byStory.get(s) ?? []), d]);
  }
  const out = new Map<number, LedgerJSON>();
  for (const [s, members] of [...byStory].sort((x, y) => x[0] - y[0])) {
    const est = members.flatMap((d) => d.records.estimates.map((e) => ({ ...e, document: metaOf(d.analysis) })));
    const den = members.flatMap((d) => d.records.denials.map((e) => ({ ...e, document: metaOf(d.analysis) })));
    out.set(s, buildLedger(memorySource(est, den), { ...options, oneEvent: true }));
  }
  return out;
}
