import type { Span } from './span.js';

/**
 * A layer is an immutable, sorted array of spans with binary-search lookups, so components can ask
 * "which sentence holds offset 120" or "which tokens lie in this span" without scanning.
 * Items must be sorted by start (then end); `Layer.from` sorts, the constructor trusts its caller.
 */
export class Layer<T extends Span> implements Iterable<T> {
  readonly items: readonly T[];

  constructor(items: readonly T[]) {
    this.items = items;
  }

  static from<T extends Span>(items: Iterable<T>): Layer<T> {
    const arr = [...items];
    arr.sort((a, b) => a.start - b.start || a.end - b.end);
    return new Layer(arr);
  }

  get length(): number {
    return this.items.length;
  }

  get(i: number): T | undefined {
    return this.items[i];
  }

  [Symbol.iterator](): Iterator<T> {
    return this.items[Symbol.iterator]();
  }

  /** Index of the first item whose end is greater than `offset` (items may not overlap for this to be exact). */
  firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.items[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The item covering `offset` (start <= offset < end), for non-overlapping layers. */
  at(offset: number): T | undefined {
    const i = this.firstEndingAfter(offset);
    const item = this.items[i];
    return item !== undefined && item.start <= offset ? item : undefined;
  }

  /** Index range [from, to) of the items lying entirely inside `span`, for non-overlapping layers. */
  indexRange(span: Span): [number, number] {
    let i = this.firstEndingAfter(span.start);
    while (i < this.items.length && this.items[i]!.start < span.start) i++;
    let j = i;
    while (j < this.items.length && this.items[j]!.end <= span.end) j++;
    return [i, j];
  }

  /** Items lying entirely inside `span`. */
  within(span: Span): T[] {
    const [i, j] = this.indexRange(span);
    return this.items.slice(i, j) as T[];
  }
}
