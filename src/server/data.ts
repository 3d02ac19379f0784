/**
 * The server's only door to the store: any `Store` (SQLite or PostgreSQL, src/store/open.ts), awaited everywhere.
 * The logic is the CLI's, shared through functions both call (src/cli/store-views.ts, src/cli/stories.ts,
 * src/cli/ingest.ts).
 */
import { Readable } from 'node:stream';
import type { AnalysisJSON } from '../analysis/format.js';
import { listSources, readSource } from '../ingest/sources.js';
import type { IngestItem, ReadOptions } from '../ingest/types.js';
import type { LedgerJSON } from '../ledger/topics.js';
import { ledgerOf } from '../store/ledger.js';
import { openStore } from '../store/open.js';
import type { DocumentHit, DocumentListRow, DocumentMeta, Store, StoryRow } from '../store/types.js';
import type { Analyzer } from '../cli/analysis-runner.js';
import { storeDocument } from '../cli/ingest.js';
import { claimCsvLines, claimJson, claimJsonLd, searchStore, sourcesWithTopics, type SearchFilters } from '../cli/store-views.js';
import { storyLedger } from '../cli/stories.js';

export interface StoredDocument {
  meta: DocumentMeta & { origin: string; ingestedAt: string };
  analysis: AnalysisJSON;
}

export interface IngestResult {
  index: number;
  origin: string;
  id: string | null;
  status: 'added' | 'unchanged' | 'updated' | 'failed';
  error?: string;
}

export interface LedgerFilters {
  topic?: string;
  since?: string;
  story?: number;
  limit?: number | null;
}

export interface IngestRequestOptions {
  lang: string;
  read: ReadOptions;
  analyzer: Analyzer;
  /** Documents read at most; the rest are not read, and one failed item says so. */
  maxItems?: number;
}

export interface DataFacade {
  counts(): Promise<{ documents: number; claims: number; estimates: number }>;
  document(id: string): Promise<StoredDocument | null>;
  documents(limit: number): Promise<DocumentListRow[]>;
  ledger(f: LedgerFilters): Promise<LedgerJSON>;
  search(query: string, f: SearchFilters): Promise<{ query: string; documents: DocumentHit[]; claims: ReturnType<typeof claimJson>[] }>;
  sources(): Promise<Awaited<ReturnType<typeof sourcesWithTopics>>>;
  stories(): Promise<StoryRow[]>;
  exportCsv(): Promise<string>;
  exportJsonLd(): Promise<Record<string, unknown>[]>;
  /** Reads `body` as ingest reads standard input (a text, an HTML page, a JSON object or array, JSONL) and stores each document. */
  ingest(body: string, o: IngestRequestOptions): Promise<IngestResult[]>;
  /** Stores the documents of files or folders (the --demo corpus). */
  ingestPaths(paths: string[], o: IngestRequestOptions): Promise<IngestResult[]>;
  close(): Promise<void>;
}

const BODY = 'the request body';
const origin = (s: string) => s.replace(/^standard input/, BODY);
/** Reader messages name standard input; the server says what it read. */
const reason = (s: string) => s.split('\n')[0]!.replace(/standard input/g, BODY);

/** The documents of a request body, through the same readers as `ingest -`. */
export async function* bodyDocuments(body: string, read: ReadOptions): AsyncGenerator<IngestItem> {
  yield* readSource({ kind: 'stdin' }, { ...read, stdin: Readable.from([Buffer.from(body, 'utf8')]) });
}

/** Analyses and stores each document read; a bad one gets its reason and the others go on. */
async function storeItems(store: Store, items: AsyncGenerator<IngestItem>, o: IngestRequestOptions): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  let index = 0;
  for await (const item of items) {
    const i = index++;
    if (o.maxItems !== undefined && i >= o.maxItems) {
      out.push({ index: i, origin: BODY, id: null, status: 'failed', error: `over the limit of ${o.maxItems} documents per request; the rest were not read (send them in another request)` });
      await items.return(undefined);
      break;
    }
    if (!item.ok) {
      out.push({ index: i, origin: origin(item.failure.origin), id: null, status: 'failed', error: reason(item.failure.reason) });
      continue;
    }
    try {
      const { status, id } = await storeDocument(store, item.doc, o.lang, o.analyzer);
      out.push({ index: i, origin: origin(item.doc.origin), id, status });
    } catch (err) {
      out.push({ index: i, origin: origin(item.doc.origin), id: null, status: 'failed', error: reason((err as Error).message) });
    }
  }
  // The request's new documents join or open stories as one batch, as at the end of an ingest run.
  await store.assignStories();
  return out;
}

/** The store at `db` (a file path or a postgres:// URL) behind the facade; created and migrated when new. */
export async function storeData(db: string): Promise<DataFacade> {
  const store = await openStore(db);
  return {
    async counts() {
      return store.counts();
    },
    async document(id) {
      const row = await store.document(id);
      if (!row) return null;
      const { json, ...meta } = row;
      return { meta, analysis: JSON.parse(json) as AnalysisJSON };
    },
    async documents(limit) {
      return store.documents(limit);
    },
    async ledger(f) {
      if (f.story !== undefined) return storyLedger(store, f.story, f.limit ?? null);
      return ledgerOf(store.ledgerSource(f.since ? { since: f.since } : {}), { ...(f.topic ? { topic: f.topic } : {}), limit: f.limit ?? null });
    },
    async search(query, f) {
      const r = await searchStore(store, query, f);
      return { query, documents: r.documents, claims: r.claims.map(claimJson) };
    },
    async sources() {
      return sourcesWithTopics(store);
    },
    async stories() {
      return store.listStories();
    },
    async exportCsv() {
      return [...claimCsvLines(await store.claims({}))].join('');
    },
    async exportJsonLd() {
      return (await store.claims({})).map(claimJsonLd);
    },
    async ingest(body, o) {
      return storeItems(store, bodyDocuments(body, o.read), o);
    },
    async ingestPaths(paths, o) {
      const { sources, failures } = await listSources(paths, { feeds: [] });
      async function* all(): AsyncGenerator<IngestItem> {
        for (const f of failures) yield { ok: false, failure: f };
        for (const src of sources) yield* readSource(src, o.read);
      }
      return storeItems(store, all(), o);
    },
    async close() {
      await store.close();
    },
  };
}
