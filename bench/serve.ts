/**
 * `quellenlage serve` under load: C concurrent clients (default 8) POST the seed article to /api/analyze for D
 * seconds each against a server in its own process; median, p90, p99 latency and requests/s — for the whole seed
 * article and for its first 5 kB (the acceptance size) — beside the CLI's time per document in the same run: one
 * `quellenlage analyze` process (start included) and `analyze --jsonl` over 40 copies (per document, warm).
 * Also: how long `serve --demo` takes until the ledger page answers with the example corpus, from an empty store.
 *
 *   npm run build && node dist/bench/serve.js [--clients 8] [--seconds 10] [--workers N] [--article PATH]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Agent } from 'undici';
import { machineMeta } from './machine.js';
import { median } from './stats.js';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '10' },
    workers: { type: 'string' },
    article: { type: 'string', default: new URL('../../../shared/corpus/000_68d3a7d341889de0.txt', import.meta.url).pathname },
  },
});
const CLIENTS = Number(args.clients);
const SECONDS = Number(args.seconds);
const CLI = new URL('../src/cli/main.js', import.meta.url).pathname;

let text: string;
try {
  text = readFileSync(args.article, 'utf8');
} catch {
  console.error(`bench/serve: cannot read the seed article ${args.article} (../shared absent?); give --article PATH`);
  process.exit(1);
}
/** The first ~5 kB of the article, cut at a sentence end. */
const fiveKb = (() => {
  const bytes = Buffer.from(text, 'utf8').subarray(0, 5000).toString('utf8');
  const cut = Math.max(bytes.lastIndexOf('. '), bytes.lastIndexOf('.\n'));
  return cut > 0 ? bytes.slice(0, cut + 1) : bytes;
})();

/** CPU time (user + system, all threads) a process has used so far, in ms; Linux /proc, else NaN. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return Number.NaN;
  }
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Starts `quellenlage serve` on a free port and resolves with its URL and the seconds until it said so. */
function serve(db: string, extra: string[]): Promise<{ child: ChildProcess; url: string; readyS: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0', ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /serving (http:\/\/[^\s/]+)/.exec(err);
      if (m) resolve({ child, url: m[1]!, readyS: (performance.now() - t0) / 1000 });
    });
    child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${err.trim()}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await done;
}

const agent = new Agent({ connections: CLIENTS * 2 });
async function analyzeOnce(url: string, body: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${url}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, dispatcher: agent } as RequestInit);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  return performance.now() - t;
}

async function load(url: string, article: string, pid: number | undefined): Promise<{ n: number; rps: number; p50: number; p90: number; p99: number; max: number; cpu: number }> {
  const body = JSON.stringify({ text: article, lang: 'auto' });
  for (let i = 0; i < 2 * CLIENTS; i++) await analyzeOnce(url, body); // warm-up: every worker has loaded its lexicons
  const latencies: number[] = [];
  const cpu0 = cpuMs(pid);
  const end = performance.now() + SECONDS * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < end) latencies.push(await analyzeOnce(url, body));
    }),
  );
  const wall = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const cpu = (cpuMs(pid) - cpu0) / latencies.length;
  return { n: latencies.length, rps: latencies.length / wall, p50: median(latencies), p90: quantile(latencies, 0.9), p99: quantile(latencies, 0.99), max: latencies[latencies.length - 1]!, cpu };
}

const dir = mkdtempSync(join(tmpdir(), 'quellenlage-serve-bench-'));
try {
  const meta = machineMeta();
  console.log(`quellenlage ${meta.quellenlage} · node ${meta.node} · ${meta.cpu} × ${meta.cores} · ${meta.date}`);
  console.log(`seed article: ${Buffer.byteLength(text)} bytes; 5 kB cut: ${Buffer.byteLength(fiveKb)} bytes; ${CLIENTS} clients × ${SECONDS} s; load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);

  // The CLI, same run: one process per document (start included), and a warm batch.
  const cold: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [CLI, 'analyze', '-', '--format', 'json'], { input: text, maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`analyze failed: ${r.stderr.toString()}`);
    cold.push(performance.now() - t);
  }
  const copies = 40;
  const lines = Array.from({ length: copies }, (_, i) => JSON.stringify({ id: `d${i}`, text })).join('\n') + '\n';
  const tb = performance.now();
  const batch = spawnSync(process.execPath, [CLI, 'analyze', '--jsonl'], { input: lines, maxBuffer: 1 << 28 });
  if (batch.status !== 0) throw new Error(`analyze --jsonl failed: ${batch.stderr.toString()}`);
  const batchMs = performance.now() - tb;
  console.log(`CLI  analyze FILE (one process, start included): median ${ms(median(cold))}`);
  console.log(`CLI  analyze --jsonl, ${copies} copies: ${ms(batchMs / copies)} per document (start spread over the batch)`);

  // serve --demo from an empty store: until the ledger page shows the examples.
  const demoDb = join(dir, 'demo.db');
  const t0 = performance.now();
  const demo = await serve(demoDb, ['--demo']);
  const readyCpu = cpuMs(demo.child.pid);
  const ledger = await fetch(`${demo.url}/ledger`, { dispatcher: agent } as RequestInit);
  const page = await ledger.text();
  const demoS = (performance.now() - t0) / 1000;
  const demoCpu = cpuMs(demo.child.pid);
  await stop(demo.child);
  console.log(`serve --demo, empty store → serving (examples loaded): ${demo.readyS.toFixed(2)} s wall, ${(readyCpu / 1000).toFixed(2)} s CPU`);
  console.log(`serve --demo, empty store → ledger page with the examples: ${demoS.toFixed(2)} s wall, ${(demoCpu / 1000).toFixed(2)} s CPU (${/figure class="chart"/.test(page) ? 'chart shown' : 'NO CHART'})`);

  const workers = args.workers ?? String(Math.max(1, Math.min(4, availableParallelism() - 1)));
  const s = await serve(join(dir, 'bench.db'), ['--workers', workers]);
  try {
    for (const [label, article] of [['seed article', text], ['first 5 kB', fiveKb]] as const) {
      const r = await load(s.url, article, s.child.pid);
      console.log(
        `serve POST /api/analyze, ${label} (${workers} workers): ${r.n} requests, ${r.rps.toFixed(1)} req/s, median ${ms(r.p50)}, p90 ${ms(r.p90)}, p99 ${ms(r.p99)}, max ${ms(r.max)}; server CPU ${ms(r.cpu)} per request`,
      );
    }
  } finally {
    await stop(s.child);
  }
} finally {
  await agent.close();
  rmSync(dir, { recursive: true, force: true });
}
