/**
 * Claim threads: within one story, the same figure of the same counted thing, repeated by several outlets, is
 * one thread — its first appearance (document, date, source) and its later repetitions, each with the source
 * chain it came with ("Landratsamt" → "the district office said" → "according to media reports"). Sources
 * need not agree: the same office is named in German and English, and a repetition often drops or adds a via.
 */
import { figureKey } from '../ledger/repeats.js';
import type { SourceRef } from '../ledger/source-name.js';
import type { StoryMember } from './ledger.js';

export { figureKey };

export interface ThreadMember {
  document: string;
  quantity: string;
  claim: string | null;
  text: string;
  published: string | null;
  lang: string;
  source: SourceRef | null;
  via: string[];
}

export interface ClaimThread {
  story: number;
  /** The figure (with its class when small): what the thread repeats. */
  key: string;
  /** First appearance first (date, then document id, then position). */
  members: ThreadMember[];
}

export function threadsOf(docs: readonly StoryMember[], storyOf: ReadonlyMap<string, number>): ClaimThread[] {
  const byKey = new Map<string, ClaimThread>();
  for (const d of docs) {
    const story = storyOf.get(d.id);
    if (story === undefined) continue;
    for (const e of d.records.estimates) {
      const fig = figureKey(e);
      if (fig === null) continue;
      // A figure of twenty or more said twice in one story is the same claim whatever each article calls the
      // counted thing ("Beschäftigte", "workers"); a small one ("two") must count the same class too.
      const size = e.value ?? e.high ?? e.low ?? 0;
      const key = size >= 20 ? fig : `${e.class}|${fig}`;
      const k = `${story}\t${key}`;
      const t = byKey.get(k) ?? { story, key, members: [] };
      t.members.push({
        document: d.id,
        quantity: e.quantity,
        claim: e.claim,
        text: e.span.text,
        published: d.analysis.document.published,
        lang: d.analysis.document.lang,
        source: e.source,
        via: e.via,
      });
      byKey.set(k, t);
    }
  }
  const threads = [...byKey.values()];
  for (const t of threads) {
    t.members.sort((x, y) => (x.published ?? '9999').localeCompare(y.published ?? '9999') || x.document.localeCompare(y.document));
  }
  return threads;
}

/** One member per document, in thread order: the one that names a source where the document has several. */
export function appearances(t: ClaimThread): ThreadMember[] {
  const out = new Map<string, ThreadMember>();
  for (const m of t.members) {
    const had = out.get(m.document);
    if (!had || (had.source === null && m.source !== null)) out.set(m.document, m);
  }
  return [...out.values()];
}
