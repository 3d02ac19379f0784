/**
 * Opens the store a --db value (or QUELLENLAGE_DB) names: a postgres:// or postgresql:// URL is a PostgreSQL
 * server (src/store/postgres/), anything else a file path of the embedded SQLite store. Each backend is loaded
 * only when it is opened, so that a command against one does not pay for loading the other's driver.
 */
import { existsSync } from 'node:fs';
import { StoreError } from './errors.js';
import type { Store } from './types.js';

export interface OpenOptions {
  /** Read commands: never create, never migrate, never write. */
  readonly?: boolean;
}

/** The store for a --db value. */
export async function openStore(db: string, options: OpenOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(db)) return (await import('./postgres/store.js')).PostgresStore.open(db, options);
  if (options.readonly && !existsSync(db)) {
    throw new StoreError(`no database at ${db}: ingest documents first (quellenlage ingest PATH …), or point --db / QUELLENLAGE_DB at one`);
  }
  return new (await import('./sqlite.js')).SqliteStore(db, options);
}
