import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDuration } from '../../src/cli/queue-commands.js';
import { openStore } from '../../src/store/open.js';
import type { PostgresStore } from '../../src/store/postgres/store.js';
import { claim, complete, counts, enqueue, fail, type QueueOptions } from '../../src/queue/queue.js';
import { documentJob } from '../../src/queue/enqueue.js';
import { freshPgDatabase, PG_SKIP } from '../backends.js';
import { lines, repoPath, runCli, tempFolder } from '../helpers.js';

const doc = (text: string, url: string | null = null) => ({ text, title: null, url, published: '2025-06-02', author: null, lang: 'de', raw: text, rawType: 'text' as const, origin: 'test' });

describe('queue: durations', () => {
  test('90s, 10m, 2h and plain seconds; anything else is a usage error', () => {
    assert.equal(parseDuration('90s'), 90);
    assert.equal(parseDuration('10m'), 600);
    assert.equal(parseDuration('2h'), 7200);
    assert.equal(parseDuration('45'), 45);
    assert.throws(() => parseDuration('10 minutes'), /not a duration/);
    assert.throws(() => parseDuration('0'), /not a duration/);
  });
});

describe('queue: the commands need PostgreSQL', () => {
  test('worker on an SQLite file is a usage error in one line', () => {
    const r = runCli(['worker', '--db', 'some.db', '--exit-when-done']);
    assert.equal(r.status, 2);
    assert.equal(lines(r.stderr).length, 1);
    assert.match(r.stderr, /needs a PostgreSQL store/);
  });
});

describe('queue: jobs in PostgreSQL', { skip: PG_SKIP }, () => {
  const tmp = tempFolder('ql-queue-');
  const o: QueueOptions = { leaseSeconds: 60, maxAttempts: 2, backoffSeconds: 0 };

  test('the same item is queued once; a changed text at the same URL again', async () => {
    const fresh = await freshPgDatabase();
    const store = (await openStore(fresh.db)) as PostgresStore;
    try {
      const a = documentJob(doc('Im Tal wurden 200 Menschen evakuiert.', 'https://news.example/x'), 'auto');
      const b = documentJob(doc('Im Tal wurden 250 Menschen evakuiert.', 'https://news.example/x'), 'auto');
      assert.equal(await enqueue(store.connections, [a]), 1);
      assert.equal(await enqueue(store.connections, [a]), 0);
      assert.equal(await enqueue(store.connections, [b]), 1);
      assert.equal((await counts(store.connections)).queued, 2);
    } finally {
      await store.close();
      await fresh.drop();
    }
  });

  test('two workers never take the same job; a finished job stays done; a failing one is retried, then parked', async () => {
    const fresh = await freshPgDatabase();
    const store = (await openStore(fresh.db)) as PostgresStore;
    try {
      const pool = store.connections;
      await enqueue(pool, [1, 2, 3, 4, 5].map((i) => documentJob(doc(`Bericht ${i}: ${i * 100} Menschen evakuiert.`), 'de')));
      const [x, y] = await Promise.all([claim(pool, 'w1', 3, o), claim(pool, 'w2', 3, o)]);
      assert.equal(x!.length + y!.length, 5);
      assert.equal(new Set([...x!, ...y!].map((j) => j.id)).size, 5, 'a job was taken by both workers');
      assert.equal(await complete(pool, 'w2', x![0]!.id, 'added'), false, 'only the worker holding the lease finishes a job');
      assert.equal(await complete(pool, 'w1', x![0]!.id, 'added'), true);
      const bad = x![1]!;
      assert.equal(await fail(pool, 'w1', bad, 'boom', o), 'retry');
      const again = await claim(pool, 'w3', 10, o);
      assert.deepEqual(again.map((j) => j.id), [bad.id]);
      assert.equal(again[0]!.attempts, 2);
      assert.equal(await fail(pool, 'w3', again[0]!, 'boom again', o), 'parked');
      const c = await counts(pool);
      assert.deepEqual([c.done, c.parked, c.running, c.queued], [1, 1, 3, 0]);
      const jobs = runCli(['jobs', '--db', fresh.db, '--format', 'json']);
      assert.equal(jobs.status, 0, jobs.stderr);
      const listed = JSON.parse(jobs.stdout) as { failed: { id: number; error: string }[] };
      assert.deepEqual(listed.failed.map((j) => [j.id, j.error]), [[bad.id, 'boom again']]);
    } finally {
      await store.close();
      await fresh.drop();
    }
  });

  test('ingest --queue, then a worker: the store holds what ingest would have stored', async () => {
    const fresh = await freshPgDatabase();
    try {
      const batch = tmp.file('batch.jsonl', [
        { text: 'Hochwasser im Quelmtal: Die Feuerwehr brachte am Montag rund 300 Menschen in Sicherheit.', published: '2025-06-02', url: 'https://news.example/a' },
        { text: 'Flood in the Quelm valley: the fire service said about 300 people had been evacuated on Monday.', published: '2025-06-02', url: 'https://news.example/b' },
      ].map((r) => JSON.stringify(r)).join('\n') + '\n');
      const q = runCli(['ingest', '--queue', '--db', fresh.db, batch]);
      assert.equal(q.status, 0, q.stderr);
      assert.match(q.stderr, /[1-9]\d* queued/);
      const w = runCli(['worker', '--db', fresh.db, '--exit-when-done', '--concurrency', '1']);
      assert.equal(w.status, 0, w.stderr);
      const [r] = await fresh.rows(`SELECT (SELECT count(*) FROM documents)::int AS docs, (SELECT count(*) FROM jobs WHERE state = 'done')::int AS done, (SELECT count(*) FROM jobs)::int AS jobs`);
      assert.equal(r!['docs'], 2);
      assert.equal(r!['done'], r!['jobs']);
      const feed = repoPath('test', 'fixtures', 'ingest', 'feed-full.atom');
      const first = runCli(['watch', '--once', '--db', fresh.db, '--feed', feed]);
      assert.equal(first.status, 0, first.stderr);
      assert.match(first.stderr, / [1-9]\d* items, [1-9]\d* new/);
      const second = runCli(['watch', '--once', '--db', fresh.db, '--feed', feed]);
      assert.match(second.stderr, / [1-9]\d* items, 0 new/);
    } finally {
      await fresh.drop();
    }
  });
});
