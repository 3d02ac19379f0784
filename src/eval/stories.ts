/**
 * `quellenlage eval stories DIR`: stories and story ledgers against a gold file (`quellenlage.stories-gold/1`,
 * DIR/.gold.json or DIR/gold.json; see test/data/stories/README.md). Analyses every article of the gold file, clusters them into
 * stories the way `ingest` does, builds the ledger of each story and scores
 * - stories: B-cubed P/R/F1 of our stories against the gold stories, over all documents;
 * - topics: B-cubed P/R/F1 of our (story, topic) pairs against the gold topic groups, over the listed figures and
 *   every other figure that lands in a topic with a listed one (a stray figure there counts as a group of its own);
 * - claim threads: for each gold thread, whether the thread our trace finds for its last repetition names the
 *   gold first appearance.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analysis/analyze.js';
import { toAnalysis, type AnalysisJSON } from '../analysis/format.js';
import { InputError } from '../ingest/decode.js';
import { ledgerRecords, type LedgerRecords } from '../ledger/estimates.js';
import { StoryClusterer } from '../stories/cluster.js';
import { documentFeatures } from '../stories/features.js';
import { storyLedgers } from '../stories/ledger.js';
import { threadsOf } from '../stories/threads.js';
import { bcubed } from './ledger.js';

export interface StoriesGold {
  format: 'quellenlage.stories-gold/1';
  documents: { file: string; published: string; lang: string; story: string }[];
  topics: { document: string; text: string; group: string }[];
  threads: { id: string; members: { document: string; text: string }[]; first: string }[];
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export interface StoriesReport {
  documents: number;
  stories: Score & { gold: number; predicted: number };
  topics: Score & { items: number; strays: number };
  threads: { total: number; firstRight: number; rate: number };
  assignments: { document: string; gold: string; story: number }[];
  misplaced: { document: string; text: string; group: string; topic: string }[];
  /** Every scored figure with its gold group and our story/topic. */
  items: { document: string; text: string; group: string; topic: string }[];
  wrongThreads: { id: string; expected: string; got: string | null }[];
}

export interface LoadedDocument {
  id: string;
  file: string;
  analysis: AnalysisJSON;
  records: LedgerRecords;
}

/** The code-point offset of the n-th occurrence of `text#n` in a document, or -1. */
function offsetOf(doc: string, spec: string): { start: number; end: number } | null {
  const [text, nth] = spec.split('#') as [string, string | undefined];
  let at = -1;
  for (let k = 0; k < Number(nth ?? 1); k++) {
    at = doc.indexOf(text, at + 1);
    if (at < 0) return null;
  }
  const start = [...doc.slice(0, at)].length;
  return { start, end: start + [...text].length };
}

export function evalStories(dir: string): StoriesReport {
  // DIR/.gold.json (hidden, so that `ingest DIR` does not take it for an article), else DIR/gold.json.
  const goldPath = [join(dir, '.gold.json'), join(dir, 'gold.json')].find((p) => existsSync(p)) ?? '';
  if (!goldPath) throw new InputError(`no .gold.json or gold.json in ${dir} (see test/data/stories/README.md for its format)`);
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as StoriesGold;
  if (gold.format !== 'quellenlage.stories-gold/1') throw new InputError(`${goldPath}: not a quellenlage.stories-gold/1 file`);
  const docs: LoadedDocument[] = gold.documents.map((d) => {
    const text = readFileSync(join(dir, d.file), 'utf8');
    const title = text.split('\n', 1)[0] ?? null;
    const analysis = toAnalysis(analyze({ text, lang: d.lang, published: d.published, title }));
    return { id: analysis.document.id, file: d.file, analysis, records: ledgerRecords(analysis) };
  });
  const byFile = new Map(docs.map((d) => [d.file, d]));

  // Stories: one batch, as `ingest DIR` assigns it.
  const clusterer = new StoryClusterer();
  const assigned = clusterer.assignBatch(
    docs.map((d) => ({ id: d.id, published: d.analysis.document.published, title: d.analysis.document.title, lang: d.analysis.document.lang, features: documentFeatures(d.analysis, d.records.estimates) })),
  );
  const storyOf = new Map(assigned.map((x) => [x.document, x.story]));
  const assignments = gold.documents.map((g) => ({ document: g.file, gold: g.story, story: storyOf.get(byFile.get(g.file)!.id)! }));
  const storyScore = bcubed(
    assignments.map((x) => x.gold),
    assignments.map((x) => String(x.story)),
  );

  // Topics: the ledger of each story; a figure's topic is its story and its topic there.
  const ledgers = storyLedgers(docs, storyOf);
  const topicOfEstimate = new Map<string, string>();
  for (const [story, ledger] of ledgers) {
    for (const t of ledger.topics) for (const e of t.estimates) topicOfEstimate.set(`${e.document}\t${e.quantity}`, `S${story}/${t.id}`);
  }
  const listed = new Set<string>();
  const items: { document: string; text: string; group: string; topic: string }[] = [];
  for (const [k, g] of gold.topics.entries()) {
    const d = byFile.get(g.document);
    const span = d ? offsetOf(d.analysis.document.text, g.text) : null;
    const e = d && span ? d.records.estimates.find((x) => x.span.start < span.end && span.start < x.span.end) : undefined;
    const topic = e ? topicOfEstimate.get(`${d!.id}\t${e.quantity}`) : undefined;
    if (e) listed.add(`${d!.id}\t${e.quantity}`);
    items.push({ document: g.document, text: g.text, group: g.group, topic: topic ?? `none-${k}` });
  }
  const listedTopics = new Set(items.map((i) => i.topic));
  let strays = 0;
  for (const d of docs) {
    for (const e of d.records.estimates) {
      const t = topicOfEstimate.get(`${d.id}\t${e.quantity}`);
      if (!t || !listedTopics.has(t) || listed.has(`${d.id}\t${e.quantity}`)) continue;
      items.push({ document: d.file, text: e.span.text, group: `stray-${strays++}`, topic: t });
    }
  }
  const topicScore = bcubed(
    items.map((i) => i.group),
    items.map((i) => i.topic),
  );
  const misplaced = items.filter((i) => items.some((j) => j.topic === i.topic && j.group !== i.group) || i.topic.startsWith('none'));

  // Claim threads: the first appearance our trace gives for the last repetition of each gold thread.
  const threads = threadsOf(docs, storyOf);
  const wrongThreads: StoriesReport['wrongThreads'] = [];
  let right = 0;
  for (const g of gold.threads) {
    const last = g.members.at(-1)!;
    const d = byFile.get(last.document);
    const span = d ? offsetOf(d.analysis.document.text, last.text) : null;
    const e = d && span ? d.records.estimates.find((x) => x.span.start < span.end && span.start < x.span.end) : undefined;
    const thread = e ? threads.find((t) => t.members.some((m) => m.document === d!.id && m.quantity === e.quantity)) : undefined;
    const first = thread ? (docs.find((x) => x.id === thread.members[0]!.document)?.file ?? null) : null;
    if (first === g.first) right++;
    else wrongThreads.push({ id: g.id, expected: g.first, got: first });
  }
  return {
    documents: docs.length,
    stories: { ...storyScore, gold: new Set(assignments.map((x) => x.gold)).size, predicted: new Set(assignments.map((x) => x.story)).size },
    topics: { ...topicScore, items: items.length, strays },
    threads: { total: gold.threads.length, firstRight: right, rate: gold.threads.length ? right / gold.threads.length : 0 },
    assignments,
    misplaced,
    items,
    wrongThreads,
  };
}
