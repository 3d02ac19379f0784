/**
 * Aggregates kept at write time, so that `sources` and the store-wide ledger read a few hundred rows instead of
 * aggregating every claim and estimate of a large store: per source its claim and document counts
 * (`source_stats`), its names, types and roles with their counts (`source_facets`), its estimates per topic key
 * (`source_topics`), and the topic-label combinations of `topic_documents` (`topic_combos`, the ledger's
 * summaries). All count the latest versions only. A stored document adds its rows in its own transaction; a
 * replaced version subtracts its rows (the same statements with the sign turned) in the transaction of the new
 * one. SQLite (migration 6) and PostgreSQL (schema 2) run the same statements in their dialects.
 */

export interface AggregateDialect {
  /** The n-th statement parameter: `@doc` (SQLite, named: the one parameter appears several times) or `$n`. */
  param(n: number): string;
  /** The claim column in insertion order (SQLite's rowid, PostgreSQL's seq). */
  seq: string;
  /** Smaller of two values. */
  least: string;
  /** A text key of the seven topic-label columns (their tuple, NULLs kept apart from ''). */
  combo(cols: readonly string[]): string;
  /** True as the `current` columns hold it. */
  current: string;
}

export const SQLITE_AGGREGATES: AggregateDialect = { param: () => '@doc', seq: 'rowid', least: 'min', combo: (c) => `json_array(${c.join(', ')})`, current: '1' };
export const PG_AGGREGATES: AggregateDialect = { param: (n) => `$${n}`, seq: 'seq', least: 'least', combo: (c) => `json_build_array(${c.join(', ')})::text`, current: 'true' };

export const COMBO_COLUMNS = ['topic_key', 'unit', 'unit_lemma', 'destination', 'origin_name', 'destination_name', 'lang'] as const;

const FACETS = [['name', 'source_name'], ['type', 'source_type'], ['role', 'source_role']] as const;

/** The tables (their creation in each dialect differs only in the collation of sorted keys). */
export function aggregateTables(keyType: string): string {
  return `
  CREATE TABLE source_stats (source_key ${keyType} PRIMARY KEY, claims integer NOT NULL, documents integer NOT NULL);
  CREATE TABLE source_facets (
    source_key ${keyType} NOT NULL, facet text NOT NULL, value text NOT NULL, n integer NOT NULL, first bigint NOT NULL,
    PRIMARY KEY (source_key, facet, value)
  );
  CREATE TABLE source_topics (source_key ${keyType} NOT NULL, topic_key ${keyType} NOT NULL, n integer NOT NULL, PRIMARY KEY (source_key, topic_key));
  CREATE TABLE topic_combos (
    combo text PRIMARY KEY, topic_key ${keyType} NOT NULL, unit text, unit_lemma text, destination text, origin_name text, destination_name text, lang text,
    docs integer NOT NULL, n integer NOT NULL
  );`;
}

/** What the rows of `claims`, `estimates` and `topic_documents` selected by `where` add to each aggregate. */
function contributions(d: AggregateDialect, where: { claims: string; estimates: string; topics: string }) {
  const facet = ([name, col]: readonly [string, string]) =>
    `SELECT c.source_key, '${name}' AS facet, c.${col} AS value, count(*) AS n, min(c.${d.seq}) AS first FROM claims c ${where.claims} AND c.source_key IS NOT NULL AND c.${col} IS NOT NULL GROUP BY c.source_key, c.${col}`;
  return {
    stats: `SELECT c.source_key, count(*) AS claims, count(DISTINCT c.document_id) AS documents FROM claims c ${where.claims} AND c.source_key IS NOT NULL GROUP BY c.source_key`,
    facets: FACETS.map(facet).join(' UNION ALL '),
    topics: `SELECT e.source_key, e.topic_key, count(*) AS n FROM estimates e ${where.estimates} AND e.source_key IS NOT NULL GROUP BY e.source_key, e.topic_key`,
    combos: `SELECT ${d.combo(COMBO_COLUMNS.map((c) => `t.${c}`))} AS combo, ${COMBO_COLUMNS.map((c) => `t.${c}`).join(', ')}, count(*) AS docs, sum(t.estimates) AS n
             FROM topic_documents t ${where.topics} GROUP BY ${COMBO_COLUMNS.map((c) => `t.${c}`).join(', ')}`,
  };
}

/** The migration's filling of the tables from the latest versions already stored. */
export function fillAggregates(d: AggregateDialect): string {
  const c = contributions(d, {
    claims: 'JOIN documents cd ON cd.id = c.document_id WHERE cd.superseded_by IS NULL',
    estimates: `WHERE e.current = ${d.current}`,
    topics: `WHERE t.current = ${d.current}`,
  });
  return `
  INSERT INTO source_stats (source_key, claims, documents) ${c.stats};
  INSERT INTO source_facets (source_key, facet, value, n, first) ${c.facets};
  INSERT INTO source_topics (source_key, topic_key, n) ${c.topics};
  INSERT INTO topic_combos (combo, ${COMBO_COLUMNS.join(', ')}, docs, n) ${c.combos};`;
}

/**
 * The statements that add one document's rows to the aggregates (sign 1, parameter: the document id), or
 * subtract a replaced version's (sign -1; run after it is marked replaced). Each statement takes the document id
 * as its only parameter. Rows are upserted in key order, so that concurrent writers lock them in one order.
 */
export function applyDocument(d: AggregateDialect, sign: 1 | -1): string[] {
  const p = d.param(1);
  const c = contributions(d, { claims: `WHERE c.document_id = ${p}`, estimates: `WHERE e.document_id = ${p}`, topics: `WHERE t.document_id = ${p}` });
  const s = sign === 1 ? '+' : '-';
  // "WHERE true": SQLite reads an ON after a FROM as a join constraint otherwise.
  const upsert = (table: string, cols: string, select: string, order: string, key: string, set: string) =>
    `INSERT INTO ${table} (${cols}) SELECT ${cols} FROM (${select}) x WHERE true ORDER BY ${order} ON CONFLICT (${key}) DO UPDATE SET ${set}`;
  const out = [
    upsert('source_stats', 'source_key, claims, documents', c.stats, 'source_key', 'source_key',
      `claims = source_stats.claims ${s} excluded.claims, documents = source_stats.documents ${s} excluded.documents`),
    upsert('source_facets', 'source_key, facet, value, n, first', c.facets, 'source_key, facet, value', 'source_key, facet, value',
      `n = source_facets.n ${s} excluded.n` + (sign === 1 ? `, first = ${d.least}(source_facets.first, excluded.first)` : '')),
    upsert('source_topics', 'source_key, topic_key, n', c.topics, 'source_key, topic_key', 'source_key, topic_key', `n = source_topics.n ${s} excluded.n`),
    upsert('topic_combos', `combo, ${COMBO_COLUMNS.join(', ')}, docs, n`, c.combos, 'combo', 'combo', `docs = topic_combos.docs ${s} excluded.docs, n = topic_combos.n ${s} excluded.n`),
  ];
  if (sign === -1) {
    const sourcesOf = `SELECT source_key FROM claims WHERE document_id = ${p} AND source_key IS NOT NULL`;
    out.push(
      // What the replaced version alone held (every statement takes the document id, and touches its keys only).
      `DELETE FROM source_stats WHERE claims <= 0 AND source_key IN (${sourcesOf})`,
      `DELETE FROM source_facets WHERE n <= 0 AND source_key IN (${sourcesOf})`,
      `DELETE FROM source_topics WHERE n <= 0 AND source_key IN (${sourcesOf})`,
      `DELETE FROM topic_combos WHERE docs <= 0 AND combo IN (SELECT ${d.combo(COMBO_COLUMNS.map((c) => `t.${c}`))} FROM topic_documents t WHERE t.document_id = ${p})`,
      // The first claim of a name, type or role may have been the replaced version's: found again among the latest.
      `UPDATE source_facets SET first = (
         SELECT min(c.${d.seq}) FROM claims c JOIN documents cd ON cd.id = c.document_id
         WHERE cd.superseded_by IS NULL AND c.source_key = source_facets.source_key
           AND (CASE source_facets.facet WHEN 'name' THEN c.source_name WHEN 'type' THEN c.source_type ELSE c.source_role END) = source_facets.value)
       WHERE source_key IN (${sourcesOf})`,
    );
  }
  return out;
}

/** The sources with their counts, most claims first: the name most claims give (ties: the first in order), the largest type, the roles in order of first use. */
export function sourcesQuery(rolesAgg: (expr: string, order: string) => string): string {
  const f = (facet: string) => `FROM source_facets f WHERE f.source_key = s.source_key AND f.facet = '${facet}'`;
  return `SELECT s.source_key AS key,
            (SELECT f.value ${f('name')} ORDER BY f.n DESC, f.value LIMIT 1) AS name,
            (SELECT max(f.value) ${f('type')}) AS type,
            (SELECT ${rolesAgg('f.value', 'f.first')} ${f('role')}) AS roles,
            s.claims AS claims, s.documents AS documents
          FROM source_stats s ORDER BY s.claims DESC, s.source_key`;
}

/** The store-wide topic summaries' rows (see summariesOf in src/store/stories.ts), from topic_combos. */
export function combosQuery(order: string): string {
  return `SELECT topic_key AS key, unit, unit_lemma AS lemma, destination AS dest, origin_name AS oname, destination_name AS dname, lang, docs, n
          FROM topic_combos ORDER BY ${order}`;
}
