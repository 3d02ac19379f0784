/**
 * The server's only door to the store. Every route awaits these functions, so the facade can return Promises
 * (an asynchronous store, a server database) without a route changing. The logic is the CLI's, shared through
 * functions both call (src/cli/store-views.ts, src/cli/stories.ts, src/cli/ingest.ts).
 */
import { Readable } from 'node:stream';
import type { AnalysisJSON } from '../analysis/format.js';
import { textId } from '../core/document.js';
import { listSources, readSource } from '../ingest/sources.js';
import type { IngestItem, ReadOptions } from '../ingest/types.js';
import { buildLedger, type LedgerJSON } from '../ledger/topics.js';
import { SqliteStore } from '../store/sqlite.js';
import type { DocumentMeta } from '../store/types.js';
import { normalizeText } from '../text/normalize.js';
import type { Analyzer } from '../cli/analysis-runner.js';
import { storeDocument } from '../cli/ingest.js';
import { claimCsvLines, claimJson, claimJsonLd, searchStore, sourcesWithTopics, type SearchFilters } from '../cli/store-views.js';
import { storyLedger } from '../cli/stories.js';
import { listStories, type StoryRow } from '../store/stories.js';

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
  documents(limit: number): Promise<(DocumentMeta & { claims: number })[]>;
  ledger(f: LedgerFilters): Promise<LedgerJSON>;
  search(query: string, f: SearchFilters): Promise<{ query: string; documents: ReturnType<typeof searchStore>['documents']; claims: ReturnType<typeof claimJson>[] }>;
  sources(): Promise<ReturnType<typeof sourcesWithTopics>>;
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
async function storeItems(store: SqliteStore, items: AsyncGenerator<IngestItem>, o: IngestRequestOptions): Promise<IngestResult[]> {
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
      const id = textId(normalizeText(item.doc.text).text);
      const status = await storeDocument(store, item.doc, o.lang, o.analyzer);
      out.push({ index: i, origin: origin(item.doc.origin), id, status });
    } catch (err) {
      out.push({ index: i, origin: origin(item.doc.origin), id: null, status: 'failed', error: reason((err as Error).message) });
    }
  }
  // The request's new documents join or open stories as one batch, as at the end of an ingest run.
  store.assignStories();
  return out;
}

/** The SQLite store behind the facade; created (and migrated) when `path` does not exist yet. */
export function sqliteData(path: string): DataFacade {
  const store = new SqliteStore(path);
  const db = () => store.storyDb;
  return {
    async counts() {
      return store.counts();
    },
    async document(id) {
      // TODO(#16): a Store method for one document; until then one read query on the raw database.
      const row = db()
        .prepare(
          `SELECT d.id, d.url, d.title, d.author, d.published, d.lang, d.origin, d.ingested_at AS ingestedAt, a.json
           FROM documents d JOIN analyses a ON a.document_id = d.id WHERE d.id = ?`,
        )
        .get(id) as (DocumentMeta & { origin: string; ingestedAt: string; json: string }) | undefined;
      if (!row) return null;
      const { json, ...meta } = row;
      return { meta, analysis: JSON.parse(json) as AnalysisJSON };
    },
    async documents(limit) {
      // TODO(#16): a Store method listing the latest versions; one read query until then.
      return db()
        .prepare(
          `SELECT d.id, d.url, d.title, d.author, d.published, d.lang, (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id) AS claims
           FROM documents d WHERE d.superseded_by IS NULL ORDER BY d.published DESC, d.id LIMIT ?`,
        )
        .all(limit) as (DocumentMeta & { claims: number })[];
    },
    async ledger(f) {
      if (f.story !== undefined) return storyLedger(store, f.story, f.limit ?? null);
      return buildLedger(store.ledgerSource(f.since ? { since: f.since } : {}), { ...(f.topic ? { topic: f.topic } : {}), limit: f.limit ?? null });
    },
    async search(query, f) {
      const r = searchStore(store, query, f);
      return { query, documents: r.documents, claims: r.claims.map(claimJson) };
    },
    async sources() {
      return sourcesWithTopics(store);
    },
    async stories() {
      return listStories(db());
    },
    async exportCsv() {
      return [...claimCsvLines(store.claims({}))].join('');
    },
    async exportJsonLd() {
      return store.claims({}).map(claimJsonLd);
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
      store.close();
    },
  };
}
