// `npm run train:ner`: trains the German NER tagger on GermEval 2014 and writes models/ner-de.bin.
// `npm run train:ner -- --lang en`: trains the English tagger on GUM (../shared/data/gum-en/train, converted by
// ../shared/tools/gum-to-tsv.mjs; CC BY 4.0 annotations of CC BY / CC BY-SA texts) with the English lexicon and
// writes models/ner-en.bin; it reports on GUM dev (converted the same way), which training never reads. English
// defaults: the four main types (GUM has no -deriv/-part labels), the rest as for German.
// Only the dev and test files of GermEval 2014 are available to the project (../shared/data/germeval2014/):
// the tagger is trained on NER-de-test.tsv (5,100 sentences) and evaluated on NER-de-dev.tsv, which training
// never reads (the number of epochs is chosen by cross-validation on the training file alone, with the same
// mention-swapped copies as the final model, made per fold from the other folds alone).
// Deterministic: the same data, lexicons and options give the same model, byte for byte.
//
//   node scripts/train-ner.mjs [--lang de|en] [--data DIR] [--folds 5] [--max-epochs 14] [--epochs N] [--labels germeval|main]
//                              [--scheme bio|bioes] [--margin 8] [--min-count 2] [--seed 2014]
//                              [--out models/ner-de.bin] [--no-dev] [--augment 2] [--ensemble 4] [--cv-by doc|sentence]
// Defaults, chosen by the cross-validation (mean held-out F1 of the four main types, 5 folds of the training
// file): the twelve GermEval types in BIO, cost-augmented updates with margin 8, features seen at least twice.
// --augment K adds K copies of each sentence with its mentions swapped for other training mentions of the same
// type (mention replacement); over four seeds it raised dev F1 from 68.8 to 69.9 on average, so the default is 2.
// In cross-validation each fold gets its own copies, made from the other folds' sentences and mentions alone.
// --ensemble M trains M perceptrons, each on the original sentences plus its own K swapped copies and in its own
// order, and sums their weights into one model (2.5 MB instead of 1.4; tagging ~15 % slower). Over four seeds M = 4 raised
// dev F1 from 69.8 to 70.5 on average; M = 8 did no better. The epochs are chosen for a single perceptron.
// --cv-by doc (the default for English) puts all sentences of a document in one fold (GUM sentence ids name their
// document), so the held-out documents are unseen as test documents are; German folds by sentence.
// Timing: about three minutes on 2 cores (cross-validation about two of them); --epochs N skips it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const dist = (p) => join(root, 'dist', 'src', p);
if (!existsSync(dist('extract/ner/train.js'))) {
  console.error('train-ner: dist/ is missing; run npm run build first (npm run train:ner does)');
  process.exit(1);
}
let parsed;
try {
  parsed = parseArgs({
    options: {
      lang: { type: 'string', default: 'de' },
      data: { type: 'string' },
      folds: { type: 'string', default: '5' },
      'max-epochs': { type: 'string', default: '14' },
      epochs: { type: 'string' },
      labels: { type: 'string' },
      'min-count': { type: 'string', default: '2' },
      seed: { type: 'string', default: '2014' },
      out: { type: 'string' },
      'no-dev': { type: 'boolean', default: false },
      scheme: { type: 'string', default: 'bio' },
      margin: { type: 'string', default: '8' },
      augment: { type: 'string', default: '2' },
      ensemble: { type: 'string', default: '4' },
      'cv-by': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (e) {
  console.error(`train-ner: ${e.message} (see --help)`);
  process.exit(2);
}
const args = parsed.values;
if (args.help) {
  // The usage is the comment at the top of this file.
  const { readFileSync } = await import('node:fs');
  const lines = readFileSync(new URL(import.meta.url), 'utf8').split('\n');
  const end = lines.findIndex((l) => !l.startsWith('//'));
  console.log(lines.slice(0, end).map((l) => l.slice(3)).join('\n'));
  process.exit(0);
}
const train = await import(dist('extract/ner/train.js'));
const { encodeModel, NerModel } = await import(dist('extract/ner/model.js'));
const { readGermEval, evalNer, documentOf } = await import(dist('eval/ner.js'));
const { mulberry32 } = await import(dist('core/prng.js'));

const lang = args.lang;
if (lang !== 'de' && lang !== 'en') {
  console.error(`train-ner: --lang must be de or en, not "${lang}"`);
  process.exit(2);
}
const english = lang === 'en';
args.out ??= join(root, 'models', `ner-${lang}.bin`);
const dataDir = args.data ?? join(root, '..', 'shared', 'data', english ? 'gum-en' : 'germeval2014');
let trainFile = join(dataDir, 'NER-de-test.tsv');
let devFile = join(dataDir, 'NER-de-dev.tsv');
if (english) {
  // GUM is CoNLL-U: the shared converter turns train/ and dev/ into the GermEval columns, outside the repository.
  const converter = join(dataDir, '..', '..', 'tools', 'gum-to-tsv.mjs');
  if (!existsSync(join(dataDir, 'train')) || !existsSync(converter)) {
    console.error(`train-ner: ${join(dataDir, 'train')} or ${converter} not found (GUM lives in ../shared/data/gum-en)`);
    process.exit(1);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'quellenlage-gum-'));
  process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
  const convert = (part) => {
    const file = join(tmp, `gum-${part}.tsv`);
    if (existsSync(join(dataDir, part))) writeFileSync(file, execFileSync(process.execPath, [converter, join(dataDir, part)], { maxBuffer: 1 << 28 }));
    return file;
  };
  trainFile = convert('train');
  devFile = convert('dev');
}
if (!existsSync(trainFile)) {
  console.error(`train-ner: ${trainFile} not found (the GermEval 2014 files live in ../shared/data/germeval2014)`);
  process.exit(1);
}
const labelSet = (args.labels ?? (english ? 'main' : 'germeval')) === 'main' ? 'main' : 'germeval';
const scheme = args.scheme === 'bio' ? 'bio' : 'bioes';
const seed = Number(args.seed);
const margin = Number(args.margin);
const t0 = performance.now();
const lexicon = train.NerLexicon.forLang(lang);
const extractor = new train.FeatureExtractor(lexicon);
const sents = readGermEval(trainFile);
const docOf = sents.map((s) => documentOf(s.source));
// English: document features (doc-features.ts) — each sentence gets the summary of its document; a swapped copy
// that of the copies of its document made in the same round (so a swapped name's other mentions are its own).
const docFeatures = english;
const withDocs = (items, keyOf) => {
  if (!docFeatures) return items;
  const groups = new Map();
  items.forEach((x, i) => {
    const k = keyOf(x, i);
    const g = groups.get(k) ?? [];
    g.push(x);
    groups.set(k, g);
  });
  for (const g of groups.values()) {
    const doc = new train.DocContext(g.map((x) => x.words), lexicon);
    for (const x of g) x.doc = doc;
  }
  return items;
};
const originals = withDocs(sents.map((s) => ({ words: s.words, labels: train.goldIn(labelSet, s.outer, scheme) })), (_, i) => docOf[i]);
const members = Math.max(1, Number(args.ensemble));
const augment = Number(args.augment);
// Each ensemble member gets its own `augment` copies with swapped mentions.
const swapped = withDocs(
  mentionSwaps(sents, augment * members, seed).map((s) => ({ words: s.words, labels: train.goldIn(labelSet, s.outer, scheme), copy: s.copy, origin: s.origin })),
  (x) => `${x.copy}\t${docOf[x.origin]}`,
).map(({ origin, ...x }) => x);
const folds = Number(args.folds);
// English folds by document (GUM's sentence ids name their document): held-out documents are unseen, as GUM's
// test documents are; sentence folds would let a held-out sentence's names be learnt from its own document.
const cvBy = args['cv-by'] ?? (english ? 'doc' : 'sentence');
if (cvBy !== 'doc' && cvBy !== 'sentence') {
  console.error(`train-ner: --cv-by must be doc or sentence, not "${cvBy}"`);
  process.exit(2);
}
const foldOf = cvBy === 'doc' ? train.documentFoldsOf(docOf, folds, seed) : train.foldsOf(sents.length, folds, seed);
// Cross-validation judges the configuration the final model is trained with: for each fold, `augment` copies of
// the other folds' sentences with mentions swapped among the other folds' mentions alone, so no held-out name
// leaks into training.
const cvCopies = [];
if (!args.epochs && augment > 0) {
  const fold = foldOf;
  for (let k = 0; k < folds; k++) {
    const index = [];
    sents.forEach((_, i) => fold[i] !== k && index.push(i));
    const copies = mentionSwaps(index.map((i) => sents[i]), augment, seed + 101 * (k + 1));
    const made = copies.map((c) => ({ words: c.words, labels: train.goldIn(labelSet, c.outer, scheme), origin: index[c.origin], fold: k }));
    cvCopies.push(...withDocs(made, (x, i) => `${copies[i].copy}\t${docOf[x.origin]}`));
  }
}
const data = new train.TrainingSet(
  extractor,
  [...originals, ...cvCopies],
  train.labelsFor(labelSet, scheme),
  Number(args['min-count']),
);
const tokens = originals.reduce((n, s) => n + s.words.length, 0);
console.log(
  `train-ner: ${sents.length} sentences, ${tokens} tokens from ${relative(process.cwd(), trainFile)}` +
    `; ${data.L} labels (${labelSet}, ${scheme}), ${data.features} features (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);

let epochs = args.epochs ? Number(args.epochs) : 0;
let cv = null;
if (!epochs) {
  const maxEpochs = Number(args['max-epochs']);
  console.log(`train-ner: ${folds}-fold cross-validation (folds by ${cvBy === 'doc' ? 'document' : 'sentence'}) on the training file, up to ${maxEpochs} epochs` + (cvCopies.length ? ` (+ ${augment} swapped copies per fold)` : ''));
  cv = train.crossValidate(data, folds, maxEpochs, seed, margin, (s) => console.log(s), foldOf);
  epochs = cv.bestEpochs;
  console.log(`  mean F1 by epoch: ${cv.meanF1.map((x) => (100 * x).toFixed(2)).join(' ')}`);
  console.log(`  → ${epochs} epochs (mean held-out F1 ${(100 * cv.meanF1[epochs - 1]).toFixed(2)})`);
}
const t1 = performance.now();
// The final model learns from all sentences and the ensemble members' swapped copies (the per-fold copies of the
// cross-validation are not used again).
const finalData = swapped.length === 0 ? data : new train.TrainingSet(extractor, [...originals, ...swapped], train.labelsFor(labelSet, scheme), Number(args['min-count']));
if (swapped.length > 0) console.log(`train-ner: + ${swapped.length} sentences with swapped mentions (--augment ${args.augment})`);
const subsets = Array.from({ length: members }, (_, k) => {
  const own = [];
  for (let i = 0; i < originals.length; i++) own.push(i);
  swapped.forEach((s, i) => {
    if (Math.floor(s.copy / Math.max(1, augment)) === k) own.push(originals.length + i);
  });
  return own;
});
const weights = members === 1
  ? train.trainAll(finalData, epochs, seed, margin)
  : train.trainEnsemble(finalData, epochs, seed, margin, subsets);
const parts = train.toModelParts(finalData, weights, lexicon, {
  data: english
    ? 'GUM train, converted by gum-to-tsv.mjs (Zeldes 2017; annotations CC BY 4.0; texts CC BY 2.5 / 4.0, CC BY-SA 3.0)'
    : 'GermEval 2014 NER-de-test.tsv (CC BY 4.0, Benikova, Biemann, Reznicek 2014)',
  lang,
  sentences: sents.length,
  tokens,
  labelSet,
  scheme,
  epochs,
  seed,
  cvMeanF1: cv ? Number((100 * cv.meanF1[epochs - 1]).toFixed(2)) : null,
  minCount: Number(args['min-count']),
  margin,
  augment: Number(args.augment),
  ensemble: members,
  ...(docFeatures ? { docFeatures } : {}),
});
const buf = encodeModel(parts);
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, buf);
const total = (performance.now() - t0) / 1000;
console.log(
  `train-ner: final model ${epochs} epochs in ${((performance.now() - t1) / 1000).toFixed(1)} s; ${parts.header.rows} features, ${parts.header.nnz} weights → ` +
    `${relative(process.cwd(), args.out)} (${(buf.length / 1e6).toFixed(2)} MB); ${total.toFixed(1)} s in all`,
);
if (!args['no-dev'] && existsSync(devFile)) {
  const model = NerModel.fromBuffer(buf, lexicon);
  const r = evalNer(devFile, model);
  const pc = (x) => (100 * x).toFixed(2);
  console.log(`dev (${english ? 'GUM dev' : relative(process.cwd(), devFile)}, never used in training): four main types F1 ${pc(r.main.overall.f1)} (P ${pc(r.main.overall.precision)} R ${pc(r.main.overall.recall)}); 12 outer types F1 ${pc(r.outer.overall.f1)}`);
  for (const [t, s] of Object.entries(r.main.byType)) console.log(`  ${t.padEnd(5)} P ${pc(s.precision)} R ${pc(s.recall)} F1 ${pc(s.f1)}`);
}

/**
 * Mention replacement (Dai & Adel 2020): `k` copies of every sentence with a PER, ORG, LOC or OTH mention, each
 * mention swapped for a random training mention of the same type, so that the context, not the memorised
 * name, carries the label. Deterministic for a seed.
 */
function mentionSwaps(sentences, k, seedValue) {
  if (!(k > 0)) return [];
  const TYPES = new Set(['PER', 'ORG', 'LOC', 'OTH']);
  const spans = (outer) => {
    const out = [];
    for (let i = 0; i < outer.length; i++) {
      const m = /^B-(\w+)$/.exec(outer[i]);
      if (!m || !TYPES.has(m[1])) continue;
      let j = i + 1;
      while (j < outer.length && outer[j] === `I-${m[1]}`) j++;
      out.push({ start: i, end: j, type: m[1] });
    }
    return out;
  };
  const pool = new Map();
  for (const s of sentences) for (const sp of spans(s.outer)) {
    const list = pool.get(sp.type) ?? [];
    list.push(s.words.slice(sp.start, sp.end));
    pool.set(sp.type, list);
  }
  const rnd = mulberry32(seedValue ^ 0x5eed);
  const out = [];
  for (let c = 0; c < k; c++) {
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si];
      const found = spans(s.outer);
      if (found.length === 0) continue;
      const words = [];
      const outer = [];
      let at = 0;
      for (const sp of found) {
        for (; at < sp.start; at++) {
          words.push(s.words[at]);
          outer.push(s.outer[at]);
        }
        const list = pool.get(sp.type);
        const pick = list[Math.floor(rnd() * list.length)];
        pick.forEach((w, i) => {
          words.push(w);
          outer.push(`${i === 0 ? 'B' : 'I'}-${sp.type}`);
        });
        at = sp.end;
      }
      for (; at < s.words.length; at++) {
        words.push(s.words[at]);
        outer.push(s.outer[at]);
      }
      out.push({ words, outer, copy: c, origin: si });
    }
  }
  return out;
}
