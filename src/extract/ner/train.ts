import { FEATURE_VERSION, FeatureBuffer, FeatureExtractor, TRANSITION_CONTEXTS } from './features.js';
import { bioesLabels, bioesToBio, bioLabels, bioToBioes, GERMEVAL_TYPES, MAIN_TYPES, toMainLabel, type Scheme } from './labels.js';
import { NerLexicon } from './lexicon.js';
import { DocContext } from './doc-features.js';
import { combineTransitions, endMask, viterbi, type ModelParts } from './model.js';
import { spanScores } from '../../eval/ner.js';
import { mulberry32 } from '../../core/prng.js';

/**
 * Training of the NER tagger: a structured averaged perceptron (Collins 2002) over a first-order chain with
 * Viterbi decoding under the hard BIO constraint. Deterministic: sentences are visited in an order drawn
 * from a fixed seed, and all arithmetic is in float64 in that order.
 *
 * Features are the hashes of `FeatureExtractor`; during training they are numbered densely (only features
 * seen in the training data can ever get a weight), and the saved model keeps, for each feature hash, the
 * labels whose averaged weight is not zero after quantization to int16.
 */

export interface TrainSentence {
  words: readonly string[];
  /** Gold labels in the label set being trained. */
  labels: readonly string[];
  /** For a generated copy: the index of the sentence it was made from (cross-validation keeps them together). */
  origin?: number;
  /** For a copy made for cross-validation: the one fold whose training uses it (made from the other folds alone). */
  fold?: number;
  /** The summary of the sentence's document, for the document features (English). */
  doc?: DocContext;
}

export type LabelSet = 'germeval' | 'main';

export function labelsFor(set: LabelSet, scheme: Scheme = 'bio'): string[] {
  const types = set === 'germeval' ? GERMEVAL_TYPES : MAIN_TYPES;
  return scheme === 'bioes' ? bioesLabels(types) : bioLabels(types);
}

/** Gold GermEval outer labels in a label set and scheme. */
export function goldIn(set: LabelSet, outer: readonly string[], scheme: Scheme = 'bio'): string[] {
  const bio = set === 'germeval' ? [...outer] : outer.map(toMainLabel);
  return scheme === 'bioes' ? bioToBioes(bio) : bio;
}


export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const r = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The training data with its features numbered densely. */
export class TrainingSet {
  readonly labels: string[];
  readonly L: number;
  /** Feature hash of each dense id. */
  readonly featureHashes: Uint32Array;
  /** Dense feature ids of all tokens of all sentences. */
  readonly feats: Int32Array;
  /** Per token: start into `feats`; per sentence: start into the token arrays. */
  readonly tokStart: Int32Array;
  readonly sentStart: Int32Array;
  /** Gold label index per token. */
  readonly gold: Int32Array;
  /** Transition context per token. */
  readonly ctx: Int32Array;
  readonly sentences: number;
  /** Per sentence: the original sentence it was made from (itself for an original). */
  readonly origin: Int32Array;
  /** Per sentence: the only cross-validation fold that trains on it, or -1 for every fold. */
  readonly onlyFold: Int32Array;

  constructor(extractor: FeatureExtractor, data: readonly TrainSentence[], labels: string[], minCount = 1) {
    this.labels = labels;
    this.L = labels.length;
    const labelIndex = new Map(labels.map((l, i) => [l, i]));
    // Pass 1: feature hashes of every token, and their counts.
    const buf = new FeatureBuffer();
    const perSentence: { hashes: Uint32Array; offsets: Int32Array; ctx: Int32Array }[] = [];
    const count = new Map<number, number>();
    for (const s of data) {
      const f = extractor.extract(s.words, buf, s.doc);
      const hashes = f.hashes.slice(0, f.length);
      const offsets = f.offsets.slice(0, s.words.length + 1);
      perSentence.push({ hashes, offsets, ctx: f.ctx.slice(0, s.words.length) });
      for (const h of hashes) count.set(h, (count.get(h) ?? 0) + 1);
    }
    const id = new Map<number, number>();
    const hashesById: number[] = [];
    for (const [h, c] of count) {
      if (c < minCount) continue;
      id.set(h, hashesById.length);
      hashesById.push(h);
    }
    this.featureHashes = Uint32Array.from(hashesById);
    // Pass 2: dense ids.
    const nTokens = data.reduce((n, s) => n + s.words.length, 0);
    const feats: number[] = [];
    this.tokStart = new Int32Array(nTokens + 1);
    this.sentStart = new Int32Array(data.length + 1);
    this.gold = new Int32Array(nTokens);
    this.ctx = new Int32Array(nTokens);
    let t = 0;
    for (let si = 0; si < data.length; si++) {
      const s = data[si]!;
      const { hashes, offsets, ctx } = perSentence[si]!;
      this.ctx.set(ctx, t);
      this.sentStart[si] = t;
      for (let i = 0; i < s.words.length; i++, t++) {
        this.tokStart[t] = feats.length;
        for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
          const d = id.get(hashes[j]!);
          if (d !== undefined) feats.push(d);
        }
        const g = labelIndex.get(s.labels[i]!);
        if (g === undefined) throw new Error(`training data: unknown label "${s.labels[i]}"`);
        this.gold[t] = g;
      }
    }
    this.tokStart[nTokens] = feats.length;
    this.sentStart[data.length] = t;
    this.feats = Int32Array.from(feats);
    this.sentences = data.length;
    this.origin = Int32Array.from(data, (s, i) => s.origin ?? i);
    this.onlyFold = Int32Array.from(data, (s) => s.fold ?? -1);
  }

  get features(): number {
    return this.featureHashes.length;
  }
}

/** Weights of a linear chain: emissions F×L and transitions (K+1)×(L+1)×L. */
export interface Weights {
  em: Float64Array;
  trans: Float64Array;
}

/** A structured averaged perceptron over a TrainingSet. */
export class Perceptron {
  readonly data: TrainingSet;
  private readonly w: Weights;
  /** Sums of c × update, for averaging (Daumé's trick: average = w − u / c). */
  private readonly u: Weights;
  private c = 1;
  /** Cost-augmented training: every wrong label gets this much extra score while decoding a training sentence. */
  private readonly margin: number;
  private readonly scratchTrans: Float64Array;
  private readonly S: number;
  private readonly end: Uint8Array;

  constructor(data: TrainingSet, margin = 0) {
    this.data = data;
    this.margin = margin;
    const F = data.features;
    const L = data.L;
    this.S = (L + 1) * L;
    this.end = endMask(data.labels);
    const T = (TRANSITION_CONTEXTS + 1) * this.S;
    this.w = { em: new Float64Array(F * L), trans: new Float64Array(T) };
    this.u = { em: new Float64Array(F * L), trans: new Float64Array(T) };
    this.scratchTrans = new Float64Array(TRANSITION_CONTEXTS * this.S);
  }

  /** Decodes sentence `s` of the training set with the given weights (with `margin`: cost-augmented, every wrong label +margin). */
  decode(s: number, weights: Weights, margin = 0): Int32Array {
    const d = this.data;
    const L = d.L;
    const t0 = d.sentStart[s]!;
    const n = d.sentStart[s + 1]! - t0;
    const em = new Float64Array(n * L);
    const W = weights.em;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (let j = d.tokStart[t0 + i]!, e = d.tokStart[t0 + i + 1]!; j < e; j++) {
        const f = d.feats[j]! * L;
        for (let l = 0; l < L; l++) em[base + l]! += W[f + l]!;
      }
      if (margin !== 0) {
        const g = d.gold[t0 + i]!;
        for (let l = 0; l < L; l++) if (l !== g) em[base + l]! += margin;
      }
    }
    const tr = combineTransitions(weights.trans, d.labels, TRANSITION_CONTEXTS, this.scratchTrans);
    return viterbi(em, n, L, tr, d.ctx.subarray(t0, t0 + n), this.end, new Int32Array(n));
  }

  /** One pass over the given sentences in the given order. */
  epoch(order: readonly number[]): void {
    const d = this.data;
    const L = d.L;
    for (const s of order) {
      const pred = this.decode(s, this.w, this.margin);
      const t0 = d.sentStart[s]!;
      const n = pred.length;
      let prevG = -1;
      let prevP = -1;
      for (let i = 0; i < n; i++) {
        const g = d.gold[t0 + i]!;
        const p = pred[i]!;
        if (g !== p) {
          for (let j = d.tokStart[t0 + i]!, e = d.tokStart[t0 + i + 1]!; j < e; j++) {
            const f = d.feats[j]! * L;
            this.update(this.w.em, this.u.em, f + g, 1);
            this.update(this.w.em, this.u.em, f + p, -1);
          }
        }
        if (g !== p || prevG !== prevP) {
          const k = (d.ctx[t0 + i]! + 1) * this.S;
          for (const base of [0, k]) {
            this.update(this.w.trans, this.u.trans, base + (prevG + 1) * L + g, 1);
            this.update(this.w.trans, this.u.trans, base + (prevP + 1) * L + p, -1);
          }
        }
        prevG = g;
        prevP = p;
      }
      this.c++;
    }
  }

  private update(w: Float64Array, u: Float64Array, k: number, delta: number): void {
    w[k]! += delta;
    u[k]! += this.c * delta;
  }

  /** The averaged weights (written into `into` when given). */
  averaged(into?: Weights): Weights {
    const out = into ?? { em: new Float64Array(this.w.em.length), trans: new Float64Array(this.w.trans.length) };
    const c = this.c;
    for (let k = 0; k < out.em.length; k++) out.em[k] = this.w.em[k]! - this.u.em[k]! / c;
    for (let k = 0; k < out.trans.length; k++) out.trans[k] = this.w.trans[k]! - this.u.trans[k]! / c;
    return out;
  }
}

/** Strict span F1 of the four main types over some sentences of a training set, decoded with `weights`. */
export function mainF1(p: Perceptron, sentences: readonly number[], weights: Weights): number {
  const d = p.data;
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const s of sentences) {
    const t0 = d.sentStart[s]!;
    const path = p.decode(s, weights);
    gold.push(Array.from(path, (_, i) => toMainLabel(bioesToBio(d.labels[d.gold[t0 + i]!]!))));
    pred.push(Array.from(path, (l) => toMainLabel(bioesToBio(d.labels[l]!))));
  }
  return spanScores(gold, pred, MAIN_TYPES).overall.f1;
}

/**
 * The cross-validation fold of each of `count` original sentences (the first `count` of a training set),
 * drawn from `seed`: what crossValidate uses, for making per-fold training copies beforehand.
 */
export function foldsOf(count: number, folds: number, seed: number): Int32Array {
  const fold = new Int32Array(count);
  shuffled(
    Array.from({ length: count }, (_, i) => i),
    seed,
  ).forEach((s, i) => (fold[s] = i % folds));
  return fold;
}

/**
 * Folds by document: every sentence of a document (`groups[i]`, the document of original sentence i) falls in
 * the same fold, so a held-out fold holds documents whose names and topics training never saw — as the
 * unseen test documents of a corpus (GUM). Documents are shuffled with `seed` and dealt round robin.
 */
export function documentFoldsOf(groups: readonly string[], folds: number, seed: number): Int32Array {
  const docs = [...new Set(groups)];
  const foldOfDoc = new Map<string, number>();
  shuffled(docs, seed).forEach((d, i) => foldOfDoc.set(d, i % folds));
  return Int32Array.from(groups, (g) => foldOfDoc.get(g)!);
}

export interface CrossValidation {
  folds: number;
  /** Mean held-out F1 (four main types) after each epoch, epoch 1 first. */
  meanF1: number[];
  bestEpochs: number;
}

/**
 * k-fold cross-validation on the training data alone, to choose the number of epochs: each fold trains
 * on the other k−1 folds and is scored after every epoch. `foldOf` gives each original sentence its fold
 * (documentFoldsOf); by default sentences are dealt to folds at random (foldsOf).
 */
export function crossValidate(
  data: TrainingSet,
  folds: number,
  maxEpochs: number,
  seed: number,
  margin = 0,
  log?: (s: string) => void,
  foldOf?: Int32Array,
): CrossValidation {
  const originals = Array.from({ length: data.sentences }, (_, i) => i).filter((i) => data.origin[i] === i);
  const fold = foldOf ?? foldsOf(originals.length, folds, seed);
  const sum = new Float64Array(maxEpochs);
  let scratch: Weights | undefined;
  for (let k = 0; k < folds; k++) {
    // Held out: original sentences of fold k; trained on: the other folds' sentences, with their generated copies
    // (a copy made for one fold only, from the other folds alone, is used in that fold only).
    const held = originals.filter((s) => fold[s] === k);
    const train = Array.from({ length: data.sentences }, (_, i) => i).filter(
      (i) => fold[data.origin[i]!] !== k && (data.onlyFold[i] === -1 || data.onlyFold[i] === k),
    );
    const p = new Perceptron(data, margin);
    const line: string[] = [];
    for (let e = 0; e < maxEpochs; e++) {
      p.epoch(shuffled(train, seed + 1000 * (k + 1) + e));
      scratch = p.averaged(scratch);
      const f1 = mainF1(p, held, scratch);
      sum[e]! += f1;
      line.push((100 * f1).toFixed(1));
    }
    log?.(`  fold ${k + 1}/${folds}: F1 by epoch ${line.join(' ')}`);
  }
  const meanF1 = Array.from(sum, (x) => x / folds);
  let best = 0;
  for (let e = 1; e < maxEpochs; e++) if (meanF1[e]! > meanF1[best]! + 1e-9) best = e;
  return { folds, meanF1, bestEpochs: best + 1 };
}

/** Trains on the given sentences (all when absent) for a number of epochs; returns the averaged weights. */
export function trainAll(data: TrainingSet, epochs: number, seed: number, margin = 0, sentences?: readonly number[]): Weights {
  const p = new Perceptron(data, margin);
  const all = sentences ?? Array.from({ length: data.sentences }, (_, i) => i);
  for (let e = 0; e < epochs; e++) p.epoch(shuffled(all, seed + e));
  return p.averaged();
}

/**
 * A parameter-averaged ensemble: one perceptron per subset of sentences (each with its own visiting order),
 * their averaged weights summed. Decoding the sum scores like voting with the members' scores, at the cost of
 * one model: the same size and speed as a single one.
 */
export function trainEnsemble(data: TrainingSet, epochs: number, seed: number, margin: number, subsets: readonly (readonly number[])[]): Weights {
  let sum: Weights | null = null;
  subsets.forEach((sentences, k) => {
    const w = trainAll(data, epochs, seed + 7919 * k, margin, sentences);
    if (!sum) sum = w;
    else {
      for (let i = 0; i < w.em.length; i++) sum.em[i]! += w.em[i]!;
      for (let i = 0; i < w.trans.length; i++) sum.trans[i]! += w.trans[i]!;
    }
  });
  if (!sum) throw new Error('trainEnsemble: no subsets');
  return sum;
}

/**
 * Quantizes averaged weights to int16 with one scale (emissions and transitions alike, so scores stay
 * comparable) and keeps, per feature, only the labels with a non-zero weight.
 */
export function toModelParts(data: TrainingSet, w: Weights, lexicon: NerLexicon, trained: Record<string, unknown>, minAbs = 1): ModelParts {
  const L = data.L;
  let max = 0;
  for (const x of w.em) if (Math.abs(x) > max) max = Math.abs(x);
  for (const x of w.trans) if (Number.isFinite(x) && Math.abs(x) > max) max = Math.abs(x);
  const scale = max === 0 ? 1 : 32000 / max;
  const F = data.features;
  const order = Array.from({ length: F }, (_, i) => i).sort((a, b) => data.featureHashes[a]! - data.featureHashes[b]!);
  const keys: number[] = [];
  const counts: number[] = [];
  const labels: number[] = [];
  const values: number[] = [];
  for (const f of order) {
    let k = 0;
    for (let l = 0; l < L; l++) {
      const q = Math.round(w.em[f * L + l]! * scale);
      if (Math.abs(q) < minAbs) continue;
      labels.push(l);
      values.push(q);
      k++;
    }
    if (k > 0) {
      keys.push(data.featureHashes[f]!);
      counts.push(k);
    }
  }
  const transitions = Int16Array.from(w.trans, (x) => Math.max(-32767, Math.min(32767, Math.round(x * scale))));
  return {
    header: {
      format: 'quellenlage.ner/1',
      labels: data.labels,
      scale,
      rows: keys.length,
      nnz: values.length,
      featureVersion: FEATURE_VERSION,
      contexts: TRANSITION_CONTEXTS,
      lexiconFingerprint: lexicon.fingerprint,
      trained,
    },
    keys: Uint32Array.from(keys),
    counts: Uint8Array.from(counts),
    labels: Uint8Array.from(labels),
    values: Int16Array.from(values),
    transitions,
  };
}

export { FeatureExtractor, NerLexicon, DocContext };
