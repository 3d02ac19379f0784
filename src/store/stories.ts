/**
 * Stories in the store (tables of migration 4). `ingest` keeps each new document's story features; at the end
 * of a run (or of the next run, after a killed one) the documents without a story are assigned as one batch,
 * in date order, against the stories already stored: a document joins or opens a story, nothing stored moves.
 */
import type Database from 'better-sqlite3';
import type { DenialRecord, EstimateRecord, LedgerRecords } from '../ledger/estimates.js';
import { merged } from '../ledger/tally.js';
import type { DocumentMeta, LedgerSource, StoredDenial, StoredEstimate, TopicSummary } from '../ledger/topics.js';
import { DEFAULT_CLUSTER_OPTIONS, StoryClusterer, type StoryState } from '../stories/cluster.js';
import type { Features } from '../stories/features.js';

export interface StoryRow {
  id: number;
  first: string | null;
  last: string | null;
  size: number;
  title: string | null;
}

export interface StoryDocumentRow extends DocumentMeta {
  story: number;
  score: number | null;
}

/** Features as stored: weights to three decimals, which keeps the rows small. */
const toJson = (f: Features) => JSON.stringify([...f].map(([k, w]) => [k, Math.round(w * 1000) / 1000]));
const keepStatements = new WeakMap<Database.Database, Database.Statement>();
const fromJson = (s: string): Features => new Map(JSON.parse(s) as [string, number][]);

/** Keeps a new document's story features until the batch is assigned. */
export function keepStoryFeatures(db: Database.Database, document: string, published: string | null, features: Features): void {
  let st = keepStatements.get(db);
  if (!st) {
    st = db.prepare('INSERT OR IGNORE INTO story_documents (document_id, story_id, score, published, features) VALUES (?, NULL, NULL, ?, ?)');
    keepStatements.set(db, st);
  }
  st.run(document, published, toJson(features));
}

/** A document's facets in story_facets: its language and its outlet (the URL's host, as migration 5 cuts it). */
export function facetsOf(d: { lang: string; url: string | null }): [string, string][] {
  const out: [string, string][] = [['lang', d.lang]];
  if (d.url !== null) out.push(['outlet', d.url.slice(d.url.indexOf('://') + 3).split('/', 1)[0]!]);
  return out;
}

/**
 * A replaced version leaves its story: the story's size and topic counts lose it, and it is no longer pending
 * (the new version is assigned like any new document). Called in the transaction that stores the new version.
 */
export function retireFromStory(db: Database.Database, document: string): void {
  const row = db.prepare('SELECT story_id AS story FROM story_documents WHERE document_id = ?').get(document) as { story: number | null } | undefined;
  if (!row) return;
  if (row.story !== null) {
    const sub = db.prepare('UPDATE story_topics SET n = n - ? WHERE story_id = ? AND topic_key = ?');
    for (const t of db.prepare('SELECT topic_key AS key, count(*) AS n FROM estimates WHERE document_id = ? GROUP BY topic_key').all(document) as { key: string; n: number }[]) {
      sub.run(t.n, row.story, t.key);
    }
    db.prepare('DELETE FROM story_topics WHERE story_id = ? AND n <= 0').run(row.story);
    const doc = db.prepare('SELECT lang, url FROM documents WHERE id = ?').get(document) as { lang: string; url: string | null };
    const subFacet = db.prepare('UPDATE story_facets SET n = n - 1 WHERE story_id = ? AND facet = ? AND value = ?');
    for (const [facet, value] of facetsOf(doc)) subFacet.run(row.story, facet, value);
    db.prepare('DELETE FROM story_facets WHERE story_id = ? AND n <= 0').run(row.story);
    db.prepare('UPDATE stories SET size = size - 1 WHERE id = ?').run(row.story);
  }
  db.prepare('DELETE FROM story_documents WHERE document_id = ?').run(document);
}

/** Assigns the stored documents without a story (the earliest `limit`, or all), in date order; returns how many. Run it in a transaction. */
export function assignPendingStories(db: Database.Database, limit?: number): number {
  // Ids and dates only: features are read one document at a time, so memory does not grow with the batch.
  const pending = db
    .prepare('SELECT document_id AS id, published FROM story_documents WHERE story_id IS NULL ORDER BY published IS NULL, published, document_id LIMIT ?')
    .all(limit ?? -1) as { id: string; published: string | null }[];
  if (pending.length === 0) return 0;
  const earliest = pending[0]!.published;
  // Only stories the batch can reach: those whose range ends within the window before its earliest date.
  const stories: StoryState[] = (
    db
      .prepare(`SELECT id, first, last, size, title, centroid FROM stories WHERE ? IS NULL OR last IS NULL OR last >= date(?, '-${DEFAULT_CLUSTER_OPTIONS.maxGapDays} days')`)
      .all(earliest, earliest) as (StoryRow & { centroid: string })[]
  ).map((r) => ({ ...r, centroid: fromJson(r.centroid) }));
  // Document frequencies of the features in play, read as they come up.
  const df = new Map<string, number>();
  const dfOf = db.prepare('SELECT n FROM story_df WHERE feature = ?');
  const need = (keys: Iterable<string>) => {
    for (const k of keys) if (!df.has(k)) df.set(k, (dfOf.get(k) as { n: number } | undefined)?.n ?? 0);
  };
  for (const st of stories) need(st.centroid.keys());
  const documents = (db.prepare('SELECT count(*) AS n FROM story_documents WHERE story_id IS NOT NULL').get() as { n: number }).n;
  const nextId = (db.prepare('SELECT coalesce(max(id), 0) + 1 AS n FROM stories').get() as { n: number }).n;
  const clusterer = new StoryClusterer({}, { stories, df, documents, nextId });
  const before = new Map(stories.map((st) => [st.id, st.size]));
  const featuresOf = db.prepare('SELECT s.features, d.title, d.lang, d.url FROM story_documents s JOIN documents d ON d.id = s.document_id WHERE s.document_id = ?');
  const addFacet = db.prepare('INSERT INTO story_facets (story_id, facet, value, n) VALUES (?, ?, ?, 1) ON CONFLICT(story_id, facet, value) DO UPDATE SET n = n + 1');
  const setStory = db.prepare('UPDATE story_documents SET story_id = ?, score = ? WHERE document_id = ?');
  const topicsOf = db.prepare('SELECT topic_key AS key, count(*) AS n FROM estimates WHERE document_id = ? GROUP BY topic_key');
  const addTopic = db.prepare('INSERT INTO story_topics (story_id, topic_key, n) VALUES (?, ?, ?) ON CONFLICT(story_id, topic_key) DO UPDATE SET n = n + excluded.n');
  const upsert = db.prepare(
    `INSERT INTO stories (id, first, last, size, title, centroid) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET first = excluded.first, last = excluded.last, size = excluded.size, centroid = excluded.centroid`,
  );
  const touched = new Set<string>();
  for (const p of pending) {
    const row = featuresOf.get(p.id) as { features: string; title: string | null; lang: string; url: string | null };
    const features = fromJson(row.features);
    need(features.keys());
    for (const k of features.keys()) touched.add(k);
    // The pending list is in date order already: this is assignBatch's order.
    const a = clusterer.assign({ id: p.id, published: p.published, title: row.title, lang: row.lang, features });
    if (a.opened) upsert.run(a.story, p.published, p.published, 0, row.title, '[]'); // completed below
    setStory.run(a.story, a.score, a.document);
    for (const t of topicsOf.all(a.document) as { key: string; n: number }[]) addTopic.run(a.story, t.key, t.n);
    for (const [facet, value] of facetsOf(row)) addFacet.run(a.story, facet, value);
  }
  for (const st of clusterer.stories.values()) {
    if (before.get(st.id) !== st.size) upsert.run(st.id, st.first, st.last, st.size, st.title, toJson(st.centroid));
  }
  const setDf = db.prepare('INSERT INTO story_df (feature, n) VALUES (?, ?) ON CONFLICT(feature) DO UPDATE SET n = excluded.n');
  for (const k of touched) setDf.run(k, df.get(k) ?? 0);
  return pending.length;
}

export function listStories(db: Database.Database, q: { since?: string } = {}): StoryRow[] {
  const since = q.since ?? null;
  return db
    .prepare('SELECT id, first, last, size, title FROM stories WHERE size > 0 AND (? IS NULL OR last >= ?) ORDER BY last DESC, id DESC')
    .all(since, since) as StoryRow[];
}

/** A story's languages, and its first `limit` outlets (URL hosts without www.), in alphabetical order, from story_facets. */
export function storyFacets(db: Database.Database, story: number, limit = 8): { langs: string[]; outlets: string[] } {
  const values = (facet: string, n: number) =>
    (db.prepare('SELECT value FROM story_facets WHERE story_id = ? AND facet = ? ORDER BY value LIMIT ?').all(story, facet, n) as { value: string }[]).map((r) => r.value);
  return { langs: values('lang', -1), outlets: values('outlet', limit).map((h) => h.replace(/^www\./, '')) };
}

export function storyDocuments(db: Database.Database, story: number): StoryDocumentRow[] {
  return db
    .prepare(
      `SELECT d.id, d.url, d.title, d.author, d.published, d.lang, s.story_id AS story, s.score FROM story_documents s JOIN documents d ON d.id = s.document_id
       WHERE s.story_id = ? AND d.superseded_by IS NULL ORDER BY d.published, d.id`,
    )
    .all(story) as StoryDocumentRow[];
}

/** The story of each of these documents (those assigned). */
export function storiesOf(db: Database.Database, documents: readonly string[]): Map<string, number> {
  const get = db.prepare('SELECT story_id AS s FROM story_documents WHERE document_id = ? AND story_id IS NOT NULL');
  const out = new Map<string, number>();
  for (const d of documents) {
    const r = get.get(d) as { s: number } | undefined;
    if (r) out.set(d, r.s);
  }
  return out;
}

/** The ledger records of a story's documents, from their stored JSON. */
export function storyRecords(db: Database.Database, story: number): { estimates: StoredEstimate[]; denials: StoredDenial[]; documents: StoryDocumentRow[] } {
  const documents = storyDocuments(db, story);
  const meta = new Map(documents.map((d) => [d.id, { id: d.id, url: d.url, title: d.title, author: d.author, published: d.published, lang: d.lang }]));
  const estimates: StoredEstimate[] = [];
  const denials: StoredDenial[] = [];
  const est = db.prepare('SELECT json FROM estimates WHERE document_id = ?');
  const den = db.prepare('SELECT json FROM denials WHERE document_id = ?');
  for (const [id, m] of meta) {
    for (const r of est.all(id) as { json: string }[]) estimates.push({ ...(JSON.parse(r.json) as LedgerRecords['estimates'][number]), document: m });
    for (const r of den.all(id) as { json: string }[]) denials.push({ ...(JSON.parse(r.json) as LedgerRecords['denials'][number]), document: m });
  }
  return { estimates, denials, documents };
}

/**
 * A ledger source over one story's documents, in SQL: the topic summaries are aggregates of `topic_documents`
 * joined with the story's documents, and only the estimates shown are parsed, so a story of thousands of
 * documents answers as fast as the store-wide ledger.
 */
export function storyLedgerSource(db: Database.Database, story: number): LedgerSource {
  const inStory = 'document_id IN (SELECT document_id FROM story_documents WHERE story_id = ?)';
  const inKeys = (keys: readonly string[]) => keys.map(() => '?').join(', ');
  // Denials are few: found from their topic keys (denials_ledger), then kept to the story's documents.
  const topicRows = (table: 'denials', keys: readonly string[], limit: number | null) =>
    db
      .prepare(
        `SELECT d.id, d.url, d.title, d.author, d.published, d.lang, t.json FROM ${table} t JOIN documents d ON d.id = t.document_id
         WHERE t.current = 1 AND t.${inStory} AND t.topic_key IN (${inKeys(keys)})
         ORDER BY t.published IS NULL, t.published, t.document_id LIMIT ?`,
      )
      .all(story, ...keys, limit ?? -1) as (DocumentMeta & { json: string })[];
  // Estimates are many: driven from the story's documents in date order (story_documents_story), so that a short list stops after
  // a few rows however large the store-wide topic is; undated documents last, as the store-wide ledger has them.
  const rows = (table: 'estimates', keys: readonly string[], limit: number | null) => {
    const query = (dated: boolean) =>
      db.prepare(
        `SELECT d.id, d.url, d.title, d.author, d.published, d.lang, t.json FROM story_documents sd
           CROSS JOIN ${table} t ON t.document_id = sd.document_id JOIN documents d ON d.id = t.document_id
         WHERE sd.story_id = ? AND sd.published IS ${dated ? 'NOT NULL' : 'NULL'} AND t.current = 1 AND t.topic_key IN (${inKeys(keys)})
         ORDER BY ${dated ? 'sd.published, ' : ''}sd.document_id, t.start LIMIT ?`,
      );
    const dated = query(true).all(story, ...keys, limit ?? -1) as (DocumentMeta & { json: string })[];
    if (limit !== null && dated.length >= limit) return dated;
    return dated.concat(query(false).all(story, ...keys, limit === null ? -1 : limit - dated.length) as (DocumentMeta & { json: string })[]);
  };
  const meta = (r: DocumentMeta): DocumentMeta => ({ id: r.id, url: r.url, title: r.title, author: r.author, published: r.published, lang: r.lang });
  return {
    // Summaries and counts go from the story's documents to their rows of topic_documents (migration 5's
    // topic_documents_document), so they cost the story's size, not the store's.
    summaries: () => {
      const combos = db
        .prepare(
          `SELECT t.topic_key AS key, t.unit, t.unit_lemma AS lemma, t.destination AS dest, t.origin_name AS oname, t.destination_name AS dname, t.lang,
                  count(*) AS docs, sum(t.estimates) AS n
           FROM story_documents sd CROSS JOIN topic_documents t ON t.document_id = sd.document_id
           WHERE sd.story_id = ? AND t.current = 1
           GROUP BY t.topic_key, t.unit, t.unit_lemma, t.destination, t.origin_name, t.destination_name, t.lang`,
        )
        .all(story) as TopicCombo[];
      return summariesOf(combos);
    },
    documentCount: (keys) =>
      (
        db
          .prepare(
            `SELECT count(DISTINCT t.document_id) AS n FROM story_documents sd CROSS JOIN topic_documents t ON t.document_id = sd.document_id
             WHERE sd.story_id = ? AND t.current = 1 AND t.topic_key IN (${inKeys(keys)})`,
          )
          .get(story, ...keys) as { n: number }
      ).n,
    estimates: (keys, limit) => rows('estimates', keys, limit).map((r) => ({ ...(JSON.parse(r.json) as EstimateRecord), document: meta(r) })),
    denials: (keys, limit) => topicRows('denials', keys, limit).map((r) => ({ ...(JSON.parse(r.json) as DenialRecord), document: meta(r) })),
  };
}

/** One row of `topic_documents` aggregated by topic key and label parts (the store-wide and story ledgers). */
export interface TopicCombo {
  key: string;
  unit: string | null;
  lemma: string | null;
  dest: string | null;
  oname: string | null;
  dname: string | null;
  lang: string | null;
  docs: number;
  n: number;
}

/** Topic summaries from label-part combinations; each document counts once per key (its most frequent parts). */
export function summariesOf(combos: readonly TopicCombo[]): TopicSummary[] {
  const out = new Map<string, TopicSummary>();
  for (const c of combos) {
    const s = out.get(c.key) ?? { key: c.key, estimates: 0, documents: 0, langs: [], units: [], unitLemmas: [], destinations: [], names: [] };
    out.set(c.key, s);
    s.estimates += c.n;
    s.documents += c.docs;
    if (c.lang !== null && !s.langs.includes(c.lang)) s.langs.push(c.lang);
    for (const [list, v] of [[s.units, c.unit], [s.unitLemmas, c.lemma], [s.destinations, c.dest]] as const) if (v !== null) list.push([v, c.n]);
    const origin = c.key.split('|')[2]!;
    if (c.oname !== null && origin !== '-') s.names.push([origin, c.oname, c.n]);
    if (c.dname !== null && c.dest !== null) s.names.push([c.dest, c.dname, c.n]);
  }
  // Combinations repeat a value (the same unit with two destinations): one count per value.
  for (const s of out.values()) {
    s.units = merged([s.units]);
    s.unitLemmas = merged([s.unitLemmas]);
    s.destinations = merged([s.destinations]);
  }
  return [...out.values()];
}

// The story queries of the commands (src/cli/stories.ts), here so that no command touches the database itself.

/** A story's centroid as [feature, weight] pairs. */
export function storyCentroid(db: Database.Database, story: number): [string, number][] {
  const r = db.prepare('SELECT centroid FROM stories WHERE id = ?').get(story) as { centroid: string } | undefined;
  return JSON.parse(r?.centroid ?? '[]') as [string, number][];
}

/** A story's topic keys with their estimate counts, the largest first (all, or the first `limit`). */
export function storyTopics(db: Database.Database, story: number, limit?: number): { key: string; n: number }[] {
  return db.prepare('SELECT topic_key AS key, n FROM story_topics WHERE story_id = ? ORDER BY n DESC, key LIMIT ?').all(story, limit ?? -1) as { key: string; n: number }[];
}

/** Other stories with estimates of any of these topic keys. */
export function storiesWithTopics(db: Database.Database, except: number, keys: readonly string[]): number[] {
  if (keys.length === 0) return [];
  return (
    db.prepare(`SELECT DISTINCT story_id AS id FROM story_topics WHERE story_id != ? AND topic_key IN (${keys.map(() => '?').join(', ')})`).all(except, ...keys) as { id: number }[]
  ).map((r) => r.id);
}

/** Estimates of one document's quantity or claim, or whose figure's text contains `text` (at most 50). */
export function findEstimates(db: Database.Database, q: { document: string; item: string } | { text: string }): { document: string; json: string }[] {
  if ('item' in q) {
    return db.prepare(`SELECT document_id AS document, json FROM estimates WHERE document_id = ? AND (quantity_id = ? OR json_extract(json, '$.claim') = ?)`).all(q.document, q.item, q.item) as { document: string; json: string }[];
  }
  const like = `%${q.text.replace(/[%_\\]/g, '\\$&')}%`;
  return db.prepare(`SELECT document_id AS document, json FROM estimates WHERE json_extract(json, '$.span.text') LIKE ? ESCAPE '\\' LIMIT 50`).all(like) as { document: string; json: string }[];
}
