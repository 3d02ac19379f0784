/**
 * Small helpers of the PostgreSQL store: connections (a pool), transactions with retry, multi-row inserts, and
 * the full-text query built from what a user typed.
 */
import pg from 'pg';
import { StoreError } from '../errors.js';

export type Client = pg.PoolClient;
export type Queryable = pg.Pool | pg.PoolClient;

/** Whether a --db value names a PostgreSQL server (postgres:// or postgresql://). */
export const isPostgresUrl = (db: string) => /^postgres(ql)?:\/\//i.test(db);

/** A connection string without its password, for messages. */
export function safeName(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** A pool of connections: QUELLENLAGE_PG_POOL (default 4) at most, each statement within 5 minutes. */
export function newPool(url: string, max = Number(process.env['QUELLENLAGE_PG_POOL'] ?? 4)): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'quellenlage', statement_timeout: 300_000, connectionTimeoutMillis: 10_000 });
  // An idle client that loses its server would otherwise crash the process: the next query reports it instead.
  pool.on('error', () => {});
  return pool;
}

/** A connection failure or server error as one line. */
export function pgError(name: string, err: unknown): StoreError {
  const e = err as { code?: string; message?: string };
  const msg = (e.message ?? String(err)).split('\n')[0]!;
  if (e.code === 'ECONNREFUSED' || e.code === 'ENOTFOUND' || /timeout/i.test(msg)) return new StoreError(`cannot connect to ${name}: ${msg || e.code}`);
  if (e.code === '3D000' || e.code === '28P01' || e.code === '28000') return new StoreError(`cannot open ${name}: ${msg}`);
  return new StoreError(`${name}: ${msg}`);
}

const RETRIABLE = new Set(['40001', '40P01']); // serialization failure, deadlock

/** Runs `work` in one transaction; a serialization failure or deadlock runs it again (a few times, with backoff). */
export async function inTransaction<T>(pool: pg.Pool, work: (c: Client) => Promise<T>, retries = 5): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const out = await work(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      if (!RETRIABLE.has((err as { code?: string }).code ?? '') || attempt >= retries) throw err;
      await new Promise((r) => setTimeout(r, Math.round(25 * 2 ** attempt * (0.5 + Math.random()))));
    } finally {
      c.release();
    }
  }
}

/** A column of a multi-row insert: a plain value, or an expression whose `?` take the next values of the row. */
export type Column = string | { name: string; expr: string };

/** INSERT of many rows in few statements (at most ~30,000 parameters each). */
export async function insertRows(c: Queryable, table: string, columns: readonly Column[], rows: readonly unknown[][], suffix = ''): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((col) => (typeof col === 'string' ? col : col.name)).join(', ');
  const perRow = Math.max(1, Math.floor(30_000 / rows[0]!.length));
  for (let i = 0; i < rows.length; i += perRow) {
    const params: unknown[] = [];
    const tuples = rows.slice(i, i + perRow).map((row) => {
      let k = 0;
      const next = () => {
        params.push(row[k++]);
        return `$${params.length}`;
      };
      return `(${columns.map((col) => (typeof col === 'string' ? next() : col.expr.replace(/\?/g, next))).join(', ')})`;
    });
    await c.query(`INSERT INTO ${table} (${names}) VALUES ${tuples.join(', ')} ${suffix}`, params);
  }
}

/** The text-search configuration of a document's language. */
export const tsConfig = (lang: string) => (lang === 'de' ? 'german' : lang === 'en' ? 'english' : 'simple');

/**
 * What a user typed as a tsquery: words as prefix terms, all required; quoted phrases as words in sequence. Only
 * letters and digits reach the query, so its syntax can never be injected. Empty when there is no word.
 */
export function tsQueryText(text: string): string {
  const parts = text.match(/"[^"]*"|[\p{L}\p{N}][\p{L}\p{N}.-]*/gu) ?? [];
  const terms: string[] = [];
  for (const p of parts) {
    const words = p.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) continue;
    terms.push(p.startsWith('"') ? words.join(' <-> ') : words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' <-> '));
  }
  return terms.map((t) => (terms.length > 1 ? `(${t})` : t)).join(' & ');
}

/**
 * A row's tsvector matches the query in the configuration of the row's language ($n is the query text): stop words
 * and stems are those of the document's language, and the GIN index serves each branch.
 */
export const tsMatch = (vector: string, lang: string, n: number) =>
  `((${lang} = 'de' AND ${vector} @@ to_tsquery('german', unaccent($${n}::text))) OR (${lang} = 'en' AND ${vector} @@ to_tsquery('english', unaccent($${n}::text))) ` +
  `OR (${lang} NOT IN ('de', 'en') AND ${vector} @@ to_tsquery('simple', unaccent($${n}::text))))`;

/** The query in the configuration of the row's language, for ranking and snippets. */
export const tsQueryOf = (lang: string, n: number) => `to_tsquery(${tsConfigSql(lang)}, unaccent($${n}::text))`;

export const tsConfigSql = (lang: string) => `(CASE ${lang} WHEN 'de' THEN 'german' WHEN 'en' THEN 'english' ELSE 'simple' END)::regconfig`;

/** The order of topic-label combinations: SQLite's (byte order, nulls first), so that ties break alike. */
export const COMBO_ORDER = ['topic_key', 'unit', 'unit_lemma', 'destination', 'origin_name', 'destination_name', 'lang'].map((c) => `${c} COLLATE "C" NULLS FIRST`).join(', ');
