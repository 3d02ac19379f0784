import { availableParallelism } from 'node:os';
import cliProgress from 'cli-progress';
import type { AnalysisJSON } from '../analysis/format.js';
import { textId } from '../core/document.js';
import { listSources, readSource } from '../ingest/sources.js';
import type { IncomingDocument, IngestFailure, ReadOptions } from '../ingest/types.js';
import type { LedgerRecords } from '../ledger/estimates.js';
import { inlineAnalyzer, poolAnalyzer, type Analyzer, type AnalysisResult } from './analysis-runner.js';
import { keptUrl, textProblem } from '../ingest/validate.js';
import { InputError } from '../ingest/decode.js';
import { openStore } from '../store/open.js';
import { documentFeatures } from '../stories/features.js';
import type { AddStatus, Store } from '../store/types.js';
import { normalizeText } from '../text/normalize.js';
import { EXIT_FAILURE, EXIT_OK, UsageError } from './errors.js';

export interface IngestOptions {
  db: string;
  feeds: string[];
  lang: string;
  read: ReadOptions;
  quiet: boolean;
  /** Seconds one document's analysis may take (0: no limit, analysed in the main thread). */
  docTimeout: number;
  /** Worker threads analysing documents at once (default: one per core); documents are still stored in input order. */
  threads?: number;
  /** Enqueue the documents (and feeds) as jobs for `quellenlage worker` instead of analysing them (PostgreSQL). */
  queue?: boolean;
}

/** Failure reasons kept for the summary; more are counted, not kept, so memory stays bounded. */
const MAX_REASONS = 50;

/**
 * New documents are assigned to stories in batches of this many as the run goes (QUELLENLAGE_STORY_BATCH sets
 * another size), not in one pass at the end: the memory and the time of each batch stay bounded, and a killed
 * run leaves at most one batch without stories (the next run assigns it).
 */
const storyBatch = () => Math.max(1, Number(process.env['QUELLENLAGE_STORY_BATCH'] ?? 1000) || 1000);

export interface IngestSummary {
  added: number;
  unchanged: number;
  updated: number;
  failed: number;
  failures: IngestFailure[];
  seconds: number;
  /** Time spent on stories (features of each document, then the batch's assignment), within `seconds`. */
  storySeconds?: number;
}

/** Milliseconds the current ingest run spent computing story features (read into its summary; reset when a run starts). */
let storyFeatureMs = 0;

/** A document analysed and ready to store. */
export interface AnalysedDocument {
  doc: IncomingDocument;
  result: AnalysisResult;
}

/**
 * Analyses one incoming document for the store; the text's id is checked first, so known texts cost no analysis
 * ("unchanged"). A URL that is not http(s) is dropped, and `warn` says so.
 */
export async function analyseDocument(
  store: Store,
  incoming: IncomingDocument,
  lang: string,
  analyzer: Analyzer = inlineAnalyzer,
  warn: (message: string) => void = () => {},
): Promise<AnalysedDocument | 'unchanged'> {
  const kept = keptUrl(incoming.url);
  if (kept.warning) warn(`${incoming.origin}: ${kept.warning}`);
  const d = { ...incoming, url: kept.url };
  const noText = textProblem(d.text);
  if (noText) throw new InputError(noText);
  if (await store.has(textId(normalizeText(d.text).text))) return 'unchanged';
  return { doc: d, result: await analyzer.run({ text: d.text, lang: d.lang ?? lang, published: d.published, title: d.title, url: d.url }) };
}

/** Stores an analysed document with its story features, in one transaction. */
export async function commitDocument(store: Store, { doc: d, result: { analysis: a, records } }: AnalysedDocument): Promise<AddStatus> {
  return store.addWithStory(
    { url: d.url, title: d.title, author: d.author, published: d.published, lang: a.document.lang, raw: d.raw, rawType: d.rawType, origin: d.origin },
    a,
    records,
    storyFeatures(a, records),
  );
}

/** Analyses and stores one incoming document (analyseDocument, then commitDocument); `id` is the text's id in the store. */
export async function storeDocument(
  store: Store,
  incoming: IncomingDocument,
  lang: string,
  analyzer: Analyzer = inlineAnalyzer,
  warn: (message: string) => void = () => {},
): Promise<{ status: AddStatus; id: string }> {
  const ready = await analyseDocument(store, incoming, lang, analyzer, warn);
  if (ready === 'unchanged') return { status: ready, id: textId(normalizeText(incoming.text).text) };
  return { status: await commitDocument(store, ready), id: ready.result.analysis.document.id };
}

function storyFeatures(a: AnalysisJSON, records: LedgerRecords) {
  const t0 = performance.now();
  const f = documentFeatures(a, records.estimates);
  storyFeatureMs += performance.now() - t0;
  return f;
}

/**
 * `quellenlage ingest`: reads every input (files, directories, URLs, feeds, stdin), analyses each document and
 * stores it, one transaction per document. A bad document is reported and skipped; Ctrl-C stops after the
 * current document; a killed process loses at most the document in flight (run again to finish the batch).
 */
export async function runIngest(inputs: string[], opts: IngestOptions): Promise<number> {
  if (inputs.length === 0 && opts.feeds.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('nothing to ingest: give files, directories, URLs, - for standard input, or --feed URL|FILE');
    inputs = ['-'];
  }
  const started = performance.now();
  storyFeatureMs = 0;
  const { sources, failures: listFailures } = await listSources(inputs, { feeds: opts.feeds });
  const summary: IngestSummary = { added: 0, unchanged: 0, updated: 0, failed: 0, failures: [], seconds: 0 };
  const fail = (f: IngestFailure) => {
    summary.failed++;
    if (summary.failures.length < MAX_REASONS) summary.failures.push(f);
  };
  listFailures.forEach(fail);
  if (opts.queue) {
    const { enqueueSources } = await import('../queue/enqueue.js');
    return enqueueSources(sources, listFailures, opts);
  }
  const store = await openStore(opts.db);
  const storeName = store.name;
  // Documents are analysed `threads` at a time and stored in input order, so the store is the same as with one.
  const threads = opts.docTimeout > 0 ? Math.max(1, opts.threads ?? availableParallelism()) : 1;
  const analyzer = opts.docTimeout > 0 ? poolAnalyzer(threads, opts.docTimeout) : inlineAnalyzer;
  const inflight: { origin: string; work: Promise<AnalysedDocument | 'unchanged'> }[] = [];
  // Stories: the stored documents without one are assigned, the earliest first, `batch` at a time.
  const batch = storyBatch();
  let unassigned = 0;
  let storyMs = 0;
  const assignStories = async (all: boolean) => {
    const t0 = performance.now();
    while ((await store.assignStories(batch)) === batch && all);
    unassigned = 0;
    storyMs += performance.now() - t0;
  };
  const warn = (w: string) => process.stderr.write(`quellenlage: warning: ${w}\n`);
  const settle = async () => {
    const head = inflight.shift()!;
    try {
      const ready = await head.work;
      const status = ready === 'unchanged' ? ready : await commitDocument(store, ready);
      summary[status]++;
      if (status !== 'unchanged') unassigned++;
    } catch (err) {
      fail({ origin: head.origin, reason: (err as Error).message.split('\n')[0]! });
    }
    if (unassigned >= batch) await assignStories(false);
    bar?.update(payload());
  };
  let stop = false;
  const onSigint = () => {
    if (stop) process.exit(130);
    stop = true;
    process.stderr.write('\nquellenlage: stopping after the current document (Ctrl-C again to quit now; what is stored stays)\n');
  };
  process.on('SIGINT', onSigint);
  // On a terminal: a bar over the inputs, or (one input, e.g. a large JSONL file) a running count of documents.
  const counts = '{docs} documents: {added} added, {unchanged} unchanged, {failed} failed | {rate} docs/s';
  const bar =
    !opts.quiet && process.stderr.isTTY && sources.length > 0
      ? new cliProgress.SingleBar(
          { stream: process.stderr, format: sources.length > 1 ? `ingest [{bar}] {value}/{total} inputs | ${counts}` : `ingest ${counts}`, hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
      : null;
  const docs = () => summary.added + summary.unchanged + summary.updated;
  const payload = () => ({ docs: docs(), added: summary.added + summary.updated, unchanged: summary.unchanged, failed: summary.failed, rate: (docs() / ((performance.now() - started) / 1000)).toFixed(1) });
  bar?.start(sources.length, 0, payload());
  try {
    for (const src of sources) {
      if (stop) break;
      for await (const item of readSource(src, opts.read)) {
        if (!item.ok) {
          fail(item.failure);
          bar?.update(payload());
        } else {
          const work = analyseDocument(store, item.doc, opts.lang, analyzer, warn);
          work.catch(() => {}); // reported when settled, in order
          inflight.push({ origin: item.doc.origin, work });
          // Several threads: twice as many documents in flight, so each thread has its next one while the main
          // thread stores. One thread: one document at a time, as before the pool (its budget shares no CPU).
          if (inflight.length >= (threads === 1 ? 1 : 2 * threads)) await settle();
        }
        if (stop) break;
      }
      while (inflight.length > 0) await settle();
      bar?.increment(1, payload());
    }
    while (inflight.length > 0) await settle();
    // The rest of the run's new documents (and any a killed run left) join or open stories, in date order.
    await assignStories(true);
    summary.storySeconds = (storyMs + storyFeatureMs) / 1000;
  } finally {
    bar?.stop();
    process.off('SIGINT', onSigint);
    await analyzer.close();
    await store.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  if (!opts.quiet || summary.failed > 0) process.stderr.write(formatSummary(summary, storeName, stop));
  return summary.failed > 0 || stop ? EXIT_FAILURE : EXIT_OK;
}

export function formatSummary(s: IngestSummary, db: string, interrupted: boolean): string {
  const n = s.added + s.unchanged + s.updated;
  const lines = [
    `${interrupted ? 'interrupted: ' : ''}${n} document${n === 1 ? '' : 's'} in ${s.seconds.toFixed(1)} s (${(n / Math.max(s.seconds, 1e-9)).toFixed(1)} docs/s) into ${db}: ` +
      `${s.added} added, ${s.unchanged} unchanged, ${s.updated} updated, ${s.failed} failed`,
  ];
  if (s.storySeconds !== undefined && n > 0) {
    lines.push(`  stories: ${s.storySeconds.toFixed(2)} s of it (${((100 * s.storySeconds) / Math.max(s.seconds, 1e-9)).toFixed(1)} %) for story features and assignment`);
  }
  // Readers' reasons often name the input already ("x.txt is not valid UTF-8"); then it is not said twice.
  for (const f of s.failures) lines.push(`  failed: ${f.reason.includes(f.origin) ? f.reason : `${f.origin}: ${f.reason}`}`);
  if (s.failed > s.failures.length) lines.push(`  … and ${s.failed - s.failures.length} more failures`);
  return lines.join('\n') + '\n';
}
