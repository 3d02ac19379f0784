// Cross-validation over several seeds: runs scripts/train-ner.mjs once per seed (each seed its own document folds,
// swapped copies and order) into a scratch model and prints each seed's mean held-out F1 and their mean. GUM dev is
// small and noisy: judge a feature or lexicon change by this mean first. Run `npm run build` before.
//   node scripts/cv-ner.mjs [--seeds 2014,7,99] [any train-ner option, e.g. --lang en (the default here)]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2);
const at = argv.indexOf('--seeds');
const seeds = at >= 0 ? argv.splice(at, 2)[1].split(',') : ['2014', '7', '99'];
if (!argv.includes('--lang')) argv.push('--lang', 'en');
const tmp = mkdtempSync(join(tmpdir(), 'quellenlage-cv-'));
const scores = [];
try {
  for (const seed of seeds) {
    const log = execFileSync(process.execPath, [join(root, 'scripts/train-ner.mjs'), ...argv, '--seed', seed, '--no-dev', '--out', join(tmp, 'model.bin')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const m = /→ (\d+) epochs \(mean held-out F1 ([\d.]+)\)/.exec(log);
    if (!m) throw new Error(`cv-ner: no cross-validation result for seed ${seed}:\n${log}`);
    scores.push(Number(m[2]));
    console.log(`seed ${seed}: ${m[1]} epochs, mean held-out F1 ${m[2]}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`cv-ner: mean over ${scores.length} seeds ${(scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(2)}`);
