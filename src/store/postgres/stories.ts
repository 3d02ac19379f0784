/**
 * Stories in the PostgreSQL store: the queries of src/store/stories.ts in PostgreSQL's dialect, and the batch
 * assignment (the same algorithm: pending documents in date order against the stories within reach, nothing
 * stored moves). Workers on many machines assign under one advisory lock, so one batch runs at a time.
 */
import type pg from 'pg';
import type { DenialRecord, EstimateRecord } from '../../ledger/estimates.js';
import type { DocumentMeta, StoredDenial, StoredEstimate } from '../../ledger/topics.js';
import { DEFAULT_CLUSTER_OPTIONS, StoryClusterer, type StoryState } from '../../stories/cluster.js';
import type { Features } from '../../stories/features.js';
import { facetsOf, summariesOf, type TopicCombo } from '../stories.js';
import type { AsyncLedgerSource, StoryDetails, StoryDocumentRow, StoryRow } from '../types.js';
import { COMBO_ORDER, insertRows, type Client } from './sql.js';

const STORY_LOCK = 0x51_4c_00_02;
/** Pending documents read and assigned per round trip. */
const CHUNK = 500;

const toJson = (f: Features) => JSON.stringify([...f].map(([k, w]) => [k, Math.round(w * 1000) / 1000]));
const fromJson = (s: string): Features => new Map(JSON.parse(s) as [string, number][]);

export async function keepStoryFeaturesPg(c: Client, document: string, published: string | null, features: Features): Promise<void> {
  await c.query('INSERT INTO story_documents (document_id, story_id, score, published, features) VALUES ($1, NULL, NULL, $2, $3) ON CONFLICT DO NOTHING', [document, published, toJson(features)]);
}

/**
 * A replaced version leaves its story, as retireFromStory in src/store/stories.ts: the story's size and topic
 * counts lose it and it is no longer pending. Called in the transaction that stores the new version.
 */
export async function retireFromStoryPg(c: Client, document: string): Promise<void> {
  const row = (await c.query<{ story: number | null }>('SELECT story_id AS story FROM story_documents WHERE document_id = $1', [document])).rows[0];
  if (!row) return;
  if (row.story !== null) {
    await c.query(
      `UPDATE story_topics t SET n = t.n - e.n
       FROM (SELECT topic_key, count(*)::int AS n FROM estimates WHERE document_id = $1 GROUP BY topic_key) e
       WHERE t.story_id = $2 AND t.topic_key = e.topic_key`,
      [document, row.story],
    );
    await c.query('DELETE FROM story_topics WHERE story_id = $1 AND n <= 0', [row.story]);
    const doc = (await c.query<{ lang: string; url: string | null }>('SELECT lang, url FROM documents WHERE id = $1', [document])).rows[0]!;
    for (const [facet, value] of facetsOf(doc)) {
      await c.query('UPDATE story_facets SET n = n - 1 WHERE story_id = $1 AND facet = $2 AND value = $3', [row.story, facet, value]);
    }
    await c.query('DELETE FROM story_facets WHERE story_id = $1 AND n <= 0', [row.story]);
    await c.query('UPDATE stories SET size = size - 1 WHERE id = $1', [row.story]);
  }
  await c.query('DELETE FROM story_documents WHERE document_id = $1', [document]);
}

/** A date `days` before an ISO date (its day), as SQLite's date(x, '-N days'). */
function daysBefore(iso: string, days: number): string | null {
  const t = Date.parse(iso.slice(0, 10));
  return Number.isNaN(t) ? null : new Date(t - days * 86_400_000).toISOString().slice(0, 10);
}

/** Assigns the stored documents without a story (the earliest `limit`, or all), in date order; returns how many. Runs in the caller's transaction. */
export async function assignPendingStoriesPg(c: Client, limit?: number): Promise<number> {
  await c.query('SELECT pg_advisory_xact_lock($1)', [STORY_LOCK]);
  const pending = (
    await c.query<{ id: string; published: string | null }>(
      'SELECT document_id AS id, published FROM story_documents WHERE story_id IS NULL ORDER BY published NULLS LAST, document_id LIMIT $1',
      [limit ?? null],
    )
  ).rows;
  if (pending.length === 0) return 0;
  const earliest = pending[0]!.published;
  const from = earliest === null ? null : daysBefore(earliest, DEFAULT_CLUSTER_OPTIONS.maxGapDays);
  const stories: StoryState[] = (
    await c.query<StoryRow & { centroid: string }>(
      'SELECT id, first, last, size, title, centroid FROM stories WHERE $1::text IS NULL OR last IS NULL OR last >= $1',
      [earliest === null ? null : (from ?? '')],
    )
  ).rows.map((r) => ({ ...r, centroid: fromJson(r.centroid) }));
  const df = new Map<string, number>();
  const need = async (keys: Iterable<string>) => {
    const missing = [...new Set(keys)].filter((k) => !df.has(k));
    if (missing.length === 0) return;
    for (const k of missing) df.set(k, 0);
    for (const r of (await c.query<{ feature: string; n: number }>('SELECT feature, n FROM story_df WHERE feature = ANY($1)', [missing])).rows) df.set(r.feature, r.n);
  };
  await need(stories.flatMap((st) => [...st.centroid.keys()]));
  const documents = (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM story_documents WHERE story_id IS NOT NULL')).rows[0]!.n;
  const nextId = (await c.query<{ n: number }>('SELECT coalesce(max(id), 0)::int + 1 AS n FROM stories')).rows[0]!.n;
  const clusterer = new StoryClusterer({}, { stories, df, documents, nextId });
  const before = new Map(stories.map((st) => [st.id, st.size]));
  const touched = new Set<string>();
  for (let i = 0; i < pending.length; i += CHUNK) {
    const chunk = pending.slice(i, i + CHUNK);
    const ids = chunk.map((p) => p.id);
    const rows = new Map(
      (
        await c.query<{ id: string; features: string; title: string | null; lang: string; url: string | null }>(
          'SELECT s.document_id AS id, s.features, d.title, d.lang, d.url FROM story_documents s JOIN documents d ON d.id = s.document_id WHERE s.document_id = ANY($1)',
          [ids],
        )
      ).rows.map((r) => [r.id, r]),
    );
    const topics = new Map<string, { key: string; n: number }[]>();
    for (const r of (await c.query<{ d: string; key: string; n: number }>('SELECT document_id AS d, topic_key AS key, count(*)::int AS n FROM estimates WHERE document_id = ANY($1) GROUP BY 1, 2 ORDER BY 1, 2', [ids])).rows) {
      topics.set(r.d, [...(topics.get(r.d) ?? []), r]);
    }
    const parsed = chunk.map((p) => ({ p, row: rows.get(p.id)!, features: fromJson(rows.get(p.id)!.features) }));
    await need(parsed.flatMap((x) => [...x.features.keys()]));
    const opened: unknown[][] = [];
    const assigned: unknown[][] = [];
    const storyTopics = new Map<string, number>();
    const storyFacets = new Map<string, number>();
    for (const { p, row, features } of parsed) {
      for (const k of features.keys()) touched.add(k);
      const a = clusterer.assign({ id: p.id, published: p.published, title: row.title, lang: row.lang, features });
      if (a.opened) opened.push([a.story, p.published, p.published, 0, row.title, '[]']);
      assigned.push([a.document, a.story, a.score]);
      for (const t of topics.get(a.document) ?? []) storyTopics.set(`${a.story}\t${t.key}`, (storyTopics.get(`${a.story}\t${t.key}`) ?? 0) + t.n);
      for (const [facet, value] of facetsOf(row)) storyFacets.set(`${a.story}\t${facet}\t${value}`, (storyFacets.get(`${a.story}\t${facet}\t${value}`) ?? 0) + 1);
    }
    await insertRows(c, 'stories', ['id', 'first', 'last', 'size', 'title', 'centroid'], opened, 'ON CONFLICT (id) DO UPDATE SET first = excluded.first, last = excluded.last, size = excluded.size, centroid = excluded.centroid');
    for (let j = 0; j < assigned.length; j += 5000) {
      const part = assigned.slice(j, j + 5000);
      await c.query(
        'UPDATE story_documents s SET story_id = v.story, score = v.score FROM unnest($1::text[], $2::int[], $3::float8[]) AS v(doc, story, score) WHERE s.document_id = v.doc',
        [part.map((x) => x[0]), part.map((x) => x[1]), part.map((x) => x[2])],
      );
    }
    await insertRows(
      c,
      'story_topics',
      ['story_id', 'topic_key', 'n'],
      [...storyTopics].map(([k, n]) => [Number(k.split('\t')[0]), k.split('\t')[1], n]),
      'ON CONFLICT (story_id, topic_key) DO UPDATE SET n = story_topics.n + excluded.n',
    );
    await insertRows(
      c,
      'story_facets',
      ['story_id', 'facet', 'value', 'n'],
      [...storyFacets].map(([k, n]) => [...k.split('\t').map((x, i) => (i === 0 ? Number(x) : x)), n]),
      'ON CONFLICT (story_id, facet, value) DO UPDATE SET n = story_facets.n + excluded.n',
    );
  }
  const changed = [...clusterer.stories.values()].filter((st) => before.get(st.id) !== st.size);
  await insertRows(
    c,
    'stories',
    ['id', 'first', 'last', 'size', 'title', 'centroid'],
    changed.map((st) => [st.id, st.first, st.last, st.size, st.title, toJson(st.centroid)]),
    'ON CONFLICT (id) DO UPDATE SET first = excluded.first, last = excluded.last, size = excluded.size, centroid = excluded.centroid',
  );
  await insertRows(c, 'story_df', ['feature', 'n'], [...touched].map((k) => [k, df.get(k) ?? 0]), 'ON CONFLICT (feature) DO UPDATE SET n = excluded.n');
  return pending.length;
}

const DOC = 'd.id, d.url, d.title, d.author, d.published, d.lang';
const metaOf = (r: DocumentMeta): DocumentMeta => ({ id: r.id, url: r.url, title: r.title, author: r.author, published: r.published, lang: r.lang });

/** The story queries of the PostgreSQL store (its base class). */
export class PgStories {
  constructor(protected readonly pool: pg.Pool) {}

  async listStories(q: { since?: string } = {}): Promise<StoryRow[]> {
    return (await this.pool.query<StoryRow>('SELECT id, first, last, size, title FROM stories WHERE ($1::text IS NULL OR last >= $1) ORDER BY last DESC NULLS LAST, id DESC', [q.since ?? null])).rows;
  }

  async hasStory(story: number): Promise<boolean> {
    return (await this.pool.query('SELECT 1 FROM stories WHERE id = $1', [story])).rowCount! > 0;
  }

  async storyDocuments(story: number): Promise<StoryDocumentRow[]> {
    return (
      await this.pool.query<StoryDocumentRow>(
        `SELECT ${DOC}, s.story_id AS story, s.score FROM story_documents s JOIN documents d ON d.id = s.document_id
         WHERE s.story_id = $1 AND d.superseded_by IS NULL ORDER BY d.published NULLS FIRST, d.id`,
        [story],
      )
    ).rows;
  }

  async storiesOf(documents: readonly string[]): Promise<Map<string, number>> {
    const rows = (await this.pool.query<{ d: string; s: number }>('SELECT document_id AS d, story_id AS s FROM story_documents WHERE document_id = ANY($1) AND story_id IS NOT NULL', [documents])).rows;
    return new Map(rows.map((r) => [r.d, r.s]));
  }

  async storyRecords(story: number): Promise<{ estimates: StoredEstimate[]; denials: StoredDenial[]; documents: StoryDocumentRow[] }> {
    const documents = await this.storyDocuments(story);
    const meta = new Map(documents.map((d) => [d.id, metaOf(d)]));
    const ids = [...meta.keys()];
    const estimates: StoredEstimate[] = [];
    const denials: StoredDenial[] = [];
    const est = await this.pool.query<{ d: string; json: string }>('SELECT document_id AS d, json FROM estimates WHERE document_id = ANY($1) ORDER BY document_id, quantity_id', [ids]);
    const den = await this.pool.query<{ d: string; json: string }>('SELECT document_id AS d, json FROM denials WHERE document_id = ANY($1) ORDER BY document_id, claim_id', [ids]);
    const order = new Map(ids.map((id, i) => [id, i]));
    const byDoc = <T extends { d: string }>(rows: T[]) => [...rows].sort((x, y) => order.get(x.d)! - order.get(y.d)!);
    for (const r of byDoc(est.rows)) estimates.push({ ...(JSON.parse(r.json) as EstimateRecord), document: meta.get(r.d)! });
    for (const r of byDoc(den.rows)) denials.push({ ...(JSON.parse(r.json) as DenialRecord), document: meta.get(r.d)! });
    return { estimates, denials, documents };
  }

  storyLedgerSource(story: number): AsyncLedgerSource {
    const inStory = 'document_id IN (SELECT document_id FROM story_documents WHERE story_id = $1)';
    type Row = DocumentMeta & { json: string };
    const denialRows = async (keys: readonly string[], limit: number | null) =>
      (
        await this.pool.query<Row>(
          `SELECT ${DOC}, t.json FROM denials t JOIN documents d ON d.id = t.document_id
           WHERE t.current AND t.${inStory} AND t.topic_key = ANY($2) ORDER BY t.published NULLS LAST, t.document_id LIMIT $3`,
          [story, keys, limit],
        )
      ).rows;
    const estimateRows = async (keys: readonly string[], limit: number | null) => {
      const query = async (dated: boolean, n: number | null) =>
        (
          await this.pool.query<Row>(
            `SELECT ${DOC}, t.json FROM story_documents sd JOIN estimates t ON t.document_id = sd.document_id JOIN documents d ON d.id = t.document_id
             WHERE sd.story_id = $1 AND sd.published IS ${dated ? 'NOT NULL' : 'NULL'} AND t.current AND t.topic_key = ANY($2)
             ORDER BY ${dated ? 'sd.published, ' : ''}sd.document_id, t.start LIMIT $3`,
            [story, keys, n],
          )
        ).rows;
      const dated = await query(true, limit);
      if (limit !== null && dated.length >= limit) return dated;
      return dated.concat(await query(false, limit === null ? null : limit - dated.length));
    };
    return {
      summaries: async () => {
        const combos = await this.pool.query<TopicCombo>(
          `SELECT topic_key AS key, unit, unit_lemma AS lemma, destination AS dest, origin_name AS oname, destination_name AS dname, lang,
                  count(*)::int AS docs, sum(estimates)::int AS n
           FROM topic_documents WHERE current AND ${inStory}
           GROUP BY topic_key, unit, unit_lemma, destination, origin_name, destination_name, lang
           ORDER BY ${COMBO_ORDER}`,
          [story],
        );
        return summariesOf(combos.rows);
      },
      documentCount: async (keys) =>
        (await this.pool.query<{ n: number }>(`SELECT count(DISTINCT document_id)::int AS n FROM topic_documents WHERE current AND ${inStory} AND topic_key = ANY($2)`, [story, keys])).rows[0]!.n,
      estimates: async (keys, limit) => (await estimateRows(keys, limit)).map((r) => ({ ...(JSON.parse(r.json) as EstimateRecord), document: metaOf(r) })),
      denials: async (keys, limit) => (await denialRows(keys, limit)).map((r) => ({ ...(JSON.parse(r.json) as DenialRecord), document: metaOf(r) })),
    };
  }

  async storyCentroid(story: number): Promise<[string, number][]> {
    const r = (await this.pool.query<{ centroid: string }>('SELECT centroid FROM stories WHERE id = $1', [story])).rows[0];
    return JSON.parse(r?.centroid ?? '[]') as [string, number][];
  }

  async storyTopics(story: number, limit?: number): Promise<{ key: string; n: number }[]> {
    return (await this.pool.query<{ key: string; n: number }>('SELECT topic_key AS key, n FROM story_topics WHERE story_id = $1 ORDER BY n DESC, key LIMIT $2', [story, limit ?? null])).rows;
  }

  async storiesWithTopics(except: number, keys: readonly string[]): Promise<number[]> {
    if (keys.length === 0) return [];
    return (await this.pool.query<{ id: number }>('SELECT DISTINCT story_id AS id FROM story_topics WHERE story_id <> $1 AND topic_key = ANY($2)', [except, keys])).rows.map((r) => r.id);
  }

  /** A story's languages and first outlets, from story_facets (as the SQLite store's storyFacets). */
  private async facetValues(story: number, facet: string, limit: number | null): Promise<string[]> {
    return (await this.pool.query<{ value: string }>('SELECT value FROM story_facets WHERE story_id = $1 AND facet = $2 ORDER BY value LIMIT $3', [story, facet, limit])).rows.map((r) => r.value);
  }

  async storyLangs(story: number): Promise<string[]> {
    return this.facetValues(story, 'lang', null);
  }

  async storyOutlets(story: number, limit: number): Promise<string[]> {
    return (await this.facetValues(story, 'outlet', limit)).map((h) => h.replace(/^www\./, ''));
  }

  async storyDetails(stories: readonly number[], limits: { outlets: number; topics: number }): Promise<Map<number, StoryDetails>> {
    const out = new Map<number, StoryDetails>(stories.map((id) => [id, { langs: [], outlets: [], topics: [], centroid: [] }]));
    if (stories.length === 0) return out;
    const ids = [...stories];
    // Three queries for all stories, in the order of the one-story queries (row_number keeps each story's first n).
    const [facets, topics, centroids] = await Promise.all([
      this.pool.query<{ s: number; facet: string; value: string }>(
        `SELECT s, facet, value FROM (SELECT story_id AS s, facet, value, row_number() OVER (PARTITION BY story_id, facet ORDER BY value) AS r
         FROM story_facets WHERE story_id = ANY($1)) x WHERE facet = 'lang' OR r <= $2 ORDER BY s, facet, value`,
        [ids, limits.outlets],
      ),
      this.pool.query<{ s: number; key: string; n: number }>(
        `SELECT s, key, n FROM (SELECT story_id AS s, topic_key AS key, n, row_number() OVER (PARTITION BY story_id ORDER BY n DESC, topic_key) AS r
         FROM story_topics WHERE story_id = ANY($1)) x WHERE r <= $2 ORDER BY s, r`,
        [ids, limits.topics],
      ),
      this.pool.query<{ s: number; centroid: string }>('SELECT id AS s, centroid FROM stories WHERE id = ANY($1)', [ids]),
    ]);
    for (const r of facets.rows) {
      const d = out.get(r.s)!;
      if (r.facet === 'lang') d.langs.push(r.value);
      else d.outlets.push(r.value.replace(/^www\./, ''));
    }
    for (const r of topics.rows) out.get(r.s)!.topics.push({ key: r.key, n: r.n });
    for (const r of centroids.rows) out.get(r.s)!.centroid = JSON.parse(r.centroid) as [string, number][];
    return out;
  }
}
