/**
 * The two store backends the store, ledger, search and ingest tests run against: SQLite (a file in a temporary
 * folder) and PostgreSQL (a fresh database on the server QUELLENLAGE_TEST_PG names, dropped afterwards; the
 * tests skip with a message when it is not set). No mocks: both are real databases.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { after, before, describe } from 'node:test';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';

export const PG_URL = process.env['QUELLENLAGE_TEST_PG'];
export const PG_SKIP: string | false = PG_URL
  ? false
  : 'PostgreSQL tests skipped: QUELLENLAGE_TEST_PG is not set (a postgres:// URL of a server the tests may create databases on; scripts/pg-test-cluster.sh start makes one)';

export interface FreshDb {
  /** The --db value. */
  db: string;
  /** Rows of a query on the database itself (for checks the Store interface does not offer). */
  rows(sql: string): Promise<Record<string, unknown>[]>;
  drop(): Promise<void>;
}

export interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  skip: string | false;
  fresh(): Promise<FreshDb>;
}

let counter = 0;

/** A new, empty database on the test server; `drop` removes it (with any connection still open). */
export async function freshPgDatabase(): Promise<FreshDb> {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const name = `ql_test_${process.pid}_${Date.now().toString(36)}_${++counter}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(PG_URL!);
  u.pathname = `/${name}`;
  const db = u.toString();
  return {
    db,
    async rows(sql) {
      const c = new pg.Client({ connectionString: db });
      await c.connect();
      try {
        return (await c.query(sql)).rows;
      } finally {
        await c.end();
      }
    },
    async drop() {
      const a = new pg.Client({ connectionString: PG_URL });
      await a.connect();
      try {
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await a.end();
      }
    },
  };
}

export function freshSqliteFile(): FreshDb {
  const dir = mkdtempSync(join(tmpdir(), 'ql-backend-'));
  const db = join(dir, 'store.db');
  return {
    db,
    async rows(sql) {
      const d = new Database(db, { readonly: true });
      try {
        return d.prepare(sql).all() as Record<string, unknown>[];
      } finally {
        d.close();
      }
    },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const BACKENDS: readonly Backend[] = [
  { name: 'SQLite', skip: false, fresh: async () => freshSqliteFile() },
  { name: 'PostgreSQL', skip: PG_SKIP, fresh: freshPgDatabase },
];

/**
 * A suite per backend with a fresh database and a store opened on it (closed and dropped after the suite):
 * `body` gets an accessor, since both exist only once the suite has started.
 */
export function describeOnBackends(title: string, body: (ctx: () => { store: Store; fresh: FreshDb }) => void): void {
  for (const backend of BACKENDS) {
    describe(`${title} (${backend.name})`, { skip: backend.skip }, () => {
      let fresh: FreshDb | undefined;
      let store: Store | undefined;
      before(async () => {
        fresh = await backend.fresh();
        store = await openStore(fresh.db);
      });
      after(async () => {
        await store?.close();
        await fresh?.drop();
      });
      body(() => ({ store: store!, fresh: fresh! }));
    });
  }
}
