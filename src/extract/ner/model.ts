import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_VERSION, FeatureBuffer, FeatureExtractor } from './features.js';
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
  private readonly tableKeys: Uint32Array;
  /** Row index + 1 per table slot (0 = empty). */
  private readonly tableRows: Int32Array;
  private readonly rowStart: Int32Array;
  private readonly wLabels: Uint8Array;
  private readonly wValues: Int16Array;
  /** K×(L+1)×L transition scores (shared + per context); -Infinity where BIO forbids the step. */
  private readonly trans: Float64Array;
  private readonly end: Uint8Array;
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
    this.extractor = new FeatureExtractor(lexicon);
    const rows = parts.keys.length;
    let cap = 1;
    while (cap < rows * 2) cap <<= 1;
    this.mask = cap - 1;
    this.tableKeys = new Uint32Array(cap);
    this.tableRows = new Int32Array(cap);
    for (let r = 0; r < rows; r++) {
      const k = parts.keys[r]!;
      let s = (k ^ (k >>> 15)) & this.mask;
      while (this.tableRows[s] !== 0) s = (s + 1) & this.mask;
      this.tableKeys[s] = k;
      this.tableRows[s] = r + 1;
    }
    this.rowStart = new Int32Array(rows + 1);
    for (let r = 0; r < rows; r++) this.rowStart[r + 1] = this.rowStart[r]! + parts.counts[r]!;
    this.wLabels = parts.labels;
    this.wValues = parts.values;
    this.end = endMask(h.labels);
    this.bio = h.labels.map(bioesToBio);
    this.trans = combineTransitions(Float64Array.from(parts.transitions), h.labels, h.contexts);
  }

  static fromBuffer(buf: Uint8Array, lexicon?: NerLexicon): NerModel {
    return new NerModel(decodeModel(buf), lexicon);
  }

  static load(path: string, lexicon?: NerLexicon): NerModel {
    return NerModel.fromBuffer(readFileSync(path), lexicon);
  }

  private row(key: number): number {
    let s = (key ^ (key >>> 15)) & this.mask;
    for (;;) {
      const r = this.tableRows[s]!;
      if (r === 0) return -1;
      if (this.tableKeys[s] === key) return r - 1;
      s = (s + 1) & this.mask;
    }
  }

  /** Emission scores, n × L. */
  private emissions(words: readonly string[], doc?: DocContext): Float64Array {
    const L = this.L;
    const f = this.extractor.extract(words, this.buf, doc);
    const n = words.length;
    const scores = new Float64Array(n * L);
    const { hashes, offsets } = f;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (let j = offsets[i]!, e = offsets[i + 1]!; j < e; j++) {
        const r = this.row(hashes[j]!);
        if (r < 0) continue;
        for (let k = this.rowStart[r]!, ke = this.rowStart[r + 1]!; k < ke; k++) scores[base + this.wLabels[k]!]! += this.wValues[k]!;
      }
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
    return viterbi(em, n, this.L, this.trans, this.buf.ctx, this.end, out);
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

/**
 * First-order Viterbi: `em` is n×L emission scores, `trans` K tables of (L+1)×L (row 0 from the sentence
 * start) with -Infinity for forbidden steps, `ctx[i]` which table the step onto token i uses, `end` the
 * labels a sentence may end on. Writes the best path into `out`.
 */
export function viterbi(em: Float64Array, n: number, L: number, trans: Float64Array, ctx: Int32Array, end: Uint8Array, out: Int32Array): Int32Array {
  const S = (L + 1) * L;
  const delta = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  const t0 = ctx[0]! * S;
  for (let c = 0; c < L; c++) delta[c] = trans[t0 + c]! + em[c]!;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const cur = i * L;
    const t = ctx[i]! * S + L;
    for (let c = 0; c < L; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = delta[prev + p]! + trans[t + p * L + c]!;
        if (s > best) {
          best = s;
          arg = p;
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
