/** What every route needs: the options the server runs with, the store facade and the analysis pool. */
import type { Analyzer } from '../cli/analysis-runner.js';
import type { ReadOptions } from '../ingest/types.js';
import type { DataFacade } from './data.js';

export interface ServerOptions {
  /** The database file; created when missing. */
  db: string;
  host: string;
  port: number;
  /** Required on every request when set (always set when the host is not loopback). */
  token: string | null;
  allowPrivateUrls: boolean;
  /** Largest document, in bytes (as --max-size). */
  maxSize: number;
  /** Seconds one document's analysis may take. */
  docTimeout: number;
  /** Analysis worker threads (0: the main thread, no time budget). */
  workers: number;
  /** Analyses waiting or running at most. */
  maxQueue: number;
  /** Documents per POST /api/documents at most. */
  maxBatch: number;
  /** Per URL fetched. */
  fetchTimeoutMs: number;
}

export interface ServerContext {
  options: ServerOptions;
  data: DataFacade;
  analyzer: Analyzer;
  read: ReadOptions;
}
