import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { ledgerRecords } from '../../src/ledger/estimates.js';
import { openStore } from '../../src/store/open.js';
import { PG_MIGRATIONS } from '../../src/store/postgres/schema.js';
import { tsQueryText } from '../../src/store/postgres/sql.js';
import { StoreError } from '../../src/store/errors.js';
import { freshPgDatabase, freshSqliteFile, PG_SKIP } from '../backends.js';
import { repoPath, runCli } from '../helpers.js';

describe('PostgreSQL store: query text', () => {
  test('search words become prefix terms; phrases keep their order; syntax never reaches the query', () => {
    assert.equal(tsQueryText('district authority'), '(district:*) & (authority:*)');
    assert.equal(tsQueryText('"more than"'), 'more <-> than');
    assert.equal(tsQueryText("x' | !y:* &"), '(x:*) & (y:*)');
    assert.equal(tsQueryText('( ) & |'), '');
  });
});

describe('PostgreSQL store: schema and semantics', { skip: PG_SKIP }, () => {
  test('four processes opening one new database at once: the schema is made once (advisory lock)', async () => {
    const fresh = await freshPgDatabase();
    try {
      const stores = await Promise.all([1, 2, 3, 4].map(() => openStore(fresh.db)));
      await Promise.all(stores.map((s) => s.close()));
      const versions = await fresh.rows('SELECT version FROM quellenlage_schema ORDER BY version');
      assert.deepEqual(versions.map((r) => r['version']), PG_MIGRATIONS.map((_, i) => i + 1));
    } finally {
      await fresh.drop();
    }
  });

  test('a read command on an empty database, or a database with other tables, is refused in one line', async () => {
    const fresh = await freshPgDatabase();
    try {
      await assert.rejects(openStore(fresh.db, { readonly: true }), (e: unknown) => e instanceof StoreError && /holds no Quellenlage data yet/.test(e.message));
      const c = await fresh.rows('CREATE TABLE someone_elses (x integer)');
      assert.deepEqual(c, []);
      await assert.rejects(openStore(fresh.db), (e: unknown) => e instanceof StoreError && /not Quellenlage's/.test(e.message));
    } finally {
      await fresh.drop();
    }
  });

  test('the same text added by two writers at once is stored once; two versions of one URL chain', async () => {
    const fresh = await freshPgDatabase();
    try {
      const [s1, s2] = await Promise.all([openStore(fresh.db), openStore(fresh.db)]);
      const put = (s: typeof s1, text: string) => {
        const a = toAnalysis(analyze({ text, lang: 'de', published: '2025-06-01', url: 'https://news.example/a' }));
        return s.add({ url: 'https://news.example/a', title: null, author: null, published: '2025-06-01', lang: 'de', raw: text, rawType: 'text', origin: 't' }, a, ledgerRecords(a));
      };
      const v1 = 'Im Quelmtal wurden 300 Menschen evakuiert, teilte die Feuerwehr mit.';
      const got = await Promise.all([put(s1!, v1), put(s2!, v1)]);
      assert.deepEqual([...got].sort(), ['added', 'unchanged']);
      const v2 = await Promise.all([put(s1!, v1 + ' Später waren es 400.'), put(s2!, v1 + ' Später waren es 450.')]);
      assert.deepEqual([...v2].sort(), ['updated', 'updated']);
      const rows = await fresh.rows('SELECT id, previous_version, superseded_by FROM documents ORDER BY seq');
      assert.equal(rows.length, 3);
      // One chain: each version supersedes exactly the one before it, and only the last is current.
      assert.equal(rows.filter((r) => r['superseded_by'] === null).length, 1);
      assert.equal(rows[1]!['previous_version'], rows[0]!['id']);
      assert.equal(rows[2]!['previous_version'], rows[1]!['id']);
      await Promise.all([s1!.close(), s2!.close()]);
    } finally {
      await fresh.drop();
    }
  });

  test('the example articles give the same ledger, stories and sources as in SQLite', async () => {
    const [p, q] = [await freshPgDatabase(), freshSqliteFile()];
    try {
      for (const f of [p, q]) {
        const r = runCli(['ingest', '--db', f.db, '--quiet', repoPath('examples')]);
        assert.equal(r.status, 0, r.stderr);
      }
      for (const cmd of [['ledger', '--format', 'json'], ['stories', '--format', 'json'], ['sources', '--format', 'json'], ['story', 'S1'], ['trace', '3,500']]) {
        const [a, b] = [runCli([...cmd, '--db', p.db]), runCli([...cmd, '--db', q.db])];
        assert.equal(a.status, 0, a.stderr);
        assert.ok(a.stdout.length > 100, `${cmd.join(' ')}: ${a.stdout}`);
        assert.equal(a.stdout, b.stdout, cmd.join(' '));
      }
    } finally {
      await p.drop();
      await q.drop();
    }
  });
});
