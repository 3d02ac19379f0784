/**
 * Lines up the estimates of many documents into topics (`quellenlage.ledger/1`): estimates with the same
 * topic key (counted class | predicate family | origin country) form one topic, whatever the document or
 * language; a key without a country joins the one topic of its class and predicate that has a country, when
 * there is exactly one (an article that never names North Korea still counts the same soldiers). Denials go
 * to the topic their document's key merged into.
 */
import { keyOf } from '../extract/entity-lexicon.js';
import type { EstimateRecord, SourceRef } from './estimates.js';
import type { DocumentMeta, StoredDenial, StoredEstimate } from '../store/types.js';

export const LEDGER_FORMAT = 'quellenlage.ledger/1';

export interface LedgerEstimate {
  document: string;
  claim: string | null;
  quantity: string;
  span: EstimateRecord['span'];
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: EstimateRecord['qualifier'];
  unit: string | null;
  source: SourceRef | null;
  via: string[];
  stance: EstimateRecord['stance'];
  published: string | null;
  lang: string;
}

export interface LedgerTopic {
  id: string;
  label: string;
  unitLemma: string | null;
  entities: string[];
  /** What is counted ("person", "munition") and what happens to it ("deploy"): the topic's own key parts. */
  class: string;
  predicate: string | null;
  estimates: LedgerEstimate[];
  denials: { document: string; claim: string; source: SourceRef | null; content: string; published: string | null }[];
}

export interface LedgerJSON {
  format: typeof LEDGER_FORMAT;
  documents: { id: string; title: string | null; published: string | null; url: string | null; lang: string }[];
  topics: LedgerTopic[];
}

export interface LedgerOptions {
  /** Keep topics whose label, counted thing, predicate or countries contain this text. */
  topic?: string;
}

const most = <T>(items: readonly (T | null)[]): T | null => {
  const n = new Map<T, number>();
  for (const x of items) if (x !== null) n.set(x, (n.get(x) ?? 0) + 1);
  let best: T | null = null;
  let bestN = 0;
  for (const [x, k] of n) if (k > bestN) [best, bestN] = [x, k];
  return best;
};

/** Which topic key each document-level key ends up in. */
function mergeKeys(keys: Iterable<string>): Map<string, string> {
  const withCountry = new Map<string, string[]>();
  const all = [...new Set(keys)];
  for (const k of all) {
    const [cls, family, origin] = k.split('|');
    if (origin !== '-') withCountry.set(`${cls}|${family}`, [...(withCountry.get(`${cls}|${family}`) ?? []), k]);
  }
  const to = new Map<string, string>();
  for (const k of all) {
    const [cls, family, origin] = k.split('|');
    const candidates = origin === '-' ? withCountry.get(`${cls}|${family}`) : undefined;
    to.set(k, candidates?.length === 1 ? candidates[0]! : k);
  }
  return to;
}

export function buildLedger(estimates: readonly StoredEstimate[], denials: readonly StoredDenial[], options: LedgerOptions = {}): LedgerJSON {
  const to = mergeKeys(estimates.map((e) => e.topicKey));
  const groups = new Map<string, StoredEstimate[]>();
  for (const e of estimates) {
    const k = to.get(e.topicKey)!;
    const g = groups.get(k);
    if (g) g.push(e);
    else groups.set(k, [e]);
  }
  const denialsBy = new Map<string, StoredDenial[]>();
  for (const d of denials) {
    const k = d.topicKey === null ? undefined : to.get(d.topicKey);
    if (k) denialsBy.set(k, [...(denialsBy.get(k) ?? []), d]);
  }
  const needle = options.topic ? keyOf(options.topic) : '';
  const docs = new Map<string, DocumentMeta>();
  const topics: LedgerTopic[] = [];
  for (const [key, list] of groups) {
    const [cls, family, origin] = key.split('|') as [string, string, string];
    const dest = most(list.map((e) => e.destination).filter((d) => d !== origin));
    const entities = [origin, ...(dest ? [dest] : [])].filter((k) => k !== '-');
    const nameOf = (k: string) => most(list.map((e) => e.names[k] ?? null)) ?? k;
    const unit = most(list.map((e) => e.unit)) ?? cls.replace(/^[a-z]+:/, '');
    const where = entities.length === 0 ? '' : ` (${entities.map(nameOf).join(' → ')})`;
    const label = `${unit}${family !== '-' ? ` · ${family}` : ''}${where}`;
    const unitLemma = most(list.map((e) => e.unitLemma));
    if (needle) {
      const hay = keyOf([label, unitLemma ?? '', cls, family, ...entities, ...list.map((e) => e.unit ?? '')].join(' '));
      if (!hay.includes(needle)) continue;
    }
    const sorted = [...list].sort(
      (x, y) =>
        (x.document.published ?? '9999').localeCompare(y.document.published ?? '9999') ||
        x.document.id.localeCompare(y.document.id) ||
        x.span.start - y.span.start,
    );
    for (const e of sorted) docs.set(e.document.id, e.document);
    const ds = denialsBy.get(key) ?? [];
    for (const d of ds) docs.set(d.document.id, d.document);
    topics.push({
      id: '',
      label,
      unitLemma,
      entities,
      class: cls,
      predicate: family === '-' ? null : family,
      estimates: sorted.map((e) => ({
        document: e.document.id,
        claim: e.claim,
        quantity: e.quantity,
        span: e.span,
        value: e.value,
        low: e.low,
        high: e.high,
        qualifier: e.qualifier,
        unit: e.unit,
        source: e.source,
        via: e.via,
        stance: e.stance,
        published: e.document.published,
        lang: e.document.lang,
      })),
      denials: ds.map((d) => ({ document: d.document.id, claim: d.claim, source: d.source, content: d.content, published: d.document.published })),
    });
  }
  topics.sort((x, y) => y.estimates.length - x.estimates.length || x.label.localeCompare(y.label));
  topics.forEach((t, i) => (t.id = `L${i + 1}`));
  const documents = [...docs.values()]
    .sort((x, y) => (x.published ?? '9999').localeCompare(y.published ?? '9999') || x.id.localeCompare(y.id))
    .map((d) => ({ id: d.id, title: d.title, published: d.published, url: d.url, lang: d.lang }));
  return { format: LEDGER_FORMAT, documents, topics };
}
