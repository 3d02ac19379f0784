import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';

/**
 * The ledger step in bounded time and memory (issue 18, item 0): `ledgerRecords` on an ordinary article grew
 * the heap until V8 aborted. Each job runs in a worker with a heap limit and a time limit, so that a relapse
 * fails this test instead of hanging or killing the test process.
 */

const WORKER = new URL('./ledger-fuzz-worker.js', import.meta.url);
const HEAP_MB = 512;

function job(data: { mode: 'regression' | 'property'; runs?: number }, seconds: number): Promise<{ ok: boolean; runs?: number; message?: string }> {
  return new Promise((resolve) => {
    const w = new Worker(WORKER, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
    const timer = setTimeout(() => {
      void w.terminate();
      resolve({ ok: false, message: `did not finish within ${seconds} s` });
    }, seconds * 1000);
    w.once('message', (m: { ok: boolean; runs?: number; message?: string }) => {
      clearTimeout(timer);
      void w.terminate();
      resolve(m);
    });
    w.once('error', (err) => {
      clearTimeout(timer);
      resolve({ ok: false, message: `worker failed (heap limit ${HEAP_MB} MB?): ${err.message}` });
    });
  });
}

test('a country named inside a hyphenated word ("in die Ukraine-Region") no longer sends the ledger step into an endless loop', async () => {
  const r = await job({ mode: 'regression' }, 20);
  assert.ok(r.ok, r.message);
  assert.equal(r.runs, 2);
});

test('property: random figures, claims, denials and countries in one document — ledger records in bounded time and memory', async () => {
  const r = await job({ mode: 'property', runs: 150 }, 90);
  assert.ok(r.ok, r.message);
  assert.equal(r.runs, 150);
});
