import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { CLI_MAIN, storeFacts } from '../../bench/writers.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { repoPath, tempFolder } from '../helpers.js';

/**
 * Read commands on a store the user may only read (issue 18): `ledger`, `search`, `sources` and `export` open it
 * read-only and never migrate. Before the fix they failed with "attempt to write a readonly database". As root,
 * file modes do not bind, so the commands run as the unprivileged user "nobody" (uid 65534) there.
 */

const tmp = tempFolder('quellenlage-readonly-');
const asRoot = process.getuid?.() === 0;
const canTest = process.platform !== 'win32';

function cli(args: string[], readOnlyUser: boolean) {
  const r = spawnSync(process.execPath, [CLI_MAIN, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    ...(readOnlyUser && asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  if (r.error) throw r.error;
  return r;
}

function ingestExamples(db: string): void {
  const r = cli(['ingest', '--quiet', '--db', db, repoPath('examples', 'batch.jsonl')], false);
  assert.equal(r.status, 0, r.stderr);
}

const READS: [string, string[], RegExp][] = [
  ['ledger', ['ledger', '--limit', '2'], /estimates in \d+ documents/],
  ['search', ['search', 'Talsperre'], /Documents \([1-9]/],
  ['sources', ['sources'], /claims\s+docs/],
  ['export', ['export', '--format', 'csv'], /^document,url,title/],
];

describe('read commands on a read-only store', { skip: canTest ? false : 'file modes are not POSIX here' }, () => {
  test('in a read-only folder, after a clean close (no -wal or -shm beside the file)', () => {
    const dir = tmp.path('ro-folder');
    mkdirSync(dir);
    const db = `${dir}/store.db`;
    ingestExamples(db);
    assert.deepEqual(readdirSync(dir), ['store.db'], 'ingest should leave no WAL side files after a clean close');
    chmodSync(db, 0o444);
    chmodSync(dir, 0o555);
    chmodSync(tmp.path(), 0o755);
    try {
      for (const [name, args, expect] of READS) {
        const r = cli([...args, '--db', db], true);
        assert.equal(r.status, 0, `${name}: ${r.stderr}`);
        assert.match(r.stdout, expect, name);
      }
      assert.deepEqual(readdirSync(dir), ['store.db'], 'a read command wrote beside the store');
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  test('a read-only file in a writable folder', () => {
    const dir = tmp.path('rw-folder');
    mkdirSync(dir);
    const db = `${dir}/store.db`;
    ingestExamples(db);
    chmodSync(db, 0o444);
    chmodSync(dir, 0o777);
    chmodSync(tmp.path(), 0o755);
    for (const [name, args, expect] of READS) {
      const r = cli([...args, '--db', db], true);
      assert.equal(r.status, 0, `${name}: ${r.stderr}`);
      assert.match(r.stdout, expect, name);
    }
  });

  test('an older schema: read commands say to run ingest and change nothing; ingest upgrades it', () => {
    const db = tmp.path('old.db');
    const conn = new Database(db);
    conn.pragma('journal_mode = WAL');
    conn.exec(MIGRATIONS[0]!);
    conn.pragma('user_version = 1');
    conn.close();
    for (const [name, args] of READS) {
      const r = cli([...args, '--db', db], false);
      assert.equal(r.status, 1, `${name}: ${r.stdout}`);
      assert.match(r.stderr, /^quellenlage: .*older schema.*run quellenlage ingest/, name);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'a stack trace');
    }
    assert.equal(storeFacts(db).userVersion, 1, 'a read command migrated the store');
    ingestExamples(db);
    assert.equal(storeFacts(db).userVersion, MIGRATIONS.length);
    const r = cli(['ledger', '--db', db], false);
    assert.equal(r.status, 0, r.stderr);
  });

  test('a missing store is named as missing, not created', () => {
    const db = tmp.path('none.db');
    const r = cli(['ledger', '--db', db], false);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^quellenlage: no database at/);
    assert.equal(existsSync(db), false);
  });
});
