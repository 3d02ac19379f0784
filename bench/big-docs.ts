/**
 * Big documents: time per MB and peak memory of one document's analysis (analyze → toAnalysis → ledgerRecords,
 * what `ingest` does per document) at 1, 4 and 16 MB of article text. Each size runs in its own process, so
 * that its peak RSS is its own. The text is the example articles (examples/batch.jsonl) repeated, each copy
 * numbered. Targets (issue 18): time per MB flat within ±30 % from 1 to 16 MB; peak RSS < 300 MB + 40 × size.
 *
 * Each process first analyses the example articles 24 times over (loading the NER model, lexicons and compiled
 * patterns, warming the JIT) outside the timed region; that one-off cost is its own column ("load"), so the per-MB figures are the
 * analysis alone. The heap is capped as the CLI caps it (src/core/heap.ts); `--heap default` leaves V8's own
 * growth policy, for comparison.
 *
 *   npm run build && node dist/bench/big-docs.js [--sizes 1,4,16] [--heap default]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../src/analysis/analyze.js';
import { toAnalysis } from '../src/analysis/format.js';
import { ledgerRecords } from '../src/ledger/estimates.js';
import { HEAP_GROWING_PERCENT, limitHeapGrowth } from '../src/core/heap.js';
import { loadExamples } from './corpus-gen.js';

/** Passes over the example articles before the timed region (model load plus JIT warm-up). */
const WARMUP_ROUNDS = 24;

const { values: args } = parseArgs({ options: { sizes: { type: 'string', default: '1,4,16' }, child: { type: 'string' }, heap: { type: 'string', default: 'capped' } } });

function bigText(mb: number): string {
  const ex = loadExamples();
  const parts: string[] = [];
  let n = 0;
  for (let k = 0; n < mb * 1_000_000; k++) {
    const t = `${ex[k % ex.length]!.text}\n(${k})\n\n`;
    parts.push(t);
    n += t.length;
  }
  return parts.join('');
}

if (args.child) {
  if (args.heap !== 'default') limitHeapGrowth();
  const mb = Number(args.child);
  // The one-off start: model, lexicons, compiled patterns, JIT — the example articles once each, as German like
  // the big text, outside the timed region.
  const warm = process.cpuUsage();
  // Steady state before timing (as JMH warms up): the examples are a few kB, so one pass loads the models but
  // leaves the JIT's optimising tiers cold; WARMUP_ROUNDS passes (about 0.35 MB) bring it to steady state.
  const examples = loadExamples();
  for (let round = 0; round < WARMUP_ROUNDS; round++) for (const example of examples) ledgerRecords(toAnalysis(analyze({ text: example.text, lang: 'de' })));
  const w = process.cpuUsage(warm);
  const loadCpuSeconds = (w.user + w.system) / 1e6;
  const loadRssMb = process.resourceUsage().maxRSS / 1024;
  const text = bigText(mb);
  const t = performance.now();
  const cpu = process.cpuUsage();
  const a = toAnalysis(analyze({ text, lang: 'de' }), { release: true });
  const l = performance.now();
  const r = ledgerRecords(a);
  const ledgerSeconds = (performance.now() - l) / 1000;
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  process.stdout.write(
    JSON.stringify({ mb, seconds, cpuSeconds: (used.user + used.system) / 1e6, loadCpuSeconds, loadRssMb, ledgerSeconds, rssMb: process.resourceUsage().maxRSS / 1024, quantities: a.quantities.length, claims: a.claims.length, estimates: r.estimates.length }) + '\n',
  );
} else {
  const rows: { mb: number; seconds: number; cpuSeconds: number; loadCpuSeconds: number; loadRssMb: number; ledgerSeconds: number; rssMb: number; quantities: number; claims: number }[] = [];
  for (const mb of args.sizes!.split(',').map(Number)) {
    const p = spawnSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', String(mb), '--heap', args.heap!], { encoding: 'utf8' });
    if (p.status !== 0) throw new Error(`${mb} MB: ${p.stderr}`);
    rows.push(JSON.parse(p.stdout));
  }
  // CPU seconds (user + system, garbage collection included) per MB: on a shared machine wall time says more
  // about the neighbours than about the slope.
  const base = rows[0]!.cpuSeconds / rows[0]!.mb;
  console.log(`heap growth: ${args.heap === 'default' ? "V8's default" : `capped at ${HEAP_GROWING_PERCENT} % (as the CLI)`}; load = the one-off start (model load and JIT warm-up on the example articles), outside the timed columns`);
  console.log('size  load CPU s  load RSS   wall s   CPU s  CPU s/MB  vs first  peak RSS  limit (300+40×MB)  quantities  claims  ledger ms/1k quantities');
  for (const r of rows) {
    const perMb = r.cpuSeconds / r.mb;
    console.log(
      `${String(r.mb).padStart(3)} MB ${r.loadCpuSeconds.toFixed(1).padStart(9)} ${r.loadRssMb.toFixed(0).padStart(6)} MB ${r.seconds.toFixed(1).padStart(7)} ${r.cpuSeconds.toFixed(1).padStart(7)} ${perMb.toFixed(2).padStart(8)} ${((perMb / base - 1) * 100).toFixed(0).padStart(8)} % ` +
        `${r.rssMb.toFixed(0).padStart(6)} MB ${String(300 + 40 * r.mb).padStart(10)} MB ${r.rssMb < 300 + 40 * r.mb ? 'ok' : 'over'} ${String(r.quantities).padStart(9)} ${String(r.claims).padStart(7)} ${((r.ledgerSeconds * 1e6) / r.quantities).toFixed(0).padStart(8)}`,
    );
  }
}
