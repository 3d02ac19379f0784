/**
 * Concurrent writers against one: W `quellenlage ingest` processes × N documents each into one SQLite file (a
 * new file, then an existing one), against one process ingesting all W × N into a new file. Reports wall time,
 * documents stored, failures and `PRAGMA integrity_check` (issue 18's acceptance: 4 × 500, 2,000 stored, each
 * once, 0 failures, integrity ok).
 *
 *   npm run build && node dist/bench/concurrent-ingest.js --writers 4 --docs 500
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDocs, writeJsonl } from './corpus-gen.js';
import { ingestConcurrently, storeFacts, type WriterResult } from './writers.js';

const { values: args } = parseArgs({ options: { writers: { type: 'string', default: '4' }, docs: { type: 'string', default: '500' } } });
const W = Number(args.writers);
const N = Number(args.docs);

const dir = mkdtempSync(join(tmpdir(), 'quellenlage-concurrent-'));
try {
  const all = [...generateDocs(2 * W * N)];
  const part = (k: number) => {
    const file = join(dir, `part-${k}.jsonl`);
    writeJsonl(file, all.slice(k * N, (k + 1) * N));
    return file;
  };
  const first = Array.from({ length: W }, (_, k) => part(k));
  const second = Array.from({ length: W }, (_, k) => part(W + k));

  const row = (label: string, db: string, results: WriterResult[], seconds: number, expected: number) => {
    const f = storeFacts(db);
    const failed = results.reduce((n, r) => n + (r.summary?.failed ?? 1) + (r.code === 0 ? 0 : 1), 0);
    console.log(
      `${label.padEnd(34)} ${seconds.toFixed(1).padStart(7)} s  stored ${f.documents} (distinct ${f.distinct}, expected ${expected})  failures ${failed}  integrity ${f.integrity}`,
    );
  };
  const timed = async (label: string, db: string, inputs: string[][], expected: number) => {
    const t = performance.now();
    const results = await ingestConcurrently(db, inputs);
    row(label, db, results, (performance.now() - t) / 1000, expected);
  };

  await timed(`1 process × ${W * N} (new file)`, join(dir, 'one.db'), [first], W * N);
  const shared = join(dir, 'shared.db');
  await timed(`${W} processes × ${N} (new file)`, shared, first.map((f) => [f]), W * N);
  await timed(`${W} processes × ${N} (existing file)`, shared, second.map((f) => [f]), 2 * W * N);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
