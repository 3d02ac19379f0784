/**
 * The embedded store: one SQLite file through better-sqlite3, WAL mode, one transaction per document (so a
 * killed process leaves every document either fully stored or not at all), FTS5 over documents and claims.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import type { AnalysisJSON } from '../analysis/format.js';
import type { DenialRecord, EstimateRecord, LedgerRecords } from '../ledger/estimates.js';
import { sourceOf } from '../ledger/source-name.js';
import { isHttpUrl } from '../ingest/validate.js';
import type { Features } from '../stories/features.js';
import {
  assignPendingStories,
  findEstimates,
  keepStoryFeatures,
  retireFromStory,
  listStories,
  storiesOf,
  storiesWithTopics,
  storyCentroid,
  storyDocuments,
  storyFacets,
  storyLedgerSource,
  storyRecords,
  storyTopics,
  summariesOf,
  type TopicCombo,
} from './stories.js';
import { asyncSource } from './ledger.js';
import { StoreError } from './errors.js';
import { MIGRATIONS } from './migrations.js';
import { applyDocument, COMBO_COLUMNS, combosQuery, SQLITE_AGGREGATES, sourcesQuery } from './aggregates.js';
import { meta, mostFrequent } from './rows.js';
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
  StoryDetails,
  StoryDocumentRow,
  StoryRow,
} from './types.js';
import type { LedgerSource } from '../ledger/topics.js';

export { StoreError };

type MetaRow = DocumentMeta;

/** The write-time aggregates (src/store/aggregates.ts) a stored document adds and a replaced version subtracts. */
const ADD_AGGREGATES = applyDocument(SQLITE_AGGREGATES, 1);
const RETIRE_AGGREGATES = applyDocument(SQLITE_AGGREGATES, -1);

const META = 'd.id AS id, d.url AS url, d.title AS title, d.author AS author, d.published AS published, d.lang AS lang';


/** Turns what a user typed into an FTS5 query: words as prefix terms, all required; quotes keep phrases. */
export function ftsQuery(text: string): string {
  const parts = text.match(/"[^"]*"|[\p{L}\p{N}][\p{L}\p{N}.-]*/gu) ?? [];
  return parts
    .map((p) => (p.startsWith('"') ? p : `"${p.replace(/"/g, '')}"*`))
    .filter((p) => p !== '""')
    .join(' ');
}

/** Only http(s) URLs are stored (callers drop others with a warning; this is the last guard). */
function httpOnly(doc: NewDocument): NewDocument {
  return doc.url !== null && !isHttpUrl(doc.url) ? { ...doc, url: null } : doc;
}

/** How long one statement waits for another process's write lock before SQLite gives up (then withRetry). */
const BUSY_TIMEOUT_MS = 10_000;
const RETRIES = 6;

const isBusy = (err: unknown) => /^SQLITE_(BUSY|LOCKED)/.test((err as { code?: string }).code ?? '');

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs a write (or a read that may meet a WAL recovery) again when SQLite reports the database busy even after
 * its busy timeout: a few times, with a growing, jittered pause between tries. Other errors pass at once.
 */
export function withRetry<T>(work: () => T, retries = RETRIES): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return work();
    } catch (err) {
      if (!isBusy(err) || attempt >= retries) throw err;
      Atomics.wait(pause, 0, 0, Math.round(25 * 2 ** attempt * (0.5 + Math.random())));
    }
  }
}

// better-sqlite3 reads SQLITE_USE_URI once, when its native addon loads (at the first open in the process): the
// read-only fallback below needs a URI filename (immutable=1). Plain paths are kept plain (see plain()).
process.env['SQLITE_USE_URI'] ??= '1';

/** A path as a plain file name even where it starts like a URI ("file:x" → "./file:x"). */
const plain = (path: string) => (/^file:/i.test(path) ? `./${path}` : path);

function openWritable(path: string): Database.Database {
  const db = new Database(plain(path));
  // The busy timeout first: switching a new file to WAL takes a lock another process may hold.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  withRetry(() => db.pragma('journal_mode = WAL'));
  db.pragma('synchronous = NORMAL');
  return db;
}

/**
 * A read-only connection. Reading a WAL file needs its `-shm` index; where that cannot be made (a read-only
 * folder after a clean close, when no `-wal` is left), the file is opened as immutable: nothing can be
 * written to it then, so no write can be missed either.
 */
function openReadonly(path: string): Database.Database {
  const db = new Database(plain(path), { readonly: true, fileMustExist: true });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  try {
    db.pragma('user_version', { simple: true });
    return db;
  } catch (err) {
    db.close();
    const msg = (err as Error).message;
    if (!/unable to open|readonly|read-only|CANTOPEN/i.test(msg) || existsSync(`${path}-wal`)) throw err;
  }
  const immutable = new Database(`${pathToFileURL(resolve(path)).href}?immutable=1`, { readonly: true, fileMustExist: true });
  immutable.pragma('user_version', { simple: true });
  return immutable;
}

export class SqliteStore implements Store {
  get name(): string {
    return this.path;
  }

  private readonly db: Database.Database;
  private readonly addTx: (doc: NewDocument, analysis: AnalysisJSON, records: LedgerRecords, features?: Features) => AddStatus;
  /** Statements are prepared once per connection: preparing per document costs time and native memory. */
  private readonly statements = new Map<string, Database.Statement>();

  private sql(text: string): Database.Statement {
    let st = this.statements.get(text);
    if (!st) {
      st = this.db.prepare(text);
      this.statements.set(text, st);
    }
    return st;
  }

  constructor(readonly path: string, options: { readonly?: boolean } = {}) {
    const readonly = options.readonly ?? false;
    try {
      this.db = readonly ? openReadonly(path) : openWritable(path);
      this.db.pragma('foreign_keys = ON');
      if (readonly) this.checkVersion();
      else this.migrate();
    } catch (err) {
      if (err instanceof StoreError) throw err;
      const msg = (err as Error).message;
      if (/file is not a database|file is encrypted/i.test(msg)) throw new StoreError(`${path} is not a Quellenlage database (not SQLite)`);
      if (/unable to open|directory does not exist|SQLITE_CANTOPEN/i.test(msg)) {
        throw new StoreError(readonly ? `no database at ${path}: ingest documents first (quellenlage ingest …), or give --db PATH` : `cannot open ${path}: ${msg}`);
      }
      throw new StoreError(`cannot open ${path}: ${msg}`);
    }
    const tx = this.db.transaction((doc: NewDocument, analysis: AnalysisJSON, records: LedgerRecords, features?: Features) => {
      const status = this.addNow(doc, analysis, records);
      if (features && status !== 'unchanged') keepStoryFeatures(this.db, analysis.document.id, doc.published, features);
      return status;
    });
    // IMMEDIATE takes the write lock at BEGIN, where the busy timeout applies; a deferred transaction that
    // upgrades from read to write fails at once with "database is locked" when another process writes.
    this.addTx = (doc, analysis, records, features) => withRetry(() => tx.immediate(doc, analysis, records, features));
  }

  /** Read commands never migrate: an older file is upgraded by the next `ingest`, a newer one needs a newer tool. */
  private checkVersion(): void {
    const version = withRetry(() => this.db.pragma('user_version', { simple: true }) as number);
    if (version > MIGRATIONS.length) throw this.newerError(version);
    if (version === MIGRATIONS.length) return;
    if (version === 0) throw new StoreError(`${this.path} holds no Quellenlage data yet: ingest documents first (quellenlage ingest --db ${this.path} …)`);
    throw new StoreError(`${this.path} has an older schema (${version}; this version uses ${MIGRATIONS.length}): run quellenlage ingest with --db ${this.path} once to upgrade it`);
  }

  private newerError(version: number): StoreError {
    return new StoreError(`${this.path} was written by a newer Quellenlage (schema ${version}; this one knows ${MIGRATIONS.length}): upgrade`);
  }

  /**
   * Applies the missing migrations in one IMMEDIATE transaction: the write lock comes first, then
   * `user_version` is read again inside it, so two processes that open one new file never both migrate.
   */
  private migrate(): void {
    const outside = withRetry(() => this.db.pragma('user_version', { simple: true }) as number);
    if (outside > MIGRATIONS.length) throw this.newerError(outside);
    if (outside === MIGRATIONS.length) return;
    const run = this.db.transaction(() => {
      const version = this.db.pragma('user_version', { simple: true }) as number;
      if (version > MIGRATIONS.length) throw this.newerError(version);
      if (version === 0) {
        const tables = this.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
        if (tables.n > 0) throw new StoreError(`${this.path} is an SQLite database, but not one of Quellenlage's`);
      }
      for (let v = version; v < MIGRATIONS.length; v++) this.db.exec(MIGRATIONS[v]!);
      this.db.pragma(`user_version = ${MIGRATIONS.length}`);
    });
    withRetry(() => run.immediate());
  }

  async has(id: string): Promise<boolean> {
    return this.hasNow(id);
  }

  private hasNow(id: string): boolean {
    return this.sql('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined;
  }

  async add(doc: NewDocument, analysis: AnalysisJSON, records: LedgerRecords): Promise<AddStatus> {
    return this.addTx(httpOnly(doc), analysis, records);
  }

  private addNow(doc: NewDocument, a: AnalysisJSON, records: LedgerRecords): AddStatus {
    const id = a.document.id;
    if (this.hasNow(id)) return 'unchanged';
    const previous = doc.url
      ? (this.sql('SELECT id FROM documents WHERE url = ? AND superseded_by IS NULL').get(doc.url) as { id: string } | undefined)
      : undefined;
    const info = this.sql(
        `INSERT INTO documents (id, url, title, author, published, lang, text, raw, raw_type, origin, previous_version, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, doc.url, doc.title, doc.author, doc.published, a.document.lang, a.document.text, doc.raw, doc.rawType, doc.origin, previous?.id ?? null, new Date().toISOString());
    this.sql('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)').run(info.lastInsertRowid, doc.title ?? '', a.document.text);
    if (previous) {
      this.sql('UPDATE documents SET superseded_by = ? WHERE id = ?').run(id, previous.id);
      this.sql('UPDATE estimates SET current = 0 WHERE document_id = ?').run(previous.id);
      this.sql('UPDATE denials SET current = 0 WHERE document_id = ?').run(previous.id);
      this.sql('UPDATE topic_documents SET current = 0 WHERE document_id = ?').run(previous.id);
      for (const q of RETIRE_AGGREGATES) this.sql(q).run({ doc: previous.id });
      retireFromStory(this.db, previous.id);
    }
    this.sql('INSERT INTO analyses (document_id, generator, json) VALUES (?, ?, ?)').run(id, a.generator.version, JSON.stringify(a));

    const ent = this.sql('INSERT INTO entities (document_id, id, type, name, key, mentions) VALUES (?, ?, ?, ?, ?, ?)');
    for (const e of a.entities) ent.run(id, e.id, e.type, e.name, e.key, e.mentions.length);
    const qty = this.sql(
      'INSERT INTO quantities (document_id, id, start, "end", text, value, low, high, qualifier, unit, unit_lemma) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const q of a.quantities) qty.run(id, q.id, q.start, q.end, q.text, q.value, q.low, q.high, q.qualifier, q.unit, q.unitLemma);
    const tim = this.sql('INSERT INTO times (document_id, id, start, "end", text, value) VALUES (?, ?, ?, ?, ?, ?)');
    for (const t of a.times) tim.run(id, t.id, t.start, t.end, t.text, t.value);

    const clm = this.sql(
      'INSERT INTO claims (document_id, id, kind, stance, certainty, source_name, source_key, source_type, source_role, content, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const clmFts = this.sql('INSERT INTO claims_fts (rowid, content, source_name) VALUES (?, ?, ?)');
    for (const c of a.claims) {
      const src = sourceOf(c, a);
      const type = src?.type ?? null;
      const r = clm.run(id, c.id, c.kind, c.stance, c.certainty, src?.name ?? null, src?.key ?? null, type, src?.role ?? null, c.content.text, JSON.stringify(c));
      clmFts.run(r.lastInsertRowid, c.content.text, src?.name ?? '');
    }
    const est = this.sql(
      `INSERT INTO estimates (document_id, quantity_id, topic_key, json, published, lang, start, unit, unit_lemma, destination, origin_name, destination_name, source_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const e of records.estimates) {
      est.run(id, e.quantity, e.topicKey, JSON.stringify(e), doc.published, a.document.lang, e.span.start, e.unit, e.unitLemma, e.destination,
        e.origin ? (e.names[e.origin] ?? null) : null, e.destination ? (e.names[e.destination] ?? null) : null, e.source?.key ?? null);
    }
    const byKey = new Map<string, EstimateRecord[]>();
    for (const e of records.estimates) byKey.set(e.topicKey, [...(byKey.get(e.topicKey) ?? []), e]);
    const td = this.sql(
      `INSERT INTO topic_documents (topic_key, document_id, published, lang, estimates, unit, unit_lemma, destination, origin_name, destination_name)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const [key, mine] of byKey) {
      const n = mine.length;
      const origin = mine[0]!.origin;
      const dest = mostFrequent(mine.map((e) => e.destination));
      td.run(key, id, doc.published, a.document.lang, n, mostFrequent(mine.map((e) => e.unit)), mostFrequent(mine.map((e) => e.unitLemma)), dest,
        origin ? mostFrequent(mine.map((e) => e.names[origin] ?? null)) : null, dest ? mostFrequent(mine.map((e) => e.names[dest] ?? null)) : null);
    }
    const den = this.sql('INSERT INTO denials (document_id, claim_id, topic_key, json, published) VALUES (?, ?, ?, ?, ?)');
    for (const d of records.denials) den.run(id, d.claim, d.topicKey, JSON.stringify(d), doc.published);
    for (const q of ADD_AGGREGATES) this.sql(q).run({ doc: id });
    return previous ? 'updated' : 'added';
  }

  /**
   * The ledger's view of the store: aggregates per topic key in SQL, then only the rows a view shows. Only the
   * latest version of each article counts.
   */
  ledgerSource(q: LedgerQuery): AsyncLedgerSource {
    return asyncSource(this.syncLedgerSource(q));
  }

  /** The same, synchronous (benchmarks time the SQL apart from the rest). */
  syncLedgerSource(q: LedgerQuery): LedgerSource {
    const since = q.since ?? null;
    const where = 'current = 1 AND (? IS NULL OR published >= ?)';
    const inKeys = (keys: readonly string[]) => keys.map(() => '?').join(', ');
    return {
      summaries: () => {
        // One row per combination of label parts; each document counts once per key (its most frequent parts).
        // Without a date, the combinations are kept at write time (topic_combos).
        if (since === null) return summariesOf(this.sql(combosQuery(COMBO_COLUMNS.join(', '))).all() as TopicCombo[]);
        const combos = this.sql(
          `SELECT topic_key AS key, unit, unit_lemma AS lemma, destination AS dest, origin_name AS oname, destination_name AS dname, lang,
                  count(*) AS docs, sum(estimates) AS n
           FROM topic_documents WHERE ${where}
           GROUP BY topic_key, unit, unit_lemma, destination, origin_name, destination_name, lang`,
        ).all(since, since) as TopicCombo[];
        return summariesOf(combos);
      },
      documentCount: (keys) =>
        (this.db.prepare(`SELECT count(DISTINCT document_id) AS n FROM topic_documents WHERE ${where} AND topic_key IN (${inKeys(keys)})`).get(since, since, ...keys) as { n: number }).n,
      estimates: (keys, limit) =>
        this.pages(keys, limit, since, 'estimates', 'e', 'e.start').map((r) => ({ ...(JSON.parse(r.json) as EstimateRecord), document: meta(r) })),
      denials: (keys, limit) =>
        this.pages(keys, limit, since, 'denials', 'x', 'x.claim_id').map((r) => ({ ...(JSON.parse(r.json) as DenialRecord), document: meta(r) })),
    };
  }

  /**
   * The first `limit` rows (all with null) of some topic keys in date order, undated last. Each key is read in
   * index order (dated, then undated) and the lists are merged, so a page of a large topic costs its length.
   */
  private pages(keys: readonly string[], limit: number | null, since: string | null, table: 'estimates' | 'denials', t: string, position: string) {
    const head = `SELECT ${META}, ${t}.json AS json, ${t}.published AS p, ${position} AS pos FROM ${table} ${t} JOIN documents d ON d.id = ${t}.document_id`;
    const dated = this.sql(
      `${head} WHERE ${t}.current = 1 AND ${t}.topic_key = ? AND ${t}.published IS NOT NULL AND ${t}.published >= ? ORDER BY ${t}.published, ${t}.document_id, ${position} LIMIT ?`,
    );
    const undated = this.sql(`${head} WHERE ${t}.current = 1 AND ${t}.topic_key = ? AND ${t}.published IS NULL ORDER BY ${t}.document_id, ${position} LIMIT ?`);
    type Row = MetaRow & { json: string; p: string | null; pos: number | string };
    const n = limit ?? -1;
    const rows: Row[] = [];
    for (const k of keys) {
      const got = dated.all(k, since ?? '', n) as Row[];
      rows.push(...got);
      if (since === null && (limit === null || got.length < limit)) rows.push(...(undated.all(k, limit === null ? -1 : limit - got.length) as Row[]));
    }
    if (keys.length > 1) {
      rows.sort((x, y) => (x.p ?? '9999').localeCompare(y.p ?? '9999') || x.id.localeCompare(y.id) || (x.pos < y.pos ? -1 : x.pos > y.pos ? 1 : 0));
    }
    return limit === null ? rows : rows.slice(0, limit);
  }

  async searchDocuments(text: string, q: { since?: string; limit?: number }): Promise<DocumentHit[]> {
    const match = ftsQuery(text);
    if (!match) return [];
    const rows = this.db
      .prepare(
        `SELECT ${META}, snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet
         FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
         WHERE documents_fts MATCH ? AND d.superseded_by IS NULL AND (? IS NULL OR d.published >= ?)
         ORDER BY rank LIMIT ?`,
      )
      .all(match, q.since ?? null, q.since ?? null, q.limit ?? 20) as (MetaRow & { snippet: string })[];
    return rows.map((r) => ({ ...meta(r), snippet: r.snippet }));
  }

  async claims(q: ClaimQuery): Promise<ClaimRow[]> {
    const where = ['d.superseded_by IS NULL'];
    const args: unknown[] = [];
    let from = 'claims c JOIN documents d ON d.id = c.document_id';
    const match = q.text ? ftsQuery(q.text) : '';
    if (q.text !== undefined) {
      if (!match) return [];
      from = 'claims_fts f JOIN claims c ON c.rowid = f.rowid JOIN documents d ON d.id = c.document_id';
      where.push('claims_fts MATCH ?');
      args.push(match);
    }
    if (q.source) {
      where.push("(c.source_name LIKE ? ESCAPE '\\' OR c.source_key LIKE ? ESCAPE '\\')");
      const like = `%${q.source.replace(/[%_\\]/g, '\\$&')}%`;
      args.push(like, like);
    }
    if (q.kind) {
      where.push('(c.kind = ? OR c.stance = ?)');
      args.push(q.kind, q.kind);
    }
    if (q.since) {
      where.push('d.published >= ?');
      args.push(q.since);
    }
    const order = q.text !== undefined ? 'ORDER BY rank' : 'ORDER BY d.published, d.id, c.rowid';
    const rows = this.db
      .prepare(`SELECT ${META}, c.json AS json, c.source_name AS sn, c.source_key AS sk, c.source_type AS st FROM ${from} WHERE ${where.join(' AND ')} ${order} LIMIT ?`)
      .all(...args, q.limit ?? -1) as (MetaRow & { json: string; sn: string | null; sk: string | null; st: string | null })[];
    return rows.map((r) => ({ document: meta(r), claim: JSON.parse(r.json), sourceName: r.sn, sourceKey: r.sk, sourceType: r.st }));
  }

  async sources(): Promise<SourceSummary[]> {
    return this.sql(sourcesQuery((value, order) => `group_concat(${value}, ',' ORDER BY ${order})`)).all() as SourceSummary[];
  }

  /** How many estimates each source gave per document-level topic key. */
  async sourceTopics(): Promise<{ source: string; topic: string; n: number }[]> {
    return this.sql(
      'SELECT source_key AS source, topic_key AS topic, n FROM source_topics ORDER BY source_key, topic_key',
    ).all() as { source: string; topic: string; n: number }[];
  }

  async counts(): Promise<StoreCounts> {
    const n = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      documents: n('SELECT count(*) AS n FROM documents'),
      claims: n('SELECT count(*) AS n FROM claims'),
      estimates: n('SELECT count(*) AS n FROM estimates'),
    };
  }

  // Stories (src/store/stories.ts, migration 4): kept apart from the rest of the store.

  /** Adds a document as `add` does (same write lock, retry and URL guard) and keeps its story features in the same transaction. */
  async addWithStory(doc: NewDocument, analysis: AnalysisJSON, records: LedgerRecords, features: Features): Promise<AddStatus> {
    return this.addTx(httpOnly(doc), analysis, records, features);
  }

  /** Assigns the stored documents that have no story yet (see src/store/stories.ts); returns how many. */
  async assignStories(limit?: number): Promise<number> {
    const tx = this.db.transaction(() => assignPendingStories(this.db, limit));
    return withRetry(() => tx.immediate());
  }

  async listStories(q: { since?: string } = {}): Promise<StoryRow[]> {
    return listStories(this.db, q);
  }

  async hasStory(story: number): Promise<boolean> {
    return this.sql('SELECT 1 FROM stories WHERE id = ?').get(story) !== undefined;
  }

  async storyDocuments(story: number): Promise<StoryDocumentRow[]> {
    return storyDocuments(this.db, story);
  }

  async storiesOf(documents: readonly string[]): Promise<Map<string, number>> {
    return storiesOf(this.db, documents);
  }

  async storyRecords(story: number) {
    return storyRecords(this.db, story);
  }

  storyLedgerSource(story: number): AsyncLedgerSource {
    return asyncSource(storyLedgerSource(this.db, story));
  }

  async storyCentroid(story: number): Promise<[string, number][]> {
    return storyCentroid(this.db, story);
  }

  async storyTopics(story: number, limit?: number): Promise<{ key: string; n: number }[]> {
    return storyTopics(this.db, story, limit);
  }

  async storiesWithTopics(except: number, keys: readonly string[]): Promise<number[]> {
    return storiesWithTopics(this.db, except, keys);
  }

  async storyLangs(story: number): Promise<string[]> {
    return storyFacets(this.db, story).langs;
  }

  async storyOutlets(story: number, limit: number): Promise<string[]> {
    return storyFacets(this.db, story, limit).outlets;
  }

  async storyDetails(stories: readonly number[], limits: { outlets: number; topics: number }): Promise<Map<number, StoryDetails>> {
    // In-process: one story after another costs no round trips.
    return new Map(stories.map((id) => [id, { ...storyFacets(this.db, id, limits.outlets), topics: storyTopics(this.db, id, limits.topics), centroid: storyCentroid(this.db, id) }]));
  }

  async document(id: string): Promise<StoredDocumentRow | null> {
    const row = this.db
      .prepare(
        `SELECT d.id, d.url, d.title, d.author, d.published, d.lang, d.origin, d.ingested_at AS "ingestedAt", a.json
       FROM documents d JOIN analyses a ON a.document_id = d.id WHERE d.id = ?`,
      )
      .get(id) as StoredDocumentRow | undefined;
    return row ?? null;
  }

  async documents(limit: number): Promise<DocumentListRow[]> {
    return this.db
      .prepare(
        `SELECT d.id, d.url, d.title, d.author, d.published, d.lang, (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id) AS claims
       FROM documents d WHERE d.superseded_by IS NULL ORDER BY d.published DESC, d.id LIMIT ?`,
      )
      .all(limit) as DocumentListRow[];
  }

  async findEstimates(q: { document: string; item: string } | { text: string }): Promise<EstimateHit[]> {
    return findEstimates(this.db, q);
  }

  /** The connection, for tests that look at the SQLite file itself. */
  get storyDb(): Database.Database {
    return this.db;
  }

  async close(): Promise<void> {
    this.closeNow();
  }

  closeNow(): void {
    if (this.db.open) this.db.close();
  }
}
