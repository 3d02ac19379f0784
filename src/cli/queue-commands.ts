/**
 * The commands of the job queue (PostgreSQL): `worker`, `jobs` and `watch`. `ingest --queue` (src/cli/ingest.ts)
 * fills the queue too.
 */
import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../ingest/read.js';
import { EXIT_OK, UsageError } from './errors.js';
import { parseBudget, parseCount } from './options.js';
import { write } from './output.js';

export interface QueueCommandHelpers {
  dbOption: () => Option;
  dbPath: (option: string | undefined) => string;
  wrapUsage: <T>(fn: (v: string) => T) => (v: string) => T;
  setExit: (code: number) => void;
}

/** "10m", "90s", "2h" or plain seconds. */
export function parseDuration(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(value.trim());
  if (!m || Number(m[1]) <= 0) throw new UsageError(`not a duration: ${value} (give e.g. 90s, 10m, 2h)`);
  return Number(m[1]) * (m[2] === 'h' ? 3600 : m[2] === 'm' ? 60 : 1);
}

const positive = (v: string) => {
  const n = parseCount(v);
  if (n < 1) throw new UsageError(`give a number of at least 1, not ${v}`);
  return n;
};

const read = () => ({ maxBytes: DEFAULT_MAX_BYTES, fetch: { timeoutMs: 20_000, maxBytes: DEFAULT_MAX_BYTES, maxRedirects: 5 } });

export function registerQueueCommands(program: Command, h: QueueCommandHelpers): void {
  program
    .command('worker')
    .summary('take ingest jobs from the queue (PostgreSQL), analyse them in worker threads and store them')
    .description(
      'Take jobs that ingest --queue or watch queued, analyse their documents in worker threads and store each in\n' +
        'its own transaction. Any number of workers on any number of machines may share one queue: jobs are taken with\n' +
        'SELECT … FOR UPDATE SKIP LOCKED and leased; a worker that dies loses nothing, its jobs return once the lease\n' +
        'runs out. A failed job is tried again with backoff and parked with its error after --max-attempts tries.',
    )
    .addOption(h.dbOption())
    .option('--concurrency <n>', 'documents analysed at once, one worker thread each (default: one per core)', h.wrapUsage(positive), availableParallelism())
    .addOption(new Option('--lease <duration>', 'how long a taken job stays leased without renewal').argParser(h.wrapUsage(parseDuration)).default(120, '2m'))
    .option('--max-attempts <n>', 'tries before a failing job is parked', h.wrapUsage(positive), 5)
    .addOption(new Option('--backoff <duration>', 'wait before the first retry (doubling after each)').argParser(h.wrapUsage(parseDuration)).default(10, '10s'))
    .addOption(new Option('--doc-timeout <seconds>', "time budget of one document's analysis (0: none)").argParser(h.wrapUsage(parseBudget)).default(60))
    .option('--exit-when-done', 'stop once no job is queued, running or waiting for a retry (else wait for more)')
    .option('-q, --quiet', 'no start and end lines (failures are still reported)')
    .addHelpText('after', '\nExamples:\n  quellenlage worker --db postgres://ql@db.example/news --concurrency 4\n  quellenlage worker --exit-when-done      # a batch: run until the queue is empty')
    .action(async (o: Record<string, unknown>) => {
      const { runWorker } = await import('../queue/worker.js');
      h.setExit(
        await runWorker({
          db: h.dbPath(o['db'] as string | undefined),
          concurrency: o['concurrency'] as number,
          docTimeout: o['docTimeout'] as number,
          queue: { leaseSeconds: o['lease'] as number, maxAttempts: o['maxAttempts'] as number, backoffSeconds: o['backoff'] as number },
          read: read(),
          exitWhenDone: o['exitWhenDone'] === true,
          pollSeconds: 1,
          quiet: o['quiet'] === true,
        }),
      );
    });

  program
    .command('jobs')
    .summary('the job queue: how many jobs are queued, running, done, failed and parked, and why they failed')
    .addOption(h.dbOption())
    .addOption(new Option('--list <state>', 'list jobs in a state').choices(['queued', 'running', 'failed', 'parked', 'done']))
    .option('--limit <n>', 'jobs listed', h.wrapUsage(parseCount), 20)
    .option('--retry-parked', 'return the parked jobs to the queue (after fixing their cause)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (o: Record<string, unknown>) => {
      const { openQueueStore } = await import('../queue/enqueue.js');
      const q = await import('../queue/queue.js');
      const store = await openQueueStore(h.dbPath(o['db'] as string | undefined));
      try {
        const retried = o['retryParked'] === true ? await q.retryParked(store.connections) : null;
        const c = await q.counts(store.connections);
        const state = (o['list'] as 'failed' | undefined) ?? (c.parked > 0 || o['retryParked'] ? 'failed' : undefined);
        const rows = state ? await q.list(store.connections, state, o['limit'] as number) : [];
        if (o['format'] === 'json') {
          await write(JSON.stringify({ counts: c, ...(state ? { [state]: rows } : {}), ...(retried !== null ? { retried } : {}) }, null, 2) + '\n');
        } else {
          const out = [
            ...(retried !== null ? [`${retried} parked jobs queued again`] : []),
            `queued ${c.queued}, waiting for a retry ${c.waiting}, running ${c.running}, lease ran out ${c.expired}, done ${c.done}, parked ${c.parked}`,
          ];
          for (const r of rows) out.push(`  #${r.id} ${r.kind} ${r.state} (${r.attempts} tr${r.attempts === 1 ? 'y' : 'ies'}) ${r.origin}${r.error ? `: ${r.error}` : ''}`);
          await write(out.join('\n') + '\n');
        }
      } finally {
        await store.close();
      }
      h.setExit(EXIT_OK);
    });

  program
    .command('watch')
    .summary('queue the new items of feeds every interval, for the workers (PostgreSQL)')
    .description(
      'Read each feed every --every and queue its items as jobs for quellenlage worker. An item already queued (the\n' +
        'same URL or GUID with the same text) is not queued again; a changed text at the same URL is, and becomes a\n' +
        'new version when stored.',
    )
    .addOption(h.dbOption())
    .requiredOption('--feed <url>', 'an RSS or Atom feed (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addOption(new Option('--every <duration>', 'how often each feed is read').argParser(h.wrapUsage(parseDuration)).default(600, '10m'))
    .addOption(new Option('--lang <code>', 'language of items that do not say').choices(['auto', 'de', 'en']).default('auto'))
    .option('--once', 'read each feed once and stop')
    .addHelpText('after', '\nExample:\n  quellenlage watch --db postgres://ql@db.example/news --feed https://example.org/rss.xml --every 10m')
    .action(async (o: Record<string, unknown>) => {
      const { openQueueStore, enqueueFeed } = await import('../queue/enqueue.js');
      const store = await openQueueStore(h.dbPath(o['db'] as string | undefined));
      let stop = false;
      let wake: (() => void) | null = null;
      const onSignal = () => {
        stop = true;
        wake?.();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        while (!stop) {
          for (const url of o['feed'] as string[]) {
            try {
              const r = await enqueueFeed(store, url, o['lang'] as string, read());
              process.stderr.write(`${new Date().toISOString()} ${url}: ${r.items} items, ${r.queued} new${r.failures.length ? `, ${r.failures.length} failed (${r.failures[0]!.reason})` : ''}\n`);
            } catch (err) {
              process.stderr.write(`quellenlage: ${url}: ${(err as Error).message.split('\n')[0]}\n`);
            }
          }
          if (o['once']) break;
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, (o['every'] as number) * 1000).unref();
          });
        }
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await store.close();
      }
      h.setExit(EXIT_OK);
    });
}
