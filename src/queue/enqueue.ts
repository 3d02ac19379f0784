/**
 * What goes into the job queue: `ingest --queue` reads its inputs here and queues one job per document (a feed as
 * one feed job, which a worker expands into its items); `watch` queues its feeds every interval. The dedup key of
 * a document is its URL (a feed item's GUID or URL, else where it came from) with the hash of its text: the same
 * item is queued once, a changed text at the same URL again (it becomes a new version).
 */
import { textId } from '../core/document.js';
import { readSource } from '../ingest/sources.js';
import type { IncomingDocument, IngestFailure, InputSource, ReadOptions } from '../ingest/types.js';
import { normalizeText } from '../text/normalize.js';
import { UsageError, EXIT_FAILURE, EXIT_OK } from '../cli/errors.js';
import { openStore } from '../store/open.js';
import { PostgresStore } from '../store/postgres/store.js';
import { enqueue, type NewJob } from './queue.js';

/** The PostgreSQL store behind a --db value, for the queue's commands. */
export async function openQueueStore(db: string): Promise<PostgresStore> {
  if (!/^postgres(ql)?:\/\//i.test(db)) throw new UsageError('the job queue needs a PostgreSQL store: give --db postgres://user@host/db (or QUELLENLAGE_DB)');
  return (await openStore(db)) as PostgresStore;
}

export function documentJob(doc: IncomingDocument, lang: string): NewJob {
  return { payload: { kind: 'document', doc, lang }, dedup: `${doc.url ?? doc.origin}#${textId(normalizeText(doc.text).text)}` };
}

/** Reads a feed and queues its items as document jobs; returns [items read, newly queued, failures]. */
export async function enqueueFeed(store: PostgresStore, url: string, lang: string, read: ReadOptions): Promise<{ items: number; queued: number; failures: IngestFailure[] }> {
  return enqueueSource(store, { kind: 'feed', location: url }, lang, read);
}

async function enqueueSource(store: PostgresStore, src: InputSource, lang: string, read: ReadOptions) {
  const failures: IngestFailure[] = [];
  let batch: NewJob[] = [];
  let items = 0;
  let queued = 0;
  for await (const item of readSource(src, read)) {
    if (!item.ok) {
      failures.push(item.failure);
      continue;
    }
    items++;
    batch.push(documentJob(item.doc, lang));
    if (batch.length >= 200) {
      queued += await enqueue(store.connections, batch);
      batch = [];
    }
  }
  queued += await enqueue(store.connections, batch);
  return { items, queued, failures };
}

/** `ingest --queue`: the documents of the inputs become jobs; feeds become feed jobs for the workers to read. */
export async function enqueueSources(
  sources: InputSource[],
  listFailures: IngestFailure[],
  opts: { db: string; lang: string; read: ReadOptions; quiet: boolean },
): Promise<number> {
  const store = await openQueueStore(opts.db);
  const failures = [...listFailures];
  let items = 0;
  let queued = 0;
  try {
    for (const src of sources) {
      if (src.kind === 'feed') {
        items++;
        queued += await enqueue(store.connections, [{ payload: { kind: 'feed', url: src.location, lang: opts.lang }, dedup: null }]);
        continue;
      }
      const r = await enqueueSource(store, src, opts.lang, opts.read);
      items += r.items;
      queued += r.queued;
      failures.push(...r.failures);
    }
  } finally {
    await store.close();
  }
  if (!opts.quiet || failures.length > 0) {
    const lines = [`${items} item${items === 1 ? '' : 's'} read, ${queued} queued (${items - queued} queued before) into ${store.name}; ${failures.length} failed`];
    for (const f of failures.slice(0, 50)) lines.push(`  failed: ${f.reason.includes(f.origin) ? f.reason : `${f.origin}: ${f.reason}`}`);
    process.stderr.write(lines.join('\n') + '\n');
  }
  return failures.length > 0 ? EXIT_FAILURE : EXIT_OK;
}
