import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIAS_HASH, CLASS_FEATURES, CLASS_KEYS, classHashes, FEATURE_VERSION, FeatureBuffer, FeatureExtractor, leftHashes, NEIGHBOUR_FEATURES, rightHashes, type WordInfo, type WordSums } from './features.js';
import { allowedAfter, allowedAtEnd, bioesToBio, schemeOf } from './labels.js';
import { NerLexicon, type NerLang } from './lexicon.js';
import { DocContext } from './doc-features.js';

/**
 * A trained linear-chain tagger: sparse emission weights per feature hash (int16, one shared scale), a label
 * transition matrix, and Viterbi decoding under the hard BIO constraint (I-X only after B-X or I-X).
 *
 * The file (models/ner-de.bin) is little-endian:
 *   "QLNER001"            8 bytes magic
 *   u32 header length, header JSON (labels, scale, counts, provenance), zero-padded to a multiple of 4
 *   u32  keys[rows]       feature hashes, ascending
 *   u8   counts[rows]     how many labels each feature has a weight for
 *   (zero padding to a multiple of 2)
 *   u8   labels[nnz]      the label index of each weight
 *   (zero padding to a multiple of 2)
 *   i16  values[nnz]      the weights × scale
 *   i16  transitions[(K+1)×(L+1)×L]  K+1 matrices (the shared one, then one per transition context k < K
 *                         = lexical class of the token stepped onto); in each, row 0: sentence start → label,
 *                         row 1+p: label p → label
 * Loading is a read and one pass that builds an open-addressing table from hash to row.
 */

const MAGIC = 'QLNER001';

/** Distinct words whose features and summed weights a tagger keeps (then it starts over). */
const WORD_CACHE_MAX = 50_000;

export interface ModelHeader {
  format: 'quellenlage.ner/1';
  labels: string[];
  /** Weights were multiplied by this before rounding to int16. */
  scale: number;
  rows: number;
  nnz: number;
  featureVersion: number;
  /** The number of transition contexts K. */
  contexts: number;
  lexiconFingerprint: string;
  /** Provenance, free-form: data, epochs, date. */
  trained: Record<string, unknown>;
}

/** The parts of a model in memory (what the trainer produces and the file holds). */
export interface ModelParts {
  header: ModelHeader;
  keys: Uint32Array;
  counts: Uint8Array;
  labels: Uint8Array;
  values: Int16Array;
  transitions: Int16Array;
}

const pad = (n: number, m: number) => (n + m - 1) & ~(m - 1);

export function encodeModel(parts: ModelParts): Buffer {
  const header = Buffer.from(JSON.stringify(parts.header), 'utf8');
  const headerLen = pad(header.length, 4);
  const rows = parts.keys.length;
  const nnz = parts.values.length;
  let size = 8 + 4 + headerLen;
  const offKeys = size;
  size += rows * 4;
  const offCounts = size;
  size = pad(size + rows, 2);
  const offLabels = size;
  size = pad(size + nnz, 2);
  const offValues = size;
  size += nnz * 2;
  const offTrans = size;
  size += parts.transitions.length * 2;
  const buf = Buffer.alloc(size);
  buf.write(MAGIC, 0, 'latin1');
  buf.writeUInt32LE(headerLen, 8);
  header.copy(buf, 12);
  for (let i = 0; i < rows; i++) buf.writeUInt32LE(parts.keys[i]!, offKeys + 4 * i);
  Buffer.from(parts.counts.buffer, parts.counts.byteOffset, rows).copy(buf, offCounts);
  Buffer.from(parts.labels.buffer, parts.labels.byteOffset, nnz).copy(buf, offLabels);
  for (let i = 0; i < nnz; i++) buf.writeInt16LE(parts.values[i]!, offValues + 2 * i);
  for (let i = 0; i < parts.transitions.length; i++) buf.writeInt16LE(parts.transitions[i]!, offTrans + 2 * i);
  return buf;
}

export function decodeModel(buf: Uint8Array): ModelParts {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (b.length < 12 || b.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a Quellenlage NER model (bad magic)');
  const headerLen = b.readUInt32LE(8);
  const header = JSON.parse(b.toString('utf8', 12, 12 + headerLen).replace(/\0+$/, '')) as ModelHeader;
  const rows = header.rows;
  const nnz = header.nnz;
  const L = header.labels.length;
  let off = 12 + headerLen;
  // Copy into aligned typed arrays (the Buffer may sit at any byte offset of its pool).
  const u8 = (start: number, len: number) => new Uint8Array(b.buffer.slice(b.byteOffset + start, b.byteOffset + start + len));
  const keys = new Uint32Array(u8(off, rows * 4).buffer);
  off += rows * 4;
  const counts = u8(off, rows);
  off = pad(off + rows, 2);
  const labels = u8(off, nnz);
  off = pad(off + nnz, 2);
  const values = new Int16Array(u8(off, nnz * 2).buffer);
  off += nnz * 2;
  const nTrans = (header.contexts + 1) * (L + 1) * L;
  const transitions = new Int16Array(u8(off, nTrans * 2).buffer);
  off += nTrans * 2;
  if (off !== b.length) throw new Error(`NER model: expected ${off} bytes, found ${b.length}`);
  return { header, keys, counts, labels, values, transitions };
}

export class NerModel {
  readonly header: ModelHeader;
  readonly labels: readonly string[];
  readonly extractor: FeatureExtractor;
  private readonly L: number;
  private readonly mask: number;
  /**
   * The open-addressing table from feature hash to weight row, two words a slot (one cache line for a probe):
   * the hash, then 1 + (first weight << 8 | weight count) of its row (0 = empty slot).
   */
  private readonly table: Uint32Array;
  /** Each weight as value << 8 | label index, so that one read gives both. */
  private readonly weights: Int32Array;
  /** K×(L+1)×L transition scores (shared + per context); -Infinity where BIO forbids the step. */
  private readonly trans: Float64Array;
  private readonly end: Uint8Array;
  /** The labels each label may follow (see `predecessors`), so decoding skips the steps BIO forbids. */
  private readonly preds: Predecessors;
  /** Each label in BIO. */
  private readonly bio: string[];
  private readonly buf = new FeatureBuffer();

  /** The language of the model's lexicon ("lang" in its provenance; models without one are German). */
  readonly lang: NerLang;

  constructor(parts: ModelParts, lexicon?: NerLexicon) {
    const h = parts.header;
    this.lang = h.trained['lang'] === 'en' ? 'en' : 'de';
    lexicon ??= NerLexicon.forLang(this.lang);
    if (h.featureVersion !== FEATURE_VERSION) {
      throw new Error(`NER model was trained with feature version ${h.featureVersion}, this code has ${FEATURE_VERSION}: run npm run train:ner`);
    }
    this.header = h;
    this.labels = h.labels;
    const L = (this.L = h.labels.length);
    this.extractor = new FeatureExtractor(lexicon, WORD_CACHE_MAX);
    const rows = parts.keys.length;
    let cap = 1;
    while (cap < rows * 1.5) cap <<= 1;
    this.mask = cap - 1;
    const nnz = parts.labels.length;
    if (nnz >= 1 << 23 || L > 256) throw new Error(`NER model: ${nnz} weights over ${L} labels is more than the tagger's table holds`);
    this.table = new Uint32Array(cap * 2);
    for (let r = 0, start = 0; r < rows; r++) {
      const k = parts.keys[r]!;
      let s = (k ^ (k >>> 15)) & this.mask;
      while (this.table[2 * s + 1] !== 0) s = (s + 1) & this.mask;
      this.table[2 * s] = k;
      this.table[2 * s + 1] = ((start << 8) | parts.counts[r]!) + 1;
      start += parts.counts[r]!;
    }
    this.weights = new Int32Array(nnz);
    for (let k = 0; k < nnz; k++) this.weights[k] = (parts.values[k]! << 8) | parts.labels[k]!;
    this.end = endMask(h.labels);
    this.preds = predecessors(h.labels);
    this.bio = h.labels.map(bioesToBio);
    this.trans = combineTransitions(Float64Array.from(parts.transitions), h.labels, h.contexts);
  }

  static fromBuffer(buf: Uint8Array, lexicon?: NerLexicon): NerModel {
    return new NerModel(decodeModel(buf), lexicon);
  }

  static load(path: string, lexicon?: NerLexicon): NerModel {
    return NerModel.fromBuffer(readFileSync(path), lexicon);
  }

  /** The neighbour sums at the sentence start (as a left neighbour) and end (as a right one), see `wordSums`. */
  private edge: Int32Array | undefined;
  /** The summed weights of the CLASS_FEATURES features, by class key, filled when first needed. */
  private readonly classScores: (Int32Array | undefined)[] = new Array(CLASS_KEYS);
  /** The weights of the bias feature, which every word's own sum starts from. */
  private biasScores: Int32Array | undefined;
  /** The emission scores of the sentence being tagged (see `emissions`). */
  private scores = new Int32Array(0);
  /** The weight rows of the sentence's context features (see `findRows`), and of a cache miss's features. */
  private rows = new Int32Array(0);
  private missRows = new Int32Array(0);
  /** Room for the hashes of one cache miss. */
  private readonly scratch = new Uint32Array(Math.max(2 * NEIGHBOUR_FEATURES, CLASS_FEATURES, 1));

  /**
   * The weight row of each of features `from..to` of `hashes`, as the table holds it (0: no weights), into `rows`.
   * Finding all rows first, then reading their weights, lets the processor overlap the table's cache misses.
   */
  private findRows(hashes: Uint32Array, from: number, to: number, rows: Int32Array): void {
    const { mask, table } = this;
    for (let j = from; j < to; j++) {
      const key = hashes[j]!;
      let s = (key ^ (key >>> 15)) & mask;
      let row = table[2 * s + 1]!;
      while (row !== 0 && table[2 * s] !== key) {
        s = (s + 1) & mask;
        row = table[2 * s + 1]!;
      }
      rows[j] = row;
    }
  }

  /** Adds the weights of features `from..to` of `hashes` to `scores` at `base`. */
  private addWeights(hashes: Uint32Array, from: number, to: number, scores: Int32Array, base: number): void {
    if (this.missRows.length < to) this.missRows = new Int32Array(2 * to);
    this.findRows(hashes, from, to, this.missRows);
    this.addRows(this.missRows, from, to, scores, base);
  }

  /** Adds the weights of rows `from..to` of `rows` (see `findRows`) to `scores` at `base`. */
  private addRows(rows: Int32Array, from: number, to: number, scores: Int32Array, base: number): void {
    const weights = this.weights;
    for (let j = from; j < to; j++) {
      const row = rows[j]! - 1;
      if (row < 0) continue;
      for (let k = row >>> 8, ke = k + (row & 0xff); k < ke; k++) {
        const w = weights[k]!;
        scores[base + (w & 0xff)]! += w >> 8;
      }
    }
  }

  /**
   * A word's summed weights, 3L of them: its own features and the bias, then those it gives as a left
   * neighbour, then as a right one (null: the sentence edge, whose own sums are not read).
   */
  private wordSums(info: WordInfo | null): WordSums {
    const L = this.L;
    const out = new Int32Array(3 * L);
    if (info) {
      this.addWeights(info.own, 0, info.own.length, out, 0);
      const bias = (this.biasScores ??= this.sum(Uint32Array.of(BIAS_HASH), 0, 1));
      for (let c = 0; c < L; c++) out[c]! += bias[c]!;
    }
    const scratch = this.scratch;
    this.addWeights(scratch, 0, leftHashes(info, scratch, 0), out, L);
    this.addWeights(scratch, 0, rightHashes(info, scratch, 0), out, 2 * L);
    return out;
  }

  /** The summed weights of features `from..from+count` of `hashes` (L of them). */
  private sum(hashes: Uint32Array, from: number, count: number): Int32Array {
    const out = new Int32Array(this.L);
    this.addWeights(hashes, from, from + count, out, 0);
    return out;
  }

  /**
   * Emission scores, n × L. The weights of the features that depend on one word alone (its own, and what it
   * gives each neighbour) are summed once per distinct word, those of the class features once per class key,
   * and reused (the weights are integers, so the sums are exact in any order); their hashes are made only
   * then. The other context features and the document's (`doc`, English) are added per token.
   */
  private emissions(words: readonly string[], doc?: DocContext): Int32Array {
    const L = this.L;
    const f = this.extractor.extractContext(words, this.buf, doc);
    const n = words.length;
    // Every cell is written (then added to) below, so the buffer is reused from sentence to sentence.
    if (this.scores.length < n * L) this.scores = new Int32Array(2 * n * L);
    const scores = this.scores;
    const { hashes, offsets, infos } = f;
    const scratch = this.scratch;
    for (let i = 0; i < n; i++) {
      const info = infos[i]!;
      info.sums ??= this.wordSums(info);
    }
    const edge = (this.edge ??= this.wordSums(null));
    const m = offsets[n]!;
    if (this.rows.length < m) this.rows = new Int32Array(2 * m);
    const rows = this.rows;
    this.findRows(hashes, 0, m, rows);
    for (let i = 0; i < n; i++) {
      const base = i * L;
      const own = infos[i]!.sums!;
      const prev = i > 0 ? infos[i - 1]!.sums! : edge;
      const next = i + 1 < n ? infos[i + 1]!.sums! : edge;
      const key = f.classKey[i]!;
      const cls = (this.classScores[key] ??= this.sum(scratch, 0, classHashes(key, scratch, 0)));
      for (let c = 0; c < L; c++) scores[base + c] = own[c]! + prev[L + c]! + next[2 * L + c]! + cls[c]!;
      this.addRows(rows, offsets[i]!, offsets[i + 1]!, scores, base);
    }
    return scores;
  }

  /**
   * The document summary that `tag` takes for the sentences of one document, when the model was trained with
   * document features (header.trained.docFeatures; the English model); otherwise undefined.
   */
  documentContext(sentences: readonly (readonly string[])[]): DocContext | undefined {
    return this.header.trained['docFeatures'] === true ? new DocContext(sentences, this.extractor.lexicon) : undefined;
  }

  /** The best label sequence (label indices) for one sentence. */
  tagIndices(words: readonly string[], doc?: DocContext): Int32Array {
    const n = words.length;
    const out = new Int32Array(n);
    if (n === 0) return out;
    const em = this.emissions(words, doc);
    return viterbi(em, n, this.L, this.trans, this.buf.ctx, this.end, out, this.preds);
  }

  /** The best label sequence for one sentence, in BIO over this model's types (a BIOES model's E-/S- read as I-/B-). */
  tag(words: readonly string[], doc?: DocContext): string[] {
    const idx = this.tagIndices(words, doc);
    const out: string[] = new Array(words.length);
    for (let i = 0; i < idx.length; i++) out[i] = this.bio[idx[i]!]!;
    return out;
  }
}

/**
 * The transition tables used in decoding: for each context k, shared + own weights, with -Infinity where BIO
 * forbids a step. `w` holds (K+1) matrices of (L+1)×L (see the file layout); the result K of them.
 */
export function combineTransitions(w: ArrayLike<number>, labels: readonly string[], contexts: number, into?: Float64Array): Float64Array {
  const L = labels.length;
  const S = (L + 1) * L;
  const out = into ?? new Float64Array(contexts * S);
  const allowed = allowedSteps(labels);
  for (let j = 0; j < S; j++) {
    const ok = allowed[j] === 1;
    const shared = w[j]!;
    for (let k = 0; k < contexts; k++) out[k * S + j] = ok ? shared + w[(k + 1) * S + j]! : -Infinity;
  }
  return out;
}

const allowedCache = new Map<string, Uint8Array>();

/** 1 for the labels a sentence may end on. */
export function endMask(labels: readonly string[]): Uint8Array {
  const scheme = schemeOf(labels);
  return Uint8Array.from(labels, (l) => (allowedAtEnd(l, scheme) ? 1 : 0));
}

/** 1 where BIO allows the step, (L+1)×L, row 0 from the sentence start. */
export function allowedSteps(labels: readonly string[]): Uint8Array {
  const key = labels.join(' ');
  let a = allowedCache.get(key);
  if (a) return a;
  const L = labels.length;
  a = new Uint8Array((L + 1) * L);
  const scheme = schemeOf(labels);
  for (let p = -1; p < L; p++) for (let c = 0; c < L; c++) a[(p + 1) * L + c] = allowedAfter(p < 0 ? null : labels[p]!, labels[c]!, scheme) ? 1 : 0;
  allowedCache.set(key, a);
  return a;
}

/** For each label c, the labels p that may precede it: `list[start[c]..start[c+1]]`, ascending. */
export interface Predecessors {
  start: Int32Array;
  list: Int32Array;
}

function buildPredecessors(L: number, ok: (p: number, c: number) => boolean): Predecessors {
  const start = new Int32Array(L + 1);
  const list: number[] = [];
  for (let c = 0; c < L; c++) {
    for (let p = 0; p < L; p++) if (ok(p, c)) list.push(p);
    start[c + 1] = list.length;
  }
  return { start, list: Int32Array.from(list) };
}

const everyPredecessor = new Map<number, Predecessors>();

/** Every label may precede every label (the decoding without a BIO shortcut). */
function allPredecessors(L: number): Predecessors {
  let p = everyPredecessor.get(L);
  if (!p) everyPredecessor.set(L, (p = buildPredecessors(L, () => true)));
  return p;
}

/**
 * The steps BIO allows between labels (label → label; the sentence start is handled apart). Skipping the
 * forbidden ones changes no path: their score is -Infinity, which never beats the running best.
 */
export function predecessors(labels: readonly string[]): Predecessors {
  const L = labels.length;
  const allowed = allowedSteps(labels);
  return buildPredecessors(L, (p, c) => allowed[(p + 1) * L + c] === 1);
}

/** viterbi's lattice, grown when a longer sentence comes. */
const work = { delta: new Float64Array(0), back: new Int32Array(0) };

/**
 * First-order Viterbi: `em` is n×L emission scores, `trans` K tables of (L+1)×L (row 0 from the sentence
 * start) with -Infinity for forbidden steps, `ctx[i]` which table the step onto token i uses, `end` the
 * labels a sentence may end on, `preds` (optional) the steps worth trying. Writes the best path into `out`.
 */
export function viterbi(
  em: Float64Array | Int32Array,
  n: number,
  L: number,
  trans: Float64Array,
  ctx: Int32Array,
  end: Uint8Array,
  out: Int32Array,
  preds?: Predecessors,
): Int32Array {
  const S = (L + 1) * L;
  // Every cell read below is written first, so the buffers are reused from sentence to sentence.
  if (work.delta.length < n * L) {
    work.delta = new Float64Array(2 * n * L);
    work.back = new Int32Array(2 * n * L);
  }
  const { delta, back } = work;
  const t0 = ctx[0]! * S;
  const { start, list } = preds ?? allPredecessors(L);
  for (let c = 0; c < L; c++) delta[c] = trans[t0 + c]! + em[c]!;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const cur = i * L;
    const t = ctx[i]! * S + L;
    for (let c = 0; c < L; c++) {
      let best = -Infinity;
      let arg = 0;
      const q0 = start[c]!;
      const qe = start[c + 1]!;
      if (qe - q0 === L) {
        // Every label may precede this one (its list is 0..L-1): no list to read.
        for (let p = 0, tp = t + c; p < L; p++, tp += L) {
          const s = delta[prev + p]! + trans[tp]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      } else {
        for (let q = q0; q < qe; q++) {
          const p = list[q]!;
          const s = delta[prev + p]! + trans[t + p * L + c]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      delta[cur + c] = best + em[cur + c]!;
      back[cur + c] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let c = 0; c < L; c++) {
    if (end[c] === 1 && delta[last + c]! > best) {
      best = delta[last + c]!;
      arg = c;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!;
  return out;
}

/** Where a committed model lives: models/ner-<lang>.bin at the repository (package) root, found from this module. */
export function defaultModelPath(lang: NerLang = 'de'): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    const p = join(dir, 'models', `ner-${lang}.bin`);
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  return null;
}
