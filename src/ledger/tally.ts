/** Counting values: how often each occurs ([value, count] pairs in first-seen order), sums, the most frequent. */

/** How often each non-null value occurs, in the order first seen. */
export function tally<T>(items: readonly (T | null)[]): [T, number][] {
  const n = new Map<T, number>();
  for (const x of items) if (x !== null) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n];
}

/** Several tallies summed into one, in the order values are first seen. */
export function merged<T>(lists: readonly (readonly [T, number][])[]): [T, number][] {
  const m = new Map<T, number>();
  for (const l of lists) for (const [x, n] of l) m.set(x, (m.get(x) ?? 0) + n);
  return [...m];
}

/** The most frequent value of a tally (the first on ties), or null. */
export function top<T>(counts: Iterable<[T, number]>): T | null {
  let best: T | null = null;
  let bestN = 0;
  for (const [x, n] of counts) if (n > bestN) [best, bestN] = [x, n];
  return best;
}
