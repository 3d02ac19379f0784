/**
 * The ledger over an asynchronous store. `buildLedger` (src/ledger/topics.ts) asks its source synchronously; what
 * it asks depends only on the topic summaries (never on the rows it gets back), so the ledger is built twice: a
 * first pass over the fetched summaries records which rows it needs, those are fetched, and a second pass builds
 * the ledger from them. Each query runs once, and all of them at once.
 */
import { buildLedger, type LedgerJSON, type LedgerOptions, type LedgerSource, type StoredDenial, type StoredEstimate } from '../ledger/topics.js';
import type { AsyncLedgerSource } from './types.js';

/** A synchronous ledger source (SQLite) as an asynchronous one. */
export function asyncSource(src: LedgerSource): AsyncLedgerSource {
  return {
    summaries: async () => src.summaries(),
    documentCount: async (keys) => src.documentCount(keys),
    estimates: async (keys, limit) => src.estimates(keys, limit),
    denials: async (keys, limit) => src.denials(keys, limit),
  };
}

const callKey = (keys: readonly string[], limit: number | null) => `${limit ?? ''}\u0000${keys.join('\u0000')}`;

/** The ledger of a store's source (see above). */
export async function ledgerOf(src: AsyncLedgerSource, options: LedgerOptions = {}): Promise<LedgerJSON> {
  const summaries = await src.summaries();
  const wanted = { count: new Map<string, readonly string[]>(), est: new Map<string, [readonly string[], number | null]>(), den: new Map<string, [readonly string[], number | null]>() };
  buildLedger(
    {
      summaries: () => summaries,
      documentCount: (keys) => (wanted.count.set(callKey(keys, null), keys), 0),
      estimates: (keys, limit) => (wanted.est.set(callKey(keys, limit), [keys, limit]), []),
      denials: (keys, limit) => (wanted.den.set(callKey(keys, limit), [keys, limit]), []),
    },
    options,
  );
  const counts = new Map<string, number>();
  const estimates = new Map<string, StoredEstimate[]>();
  const denials = new Map<string, StoredDenial[]>();
  // All at once: a server store answers them over its pool of connections, not one round trip after another.
  await Promise.all([
    ...[...wanted.count].map(async ([k, keys]) => counts.set(k, await src.documentCount(keys))),
    ...[...wanted.est].map(async ([k, [keys, limit]]) => estimates.set(k, await src.estimates(keys, limit))),
    ...[...wanted.den].map(async ([k, [keys, limit]]) => denials.set(k, await src.denials(keys, limit))),
  ]);
  return buildLedger(
    {
      summaries: () => summaries,
      documentCount: (keys) => counts.get(callKey(keys, null)) ?? 0,
      estimates: (keys, limit) => estimates.get(callKey(keys, limit)) ?? [],
      denials: (keys, limit) => denials.get(callKey(keys, limit)) ?? [],
    },
    options,
  );
}

/**
 * The label of the ledger topic each document-level topic key belongs to. Labels come from the topic summaries
 * alone, so only those are read (no counts, estimates or denials).
 */
export async function topicLabels(src: AsyncLedgerSource): Promise<Map<string, string>> {
  const summaries = await src.summaries();
  const ledger = buildLedger({ summaries: () => summaries, documentCount: () => 0, estimates: () => [], denials: () => [] }, { limit: 0 });
  const labelOf = new Map<string, string>();
  for (const t of ledger.topics) for (const k of t.keys) labelOf.set(k, t.label);
  return labelOf;
}
