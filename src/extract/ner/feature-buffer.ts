/** The per-sentence buffer the feature extractor writes token feature hashes into (features.ts, model.ts). */
import type { WordInfo } from './features.js';

/** A growable buffer of feature hashes with per-token offsets. */
export class FeatureBuffer {
  hashes = new Uint32Array(4096);
  offsets = new Int32Array(257);
  /** Per token: its transition context (see TRANSITION_CONTEXTS). */
  ctx = new Int32Array(256);
  /** Per token: the key of its CLASS_FEATURES features (see `extract`). */
  classKey = new Int32Array(256);
  /** Per token: what its word contributes (see `extractContext`). */
  infos: WordInfo[] = [];
  length = 0;
  tokens = 0;

  reset(n: number): void {
    this.infos.length = n;
    this.length = 0;
    this.tokens = 0;
    if (this.offsets.length < n + 1) this.offsets = new Int32Array(Math.max(n + 1, this.offsets.length * 2));
    if (this.ctx.length < n) this.ctx = new Int32Array(Math.max(n, this.ctx.length * 2));
    if (this.classKey.length < n) this.classKey = new Int32Array(Math.max(n, this.classKey.length * 2));
    this.offsets[0] = 0;
  }

  push(a: number, b?: number, c?: number, d?: number): void {
    if (this.length + 4 > this.hashes.length) this.grow(4);
    this.hashes[this.length++] = a;
    if (b !== undefined) this.hashes[this.length++] = b;
    if (c !== undefined) this.hashes[this.length++] = c;
    if (d !== undefined) this.hashes[this.length++] = d;
  }

  pushAll(hs: Uint32Array): void {
    if (this.length + hs.length > this.hashes.length) this.grow(hs.length);
    this.hashes.set(hs, this.length);
    this.length += hs.length;
  }

  /** Makes room for `k` more hashes and returns the array to write them into (at `length`). */
  room(k: number): Uint32Array {
    if (this.length + k > this.hashes.length) this.grow(k);
    return this.hashes;
  }

  /** Closes the current token. */
  end(): void {
    this.offsets[++this.tokens] = this.length;
  }

  private grow(k: number): void {
    const next = new Uint32Array(Math.max(this.hashes.length * 2, this.length + k));
    next.set(this.hashes.subarray(0, this.length));
    this.hashes = next;
  }
}
