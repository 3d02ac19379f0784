// Copies the lexicon data files (src/**/*.txt|tsv|json) next to the compiled modules in dist/src,
// so that each language module finds its data relative to itself.
import { cpSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');
const out = join(root, 'dist', 'src');
const DATA = /\.(txt|tsv|json)$/;

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
