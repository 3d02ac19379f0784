/**
 * The server store: PostgreSQL through node-postgres (`pg`), the same tables and semantics as the SQLite store
 * (one transaction per document, the same text = no-op, a new version at a known URL), tsvector full text in the
 * document's language with `unaccent`, and the job queue's table (src/queue/). Chosen by a --db value that is a
 * postgres:// URL (src/store/open.ts).
 */
import type pg from 'pg';
import type { AnalysisJSON } from '../../analysis/format.js';
import type { DenialRecord, EstimateRecord, LedgerRecords } from '../../ledger/estimates.js';
import { sourceOf } from '../../ledger/source-name.js';
import { isHttpUrl } from '../../ingest/validate.js';
import type { Features } from '../../stories/features.js';
import { StoreError } from '../errors.js';
import { summariesOf, type TopicCombo } from '../stories.js';
import type {
  AddStatus,
  AsyncLedgerSource,
  ClaimQuery,
  ClaimRow,
  DocumentHit,
  DocumentListRow,
  DocumentMeta,
  EstimateHit,
  LedgerQuery,
  NewDocument,
  SourceSummary,
  Store,
  StoreCounts,
  StoredDocumentRow,
  StoryDocumentRow,
  StoryRow,
} from '../types.js';
import { meta, mostFrequent } from '../rows.js';
import { PG_MIGRATIONS } from './schema.js';
import { applyDocument, combosQuery, PG_AGGREGATES, sourcesQuery } from '../aggregates.js';
import { COMBO_ORDER, inTransaction, insertRows, newPool, pgError, safeName, tsConfig, tsConfigSql, tsMatch, tsQueryOf, tsQueryText, type Client } from './sql.js';
import { assignPendingStoriesPg, keepStoryFeaturesPg, PgStories, retireFromStoryPg } from './stories.js';

/** The write-time aggregates (src/store/aggregates.ts) a stored document adds and a replaced version subtracts. */
const ADD_AGGREGATES = applyDocument(PG_AGGREGATES, 1);
const RETIRE_AGGREGATES = applyDocument(PG_AGGREGATES, -1);

const META = 'd.id AS id, d.url AS url, d.title AS title, d.author AS author, d.published AS published, d.lang AS lang';
/** Advisory lock keys: migrations, and (src/store/postgres/stories.ts) story assignment. */
const MIGRATION_LOCK = 0x51_4c_00_01;

type MetaRow = DocumentMeta;

export class PostgresStore extends PgStories implements Store {
  readonly name: string;

  private constructor(readonly url: string, pool: pg.Pool) {
    super(pool);
    this.name = safeName(url);
  }

  /** Connects, then checks the schema (read commands) or brings it up to date (writers). */
  static async open(url: string, options: { readonly?: boolean } = {}): Promise<PostgresStore> {
    const store = new PostgresStore(url, newPool(url));
    try {
      await store.prepare(options.readonly ?? false);
    } catch (err) {
      await store.pool.end().catch(() => {});
      throw err instanceof StoreError ? err : pgError(store.name, err);
    }
    return store;
  }

  /** The connection pool (the job queue shares it). */
  get connections(): pg.Pool {
    return this.pool;
  }

  private static async version(c: Client): Promise<number> {
    const t = await c.query<{ t: boolean }>("SELECT to_regclass('quellenlage_schema') IS NOT NULL AS t");
    if (!t.rows[0]!.t) return 0;
    return (await c.query<{ v: number }>('SELECT max(version) AS v FROM quellenlage_schema')).rows[0]?.v ?? 0;
  }

  private async prepare(readonly: boolean): Promise<void> {
    const c = await this.pool.connect();
    try {
      const outside = await PostgresStore.version(c);
      if (outside > PG_MIGRATIONS.length) throw this.newerError(outside);
      if (outside === PG_MIGRATIONS.length) return;
      if (readonly) {
        if (outside === 0) throw new StoreError(`${this.name} holds no Quellenlage data yet: ingest documents first (quellenlage ingest --db ${this.name} …)`);
        throw new StoreError(`${this.name} has an older schema (${outside}; this version uses ${PG_MIGRATIONS.length}): run quellenlage ingest with --db ${this.name} once to upgrade it`);
      }
      // The lock first, then the version again: two processes that start at once never both migrate.
      await c.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      try {
        await c.query('BEGIN');
        const version = await PostgresStore.version(c);
        if (version > PG_MIGRATIONS.length) throw this.newerError(version);
        if (version === 0) {
          const n = await c.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()");
          if (n.rows[0]!.n > 0) throw new StoreError(`${this.name} holds tables, but not Quellenlage's: give an empty database`);
          await c.query('CREATE TABLE quellenlage_schema (version integer NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
        }
        for (let v = version; v < PG_MIGRATIONS.length; v++) {
          await c.query(PG_MIGRATIONS[v]!);
          await c.query('INSERT INTO quellenlage_schema (version) VALUES ($1)', [v + 1]);
        }
        await c.query('COMMIT');
      } catch (err) {
        await c.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        await c.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
      }
    } finally {
      c.release();
    }
  }

  private newerError(version: number): StoreError {
    return new StoreError(`${this.name} was written by a newer Quellenlage (schema ${version}; this one knows ${PG_MIGRATIONS.length}): upgrade`);
  }

  async has(id: string): Promise<boolean> {
    return (await this.pool.query('SELECT 1 FROM documents WHERE id = $1', [id])).rowCount! > 0;
  }

  async add(doc: NewDocument, analysis: AnalysisJSON, records: LedgerRecords): Promise<AddStatus> {
    return inTransaction(this.pool, (c) => this.addNow(c, doc, analysis, records));
  }

  async addWithStory(doc: NewDocument, analysis: AnalysisJSON, records: LedgerRecords, features: Features): Promise<AddStatus> {
    return inTransaction(this.pool, async (c) => {
      const status = await this.addNow(c, doc, analysis, records);
      if (status !== 'unchanged') await keepStoryFeaturesPg(c, analysis.document.id, doc.published, features);
      return status;
    });
  }

  async assignStories(limit?: number): Promise<number> {
    return inTransaction(this.pool, (c) => assignPendingStoriesPg(c, limit));
  }

  private async addNow(c: Client, input: NewDocument, a: AnalysisJSON, records: LedgerRecords): Promise<AddStatus> {
    const doc = input.url !== null && !isHttpUrl(input.url) ? { ...input, url: null } : input;
    const id = a.document.id;
    const lang = a.document.lang;
    // Versions of one URL are made one at a time: the lock is held until this transaction ends.
    if (doc.url) await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [doc.url]);
    const previous = doc.url
      ? (await c.query<{ id: string }>('SELECT id FROM documents WHERE url = $1 AND superseded_by IS NULL AND id <> $2 LIMIT 1', [doc.url, id])).rows[0]
      : undefined;
    const inserted = await c.query(
      `INSERT INTO documents (id, url, title, author, published, lang, text, raw, raw_type, origin, previous_version, ingested_at, fts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
               setweight(to_tsvector($13::regconfig, unaccent(coalesce($3, ''))), 'A') || to_tsvector($13::regconfig, unaccent($7::text)))
       ON CONFLICT (id) DO NOTHING`,
      [id, doc.url, doc.title, doc.author, doc.published, lang, a.document.text, doc.raw, doc.rawType, doc.origin, previous?.id ?? null, new Date().toISOString(), tsConfig(lang)],
    );
    // Stored already (by another worker, too): nothing else is written.
    if (inserted.rowCount === 0) return 'unchanged';
    if (previous) {
      await c.query('UPDATE documents SET superseded_by = $1 WHERE id = $2', [id, previous.id]);
      for (const t of ['estimates', 'denials', 'topic_documents']) await c.query(`UPDATE ${t} SET current = false WHERE document_id = $1`, [previous.id]);
      for (const q of RETIRE_AGGREGATES) await c.query(q, [previous.id]);
      await retireFromStoryPg(c, previous.id);
    }
    await c.query('INSERT INTO analyses (document_id, generator, json) VALUES ($1, $2, $3)', [id, a.generator.version, JSON.stringify(a)]);
    await insertRows(c, 'entities', ['document_id', 'id', 'type', 'name', 'key', 'mentions'], a.entities.map((e) => [id, e.id, e.type, e.name, e.key, e.mentions.length]));
    await insertRows(
      c,
      'quantities',
      ['document_id', 'id', 'start', '"end"', 'text', 'value', 'low', 'high', 'qualifier', 'unit', 'unit_lemma'],
      a.quantities.map((q) => [id, q.id, q.start, q.end, q.text, q.value, q.low, q.high, q.qualifier, q.unit, q.unitLemma]),
    );
    await insertRows(c, 'times', ['document_id', 'id', 'start', '"end"', 'text', 'value'], a.times.map((t) => [id, t.id, t.start, t.end, t.text, t.value]));
    const cfg = tsConfig(lang);
    await insertRows(
      c,
      'claims',
      ['document_id', 'id', 'kind', 'stance', 'certainty', 'source_name', 'source_key', 'source_type', 'source_role', 'content', 'json',
        { name: 'fts', expr: "to_tsvector(?::regconfig, unaccent(?::text)) || to_tsvector('simple', unaccent(?::text))" }],
      a.claims.map((cl) => {
        const src = sourceOf(cl, a);
        return [id, cl.id, cl.kind, cl.stance, cl.certainty, src?.name ?? null, src?.key ?? null, src?.type ?? null, src?.role ?? null, cl.content.text, JSON.stringify(cl), cfg, cl.content.text, src?.name ?? ''];
      }),
    );
    await insertRows(
      c,
      'estimates',
      ['document_id', 'quantity_id', 'topic_key', 'json', 'published', 'lang', 'start', 'unit', 'unit_lemma', 'destination', 'origin_name', 'destination_name', 'source_key'],
      records.estimates.map((e) => [id, e.quantity, e.topicKey, JSON.stringify(e), doc.published, lang, e.span.start, e.unit, e.unitLemma, e.destination,
        e.origin ? (e.names[e.origin] ?? null) : null, e.destination ? (e.names[e.destination] ?? null) : null, e.source?.key ?? null]),
    );
    const byKey = new Map<string, EstimateRecord[]>();
    for (const e of records.estimates) byKey.set(e.topicKey, [...(byKey.get(e.topicKey) ?? []), e]);
    await insertRows(
      c,
      'topic_documents',
      ['topic_key', 'document_id', 'published', 'lang', 'estimates', 'unit', 'unit_lemma', 'destination', 'origin_name', 'destination_name'],
      [...byKey].map(([key, mine]) => {
        const origin = mine[0]!.origin;
        const dest = mostFrequent(mine.map((e) => e.destination));
        return [key, id, doc.published, lang, mine.length, mostFrequent(mine.map((e) => e.unit)), mostFrequent(mine.map((e) => e.unitLemma)), dest,
          origin ? mostFrequent(mine.map((e) => e.names[origin] ?? null)) : null, dest ? mostFrequent(mine.map((e) => e.names[dest] ?? null)) : null];
      }),
    );
    await insertRows(c, 'denials', ['document_id', 'claim_id', 'topic_key', 'json', 'published'], records.denials.map((d) => [id, d.claim, d.topicKey, JSON.stringify(d), doc.published]));
    for (const q of ADD_AGGREGATES) await c.query(q, [id]);
    return previous ? 'updated' : 'added';
  }

  ledgerSource(q: LedgerQuery): AsyncLedgerSource {
    const since = q.since ?? null;
    const where = 'current AND ($1::text IS NULL OR published >= $1)';
    return {
      summaries: async () => {
        // Without a date, the combinations are kept at write time (topic_combos).
        if (since === null) return summariesOf((await this.pool.query<TopicCombo>(combosQuery(COMBO_ORDER))).rows);
        const combos = await this.pool.query<TopicCombo>(
          `SELECT topic_key AS key, unit, unit_lemma AS lemma, destination AS dest, origin_name AS oname, destination_name AS dname, lang,
                  count(*)::int AS docs, sum(estimates)::int AS n
           FROM topic_documents WHERE ${where}
           GROUP BY topic_key, unit, unit_lemma, destination, origin_name, destination_name, lang
           ORDER BY ${COMBO_ORDER}`,
          [since],
        );
        return summariesOf(combos.rows);
      },
      documentCount: async (keys) =>
        (await this.pool.query<{ n: number }>(`SELECT count(DISTINCT document_id)::int AS n FROM topic_documents WHERE ${where} AND topic_key = ANY($2)`, [since, keys])).rows[0]!.n,
      estimates: async (keys, limit) =>
        (await this.pages(keys, limit, since, 'estimates', 't.start')).map((r) => ({ ...(JSON.parse(r.json) as EstimateRecord), document: meta(r) })),
      denials: async (keys, limit) =>
        (await this.pages(keys, limit, since, 'denials', 't.claim_id')).map((r) => ({ ...(JSON.parse(r.json) as DenialRecord), document: meta(r) })),
    };
  }

  /** As the SQLite store's pages: each key in index order (dated, then undated), merged. Prepared once per connection (a ledger asks them once per topic). */
  private async pages(keys: readonly string[], limit: number | null, since: string | null, table: 'estimates' | 'denials', position: string) {
    const head = `SELECT ${META}, t.json AS json, t.published AS p, ${position} AS pos FROM ${table} t JOIN documents d ON d.id = t.document_id`;
    type Row = MetaRow & { json: string; p: string | null; pos: number | string };
    const rows: Row[] = [];
    for (const k of keys) {
      const got = (
        await this.pool.query<Row>({
          name: `ledger-${table}-dated`,
          text: `${head} WHERE t.current AND t.topic_key = $1 AND t.published IS NOT NULL AND t.published >= $2 ORDER BY t.published, t.document_id, ${position} LIMIT $3`,
          values: [k, since ?? '', limit],
        })
      ).rows;
      rows.push(...got);
      if (since === null && (limit === null || got.length < limit)) {
        const rest = limit === null ? null : limit - got.length;
        const text = `${head} WHERE t.current AND t.topic_key = $1 AND t.published IS NULL ORDER BY t.document_id, ${position} LIMIT $2`;
        rows.push(...(await this.pool.query<Row>({ name: `ledger-${table}-undated`, text, values: [k, rest] })).rows);
      }
    }
    if (keys.length > 1) {
      rows.sort((x, y) => (x.p ?? '9999').localeCompare(y.p ?? '9999') || x.id.localeCompare(y.id) || (x.pos < y.pos ? -1 : x.pos > y.pos ? 1 : 0));
    }
    return limit === null ? rows : rows.slice(0, limit);
  }

  async searchDocuments(text: string, q: { since?: string; limit?: number }): Promise<DocumentHit[]> {
    const query = tsQueryText(text);
    if (!query) return [];
    const rows = await this.pool.query<MetaRow & { snippet: string }>(
      `SELECT ${META}, ts_headline(${tsConfigSql('d.lang')}, d.text, ${tsQueryOf('d.lang', 1)}, 'StartSel=[, StopSel=], MaxWords=14, MinWords=6, MaxFragments=1, FragmentDelimiter=…') AS snippet
       FROM (SELECT id, url, title, author, published, lang, text, ts_rank(fts, ${tsQueryOf('lang', 1)}) AS rank FROM documents
             WHERE ${tsMatch('fts', 'lang', 1)} AND superseded_by IS NULL AND ($2::text IS NULL OR published >= $2)
             ORDER BY rank DESC, id LIMIT $3) d
       ORDER BY d.rank DESC, d.id`,
      [query, q.since ?? null, q.limit ?? 20],
    );
    return rows.rows.map((r) => ({ ...meta(r), snippet: r.snippet }));
  }

  async claims(q: ClaimQuery): Promise<ClaimRow[]> {
    const where = ['d.superseded_by IS NULL'];
    const args: unknown[] = [];
    const arg = (v: unknown) => (args.push(v), args.length);
    let order = 'ORDER BY d.published NULLS FIRST, d.id, c.seq';
    if (q.text !== undefined) {
      const query = tsQueryText(q.text);
      if (!query) return [];
      const n = arg(query);
      where.push(tsMatch('c.fts', 'd.lang', n));
      order = `ORDER BY ts_rank(c.fts, ${tsQueryOf('d.lang', n)}) DESC, d.id, c.seq`;
    }
    if (q.source) {
      const like = arg(`%${q.source.replace(/[%_\\]/g, '\\$&')}%`);
      where.push(`(c.source_name ILIKE $${like} OR c.source_key ILIKE $${like})`);
    }
    if (q.kind) {
      const k = arg(q.kind);
      where.push(`(c.kind = $${k} OR c.stance = $${k})`);
    }
    if (q.since) where.push(`d.published >= $${arg(q.since)}`);
    const limit = arg(q.limit ?? null);
    const rows = await this.pool.query<MetaRow & { json: string; sn: string | null; sk: string | null; st: string | null }>(
      `SELECT ${META}, c.json AS json, c.source_name AS sn, c.source_key AS sk, c.source_type AS st FROM claims c JOIN documents d ON d.id = c.document_id
       WHERE ${where.join(' AND ')} ${order} LIMIT $${limit}`,
      args,
    );
    return rows.rows.map((r) => ({ document: meta(r), claim: JSON.parse(r.json), sourceName: r.sn, sourceKey: r.sk, sourceType: r.st }));
  }

  async sources(): Promise<SourceSummary[]> {
    return (await this.pool.query<SourceSummary>(sourcesQuery((value, order) => `string_agg(${value}, ',' ORDER BY ${order})`))).rows;
  }

  async sourceTopics(): Promise<{ source: string; topic: string; n: number }[]> {
    return (await this.pool.query<{ source: string; topic: string; n: number }>('SELECT source_key AS source, topic_key AS topic, n FROM source_topics ORDER BY 1, 2')).rows;
  }

  async counts(): Promise<StoreCounts> {
    const r = await this.pool.query<StoreCounts>(
      'SELECT (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM claims)::int AS claims, (SELECT count(*) FROM estimates)::int AS estimates',
    );
    return r.rows[0]!;
  }

  async document(id: string): Promise<StoredDocumentRow | null> {
    const r = await this.pool.query<StoredDocumentRow>(
      `SELECT d.id, d.url, d.title, d.author, d.published, d.lang, d.origin, d.ingested_at AS "ingestedAt", a.json
       FROM documents d JOIN analyses a ON a.document_id = d.id WHERE d.id = $1`,
      [id],
    );
    return r.rows[0] ?? null;
  }

  async documents(limit: number): Promise<DocumentListRow[]> {
    return (
      await this.pool.query<DocumentListRow>(
        `SELECT d.id, d.url, d.title, d.author, d.published, d.lang, (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id)::int AS claims
       FROM documents d WHERE d.superseded_by IS NULL ORDER BY d.published DESC, d.id LIMIT $1`,
        [limit],
      )
    ).rows;
  }

  async findEstimates(q: { document: string; item: string } | { text: string }): Promise<EstimateHit[]> {
    if ('item' in q) {
      return (await this.pool.query<EstimateHit>(`SELECT document_id AS document, json FROM estimates WHERE document_id = $1 AND (quantity_id = $2 OR json::jsonb ->> 'claim' = $2)`, [q.document, q.item])).rows;
    }
    const like = `%${q.text.replace(/[%_\\]/g, '\\$&')}%`;
    return (await this.pool.query<EstimateHit>(`SELECT document_id AS document, json FROM estimates WHERE json::jsonb #>> '{span,text}' LIKE $1 LIMIT 50`, [like])).rows;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

export type { StoryDocumentRow, StoryRow };
