/**
 * Where the time goes: profiles one contender over the synthetic corpus with the V8 CPU profiler
 * (node:inspector, no flags needed) and prints the functions with the most self time.
 *
 *   node dist/bench/profile.js [ours-analyze|ours-tokenize-segment|intl-segmenter] [--mb 5] [--top 25]
 *
 * The raw profile goes to bench/results/<contender>.cpuprofile (open it in Chrome DevTools).
 */
import { Session } from 'node:inspector';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { intlSegmenter, oursAnalyze, oursDirect } from './contenders.js';
import { buildSynthetic } from './corpus.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { mb: { type: 'string', default: '5' }, top: { type: 'string', default: '25' } },
});
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const contenders = [oursAnalyze, oursDirect, intlSegmenter];
const which = positionals[0] ?? 'ours-analyze';
const contender = contenders.find((c) => c.id === which);
if (!contender) {
  process.stderr.write(`unknown contender "${which}"; one of: ${contenders.map((c) => c.id).join(', ')}\n`);
  process.exit(2);
}

const corpus = buildSynthetic(join(ROOT, 'examples'), Number.parseFloat(args.mb!) * 1e6);
contender.run(corpus.docs.slice(0, 200)); // warm-up outside the profile

const session = new Session();
session.connect();
const post = <T>(method: string, params?: object) =>
  new Promise<T>((ok, fail) => session.post(method, params ?? {}, (err, res) => (err ? fail(err) : ok(res as T))));

await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 100 });
await post('Profiler.start');
const t0 = performance.now();
contender.run(corpus.docs);
const ms = performance.now() - t0;
const { profile } = await post<{ profile: CpuProfile }>('Profiler.stop');
session.disconnect();

// Self time per function (samples × their time deltas).
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  const f = byId.get(id)!.callFrame;
  const file = f.url.startsWith('file:') ? relative(ROOT, fileURLToPath(f.url)) : f.url;
  const where = file ? `${file}:${f.lineNumber + 1}` : '';
  const key = `${f.functionName || '(anonymous)'}  ${where}`.trimEnd();
  self.set(key, (self.get(key) ?? 0) + dt);
});

const out = join(ROOT, 'bench', 'results', `${contender.id}.cpuprofile`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(profile));

process.stdout.write(`${contender.label} over ${corpus.docs.length} docs (${(corpus.bytes / 1e6).toFixed(1)} MB): ${ms.toFixed(0)} ms under the profiler\n`);
process.stdout.write(`self time, top ${args.top}:\n`);
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number.parseInt(args.top!, 10) || 25);
for (const [key, us] of top) process.stdout.write(`  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}\n`);
process.stdout.write(`profile: ${relative(ROOT, out)}\n`);
