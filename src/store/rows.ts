/** Helpers both stores use on rows they read or write. */
import { isHttpUrl } from '../ingest/validate.js';
import type { DocumentMeta } from './types.js';

/** A row's metadata; a URL that is not http(s) (stored by an older version) is not handed out. */
export function meta(r: DocumentMeta): DocumentMeta {
  return { id: r.id, url: r.url !== null && isHttpUrl(r.url) ? r.url : null, title: r.title, author: r.author, published: r.published, lang: r.lang };
}

/** The most frequent non-null value, the first seen on ties; null when there is none. */
export function mostFrequent(values: readonly (string | null)[]): string | null {
  const n = new Map<string, number>();
  let best: string | null = null;
  for (const v of values) {
    if (v === null) continue;
    const k = (n.get(v) ?? 0) + 1;
    n.set(v, k);
    if (best === null || k > n.get(best)!) best = v;
  }
  return best;
}
