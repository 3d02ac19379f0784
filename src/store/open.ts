/**
 * Opens the store a --db value (or QUELLENLAGE_DB) names: a file path is the embedded SQLite store.
 */
import { existsSync } from 'node:fs';
import { SqliteStore } from './sqlite.js';
import { StoreError } from './errors.js';
import type { Store } from './types.js';

export interface OpenOptions {
  /** Read commands: never create, never migrate, never write. */
  readonly?: boolean;
}

/** The store for a --db value. */
export async function openStore(db: string, options: OpenOptions = {}): Promise<Store> {
  if (options.readonly && !existsSync(db)) {
    throw new StoreError(`no database at ${db}: ingest documents first (quellenlage ingest PATH …), or point --db / QUELLENLAGE_DB at one`);
  }
  return new SqliteStore(db, options);
}
