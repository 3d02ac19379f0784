/**
 * The store behind an interface: the CLI and the ledger talk to `Store`, never to SQL. Every method returns a
 * promise, so that the embedded default (src/store/sqlite.ts, synchronous inside) and a server database
 * (src/store/postgres/) are one interface; `openStore` (src/store/open.ts) picks one by the --db value.
 */
import type { AnalysisJSON, ClaimJSON } from '../analysis/format.js';
import type { LedgerRecords } from '../ledger/estimates.js';
import type { DocumentMeta, StoredDenial, StoredEstimate, TopicSummary } from '../ledger/topics.js';
import type { Features } from '../stories/features.js';

export type { DocumentMeta, StoredDenial, StoredEstimate } from '../ledger/topics.js';

export interface NewDocument extends Omit<DocumentMeta, 'id'> {
  raw: string;
  rawType: string;
  origin: string;
}

export type AddStatus = 'added' | 'unchanged' | 'updated';

export interface LedgerQuery {
  /** Only documents published on or after this ISO date. */
  since?: string;
}

export interface ClaimRow {
  document: DocumentMeta;
  claim: ClaimJSON;
  /** The source's display name and key (entity name where the source is a known entity). */
  sourceName: string | null;
  sourceKey: string | null;
  /** The source entity's type (PER, ORG, LOC, MISC), or null when the source is no known entity. */
  sourceType: string | null;
}

export interface ClaimQuery {
  /** Full-text query (FTS5 syntax, plain words work) over claim content and source. */
  text?: string;
  /** Source name or key, matched case-insensitively as a substring. */
  source?: string;
  kind?: string;
  since?: string;
  limit?: number;
}

export interface DocumentHit extends DocumentMeta {
  snippet: string;
}

export interface SourceSummary {
  name: string;
  key: string;
  /** person, organisation or outlet. */
  type: string | null;
  /** The roles and titles the claims give the source, comma-separated ("Landrätin,District Administrator"). */
  roles: string | null;
  claims: number;
  documents: number;
}

export interface StoredDocumentRow extends DocumentMeta {
  origin: string;
  ingestedAt: string;
  /** The stored `quellenlage.analysis/1` JSON text. */
  json: string;
}

export interface DocumentListRow extends DocumentMeta {
  claims: number;
}

export interface StoreCounts {
  documents: number;
  claims: number;
  estimates: number;
}

/**
 * What the ledger reads, as promises (src/ledger/topics.ts's LedgerSource, asynchronous); `ledgerOf`
 * (src/store/ledger.ts) builds a ledger from it.
 */
export interface AsyncLedgerSource {
  summaries(): Promise<TopicSummary[]>;
  documentCount(keys: readonly string[]): Promise<number>;
  estimates(keys: readonly string[], limit: number | null): Promise<StoredEstimate[]>;
  denials(keys: readonly string[], limit: number | null): Promise<StoredDenial[]>;
}

import type { StoryDocumentRow, StoryRow } from './stories.js';
export type { StoryDocumentRow, StoryRow };

export interface StoryDetails {
  langs: string[];
  outlets: string[];
  topics: { key: string; n: number }[];
  centroid: [string, number][];
}

/** A stored estimate found by `trace`: its document and the record's JSON. */
export interface EstimateHit {
  document: string;
  json: string;
}

export interface Store {
  /** What the store is (a file path, or a connection string without its password), for messages. */
  readonly name: string;
  /** The id a text gets once stored (a hash of its normalized form); lets callers skip analysing known texts. */
  has(id: string): Promise<boolean>;
  /**
   * Stores one analysed document with its records in one transaction. The same text again is a no-op
   * ("unchanged"); a different text at a URL already stored becomes a new version linked to the latest one.
   */
  add(doc: NewDocument, analysis: AnalysisJSON, records: LedgerRecords): Promise<AddStatus>;
  /** Adds a document as `add` does and keeps its story features in the same transaction. */
  addWithStory(doc: NewDocument, analysis: AnalysisJSON, records: LedgerRecords, features: Features): Promise<AddStatus>;
  /**
   * Assigns the stored documents that have no story yet, in date order; returns how many. With a limit, only the
   * earliest `limit` of them (ingest assigns in bounded batches as it goes: memory and time per batch stay bounded).
   */
  assignStories(limit?: number): Promise<number>;
  /** What the ledger reads (src/ledger/topics.ts): topic aggregates and the estimates and denials it shows. */
  ledgerSource(q: LedgerQuery): AsyncLedgerSource;
  /** How many estimates each source gave per document-level topic key (latest versions). */
  sourceTopics(): Promise<{ source: string; topic: string; n: number }[]>;
  searchDocuments(text: string, q: { since?: string; limit?: number }): Promise<DocumentHit[]>;
  claims(q: ClaimQuery): Promise<ClaimRow[]>;
  sources(): Promise<SourceSummary[]>;
  counts(): Promise<StoreCounts>;
  /** One stored document (any version) with its analysis JSON, or null. */
  document(id: string): Promise<StoredDocumentRow | null>;
  /** The latest versions, newest first, with their claim counts. */
  documents(limit: number): Promise<DocumentListRow[]>;

  // Stories (src/store/stories.ts for SQLite).
  listStories(q?: { since?: string }): Promise<StoryRow[]>;
  hasStory(story: number): Promise<boolean>;
  storyDocuments(story: number): Promise<StoryDocumentRow[]>;
  /** The story of each of these documents (those assigned). */
  storiesOf(documents: readonly string[]): Promise<Map<string, number>>;
  /** The ledger records of a story's documents, from their stored JSON. */
  storyRecords(story: number): Promise<{ estimates: StoredEstimate[]; denials: StoredDenial[]; documents: StoryDocumentRow[] }>;
  storyLedgerSource(story: number): AsyncLedgerSource;
  /** The story's centroid as [feature, weight] pairs (empty when there is no such story). */
  storyCentroid(story: number): Promise<[string, number][]>;
  /** The story's topic keys with their estimate counts, the largest first. */
  storyTopics(story: number, limit?: number): Promise<{ key: string; n: number }[]>;
  /** Other stories with estimates of any of these topic keys. */
  storiesWithTopics(except: number, keys: readonly string[]): Promise<number[]>;
  /** The languages of a story's documents, sorted, and its outlets (URL hosts, at most `limit`). */
  storyLangs(story: number): Promise<string[]>;
  storyOutlets(story: number, limit: number): Promise<string[]>;
  /**
   * What the story list shows of each of these stories, in a few queries for all of them: languages, the first
   * `outlets` outlets, the `topics` largest topic keys, and the centroid (as storyLangs, storyOutlets, storyTopics
   * and storyCentroid give them one story at a time).
   */
  storyDetails(stories: readonly number[], limits: { outlets: number; topics: number }): Promise<Map<number, StoryDetails>>;
  /** Estimates of one document's quantity or claim (`ref`), or whose figure's text contains `text` (at most 50). */
  findEstimates(q: { document: string; item: string } | { text: string }): Promise<EstimateHit[]>;
  close(): Promise<void>;
}
