import { describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evalNer, parseGermEval, spanScores } from '../../src/eval/ner.js';
import { BIAS_HASH, CLASS_FEATURES, classHashes, FeatureBuffer, FeatureExtractor, leftHashes, LEX, NEIGHBOUR_FEATURES, rightHashes, shortShape, wordShape } from '../../src/extract/ner/features.js';
import { tagTokens } from '../../src/extract/ner/index.js';
import {
  allowedAfter,
  bioesLabels,
  bioesToBio,
  bioLabels,
  bioToBioes,
  spansOf,
  toMainLabel,
} from '../../src/extract/ner/labels.js';
import { GAZ, NER_LEXICON_FILES, NerLexicon } from '../../src/extract/ner/lexicon.js';
import { combineTransitions, decodeModel, defaultModelPath, encodeModel, endMask, NerModel, predecessors, viterbi, type ModelParts } from '../../src/extract/ner/model.js';
import { FEATURE_VERSION, TRANSITION_CONTEXTS } from '../../src/extract/ner/features.js';
import type { NounLemmatizer } from '../../src/extract/lemma.js';
import { sharedDir } from '../helpers.js';
import { foldsOf, labelsFor, trainAll, trainEnsemble, TrainingSet } from '../../src/extract/ner/train.js';

/** A small lexicon made here: a few nouns, names and places. */
function tinyLexicon(): NerLexicon {
  const nouns = new Set(['Haus', 'Soldat', 'Soldaten', 'Regierung', 'Land', 'Bank']);
  const lemmatizer: NounLemmatizer = { lemma: (w) => w, isNoun: (w) => nouns.has(w) };
  const files = new Map<string, string>(NER_LEXICON_FILES.map((f) => [f, '']));
  files.set('ner-countries.txt', '# countries\nDeutschland\nVereinigte Staaten\n');
  files.set('ner-cities.tsv', 'Berlin\t3426354\tdach\nLehrte\t43000\tdach\nAach\t2248\tdach\n');
  files.set('ner-first-names.txt', 'Angela\n');
  files.set('ner-last-names.txt', 'Merkel\n');
  files.set('ner-org-words.tsv', 'AG\tlegal\nPartei\thead\nFC\tprefix\n');
  files.set('ner-person-cues.txt', 'Kanzlerin\n');
  files.set('ner-adjectives.txt', 'deutsch\nnah\n');
  files.set('ner-function-words.txt', 'die\nauch\n');
  files.set('currencies.tsv', 'Euro\tEUR\n€\tEUR\n');
  files.set('ner-places-own.tsv', 'Mond\tcelestial\nRügen\tisland\n');
  files.set('ner-persons-own.txt', 'Franz Beckenbauer\nMadonna\n');
  files.set('ner-word-frequency.txt', '# most frequent first\nder\tcommon\nund\tcommon\nberlin\twikipedia\nder\twikipedia\n');
  files.set('ner-misc-names.txt', 'Englisch\nZweiten Weltkrieg\n');
  return new NerLexicon(files, lemmatizer);
}

describe('ner: features', () => {
  test('word shapes', () => {
    assert.equal(wordShape('Merkel-Regierung'), 'Xxxxxx-Xxxxxxxxx');
    assert.equal(shortShape(wordShape('Merkel-Regierung')), 'Xx-Xx');
    assert.equal(shortShape(wordShape('U.S.')), 'X.X.');
    assert.equal(shortShape(wordShape('1990')), 'd');
    assert.equal(shortShape(wordShape('GmbH')), 'XxX');
  });

  test('lexical classes tell common nouns from unknown capitalized words', () => {
    const fx = new FeatureExtractor(tinyLexicon());
    assert.equal(fx.lexClass('Haus'), LEX.CAP_NOUN);
    assert.equal(fx.lexClass('Landes'), LEX.CAP_NOUN, 'a genitive the lexicon lacks');
    assert.equal(fx.lexClass('Infanteriesoldaten'), LEX.CAP_TAIL, 'the last part is a known noun, the first is not');
    assert.equal(fx.lexClass('Haussoldaten'), LEX.CAP_COMPOUND, 'both parts are known nouns');
    assert.equal(fx.lexClass('Merkel-Regierung'), LEX.CAP_COMPOUND, 'a hyphenated compound with a known last part');
    assert.equal(fx.lexClass('Merkel'), LEX.CAP_UNKNOWN);
    assert.equal(fx.lexClass('Die'), LEX.CAP_FUNC);
    assert.equal(fx.lexClass('Nahen'), LEX.CAP_ADJ);
    assert.equal(fx.lexClass('SPD'), LEX.ALLCAPS);
    assert.equal(fx.lexClass('sagte'), LEX.LOWER);
    assert.equal(fx.lexClass('1990'), LEX.NUMBER);
    assert.equal(fx.lexClass('„'), LEX.QUOTE);
    assert.equal(fx.lexClass('Kirchen-'), LEX.TRUNCATED);
  });

  test('gazetteers: single words, several words, inflected forms', () => {
    const lex = tinyLexicon();
    assert.equal(lex.bits('Berlin'), GAZ.CITY_BIG);
    assert.equal(lex.bits('Lehrte'), GAZ.CITY);
    assert.equal(lex.bits('Aach'), GAZ.CITY_DACH);
    assert.equal(lex.bits('Angela'), GAZ.FIRST_NAME);
    assert.equal(lex.bits('AG'), GAZ.ORG_LEGAL);
    assert.equal(lex.bits('Euro'), GAZ.CURRENCY);
    assert.equal(lex.bits('EUR'), GAZ.CURRENCY);
    assert.equal(lex.multi.get('Vereinigte Staaten'), GAZ.COUNTRY);
    assert.equal(lex.multiFirst.get('Vereinigte'), 2);
    assert.equal(lex.bits('Mond'), GAZ.CELESTIAL);
    assert.equal(lex.bits('Rügen'), GAZ.ISLAND);
    assert.equal(lex.multi.get('Franz Beckenbauer'), GAZ.PERSON);
    assert.equal(lex.bits('Beckenbauer'), GAZ.LAST_NAME, 'the last word of a listed person is a family name');
    assert.equal(lex.bits('Madonna'), GAZ.PERSON, 'a one-word person name is not also a family name');
    assert.equal(lex.bits('Englisch'), GAZ.MISC_NAME);
    assert.equal(lex.multi.get('Zweiten Weltkrieg'), GAZ.MISC_NAME);
    assert.ok(lex.isAdjective('deutschen'));
    assert.ok(lex.isAdjective('nächste') === false, 'an umlaut comparative is not stripped');
    assert.ok(lex.isAdjective('nahen'));
    assert.ok(!lex.isAdjective('bank'));
  });

  test('word frequency: 1 + ⌊log2 rank⌋ on the everyday list, 17 + ⌊log2 rank⌋ on the Wikipedia list, 0 off both', () => {
    const lex = tinyLexicon();
    assert.equal(lex.frequencyBucket('der'), 1, 'the everyday list wins over a later Wikipedia entry');
    assert.equal(lex.frequencyBucket('und'), 2);
    assert.equal(lex.frequencyBucket('berlin'), 17, 'ranks count per list');
    assert.equal(lex.frequencyBucket('Berlin'), 0, 'the list is lower case: callers look up the lower-case word');
    assert.equal(lex.frequencyBucket('quellenlage'), 0);
  });

  test('extractContext plus the per-word and per-class hashes is exactly what extract gives, token by token', () => {
    const words = ['„', 'Die', 'Vereinigte', 'Staaten', '“', ',', 'sagte', 'Merkel', 'in', 'Berlin', '.'];
    const full = new FeatureExtractor(tinyLexicon()).extract(words);
    const ctx = new FeatureExtractor(tinyLexicon()).extractContext(words, new FeatureBuffer());
    assert.equal(ctx.tokens, words.length);
    const { infos } = ctx;
    for (let i = 0; i < words.length; i++) {
      const scratch = new Uint32Array(2 * NEIGHBOUR_FEATURES + CLASS_FEATURES);
      const end = classHashes(ctx.classKey[i]!, scratch, rightHashes(infos[i + 1] ?? null, scratch, leftHashes(infos[i - 1] ?? null, scratch, 0)));
      const rebuilt = [BIAS_HASH, ...infos[i]!.own, ...scratch.subarray(0, end), ...ctx.hashes.subarray(ctx.offsets[i]!, ctx.offsets[i + 1]!)];
      assert.deepEqual(rebuilt, [...full.hashes.subarray(full.offsets[i]!, full.offsets[i + 1]!)], `token ${i} (${words[i]})`);
      assert.equal(ctx.classKey[i], full.classKey[i]);
      assert.equal(ctx.ctx[i], full.ctx[i]);
    }
    // The rest differs with the neighbours: "Merkel" after "sagte" is not "Merkel" at the start.
    const alone = new FeatureExtractor(tinyLexicon()).extractContext(['Merkel', 'sagte'], new FeatureBuffer());
    const rest = (f: FeatureBuffer, i: number) => [...f.hashes.subarray(f.offsets[i]!, f.offsets[i + 1]!)];
    assert.notDeepEqual(rest(alone, 0), rest(ctx, 7));
  });

  test('extraction: one feature list per token, deterministic, context-dependent', () => {
    const fx = new FeatureExtractor(tinyLexicon());
    const words = ['Kanzlerin', 'Angela', 'Merkel', 'besuchte', 'die', 'Vereinigte', 'Staaten', '.'];
    const a = fx.extract(words);
    assert.equal(a.tokens, words.length);
    const feats = (i: number, f = a) => [...f.hashes.subarray(f.offsets[i]!, f.offsets[i + 1]!)];
    for (let i = 0; i < words.length; i++) assert.ok(feats(i).length > 20, `token ${i} has features`);
    const again = new FeatureExtractor(tinyLexicon()).extract(words);
    assert.deepEqual(feats(2, again), feats(2));
    // The same word in another context shares its own features but not all.
    const b = new FeatureExtractor(tinyLexicon()).extract(['Merkel', 'sagte']);
    const shared = feats(0, b).filter((h) => feats(2).includes(h));
    assert.ok(shared.length > 5 && shared.length < feats(0, b).length);
    // Transition contexts are the lexical classes.
    assert.equal(a.ctx[2], LEX.CAP_UNKNOWN);
    assert.equal(a.ctx[4], LEX.LOWER);
  });
});

describe('ner: labels and BIO-constrained decoding', () => {
  test('BIO constraint: I-X only after B-X or I-X', () => {
    assert.ok(allowedAfter('B-PER', 'I-PER'));
    assert.ok(allowedAfter('I-PER', 'I-PER'));
    assert.ok(!allowedAfter('O', 'I-PER'));
    assert.ok(!allowedAfter(null, 'I-PER'));
    assert.ok(!allowedAfter('B-LOC', 'I-PER'));
    assert.ok(allowedAfter('B-LOC', 'B-PER'));
    assert.ok(allowedAfter('I-LOC', 'O'));
  });

  test('BIOES constraint and conversions', () => {
    assert.ok(!allowedAfter('B-PER', 'O', 'bioes'), 'an open span must go on');
    assert.ok(allowedAfter('B-PER', 'E-PER', 'bioes'));
    assert.ok(allowedAfter('E-PER', 'S-LOC', 'bioes'));
    assert.ok(!allowedAfter('S-PER', 'E-PER', 'bioes'));
    assert.deepEqual(bioToBioes(['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC']), ['B-PER', 'I-PER', 'E-PER', 'O', 'S-LOC', 'B-LOC', 'E-LOC']);
    assert.deepEqual(['B-PER', 'I-PER', 'E-PER', 'S-LOC'].map(bioesToBio), ['B-PER', 'I-PER', 'I-PER', 'B-LOC']);
    assert.equal(bioesLabels(['PER']).length, 5);
  });

  test('GermEval labels in the four main types', () => {
    assert.equal(toMainLabel('B-OTH'), 'B-MISC');
    assert.equal(toMainLabel('I-OTH'), 'I-MISC');
    assert.equal(toMainLabel('B-LOCderiv'), 'O');
    assert.equal(toMainLabel('I-ORGpart'), 'O');
    assert.equal(toMainLabel('B-PER'), 'B-PER');
  });

  test('Viterbi never steps into I-X from outside a span, even when the emissions want it', () => {
    const labels = bioLabels(['PER', 'LOC']); // O B-PER I-PER B-LOC I-LOC
    const L = labels.length;
    const n = 3;
    const em = new Float64Array(n * L);
    // Token 0 wants O, token 1 wants I-PER (illegal after O), token 2 wants I-LOC.
    em[0 * L + 0] = 5;
    em[1 * L + 2] = 5;
    em[1 * L + 1] = 1;
    em[2 * L + 4] = 5;
    em[2 * L + 3] = 0.5;
    const trans = combineTransitions(new Float64Array((TRANSITION_CONTEXTS + 1) * (L + 1) * L), labels, TRANSITION_CONTEXTS);
    const path = viterbi(em, n, L, trans, new Int32Array(n), endMask(labels), new Int32Array(n));
    const tags = [...path].map((i) => labels[i]!);
    for (let i = 0; i < n; i++) assert.ok(allowedAfter(i === 0 ? null : tags[i - 1]!, tags[i]!), tags.join(' '));
    // The best legal path: I-PER at token 1 is out; B-LOC there lets token 2 take I-LOC (5 + 0 + 5 > 5 + 1 + 0.5).
    assert.deepEqual(tags, ['O', 'B-LOC', 'I-LOC']);
  });

  test('Viterbi over the BIO predecessor lists finds the same path as over every step', () => {
    const labels = bioesLabels(['PER', 'ORG', 'LOC']);
    const L = labels.length;
    const n = 12;
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * 10 - 5;
    const em = Float64Array.from({ length: n * L }, rand);
    const w = Float64Array.from({ length: (TRANSITION_CONTEXTS + 1) * (L + 1) * L }, rand);
    const trans = combineTransitions(w, labels, TRANSITION_CONTEXTS);
    const ctx = Int32Array.from({ length: n }, (_, i) => i % TRANSITION_CONTEXTS);
    const full = viterbi(em, n, L, trans, ctx, endMask(labels), new Int32Array(n));
    const fast = viterbi(em, n, L, trans, ctx, endMask(labels), new Int32Array(n), predecessors(labels));
    assert.deepEqual([...fast], [...full]);
    // The lists leave out the forbidden steps: I-PER may follow only B-PER and I-PER in BIOES.
    const { start, list } = predecessors(labels);
    const iPer = labels.indexOf('I-PER');
    assert.deepEqual([...list.subarray(start[iPer]!, start[iPer + 1]!)].map((p) => labels[p]), ['B-PER', 'I-PER']);
  });

  test('Viterbi in BIOES ends no sentence inside a span', () => {
    const labels = bioesLabels(['PER']); // O B I E S
    const L = labels.length;
    const em = new Float64Array(2 * L);
    em[0 * L + 1] = 5; // B-PER
    em[1 * L + 2] = 5; // I-PER: would leave the span open at the end
    em[1 * L + 3] = 4; // E-PER
    const trans = combineTransitions(new Float64Array((TRANSITION_CONTEXTS + 1) * (L + 1) * L), labels, TRANSITION_CONTEXTS);
    const path = viterbi(em, 2, L, trans, new Int32Array(2), endMask(labels), new Int32Array(2));
    assert.deepEqual([...path].map((i) => labels[i]), ['B-PER', 'E-PER']);
  });

  test('a hand-made model: file round trip, feature look-up and decoding', () => {
    const lex = tinyLexicon();
    const labels = bioLabels(['PER']);
    const L = labels.length;
    // One feature: the exact word "Merkel" (template 2 in features.ts) pushes B-PER.
    const fx = new FeatureExtractor(lex);
    const f = fx.extract(['Merkel']);
    const wordFeature = f.hashes[f.offsets[0]! + 1]!; // after the bias feature
    const parts: ModelParts = {
      header: {
        format: 'quellenlage.ner/1',
        labels,
        scale: 1,
        rows: 1,
        nnz: 1,
        featureVersion: FEATURE_VERSION,
        contexts: TRANSITION_CONTEXTS,
        lexiconFingerprint: lex.fingerprint,
        trained: { data: 'test' },
      },
      keys: Uint32Array.of(wordFeature),
      counts: Uint8Array.of(1),
      labels: Uint8Array.of(1),
      values: Int16Array.of(100),
      transitions: new Int16Array((TRANSITION_CONTEXTS + 1) * (L + 1) * L),
    };
    const buf = encodeModel(parts);
    const back = decodeModel(buf);
    assert.deepEqual([...back.keys], [wordFeature]);
    assert.deepEqual([...back.values], [100]);
    assert.equal(back.header.labels.join(' '), labels.join(' '));
    const m = NerModel.fromBuffer(buf, lex);
    assert.deepEqual(m.tag(['Dann', 'sagte', 'Merkel', 'etwas']), ['O', 'O', 'B-PER', 'O']);
    assert.throws(() => decodeModel(Buffer.from('not a model at all')), /bad magic/);
  });
});

describe('ner: training', () => {
  const sentences = [
    { words: ['Angela', 'Merkel', 'besuchte', 'Berlin', '.'], labels: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'] },
    { words: ['Die', 'Bank', 'in', 'Berlin', 'wuchs', '.'], labels: ['O', 'O', 'O', 'B-LOC', 'O', 'O'] },
    { words: ['Merkel', 'sagte', 'nichts', '.'], labels: ['B-PER', 'O', 'O', 'O'] },
    { words: ['Die', 'Regierung', 'tagte', 'in', 'Lehrte', '.'], labels: ['O', 'O', 'O', 'O', 'B-LOC', 'O'] },
  ];
  const data = () => new TrainingSet(new FeatureExtractor(tinyLexicon()), sentences, labelsFor('main'));

  test('cross-validation folds: balanced, deterministic; a copy made for one fold is marked for it', () => {
    const f = foldsOf(10, 5, 3);
    assert.deepEqual([...f].sort(), [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    assert.deepEqual(foldsOf(10, 5, 3), f);
    const withCopy = new TrainingSet(new FeatureExtractor(tinyLexicon()), [...sentences, { ...sentences[0]!, origin: 0, fold: 2 }], labelsFor('main'));
    assert.deepEqual([...withCopy.onlyFold], [-1, -1, -1, -1, 2]);
    assert.deepEqual([...withCopy.origin], [0, 1, 2, 3, 0]);
  });

  test('an ensemble sums its members, each trained on its own sentences in its own order', () => {
    const d = data();
    const a = trainAll(d, 3, 11, 0, [0, 1, 2]);
    const b = trainAll(d, 3, 11 + 7919, 0, [0, 2, 3]);
    const sum = trainEnsemble(d, 3, 11, 0, [
      [0, 1, 2],
      [0, 2, 3],
    ]);
    for (let i = 0; i < sum.em.length; i++) assert.ok(Math.abs(sum.em[i]! - (a.em[i]! + b.em[i]!)) < 1e-9);
    for (let i = 0; i < sum.trans.length; i++) assert.ok(Math.abs(sum.trans[i]! - (a.trans[i]! + b.trans[i]!)) < 1e-9);
    assert.ok(sum.em.some((x) => x !== 0), 'the members learned something');
    const again = trainEnsemble(data(), 3, 11, 0, [
      [0, 1, 2],
      [0, 2, 3],
    ]);
    assert.deepEqual(again.em, sum.em, 'deterministic');
    assert.throws(() => trainEnsemble(d, 3, 11, 0, []), /no subsets/);
  });
});

describe('ner: strict span metric', () => {
  test('spans are read as conlleval reads them', () => {
    assert.deepEqual(spansOf(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG']), [
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 6 },
    ]);
  });

  test('exact spans count, a boundary or type error is one false positive and one false negative', () => {
    const gold = [
      ['B-PER', 'I-PER', 'O', 'B-LOC'],
      ['B-ORG', 'I-ORG', 'I-ORG', 'O'],
      ['O', 'B-MISC', 'O', 'O'],
    ];
    const pred = [
      ['B-PER', 'I-PER', 'O', 'B-LOC'], // 2 right
      ['B-ORG', 'I-ORG', 'O', 'O'], // boundary error: fp ORG, fn ORG
      ['O', 'B-PER', 'O', 'B-LOC'], // type error (fp PER, fn MISC) and a spurious LOC
    ];
    const s = spanScores(gold, pred, ['PER', 'ORG', 'LOC', 'MISC']);
    assert.deepEqual([s.overall.tp, s.overall.fp, s.overall.fn], [2, 3, 2]);
    assert.deepEqual([s.byType['PER']!.tp, s.byType['PER']!.fp, s.byType['PER']!.fn], [1, 1, 0]);
    assert.deepEqual([s.byType['ORG']!.tp, s.byType['ORG']!.fp, s.byType['ORG']!.fn], [0, 1, 1]);
    assert.deepEqual([s.byType['MISC']!.tp, s.byType['MISC']!.fp, s.byType['MISC']!.fn], [0, 0, 1]);
    assert.equal(s.byType['LOC']!.precision, 0.5);
    assert.ok(Math.abs(s.overall.f1 - (2 * (2 / 5) * (2 / 4)) / (2 / 5 + 2 / 4)) < 1e-12);
  });

  test('GermEval files: comment lines, blank lines, four columns', () => {
    const text = '#\thttp://example.org/a\t[2009-10-23]\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n3\tin\tO\tO\n4\tBerlin\tB-LOC\tO\n\n#\tx\n1\tdeutschen\tB-LOCderiv\tO\n\n';
    const s = parseGermEval(text);
    assert.equal(s.length, 2);
    assert.deepEqual(s[0]!.words, ['Angela', 'Merkel', 'in', 'Berlin']);
    assert.deepEqual(s[0]!.outer, ['B-PER', 'I-PER', 'O', 'B-LOC']);
    assert.equal(s[0]!.source, 'http://example.org/a');
    assert.deepEqual(s[1]!.outer, ['B-LOCderiv']);
  });
});

describe('ner: the committed model', () => {
  const modelPath = defaultModelPath();

  test('loads fast and is not stale', (t: TestContext) => {
    if (!modelPath) return t.skip('models/ner-de.bin not found');
    const lex = NerLexicon.german();
    const t0 = performance.now();
    const m = NerModel.load(modelPath, lex);
    const ms = performance.now() - t0;
    assert.ok(ms < 300, `model load took ${ms.toFixed(0)} ms`);
    assert.equal(m.header.lexiconFingerprint, lex.fingerprint, 'the NER lexicons changed since training: run npm run train:ner');
  });

  test('tags names in a German sentence', (t: TestContext) => {
    if (!modelPath) return t.skip('models/ner-de.bin not found');
    const words = ['Bundeskanzlerin', 'Angela', 'Merkel', 'reiste', 'am', 'Montag', 'nach', 'Paris', '.'];
    const tags = tagTokens(words);
    assert.equal(tags.length, words.length);
    assert.deepEqual(tags.slice(1, 3), ['B-PER', 'I-PER']);
    assert.equal(tags[7], 'B-LOC');
    assert.equal(tags[0], 'O');
    for (const l of tags) assert.match(l, /^(O|[BI]-(PER|ORG|LOC|MISC))$/);
    assert.deepEqual(tagTokens([]), []);
  });

  test('a word seen before is tagged as by a fresh model (its summed word weights are reused)', (t: TestContext) => {
    if (!modelPath) return t.skip('models/ner-de.bin not found');
    const warm = NerModel.load(modelPath);
    warm.tagIndices(['Paris', 'liegt', 'an', 'der', 'Seine', ',', 'sagte', 'Merkel', '.']);
    const words = ['Merkel', 'sagte', 'in', 'Paris', ',', 'die', 'Seine', 'sei', 'hoch', '.'];
    assert.deepEqual([...warm.tagIndices(words)], [...NerModel.load(modelPath).tagIndices(words)]);
    assert.ok(warm.tag(words).includes('B-LOC'));
  });

  test('GermEval 2014 dev: four main types, strict span F1 (needs ../shared)', (t: TestContext) => {
    const shared = sharedDir();
    const dev = shared && join(shared, 'data', 'germeval2014', 'NER-de-dev.tsv');
    if (!dev || !existsSync(dev)) return t.skip('../shared/data/germeval2014/NER-de-dev.tsv not found');
    if (!modelPath) return t.skip('models/ner-de.bin not found');
    const r = evalNer(dev, NerModel.load(modelPath));
    assert.equal(r.sentences, 2200);
    // A floor below the measured figure (71.2), so that a broken feature or model is caught.
    assert.ok(r.main.overall.f1 > 0.69, `F1 ${(100 * r.main.overall.f1).toFixed(2)}`);
    assert.ok(r.outer.overall.f1 > 0.65, `12-type F1 ${(100 * r.outer.overall.f1).toFixed(2)}`);
  });
});
