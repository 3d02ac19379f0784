import { describe, test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { ledgerRecords } from '../../src/ledger/estimates.js';
import { ledgerOf } from '../../src/store/ledger.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { SqliteStore, StoreError, ftsQuery } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { BACKENDS, describeOnBackends, type FreshDb } from '../backends.js';
import { lines, repoPath, runCli, tempFolder, validateLedger } from '../helpers.js';

// Articles written for these tests (an invented story).
const V1 = 'Flut im Wendeltal: 800 Menschen evakuiert\nDas Landratsamt teilte mit, rund 800 Menschen seien in Sicherheit gebracht worden.';
const V2 = 'Flut im Wendeltal: 950 Menschen evakuiert\nDas Landratsamt teilte mit, rund 950 Menschen seien in Sicherheit gebracht worden. Die Gemeinde bestreitet, dass Häuser zu spät geräumt wurden.';
const EN = 'Wendel valley flood: about 1,000 evacuated\nThe district authority said about 1,000 people had been evacuated, citing police figures.';

async function put(store: Store, text: string, url: string | null, published: string) {
  const a = toAnalysis(analyze({ text, lang: 'auto', published, url }));
  return store.add({ url, title: text.split('\n')[0]!, author: null, published, lang: a.document.lang, raw: text, rawType: 'text', origin: 'test' }, a, ledgerRecords(a));
}

describeOnBackends('store', (ctx) => {
    let fresh: FreshDb;
    let store: Store;
    beforeEach(() => ({ store, fresh } = ctx()));

    test('a new text is added, the same text again is unchanged', async () => {
      assert.equal(await put(store, V1, 'https://news.example/flut', '2025-04-01'), 'added');
      assert.equal(await put(store, V1, 'https://news.example/flut', '2025-04-01'), 'unchanged');
      assert.equal((await store.counts()).documents, 1);
    });

    test('a changed article at the same URL is a new version; views use the latest', async () => {
      assert.equal(await put(store, V2, 'https://news.example/flut', '2025-04-02'), 'updated');
      assert.equal((await store.counts()).documents, 2);
      const figures = (await ledgerOf(store.ledgerSource({}))).topics.flatMap((t) => t.estimates.map((e) => e.span.text));
      assert.ok(figures.some((f) => f.includes('950')), JSON.stringify(figures));
      assert.ok(!figures.some((f) => f.includes('800')), 'the superseded version is still in the ledger');
      const rows = (await fresh.rows('SELECT id, previous_version, superseded_by FROM documents ORDER BY ingested_at')) as { id: string; previous_version: string | null; superseded_by: string | null }[];
      assert.equal(rows.length, 2);
      assert.equal(rows[1]!.previous_version, rows[0]!.id);
      assert.equal(rows[0]!.superseded_by, rows[1]!.id);
    });

    test('full-text search over documents and claims, with and without umlauts', async () => {
      await put(store, EN, null, '2025-04-03');
      assert.equal((await store.searchDocuments('Wendeltal', {})).length, 1);
      assert.ok((await store.searchDocuments('evakuiert', {})).length >= 1);
      assert.ok((await store.claims({ text: 'evacuated' })).length >= 1);
      assert.ok((await store.claims({ text: 'Hauser' })).length >= 1, 'accents ignored: "Hauser" finds "Häuser"');
      assert.deepEqual(await store.claims({ text: 'evacuated', since: '2025-05-01' }), []);
      // --kind deny returns exactly the denials (a non-empty list, so the check below can fail).
      const denials = await store.claims({ kind: 'deny' });
      assert.ok(denials.length >= 1, 'the test texts hold a denial');
      assert.deepEqual(denials.map((c) => c.claim.stance), denials.map(() => 'deny'));
      assert.equal(denials.length, (await store.claims({})).filter((c) => c.claim.stance === 'deny').length);
      assert.ok((await store.claims({ source: 'landrats' })).length >= 1);
      assert.deepEqual(await store.claims({ source: 'nobody of that name' }), []);
    });

    test('search queries are built from words, never from raw syntax', async () => {
      // Raw query syntax is reduced to its words: an unclosed quote and NEAR( neither throw nor change the meaning.
      assert.deepEqual(await store.searchDocuments('NEAR( "x', {}), []);
      assert.equal((await store.searchDocuments('Wendeltal*( AND', {})).length, 0, 'AND is a word here, and no text has it beside Wendeltal');
      assert.equal((await store.searchDocuments('Wendeltal*(', {})).length, 1);
      assert.equal((await store.searchDocuments("Wendeltal' | !:* &", {})).length, 1);
    });

    test('sources list who is quoted, with claim counts', async () => {
      const s = await store.sources();
      assert.ok(s.length >= 1);
      for (const x of s) assert.ok(x.claims >= 1 && x.documents >= 1, JSON.stringify(x));
    });
});

describe('SQLite store: FTS5 queries', () => {
  test('FTS queries are built from words, never from raw syntax', () => {
    assert.equal(ftsQuery('district authority'), '"district"* "authority"*');
    assert.equal(ftsQuery('"more than"'), '"more than"');
    assert.equal(ftsQuery('AND OR ( *'), '"AND"* "OR"*');
    assert.equal(ftsQuery('NEAR( "x'), '"NEAR"* "x"*');
  });
});

describe('SQLite store: foreign and newer files', () => {
  test('the schema version is recorded; a newer or foreign database is refused in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-store-'));
    try {
      const store = new SqliteStore(join(dir, 'a.db'));
      store.closeNow();
      const db = new Database(join(dir, 'a.db'), { readonly: true });
      assert.equal(db.pragma('user_version', { simple: true }), MIGRATIONS.length);
      db.close();
      const foreign = join(dir, 'foreign.db');
      const f = new Database(foreign);
      f.exec('CREATE TABLE t (x)');
      f.close();
      assert.throws(() => new SqliteStore(foreign), (e: unknown) => e instanceof StoreError && /not one of Quellenlage's/.test(e.message));
      const newer = join(dir, 'newer.db');
      const n = new Database(newer);
      n.pragma(`user_version = ${MIGRATIONS.length + 1}`);
      n.close();
      assert.throws(() => new SqliteStore(newer), (e: unknown) => e instanceof StoreError && /newer Quellenlage/.test(e.message));
      const text = join(dir, 'notes.txt');
      writeFileSync(text, 'just some text, not a database at all '.repeat(200));
      assert.throws(() => new SqliteStore(text), (e: unknown) => e instanceof StoreError && /not a Quellenlage database/.test(e.message));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

for (const backend of BACKENDS) {
  describe(`CLI: ingest, ledger, search, sources, export (${backend.name})`, { skip: backend.skip }, () => {
    const tmp = tempFolder('ql-cli-');
    let fresh: FreshDb;
    let db: string;
    before(async () => {
      fresh = await backend.fresh();
      db = fresh.db;
    });
    after(async () => {
      await fresh?.drop();
    });

    test('ingest of the example articles, then again: all unchanged', () => {
      const r = runCli(['ingest', '--db', db, repoPath('examples', 'batch.jsonl')]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /8 documents .*: 8 added, 0 unchanged, 0 updated, 0 failed/);
      const again = runCli(['ingest', '--db', db, repoPath('examples', 'batch.jsonl')]);
      assert.match(again.stderr, /8 documents .*: 0 added, 8 unchanged/);
    });

    test('QUELLENLAGE_DB names the database', () => {
      const r = runCli(['sources'], { env: { QUELLENLAGE_DB: db } });
      assert.equal(r.status, 0, r.stderr);
      assert.ok(lines(r.stdout).length > 1);
    });

    test('the ledger lines up the evacuation figures of German and English articles in one topic', () => {
      const r = runCli(['ledger', '--db', db, '--format', 'json']);
      assert.equal(r.status, 0, r.stderr);
      const ledger = JSON.parse(r.stdout);
      const v = validateLedger(ledger);
      assert.ok(v.valid, v.message);
      const evac = ledger.topics.find((t: { predicate: string | null }) => t.predicate === 'evacuate');
      assert.ok(evac, JSON.stringify(ledger.topics.map((t: { label: string }) => t.label)));
      const langs = new Set(evac.estimates.map((e: { lang: string }) => e.lang));
      assert.deepEqual([...langs].sort(), ['de', 'en']);
      const docs = new Set(evac.estimates.map((e: { document: string }) => e.document));
      assert.ok(docs.size >= 6, `evacuation estimates from ${docs.size} documents`);
      const dates = evac.estimates.map((e: { published: string }) => e.published);
      assert.deepEqual(dates, [...dates].sort());
    });

    test('ledger text, markdown and CSV views; --topic filters', () => {
      const text = runCli(['ledger', '--db', db, '--topic', 'evacuate']);
      assert.equal(text.status, 0, text.stderr);
      assert.match(text.stdout, /^L1 .*evacuate/);
      assert.match(text.stdout, /range/);
      const md = runCli(['ledger', '--db', db, '--format', 'md', '--topic', 'evacuate']);
      assert.match(md.stdout, /^## .*evacuate/);
      const csv = runCli(['ledger', '--db', db, '--format', 'csv']);
      assert.match(csv.stdout, /^topic,label,published,document,url,lang,source/);
      const none = runCli(['ledger', '--db', db, '--topic', 'no such thing at all']);
      assert.match(none.stdout, /No topics/);
    });

    test('search, sources and export', () => {
      const s = runCli(['search', 'Evakuierten', '--db', db]);
      assert.equal(s.status, 0, s.stderr);
      assert.match(s.stdout, /Documents \([1-9]/);
      const deny = runCli(['search', 'warning', '--kind', 'deny', '--db', db, '--format', 'json']);
      const found = JSON.parse(deny.stdout) as { claims: { claim: { stance: string; kind: string } }[] };
      assert.ok(found.claims.length >= 1, 'the demo holds a denial about a warning');
      assert.deepEqual(found.claims.map((c) => c.claim.stance), found.claims.map(() => 'deny'));
      const ld = runCli(['export', '--format', 'jsonld', '--db', db]);
      const claims = JSON.parse(ld.stdout);
      assert.ok(claims.length > 10);
      for (const c of claims) {
        assert.equal(c['@type'], 'Claim');
        assert.equal(typeof c.text, 'string');
        assert.equal(c.appearance['@type'], 'NewsArticle');
      }
      const csv = runCli(['export', '--db', db]);
      assert.equal(lines(csv.stdout.replace(/"[^"]*"/g, '""')).length, claims.length + 1);
    });

    test('a bad option is one line and a non-zero exit', () => {
      const bad = runCli(['ledger', '--db', db, '--since', 'yesterday']);
      assert.equal(bad.status, 2);
      assert.equal(lines(bad.stderr).length, 1);
    });

    test('one bad document does not stop the batch, and is named in the summary', async () => {
      const other = await backend.fresh();
      try {
        const batch = tmp.file('mixed.jsonl', [JSON.stringify({ text: EN }), '{not json', JSON.stringify({ title: 'no text' }), JSON.stringify({ text: V1 })].join('\n') + '\n');
        const r = runCli(['ingest', '--db', other.db, batch]);
        assert.equal(r.status, 1);
        assert.match(r.stderr, /2 added, 0 unchanged, 0 updated, 2 failed/);
        assert.match(r.stderr, /mixed\.jsonl:2/);
        assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
      } finally {
        await other.drop();
      }
    });
  });
}

describe('CLI: a missing store', () => {
  const tmp = tempFolder('ql-cli-missing-');
  test('a missing database file is one line and a non-zero exit', () => {
    const r = runCli(['ledger', '--db', tmp.path('missing.db')]);
    assert.equal(r.status, 1);
    assert.equal(lines(r.stderr).length, 1);
    assert.match(r.stderr, /no database at .*missing\.db/);
  });

  test('a PostgreSQL server that does not answer is one line and a non-zero exit', () => {
    const r = runCli(['ledger', '--db', 'postgres://nobody:secret@127.0.0.1:1/none']);
    assert.equal(r.status, 1);
    assert.equal(lines(r.stderr).length, 1);
    assert.match(r.stderr, /cannot connect to postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/);
    assert.doesNotMatch(r.stderr, /secret/);
  });
});

describe('schema migrations', () => {
  test('a version-1 database is refused by a read command, upgraded in place by a writer, and keeps its documents in the ledger', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-migrate-'));
    try {
      // Write a store, then turn it back into what schema 1 held: the same rows without the later columns.
      const path = join(dir, 'old.db');
      const fresh = new SqliteStore(join(dir, 'new.db'));
      await put(fresh, V1, null, '2025-04-01');
      fresh.closeNow();
      const src = new Database(join(dir, 'new.db'), { readonly: true });
      const doc = src.prepare('SELECT * FROM documents').get() as Record<string, unknown>;
      const ests = src.prepare('SELECT document_id, quantity_id, topic_key, json FROM estimates').all() as Record<string, unknown>[];
      src.close();
      const old = new Database(path);
      old.exec(MIGRATIONS[0]!);
      old.pragma('user_version = 1');
      const cols = Object.keys(doc);
      old.prepare(`INSERT INTO documents (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => doc[c]));
      const ins = old.prepare('INSERT INTO estimates (document_id, quantity_id, topic_key, json) VALUES (?, ?, ?, ?)');
      for (const e of ests) ins.run(e['document_id'], e['quantity_id'], e['topic_key'], e['json']);
      old.close();

      // A read command never migrates: it says how to upgrade and leaves the file as it was.
      assert.throws(() => new SqliteStore(path, { readonly: true }), /older schema \(1; .*run quellenlage ingest/);
      const still = new Database(path, { readonly: true });
      assert.equal(still.pragma('user_version', { simple: true }), 1);
      still.close();
      const upgraded = new SqliteStore(path);
      const ledger = await ledgerOf(upgraded.ledgerSource({}));
      upgraded.closeNow();
      const check = new Database(path, { readonly: true });
      assert.equal(check.pragma('user_version', { simple: true }), MIGRATIONS.length);
      check.close();
      assert.ok(ests.length > 0);
      assert.equal(ledger.topics.reduce((n, t) => n + t.estimateCount, 0), ests.length);
      assert.ok(ledger.topics.every((t) => t.estimates.every((e) => e.published === '2025-04-01')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
