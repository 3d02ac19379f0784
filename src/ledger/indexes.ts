/**
 * Small look-up structures that keep the ledger step linear (n log n) in the number of quantities, claims and
 * mentions of a document: sorted arrays and binary search instead of a scan of every item per item.
 */
import type { Span } from '../core/span.js';

/** The first index in a sorted array whose value is >= x. */
function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a span lies inside any of some (possibly overlapping) spans: sorted by start, with the running maximum end. */
export function insideAny(spans: readonly Span[]): (s: Span) => boolean {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const starts = Float64Array.from(sorted, (x) => x.start);
  const maxEnd = new Float64Array(sorted.length);
  let m = -Infinity;
  for (let i = 0; i < sorted.length; i++) maxEnd[i] = m = Math.max(m, sorted[i]!.end);
  return (s) => {
    // The spans starting at or before s.start; one of them covers s when the longest reaches s.end.
    const k = lowerBound(starts, s.start + 1) - 1;
    return k >= 0 && maxEnd[k]! >= s.end;
  };
}

/** The items lying inside a span, for items sorted once by start (the ledger's entity mentions). */
export function itemsInside<T extends Span>(items: readonly T[]): (outer: Span) => T[] {
  const sorted = [...items].sort((x, y) => x.start - y.start);
  const starts = Float64Array.from(sorted, (x) => x.start);
  return (outer) => {
    const out: T[] = [];
    for (let i = lowerBound(starts, outer.start); i < sorted.length && sorted[i]!.start < outer.end; i++) {
      if (sorted[i]!.end <= outer.end) out.push(sorted[i]!);
    }
    return out;
  };
}

/** Positive sizes kept sorted: the smallest ratio max/min between any of them and a given size. */
export class SortedSizes {
  private readonly values: number[];

  constructor(sizes: readonly (number | null)[] = []) {
    this.values = sizes.filter((s): s is number => s !== null && s > 0).sort((x, y) => x - y);
  }

  add(size: number | null): void {
    if (size === null || !(size > 0)) return;
    this.values.splice(lowerBound(this.values, size), 0, size);
  }

  remove(size: number | null): void {
    if (size === null || !(size > 0)) return;
    const k = lowerBound(this.values, size);
    if (this.values[k] === size) this.values.splice(k, 1);
  }

  /** min over the sizes s of max(s, x) / min(s, x); Infinity when x has no size or there are none. */
  nearestRatio(x: number | null): number {
    if (x === null || !(x > 0)) return Infinity;
    const k = lowerBound(this.values, x);
    let best = Infinity;
    for (const s of [this.values[k - 1], this.values[k]]) if (s !== undefined) best = Math.min(best, Math.max(s, x) / Math.min(s, x));
    return best;
  }
}
