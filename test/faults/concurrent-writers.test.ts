import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateDocs, writeJsonl, type GeneratedDoc } from '../../bench/corpus-gen.js';
import { CLI_MAIN, ingestConcurrently, startIngest, storeFacts, type WriterResult } from '../../bench/writers.js';
import { textId } from '../../src/core/document.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { normalizeText } from '../../src/text/normalize.js';
import { repoPath, tempFolder } from '../helpers.js';

/**
 * Several `quellenlage ingest` processes on one SQLite file at once (issue 18): every document is stored exactly
 * once, no process reports a failure, the file passes `PRAGMA integrity_check`. Before the fix, writers lost
 * documents to "database is locked" (deferred transactions never wait for the busy timeout) and two processes
 * on a new file both ran the migrations ("table documents already exists").
 */

/** Documents per writer: enough for the writers' transactions to interleave, few enough for CI. */
const PER_WRITER = 20;

const tmp = tempFolder('quellenlage-writers-');
const idOf = (d: GeneratedDoc) => textId(normalizeText(d.text).text);

let pool: GeneratedDoc[] | null = null;
let batch = 0;
let used = 0;
/** Writes `count` batches of distinct documents (distinct from every other batch of this file) as JSONL. */
function batches(count: number, per = PER_WRITER): { files: string[]; ids: Set<string> } {
  const docs = (pool ??= [...generateDocs(600)]);
  const files: string[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < count; i++) {
    const mine = docs.slice(used, used + per);
    used += per;
    assert.equal(mine.length, per, 'the generator ran out of documents: raise its count in this test');
    batch++;
    const file = tmp.path(`batch-${batch}.jsonl`);
    writeJsonl(file, mine);
    files.push(file);
    for (const d of mine) ids.add(idOf(d));
  }
  return { files, ids };
}

function assertAllOk(results: readonly WriterResult[]): void {
  for (const [i, r] of results.entries()) {
    assert.equal(r.code, 0, `writer ${i + 1} exited with ${r.code ?? r.signal}: ${r.stderr}`);
    assert.ok(r.summary, `writer ${i + 1} printed no summary: ${r.stderr}`);
    assert.equal(r.summary.failed, 0, `writer ${i + 1}: ${r.stderr}`);
  }
}

function assertStored(db: string, expected: ReadonlySet<string>): void {
  const f = storeFacts(db);
  assert.equal(f.integrity, 'ok');
  assert.equal(f.userVersion, MIGRATIONS.length);
  assert.equal(f.orphans, 0, 'documents without their analysis row');
  assert.equal(f.distinct, f.documents, 'a document id stored twice');
  assert.deepEqual(f.ids, expected, `stored ${f.documents} documents, expected ${expected.size}`);
}

/** A store that already holds the example articles (ingested by one process). */
function existingStore(name: string): { db: string; ids: Set<string> } {
  const db = tmp.path(name);
  const r = spawnSync(process.execPath, [CLI_MAIN, 'ingest', '--quiet', '--db', db, repoPath('examples', 'batch.jsonl')], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  return { db, ids: storeFacts(db).ids };
}

describe('concurrent ingest processes on one store', { timeout: 300_000 }, () => {
  for (const writers of [2, 4]) {
    test(`${writers} writers, different inputs, new file: each document stored once, no failure`, async () => {
      const { files, ids } = batches(writers);
      const db = tmp.path(`new-different-${writers}.db`);
      const results = await ingestConcurrently(db, files.map((f) => [f]));
      assertAllOk(results);
      assert.equal(results.reduce((n, r) => n + r.summary!.added, 0), ids.size);
      assertStored(db, ids);
    });

    test(`${writers} writers, different inputs, existing file`, async () => {
      const { files, ids } = batches(writers);
      const { db, ids: before } = existingStore(`existing-different-${writers}.db`);
      assert.ok(before.size > 0);
      assertAllOk(await ingestConcurrently(db, files.map((f) => [f])));
      assertStored(db, new Set([...before, ...ids]));
    });

    test(`${writers} writers, identical inputs: every document added by exactly one of them`, async () => {
      const { files, ids } = batches(1);
      const { db, ids: before } = existingStore(`existing-identical-${writers}.db`);
      const results = await ingestConcurrently(db, Array.from({ length: writers }, () => files));
      assertAllOk(results);
      assert.equal(results.reduce((n, r) => n + r.summary!.added, 0), ids.size, 'added counts over all writers');
      assert.equal(results.reduce((n, r) => n + r.summary!.unchanged, 0), ids.size * (writers - 1), 'unchanged counts over all writers');
      assertStored(db, new Set([...before, ...ids]));
    });
  }

  test('4 writers starting together on a new file, several rounds: the schema is made once', async () => {
    // Few documents, so that the processes' starts (and migrations) overlap as much as possible.
    for (let round = 0; round < 3; round++) {
      const { files, ids } = batches(4, 2);
      const db = tmp.path(`race-${round}.db`);
      assertAllOk(await ingestConcurrently(db, files.map((f) => [f])));
      assertStored(db, ids);
    }
  });

  test('a writer killed with SIGKILL does not hurt another writing at the same time', async () => {
    const { files: [keep, killed], ids } = batches(2, 3 * PER_WRITER);
    const db = tmp.path('kill.db');
    const survivor = startIngest(db, [keep!]);
    const victim = startIngest(db, [killed!]);
    // Kill once the victim has stored something (or its batch is well under way).
    for (const started = Date.now(); Date.now() - started < 60_000; ) {
      await sleep(100);
      try {
        if (storeFacts(db).documents >= 10) break;
      } catch {
        // not created yet
      }
    }
    victim.kill();
    const [s, v] = await Promise.all([survivor.done, victim.done]);
    assert.equal(v.signal, 'SIGKILL', `the victim ended before the kill: ${v.stderr}`);
    assertAllOk([s]);
    const mid = storeFacts(db);
    assert.equal(mid.integrity, 'ok');
    assert.equal(mid.orphans, 0);
    // Running the killed batch again stores exactly the rest.
    assertAllOk(await ingestConcurrently(db, [[killed!]]));
    assertStored(db, ids);
  });
});
