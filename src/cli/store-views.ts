import { csvRow, ledgerCsv, ledgerMarkdown, ledgerText } from '../ledger/views.js';
import { ledgerOf, topicLabels } from '../store/ledger.js';
import { openStore } from '../store/open.js';
import type { ClaimRow, DocumentHit, SourceSummary, Store } from '../store/types.js';
import { EXIT_OK } from './errors.js';
import { write } from './output.js';
import { escapeBidi } from '../text/safe-text.js';
import { isHttpUrl } from '../ingest/validate.js';

export function openForReading(db: string): Promise<Store> {
  return openStore(db, { readonly: true });
}

export interface LedgerCliOptions {
  db: string;
  topic?: string;
  since?: string;
  format: 'text' | 'json' | 'csv' | 'md';
  limit: number;
}

/** `quellenlage ledger`: topics with their estimates side by side, from the store. */
export async function runLedger(o: LedgerCliOptions): Promise<number> {
  const store = await openForReading(o.db);
  try {
    const q = o.since ? { since: o.since } : {};
    // The text view shows the first --limit estimates of each topic; the other formats are complete.
    const limit = o.format === 'text' && o.limit > 0 ? o.limit : null;
    const ledger = await ledgerOf(store.ledgerSource(q), { ...(o.topic ? { topic: o.topic } : {}), limit });
    const out =
      o.format === 'json' ? JSON.stringify(ledger, null, 2) + '\n'
      : o.format === 'csv' ? ledgerCsv(ledger)
      : o.format === 'md' ? escapeBidi(ledgerMarkdown(ledger))
      : escapeBidi(ledgerText(ledger));
    await write(out);
  } finally {
    await store.close();
  }
  return EXIT_OK;
}

export interface SearchCliOptions {
  db: string;
  source?: string;
  kind?: string;
  since?: string;
  limit: number;
  format: 'text' | 'json';
}

export type SearchFilters = Pick<SearchCliOptions, 'source' | 'kind' | 'since' | 'limit'>;

/** Documents and claims matching `query`; a source or kind filter searches claims only. Shared with the server. */
export async function searchStore(store: Store, query: string, o: SearchFilters): Promise<{ onlyClaims: boolean; documents: DocumentHit[]; claims: ClaimRow[] }> {
  const filters = { ...(o.source ? { source: o.source } : {}), ...(o.kind ? { kind: o.kind } : {}), ...(o.since ? { since: o.since } : {}) };
  const onlyClaims = o.source !== undefined || o.kind !== undefined;
  const documents = onlyClaims ? [] : await store.searchDocuments(query, { ...(o.since ? { since: o.since } : {}), limit: o.limit });
  return { onlyClaims, documents, claims: await store.claims({ text: query, ...filters, limit: o.limit }) };
}

/** `quellenlage search QUERY`: full-text search over documents and claims. */
export async function runSearch(query: string, o: SearchCliOptions): Promise<number> {
  const store = await openForReading(o.db);
  try {
    const { onlyClaims, documents, claims } = await searchStore(store, query, o);
    if (o.format === 'json') {
      await write(JSON.stringify({ query, documents, claims: claims.map(claimJson) }, null, 2) + '\n');
      return EXIT_OK;
    }
    const out: string[] = [];
    if (!onlyClaims) {
      out.push(`Documents (${documents.length}${documents.length === o.limit ? '+' : ''}):`);
      for (const d of documents) out.push(`  ${d.published?.slice(0, 10) ?? '—'}  ${d.title ?? d.id}  [${d.id}]`, `      ${d.snippet.replace(/\s+/g, ' ')}`);
    }
    out.push(`Claims (${claims.length}${claims.length === o.limit ? '+' : ''}):`);
    for (const c of claims) {
      out.push(
        `  ${c.document.published?.slice(0, 10) ?? '—'}  ${c.sourceName ?? '(no source)'} [${c.claim.kind}, ${c.claim.stance}]: ${oneLine(c.claim.content.text, 160)}  [${c.document.id} ${c.claim.id}]`,
      );
    }
    if (documents.length === 0 && claims.length === 0) out.push('  nothing found (words match by prefix; try fewer words)');
    await write(escapeBidi(out.join('\n') + '\n'));
  } finally {
    await store.close();
  }
  return EXIT_OK;
}

const oneLine = (s: string, n: number) => {
  const t = s.replace(/\s+/g, ' ');
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};

/** A claim row as `search --format json` and the server's search show it. */
export function claimJson(c: ClaimRow) {
  return { document: c.document, source: c.sourceName ? { name: c.sourceName, key: c.sourceKey } : null, claim: c.claim };
}

/** Every source with the ledger topics it gave figures for (most estimates first); shared by `sources` and the server. */
export async function sourcesWithTopics(store: Store): Promise<(SourceSummary & { topics: string[] })[]> {
  // The topics each source gave figures for: the labels of the ledger's topics by document-level key.
  const labelOf = await topicLabels(store.ledgerSource({}));
  const topics = new Map<string, Map<string, number>>();
  for (const r of await store.sourceTopics()) {
    const m = topics.get(r.source) ?? new Map<string, number>();
    const label = labelOf.get(r.topic) ?? r.topic;
    m.set(label, (m.get(label) ?? 0) + r.n);
    topics.set(r.source, m);
  }
  const topicsOf = (key: string) => [...(topics.get(key) ?? new Map<string, number>())].sort((x, y) => y[1] - x[1]).map(([l]) => l);
  return (await store.sources()).map((s) => ({ ...s, topics: topicsOf(s.key) }));
}

/** `quellenlage sources`: who is quoted, how often, about which topics. */
export async function runSources(o: { db: string; format: 'text' | 'json' }): Promise<number> {
  const store = await openForReading(o.db);
  try {
    const sources = await sourcesWithTopics(store);
    if (o.format === 'json') {
      await write(JSON.stringify(sources, null, 2) + '\n');
      return EXIT_OK;
    }
    const out = [`${'source'.padEnd(40)} ${'type'.padEnd(12)} claims  docs  estimates on`];
    for (const s of sources) out.push(`${oneLine(s.roles ? `${s.name} (${s.roles.split(',').join('; ')})` : s.name, 39).padEnd(40)} ${(s.type ?? '—').padEnd(12)} ${String(s.claims).padStart(6)} ${String(s.documents).padStart(5)}  ${s.topics.join('; ') || '—'}`);
    if (sources.length === 0) out.push('(no sources: the store holds no attributed claims yet)');
    await write(escapeBidi(out.join('\n') + '\n'));
  } finally {
    await store.close();
  }
  return EXIT_OK;
}

/** schema.org Claim (https://schema.org/Claim), ready for ClaimReview workflows. */
export function claimJsonLd(c: ClaimRow): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    identifier: `${c.document.id}#${c.claim.id}`,
    text: c.claim.content.text,
    // A source the analyzer knows as a person is a Person; the rest are offices, agencies, outlets.
    ...(c.sourceName ? { author: { '@type': c.sourceType === 'PER' ? 'Person' : 'Organization', name: c.sourceName } } : {}),
    ...(c.document.published ? { datePublished: c.document.published } : {}),
    appearance: {
      '@type': 'NewsArticle',
      ...(c.document.url && isHttpUrl(c.document.url) ? { url: c.document.url } : {}),
      ...(c.document.title ? { headline: c.document.title } : {}),
      ...(c.document.published ? { datePublished: c.document.published } : {}),
      inLanguage: c.document.lang,
    },
    additionalProperty: [
      { '@type': 'PropertyValue', name: 'kind', value: c.claim.kind },
      { '@type': 'PropertyValue', name: 'stance', value: c.claim.stance },
      ...(c.claim.certainty ? [{ '@type': 'PropertyValue', name: 'certainty', value: c.claim.certainty }] : []),
    ],
  };
}

/** `quellenlage export`: claims as CSV or schema.org Claim JSON-LD. */
export async function runExport(o: { db: string; format: 'csv' | 'jsonld'; source?: string; kind?: string; since?: string }): Promise<number> {
  const store = await openForReading(o.db);
  try {
    const rows = await store.claims({ ...(o.source ? { source: o.source } : {}), ...(o.kind ? { kind: o.kind } : {}), ...(o.since ? { since: o.since } : {}) });
    if (o.format === 'jsonld') {
      await write(JSON.stringify(rows.map(claimJsonLd), null, 2) + '\n');
      return EXIT_OK;
    }
    for (const line of claimCsvLines(rows)) await write(line);
  } finally {
    await store.close();
  }
  return EXIT_OK;
}

/** Claims as CSV lines (a header first), as `export --format csv` writes them; shared with the server. */
export function* claimCsvLines(rows: Iterable<ClaimRow>): Generator<string> {
  yield csvRow(['document', 'url', 'title', 'published', 'lang', 'claim', 'kind', 'stance', 'certainty', 'source', 'source_key', 'cue', 'via', 'content']);
  for (const r of rows) {
    const c = r.claim;
    yield csvRow([r.document.id, r.document.url, r.document.title, r.document.published, r.document.lang, c.id, c.kind, c.stance, c.certainty, r.sourceName, r.sourceKey, c.cue?.text ?? null, c.via.map((v) => v.text).join('; '), c.content.text]);
  }
}
