/**
 * The store behind an interface: the CLI and the ledger talk to `Store`, never to SQL, so that a server
 * database can follow (src/store/sqlite.ts is the embedded default).
 */
import type { AnalysisJSON, ClaimJSON } from '../analysis/format.js';
import type { LedgerRecords } from '../ledger/estimates.js';
import type { DocumentMeta, LedgerSource } from '../ledger/topics.js';

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

export interface StoreCounts {
  documents: number;
  claims: number;
  estimates: number;
}

export interface Store {
  /** The id a text gets once stored (a hash of its normalized form); lets callers skip analysing known texts. */
  has(id: string): boolean;
  /**
   * Stores one analysed document with its records in one transaction. The same text again is a no-op
   * ("unchanged"); a different text at a URL already stored becomes a new version linked to the latest one.
   */
  add(doc: NewDocument, analysis: AnalysisJSON, records: LedgerRecords): AddStatus;
  /** What the ledger reads (src/ledger/topics.ts): topic aggregates and the estimates and denials it shows. */
  ledgerSource(q: LedgerQuery): LedgerSource;
  /** How many estimates each source gave per document-level topic key (latest versions). */
  sourceTopics(): { source: string; topic: string; n: number }[];
  searchDocuments(text: string, q: { since?: string; limit?: number }): DocumentHit[];
  claims(q: ClaimQuery): ClaimRow[];
  sources(): SourceSummary[];
  counts(): StoreCounts;
  close(): void;
}
