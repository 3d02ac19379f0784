// Copies the lexicon data files (src/**/*.txt|tsv|json) next to the compiled modules in dist/src,
// so that each language module finds its data relative to itself.
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');
const out = join(root, 'dist', 'src');
const DATA = /\.(txt|tsv|json|css)$/;

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (DATA.test(name)) {
      const target = join(out, relative(src, p));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(p, target);
    }
  }
}
walk(src);

// tsc writes files without the executable bit; the CLI entry point needs it to run as a bin (npx, npm link).
const bin = join(out, 'cli', 'main.js');
if (existsSync(bin)) chmodSync(bin, 0o755);
