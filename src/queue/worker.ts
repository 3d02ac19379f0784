/**
 * `quellenlage worker`: takes jobs from the queue (src/queue/queue.ts), analyses their documents in worker threads
 * (one per --concurrency, src/cli/analysis-runner.ts), stores each in its own transaction and marks the job done.
 * A job is finished only after its document is committed; a worker killed in between leaves the job leased, it is
 * taken again once the lease runs out, and storing the same text again is a no-op: nothing is lost, nothing doubled.
 * After each batch the new documents are assigned to stories (one worker at a time, under an advisory lock).
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { inlineAnalyzer, poolAnalyzer } from '../cli/analysis-runner.js';
import { analyseDocument, commitDocument, type AnalysedDocument } from '../cli/ingest.js';
import type { ReadOptions } from '../ingest/types.js';
import { EXIT_FAILURE, EXIT_OK } from '../cli/errors.js';
import { enqueueFeed, openQueueStore } from './enqueue.js';
import { claim, complete, counts, fail, renew, type Job, type QueueOptions } from './queue.js';

export interface WorkerOptions {
  db: string;
  /** Documents analysed at once (worker threads). */
  concurrency: number;
  docTimeout: number;
  queue: QueueOptions;
  read: ReadOptions;
  /** Stop once no job is queued, running or waiting for a retry (batch runs, tests); else poll until signalled. */
  exitWhenDone: boolean;
  /** Seconds between polls of an empty queue. */
  pollSeconds: number;
  quiet: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runWorker(o: WorkerOptions): Promise<number> {
  const store = await openQueueStore(o.db);
  const pool = store.connections;
  const name = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const analyzer = o.docTimeout > 0 ? poolAnalyzer(o.concurrency, o.docTimeout) : inlineAnalyzer;
  const stats = { added: 0, unchanged: 0, updated: 0, feeds: 0, retried: 0, parked: 0 };
  const held = new Set<number>();
  const renewal = setInterval(() => void renew(pool, name, [...held], o.queue).catch(() => {}), Math.max(500, (o.queue.leaseSeconds * 1000) / 3));
  let stop = false;
  const onSignal = () => {
    if (stop) process.exit(130);
    stop = true;
    if (!o.quiet) process.stderr.write('\nquellenlage: worker stopping after its current jobs (again to quit now; unfinished jobs return to the queue)\n');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const log = (line: string) => {
    if (!o.quiet) process.stderr.write(`${line}\n`);
  };
  log(`worker ${name}: ${o.concurrency} thread${o.concurrency === 1 ? '' : 's'} on ${store.name}`);
  const warn = (w: string) => process.stderr.write(`quellenlage: warning: ${w}\n`);
  const started = performance.now();
  try {
    while (!stop) {
      const jobs = await claim(pool, name, o.concurrency * 2, o.queue);
      if (jobs.length === 0) {
        if (o.exitWhenDone) {
          const c = await counts(pool);
          if (c.queued + c.waiting + c.running + c.expired === 0) break;
        }
        await sleep(o.pollSeconds * 1000);
        continue;
      }
      for (const j of jobs) held.add(j.id);
      // Analysed concurrently, stored in the order taken (versions of one URL in one batch keep their order).
      const work = jobs.map((job) => {
        const w: Promise<AnalysedDocument | 'unchanged' | { feed: string }> =
          job.payload.kind === 'document'
            ? analyseDocument(store, job.payload.doc, job.payload.lang, analyzer, warn)
            : enqueueFeed(store, job.payload.url, job.payload.lang, o.read).then((r) => ({ feed: `${r.items} items, ${r.queued} new, ${r.failures.length} failed` }));
        w.catch(() => {});
        return { job, w };
      });
      for (const { job, w } of work) {
        await finish(job, w);
        held.delete(job.id);
      }
      await store.assignStories();
    }
  } finally {
    clearInterval(renewal);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await analyzer.close();
    await store.close();
  }
  const s = (performance.now() - started) / 1000;
  const n = stats.added + stats.unchanged + stats.updated;
  log(`worker ${name}: ${n} documents in ${s.toFixed(1)} s (${(n / Math.max(s, 1e-9)).toFixed(1)} docs/s): ${stats.added} added, ${stats.unchanged} unchanged, ${stats.updated} updated; ${stats.feeds} feeds read; ${stats.retried} failed and queued again, ${stats.parked} parked`);
  return stats.parked > 0 ? EXIT_FAILURE : EXIT_OK;

  async function finish(job: Job, w: Promise<AnalysedDocument | 'unchanged' | { feed: string }>) {
    try {
      const r = await w;
      let result: string;
      if (r === 'unchanged') result = r;
      else if ('feed' in r) {
        result = r.feed;
        stats.feeds++;
      } else result = await commitDocument(store, r);
      if (result === 'added' || result === 'unchanged' || result === 'updated') stats[result]++;
      await complete(pool, name, job.id, result);
    } catch (err) {
      const message = (err as Error).message.split('\n')[0]!;
      const what = await fail(pool, name, job, message, o.queue);
      stats[what === 'parked' ? 'parked' : 'retried']++;
      process.stderr.write(`quellenlage: job ${job.id} (${job.payload.kind === 'document' ? job.payload.doc.origin : job.payload.url}) failed on try ${job.attempts}: ${message}${what === 'parked' ? ' — parked' : ''}\n`);
    }
  }
}
