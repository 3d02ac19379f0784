/**
 * First appearance and repetitions of an estimate within a topic: the same figure in the same topic, said
 * again by later articles, is one estimate repeated. Each estimate gets the earliest article that stated its
 * figure (document, date, outlet) and how many other outlets stated it after that one.
 */

/** The figure an estimate states, as one comparable string ("4200", "3000-4000"); null when it has none. */
export function figureKey(e: { value: number | null; low: number | null; high: number | null }): string | null {
  if (e.value !== null) return String(e.value);
  if (e.low !== null || e.high !== null) return `${e.low ?? ''}-${e.high ?? ''}`;
  return null;
}

/** Where an article was published: its URL's host, else its document id (an article of its own). */
export function outletOf(d: { id: string; url: string | null }): string {
  if (d.url) {
    try {
      const host = new URL(d.url).hostname.replace(/^www\./, '');
      if (host) return host;
    } catch {
      // Not a URL: the document stands for its own outlet.
    }
  }
  return d.id;
}

export interface FirstAppearance {
  document: string;
  published: string | null;
  outlet: string;
}

export interface Repeat {
  firstAppearance: FirstAppearance;
  /** Outlets other than the first one's that stated the same figure later in the topic. */
  repeatedBy: number;
}

/**
 * For estimates in publication order (earliest first, as a ledger lists them), each one's first appearance
 * and repetitions among these estimates. Linear: one pass to group by figure, one to answer.
 */
export function repeats(estimates: readonly { value: number | null; low: number | null; high: number | null; document: { id: string; url: string | null; published: string | null } }[]): Repeat[] {
  const groups = new Map<string, { first: FirstAppearance; outlets: Set<string> }>();
  const keyOf = (i: number) => figureKey(estimates[i]!) ?? `#${i}`;
  estimates.forEach((e, i) => {
    const k = keyOf(i);
    const outlet = outletOf(e.document);
    const g = groups.get(k);
    if (g) g.outlets.add(outlet);
    else groups.set(k, { first: { document: e.document.id, published: e.document.published, outlet }, outlets: new Set([outlet]) });
  });
  return estimates.map((_, i) => {
    const g = groups.get(keyOf(i))!;
    return { firstAppearance: g.first, repeatedBy: g.outlets.size - 1 };
  });
}
