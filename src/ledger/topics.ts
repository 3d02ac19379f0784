/**
 * Lines up the estimates of many documents into topics (`quellenlage.ledger/1`): estimates with the same
 * topic key (counted class | predicate family | origin country) form one topic, whatever the document or
 * language; a key without a country joins the one topic of its class and predicate that has a country, when
 * there is exactly one (an article that never names North Korea still counts the same soldiers). Denials go
 * to the topic their document's key merged into.
 */
import { keyOf } from '../extract/entity-lexicon.js';
import type { DenialRecord, EstimateRecord, SourceRef } from './estimates.js';
import { repeats, type FirstAppearance } from './repeats.js';
import { merged, tally, top } from './tally.js';

/** The article an estimate or denial comes from. */
export interface DocumentMeta {
  id: string;
  url: string | null;
  title: string | null;
  author: string | null;
  published: string | null;
  lang: string;
}

/** An estimate or denial with its article, as a ledger source yields them. */
export interface StoredEstimate extends EstimateRecord {
  document: DocumentMeta;
}

export interface StoredDenial extends DenialRecord {
  document: DocumentMeta;
}

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
  /** The earliest article in this topic that stated the same figure (this one, when it came first). */
  firstAppearance: FirstAppearance;
  /** How many other outlets (URL hosts) stated the same figure in this topic after the first appearance. */
  repeatedBy: number;
}

export interface LedgerTopic {
  id: string;
  label: string;
  unitLemma: string | null;
  entities: string[];
  /** What is counted ("person", "munition") and what happens to it ("deploy"): the topic's own key parts. */
  class: string;
  predicate: string | null;
  /** The document-level topic keys (class|predicate|origin) merged into this topic. */
  keys: string[];
  /** All estimates of the topic, and the documents and languages they come from (also when `estimates` is cut). */
  estimateCount: number;
  documentCount: number;
  langs: string[];
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
  /** At most this many estimates and denials per topic, the earliest first (the counts stay complete). */
  limit?: number | null;
  /**
   * The estimates are of one story (one event): a figure whose predicate no text gave joins the largest topic of
   * its class that has one ("1,100 people remain out of their homes" beside "1.100 Menschen evakuiert"). Across
   * stories that would mix events, so the store-wide ledger leaves it off.
   */
  oneEvent?: boolean;
}

/** What a source knows about one document-level topic key, aggregated over its estimates. */
export interface TopicSummary {
  key: string;
  estimates: number;
  documents: number;
  langs: string[];
  /** [value, how many estimates] */
  units: [string, number][];
  unitLemmas: [string, number][];
  destinations: [string, number][];
  /** [country key, display name, how many estimates] */
  names: [string, string, number][];
}

/**
 * Where a ledger's estimates come from: the store (SQL aggregates, so that a large store answers fast) or
 * records in memory (tests, `eval ledger`). Estimates and denials come sorted by date, document, position.
 */
export interface LedgerSource {
  summaries(): TopicSummary[];
  /** Distinct documents with estimates of any of these keys. */
  documentCount(keys: readonly string[]): number;
  estimates(keys: readonly string[], limit: number | null): StoredEstimate[];
  denials(keys: readonly string[], limit: number | null): StoredDenial[];
}

/**
 * Documents in date order, then by id. ISO dates and hex ids are ASCII, where a plain comparison orders as
 * localeCompare does at a fraction of its cost per call (a story's ledger sorts thousands of rows).
 */
export const byDateThenId = (x: { published: string | null; id: string }, y: { published: string | null; id: string }): number =>
  cmp(x.published ?? '9999', y.published ?? '9999') || cmp(x.id, y.id);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDate = (x: { document: DocumentMeta }, y: { document: DocumentMeta }) => byDateThenId(x.document, y.document);

/** A ledger source over records in memory. */
export function memorySource(estimates: readonly StoredEstimate[], denials: readonly StoredDenial[]): LedgerSource {
  const byKey = new Map<string, StoredEstimate[]>();
  for (const e of estimates) byKey.set(e.topicKey, [...(byKey.get(e.topicKey) ?? []), e]);
  const cut = <T>(list: T[], limit: number | null) => (limit === null ? list : list.slice(0, limit));
  return {
    summaries: () =>
      [...byKey].map(([key, list]) => ({
        key,
        estimates: list.length,
        documents: new Set(list.map((e) => e.document.id)).size,
        langs: [...new Set(list.map((e) => e.document.lang))],
        units: tally(list.map((e) => e.unit)),
        unitLemmas: tally(list.map((e) => e.unitLemma)),
        destinations: tally(list.map((e) => e.destination)),
        names: tally(list.flatMap((e) => Object.entries(e.names).map(([k, v]) => `${k}\t${v}`))).map(([kv, n]) => {
          const [k, v] = kv.split('\t');
          return [k!, v!, n] as [string, string, number];
        }),
      })),
    documentCount: (keys) => new Set(keys.flatMap((k) => (byKey.get(k) ?? []).map((e) => e.document.id))).size,
    estimates: (keys, limit) =>
      cut(
        keys.flatMap((k) => byKey.get(k) ?? []).sort((x, y) => byDate(x, y) || x.span.start - y.span.start),
        limit,
      ),
    denials: (keys, limit) => cut(denials.filter((d) => d.topicKey !== null && keys.includes(d.topicKey)).sort(byDate), limit),
  };
}

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

/** Within one event: a target key without predicate goes to the largest target key of its class with one. */
function joinWithinEvent(to: Map<string, string>, summaries: readonly TopicSummary[]): void {
  const size = new Map<string, number>();
  for (const s of summaries) size.set(to.get(s.key)!, (size.get(to.get(s.key)!) ?? 0) + s.estimates);
  const best = new Map<string, string>();
  for (const [target] of [...size].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))) {
    const [cls, family] = target.split('|');
    if (family !== '-' && !best.has(cls!)) best.set(cls!, target);
  }
  for (const [k, target] of to) {
    const [cls, family] = target.split('|');
    if (family === '-' && best.has(cls!)) to.set(k, best.get(cls!)!);
  }
}

export function buildLedger(src: LedgerSource, options: LedgerOptions = {}): LedgerJSON {
  const summaries = src.summaries();
  const to = mergeKeys(summaries.map((s) => s.key));
  if (options.oneEvent) joinWithinEvent(to, summaries);
  const groups = new Map<string, TopicSummary[]>();
  for (const s of summaries) {
    const k = to.get(s.key)!;
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  const needle = options.topic ? keyOf(options.topic) : '';
  const limit = options.limit ?? null;
  const docs = new Map<string, DocumentMeta>();
  const topics: LedgerTopic[] = [];
  for (const [key, parts] of groups) {
    const [cls, family, origin] = key.split('|') as [string, string, string];
    const dest = top(merged(parts.map((p) => p.destinations)).filter(([d]) => d !== origin));
    const entities = [origin, ...(dest ? [dest] : [])].filter((k) => k !== '-');
    const names = merged(parts.map((p) => p.names.map(([k, v, n]) => [`${k}\t${v}`, n] as [string, number])));
    const nameOf = (k: string) => top(names.filter(([kv]) => kv.startsWith(`${k}\t`)))?.split('\t')[1] ?? k;
    const units = merged(parts.map((p) => p.units));
    const unit = top(units) ?? cls.replace(/^[a-z]+:/, '');
    const where = entities.length === 0 ? '' : ` (${entities.map(nameOf).join(' → ')})`;
    const label = `${unit}${family !== '-' ? ` · ${family}` : ''}${where}`;
    const unitLemma = top(merged(parts.map((p) => p.unitLemmas)));
    if (needle) {
      const hay = keyOf([label, unitLemma ?? '', cls, family, ...entities, ...units.map(([u]) => u)].join(' '));
      if (!hay.includes(needle)) continue;
    }
    topics.push({
      id: '',
      keys: parts.map((p) => p.key),
      label,
      unitLemma,
      entities,
      class: cls,
      predicate: family === '-' ? null : family,
      estimateCount: parts.reduce((n, p) => n + p.estimates, 0),
      documentCount: parts.length === 1 ? parts[0]!.documents : src.documentCount(parts.map((p) => p.key)),
      langs: [...new Set(parts.flatMap((p) => p.langs))].sort(),
      estimates: [],
      denials: [],
    });
  }
  topics.sort((x, y) => y.estimateCount - x.estimateCount || x.label.localeCompare(y.label));
  const out: LedgerTopic[] = topics.map((t, i) => {
    const keys = t.keys;
    const ests = src.estimates(keys, limit);
    const dens = src.denials(keys, limit);
    for (const e of ests) docs.set(e.document.id, e.document);
    for (const d of dens) docs.set(d.document.id, d.document);
    const rep = repeats(ests);
    return {
      ...t,
      id: `L${i + 1}`,
      estimates: ests.map((e, j) => ({
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
        firstAppearance: rep[j]!.firstAppearance,
        repeatedBy: rep[j]!.repeatedBy,
      })),
      denials: dens.map((d) => ({ document: d.document.id, claim: d.claim, source: d.source, content: d.content, published: d.document.published })),
    };
  });
  const documents = [...docs.values()]
    .sort(byDateThenId)
    .map((d) => ({ id: d.id, title: d.title, published: d.published, url: d.url, lang: d.lang }));
  return { format: LEDGER_FORMAT, documents, topics: out };
}
