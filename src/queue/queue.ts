/**
 * The job queue in PostgreSQL (table `jobs`, src/store/postgres/schema.ts): `SELECT … FOR UPDATE SKIP LOCKED`, so
 * any number of workers on any number of machines take disjoint jobs without a coordinator. A taken job is leased:
 * a worker that dies (SIGKILL, a lost machine) stops renewing the lease, and once it runs out the job is taken
 * again. A failed job returns with exponential backoff and is parked with its error after `maxAttempts` tries.
 * Storing a document is idempotent (the same text is stored once), so a job run twice stores nothing twice.
 */
import type pg from 'pg';
import type { IncomingDocument } from '../ingest/types.js';

export type JobPayload = { kind: 'document'; doc: IncomingDocument; lang: string } | { kind: 'feed'; url: string; lang: string };

export interface NewJob {
  payload: JobPayload;
  /** The same key is queued once (URL or GUID with the text's hash; a feed's URL with the time slot). */
  dedup: string | null;
}

export interface Job {
  id: number;
  payload: JobPayload;
  attempts: number;
}

export interface QueueOptions {
  /** Seconds a taken job stays leased without renewal. */
  leaseSeconds: number;
  /** Tries before a failing job is parked. */
  maxAttempts: number;
  /** Backoff before the n-th retry: base × 2^(n-1) seconds. */
  backoffSeconds: number;
}

export const DEFAULT_QUEUE: QueueOptions = { leaseSeconds: 120, maxAttempts: 5, backoffSeconds: 10 };

/** Queues jobs; returns how many were new (the others were queued before, by their dedup key). */
export async function enqueue(pool: pg.Pool | pg.PoolClient, jobs: readonly NewJob[]): Promise<number> {
  let added = 0;
  for (let i = 0; i < jobs.length; i += 500) {
    const part = jobs.slice(i, i + 500);
    const r = await pool.query(
      `INSERT INTO jobs (kind, payload, dedup) SELECT * FROM unnest($1::text[], $2::jsonb[], $3::text[]) ON CONFLICT (dedup) DO NOTHING`,
      [part.map((j) => j.payload.kind), part.map((j) => JSON.stringify(j.payload)), part.map((j) => j.dedup)],
    );
    added += r.rowCount ?? 0;
  }
  return added;
}

/** Takes up to `n` jobs that are due (queued, or leased by a worker whose lease ran out) and leases them to `worker`. */
export async function claim(pool: pg.Pool, worker: string, n: number, o: QueueOptions): Promise<Job[]> {
  // A job whose worker died on each of its tries (a document that kills the process) is parked, not taken again.
  await pool.query(
    `UPDATE jobs SET state = 'parked', finished_at = now(), leased_until = NULL,
            error = coalesce(error || '; ', '') || 'its worker stopped (lease ran out) on try ' || attempts
     WHERE id IN (SELECT id FROM jobs WHERE state = 'running' AND leased_until < now() AND attempts >= $1 FOR UPDATE SKIP LOCKED)`,
    [o.maxAttempts],
  );
  const r = await pool.query<{ id: string; payload: JobPayload; attempts: number }>(
    `UPDATE jobs SET state = 'running', attempts = attempts + 1, worker = $1, leased_until = now() + make_interval(secs => $3)
     WHERE id IN (
       SELECT id FROM jobs
       WHERE (state = 'queued' AND run_after <= now()) OR (state = 'running' AND leased_until < now())
       ORDER BY id FOR UPDATE SKIP LOCKED LIMIT $2)
     RETURNING id, payload, attempts`,
    [worker, n, o.leaseSeconds],
  );
  return r.rows.map((x) => ({ id: Number(x.id), payload: x.payload, attempts: x.attempts })).sort((a, b) => a.id - b.id);
}

/** Renews the leases of this worker's jobs (a long analysis keeps its jobs). */
export async function renew(pool: pg.Pool, worker: string, ids: readonly number[], o: QueueOptions): Promise<void> {
  if (ids.length === 0) return;
  await pool.query(`UPDATE jobs SET leased_until = now() + make_interval(secs => $3) WHERE worker = $1 AND state = 'running' AND id = ANY($2)`, [worker, ids, o.leaseSeconds]);
}

/** A job done: its result ("added", "unchanged" …) is kept. Only the worker holding the lease can finish it. */
export async function complete(pool: pg.Pool | pg.PoolClient, worker: string, id: number, result: string): Promise<boolean> {
  const r = await pool.query(
    `UPDATE jobs SET state = 'done', result = $3, error = NULL, finished_at = now(), leased_until = NULL WHERE id = $2 AND worker = $1 AND state = 'running'`,
    [worker, id, result],
  );
  return (r.rowCount ?? 0) > 0;
}

/** A job failed: back to the queue after a backoff, or parked with its error after the last try. */
export async function fail(pool: pg.Pool, worker: string, job: Job, error: string, o: QueueOptions): Promise<'retry' | 'parked'> {
  const parked = job.attempts >= o.maxAttempts;
  await pool.query(
    `UPDATE jobs SET state = $3, error = $4, leased_until = NULL, finished_at = CASE WHEN $3 = 'parked' THEN now() END,
            run_after = now() + make_interval(secs => $5)
     WHERE id = $2 AND worker = $1 AND state = 'running'`,
    [worker, job.id, parked ? 'parked' : 'queued', error, o.backoffSeconds * 2 ** (job.attempts - 1)],
  );
  return parked ? 'parked' : 'retry';
}

export interface QueueCounts {
  queued: number;
  /** Queued, but waiting for a retry's backoff. */
  waiting: number;
  running: number;
  /** Running jobs whose lease ran out (their worker is gone): taken again by the next worker. */
  expired: number;
  done: number;
  parked: number;
}

export async function counts(pool: pg.Pool): Promise<QueueCounts> {
  const r = await pool.query<QueueCounts>(
    `SELECT count(*) FILTER (WHERE state = 'queued' AND run_after <= now())::int AS queued,
            count(*) FILTER (WHERE state = 'queued' AND run_after > now())::int AS waiting,
            count(*) FILTER (WHERE state = 'running' AND leased_until >= now())::int AS running,
            count(*) FILTER (WHERE state = 'running' AND leased_until < now())::int AS expired,
            count(*) FILTER (WHERE state = 'done')::int AS done,
            count(*) FILTER (WHERE state = 'parked')::int AS parked
     FROM jobs`,
  );
  return r.rows[0]!;
}

export interface JobRow {
  id: number;
  kind: string;
  state: string;
  attempts: number;
  origin: string;
  error: string | null;
  worker: string | null;
  runAfter: string;
}

/** Jobs in one state (or the failed ones: parked, or queued again after an error), the newest first. */
export async function list(pool: pg.Pool, state: 'queued' | 'running' | 'failed' | 'parked' | 'done', limit: number): Promise<JobRow[]> {
  const where = state === 'failed' ? `(state = 'parked' OR (state = 'queued' AND error IS NOT NULL))` : `state = $2`;
  const r = await pool.query<JobRow>(
    `SELECT id::int AS id, kind, state, attempts, coalesce(payload #>> '{doc,origin}', payload ->> 'url') AS origin, error, worker, run_after::text AS "runAfter"
     FROM jobs WHERE ${where} ORDER BY id DESC LIMIT $1`,
    state === 'failed' ? [limit] : [limit, state],
  );
  return r.rows;
}

/** Parked jobs back to the queue (after the cause is fixed), with their tries reset; returns how many. */
export async function retryParked(pool: pg.Pool): Promise<number> {
  const r = await pool.query(`UPDATE jobs SET state = 'queued', attempts = 0, run_after = now(), finished_at = NULL WHERE state = 'parked'`);
  return r.rowCount ?? 0;
}
