import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateDocs, writeJsonl } from '../../bench/corpus-gen.js';
import { CLI_MAIN } from '../../bench/writers.js';
import { textId } from '../../src/core/document.js';
import { normalizeText } from '../../src/text/normalize.js';
import { freshPgDatabase, PG_SKIP } from '../backends.js';
import { tempFolder } from '../helpers.js';

/**
 * Two workers on one queue (PostgreSQL); one is killed with SIGKILL while it holds jobs. The other finishes the
 * queue, including the killed worker's jobs once their lease runs out: every document is stored exactly once, no
 * job is lost or parked, no row is doubled.
 */
const DOCS = 40;
const tmp = tempFolder('quellenlage-queue-');

function worker(db: string): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; stderr: string }> } {
  const child = spawn(process.execPath, [CLI_MAIN, 'worker', '--db', db, '--concurrency', '1', '--lease', '3s', '--backoff', '1s', '--exit-when-done'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

describe('workers on one queue, one killed with SIGKILL', { skip: PG_SKIP, timeout: 240_000 }, () => {
  test('the other finishes: every document stored exactly once, no job lost, no duplicate rows', async () => {
    const fresh = await freshPgDatabase();
    try {
      const docs = [...generateDocs(DOCS)];
      const file = tmp.path('batch.jsonl');
      writeJsonl(file, docs);
      const expected = new Set(docs.map((d) => textId(normalizeText(d.text).text)));
      assert.equal(expected.size, DOCS, 'the generated documents are distinct');
      const q = spawnSync(process.execPath, [CLI_MAIN, 'ingest', '--queue', '--db', fresh.db, file], { encoding: 'utf8', timeout: 60_000 });
      assert.equal(q.status, 0, q.stderr);

      const a = worker(fresh.db);
      const b = worker(fresh.db);
      // Kill the first once it has finished some jobs and holds others (leased, not done).
      const deadline = Date.now() + 120_000;
      let killedWhileHolding = 0;
      for (;;) {
        assert.ok(Date.now() < deadline, 'worker A never held a job after finishing some');
        const [r] = await fresh.rows(
          `SELECT count(*) FILTER (WHERE state = 'done')::int AS done,
                  count(*) FILTER (WHERE state = 'running' AND worker LIKE '%:${a.child.pid}:%')::int AS held,
                  count(*) FILTER (WHERE state = 'done' AND worker LIKE '%:${a.child.pid}:%')::int AS finished_by_a
           FROM jobs`,
        );
        if ((r!['finished_by_a'] as number) >= 2 && (r!['held'] as number) > 0) {
          a.child.kill('SIGKILL');
          killedWhileHolding = r!['held'] as number;
          break;
        }
        await sleep(50);
      }
      const ra = await a.done;
      assert.equal(ra.signal, 'SIGKILL');
      const rb = await b.done;
      assert.equal(rb.code, 0, rb.stderr);
      assert.ok(killedWhileHolding > 0);

      const jobs = await fresh.rows(`SELECT state, count(*)::int AS n, max(attempts)::int AS tries FROM jobs GROUP BY state`);
      assert.deepEqual(jobs.map((j) => [j['state'], j['n']]), [['done', DOCS]], JSON.stringify(jobs));
      assert.ok((jobs[0]!['tries'] as number) >= 2, 'a job of the killed worker was taken again');
      const ids = new Set((await fresh.rows('SELECT id FROM documents')).map((r) => r['id'] as string));
      assert.deepEqual(ids, expected);
      const [c] = await fresh.rows(
        `SELECT (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM analyses)::int AS analyses,
                (SELECT count(*) FROM story_documents)::int AS story_documents,
                (SELECT count(*) FROM story_documents WHERE story_id IS NULL)::int AS unassigned,
                (SELECT count(*) FROM claims)::int AS claims`,
      );
      assert.equal(c!['documents'], DOCS);
      assert.equal(c!['analyses'], DOCS);
      assert.equal(c!['story_documents'], DOCS);
      assert.equal(c!['unassigned'], 0, 'every document was assigned to a story');
      // Each claim row once (a document stored twice would double its claims).
      const perDoc = await fresh.rows(`SELECT a.document_id, (a.json::jsonb -> 'claims') AS claims FROM analyses a`);
      const fromAnalyses = perDoc.reduce((n, r) => n + (r['claims'] as unknown[]).length, 0);
      assert.equal(c!['claims'], fromAnalyses);
    } finally {
      await fresh.drop();
    }
  });
});
