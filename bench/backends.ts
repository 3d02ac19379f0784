/**
 * `npm run bench:ingest -- --db postgres://…` (bench/ingest.ts hands over here when --db is given): the same
 * generated corpus ingested into SQLite (the default) and into PostgreSQL in one run, with 1, 2 and 4 worker
 * threads each (`ingest --threads N`; with --queue also `ingest --queue` + `worker --concurrency N` on
 * PostgreSQL), then the CLI latency of ledger, search and sources on each store (median of --reps runs).
 * Each PostgreSQL run gets a fresh database on the given server (the role needs CREATEDB); all are dropped at the
 * end. Documents/s are per wall second of the whole process (start-up and worker warm-up included).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { generateDocs, writeJsonl } from './corpus-gen.js';
import { median, round } from './stats.js';
import { machineMeta } from './machine.js';

const MAIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

export interface BackendBenchOptions {
  pg: string;
  docs: number;
  threads: number[];
  reps: number;
  seed: number;
  stories: number;
  /** Also measure the queue: ingest --queue, then one worker with --concurrency N. */
  queue: boolean;
  outFile?: string;
}

interface Timed {
  wallS: number;
  peakRssMiB: number | null;
  stderr: string;
}

function run(args: readonly string[]): Timed {
  const t0 = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-f', 'QL_TIME %M', process.execPath, MAIN, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 })
    : spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  const rss = /^QL_TIME (\d+)$/m.exec(r.stderr ?? '');
  if (r.status !== 0) throw new Error(`quellenlage ${args.join(' ')} exited with ${r.status ?? r.signal}: ${(r.stderr ?? '').slice(-1500)}`);
  return { wallS, peakRssMiB: rss ? round(Number(rss[1]) / 1024, 1) : null, stderr: r.stderr };
}

async function admin<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

const log = (s = '') => process.stdout.write(s + '\n');

export async function runBackendBench(o: BackendBenchOptions): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'ql-bench-backends-'));
  const made: string[] = [];
  const pgDb = async (tag: string) => {
    const name = `ql_bench_${process.pid}_${tag}`;
    await admin(o.pg, (c) => c.query(`CREATE DATABASE ${name}`));
    made.push(name);
    const u = new URL(o.pg);
    u.pathname = `/${name}`;
    return u.toString();
  };
  try {
    const corpus = join(tmp, 'corpus.jsonl');
    const n = writeJsonl(corpus, generateDocs(o.docs, { seed: o.seed, stories: o.stories }));
    log(`Backends: ${n.toLocaleString('en-US')} generated documents (seed ${o.seed}, ${o.stories} stories), threads ${o.threads.join('/')}; ${JSON.stringify(machineMeta())}`);
    const rows: { backend: string; mode: string; threads: number; wallS: number; docsPerS: number; peakRssMiB: number | null }[] = [];
    const stores: Record<string, string> = {};
    for (const backend of ['SQLite', 'PostgreSQL'] as const) {
      for (const t of o.threads) {
        const db = backend === 'SQLite' ? join(tmp, `t${t}.db`) : await pgDb(`t${t}`);
        const r = run(['ingest', '--db', db, '--threads', String(t), corpus]);
        if (!/ 0 failed/.test(r.stderr)) throw new Error(`ingest reported failures: ${r.stderr.slice(-1500)}`);
        rows.push({ backend, mode: 'ingest --threads', threads: t, wallS: round(r.wallS, 1), docsPerS: round(n / r.wallS, 1), peakRssMiB: r.peakRssMiB });
        log(`  ${backend} ingest --threads ${t}: ${round(r.wallS, 1)} s, ${round(n / r.wallS, 1)} docs/s, peak RSS ${r.peakRssMiB ?? 'n/a'} MiB`);
        stores[backend] = db;
      }
      if (backend === 'PostgreSQL' && o.queue) {
        for (const t of o.threads) {
          const db = await pgDb(`q${t}`);
          const q = run(['ingest', '--queue', '--quiet', '--db', db, corpus]);
          const w = run(['worker', '--db', db, '--concurrency', String(t), '--exit-when-done']);
          rows.push({ backend, mode: 'worker --concurrency', threads: t, wallS: round(w.wallS, 1), docsPerS: round(n / w.wallS, 1), peakRssMiB: w.peakRssMiB });
          log(`  PostgreSQL ingest --queue: ${round(q.wallS, 1)} s; worker --concurrency ${t}: ${round(w.wallS, 1)} s, ${round(n / w.wallS, 1)} docs/s, peak RSS ${w.peakRssMiB ?? 'n/a'} MiB`);
        }
      }
    }
    const queries = [
      ['ledger'],
      ['ledger', '--topic', 'evacuate'],
      ['search', 'Evakuierte'],
      ['search', 'district authority'],
      ['sources'],
      ['stories'],
    ];
    const latency: { backend: string; query: string; medianMs: number; runsMs: number[] }[] = [];
    for (const backend of ['SQLite', 'PostgreSQL'] as const) {
      for (const q of queries) {
        run([...q, '--db', stores[backend]!]);
        const runs = Array.from({ length: o.reps }, () => round(run([...q, '--db', stores[backend]!]).wallS * 1000, 1));
        latency.push({ backend, query: q.join(' '), medianMs: round(median(runs), 1), runsMs: runs });
      }
    }
    const floor = Array.from({ length: o.reps }, () => round(run(['--version']).wallS * 1000, 1));
    log('');
    log('| backend | mode | threads | wall s | docs/s | peak RSS MiB |');
    log('|---|---|---|---|---|---|');
    for (const r of rows) log(`| ${r.backend} | ${r.mode} | ${r.threads} | ${r.wallS} | ${r.docsPerS} | ${r.peakRssMiB ?? 'n/a'} |`);
    log('');
    log(`| query (CLI, median of ${o.reps}, ms) | SQLite | PostgreSQL |`);
    log('|---|---|---|');
    for (const q of queries) {
      const k = q.join(' ');
      const of = (b: string) => latency.find((l) => l.backend === b && l.query === k)!.medianMs;
      log(`| ${k} | ${of('SQLite')} | ${of('PostgreSQL')} |`);
    }
    log(`| quellenlage --version (CLI floor) | ${round(median(floor), 1)} | |`);
    if (o.outFile) writeFileSync(o.outFile, JSON.stringify({ docs: n, machine: machineMeta(), ingest: rows, latency, cliFloorMs: round(median(floor), 1) }, null, 2) + '\n');
  } finally {
    for (const name of made) await admin(o.pg, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}
