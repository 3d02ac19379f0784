import { aggregateTables, fillAggregates, SQLITE_AGGREGATES } from './aggregates.js';

/**
 * The SQLite schema as numbered migrations. A database records the last one applied in `PRAGMA user_version`;
 * opening it applies the missing ones in order, each in its own transaction. Never edit a migration that has
 * shipped: add the next one.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: documents, their analyses and the layers the views query, with full-text search.
  `
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,                 -- hash of the normalized text
    url TEXT,
    title TEXT,
    author TEXT,
    published TEXT,                      -- ISO 8601
    lang TEXT NOT NULL,
    text TEXT NOT NULL,                  -- the normalized text all offsets refer to
    raw TEXT NOT NULL,                   -- the input as received (HTML, JSON record, text)
    raw_type TEXT NOT NULL,
    origin TEXT NOT NULL,                -- where it came from (path, URL)
    previous_version TEXT REFERENCES documents(id),
    superseded_by TEXT REFERENCES documents(id),
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
  CREATE INDEX documents_published ON documents(published);

  CREATE TABLE analyses (
    document_id TEXT PRIMARY KEY REFERENCES documents(id),
    generator TEXT NOT NULL,
    json TEXT NOT NULL                   -- quellenlage.analysis/1
  );

  CREATE TABLE entities (
    document_id TEXT NOT NULL REFERENCES documents(id),
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL,                   -- the same in every document and language
    mentions INTEGER NOT NULL,
    PRIMARY KEY (document_id, id)
  ) WITHOUT ROWID;
  CREATE INDEX entities_key ON entities(key);

  CREATE TABLE quantities (
    document_id TEXT NOT NULL REFERENCES documents(id),
    id TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    value REAL, low REAL, high REAL, qualifier TEXT NOT NULL, unit TEXT, unit_lemma TEXT,
    PRIMARY KEY (document_id, id)
  ) WITHOUT ROWID;

  CREATE TABLE times (
    document_id TEXT NOT NULL REFERENCES documents(id),
    id TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value TEXT,
    PRIMARY KEY (document_id, id)
  ) WITHOUT ROWID;

  CREATE TABLE claims (
    document_id TEXT NOT NULL REFERENCES documents(id),
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    stance TEXT NOT NULL,
    certainty TEXT,
    source_name TEXT,
    source_key TEXT,
    source_type TEXT,
    content TEXT NOT NULL,
    json TEXT NOT NULL,                  -- the claim as in quellenlage.analysis/1
    UNIQUE (document_id, id)
  );
  CREATE INDEX claims_source_key ON claims(source_key);

  -- Ledger records: one row per estimate and per denial, with the topic key its document gave it.
  CREATE TABLE estimates (
    document_id TEXT NOT NULL REFERENCES documents(id),
    quantity_id TEXT NOT NULL,
    topic_key TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (document_id, quantity_id)
  ) WITHOUT ROWID;
  CREATE INDEX estimates_topic ON estimates(topic_key);

  CREATE TABLE denials (
    document_id TEXT NOT NULL REFERENCES documents(id),
    claim_id TEXT NOT NULL,
    topic_key TEXT,
    json TEXT NOT NULL,
    PRIMARY KEY (document_id, claim_id)
  ) WITHOUT ROWID;

  CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
  CREATE VIRTUAL TABLE claims_fts USING fts5(content, source_name, content='claims', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
  `,
  // 2: what the ledger groups and sorts by, as columns beside each estimate and denial, so that the ledger of a
  // large store is SQL aggregates plus the few rows it shows, not a parse of every estimate.
  `
  ALTER TABLE estimates ADD COLUMN current INTEGER NOT NULL DEFAULT 1;   -- 0 once the document is superseded
  ALTER TABLE estimates ADD COLUMN published TEXT;
  ALTER TABLE estimates ADD COLUMN lang TEXT;
  ALTER TABLE estimates ADD COLUMN start INTEGER;
  ALTER TABLE estimates ADD COLUMN unit TEXT;
  ALTER TABLE estimates ADD COLUMN unit_lemma TEXT;
  ALTER TABLE estimates ADD COLUMN destination TEXT;
  ALTER TABLE estimates ADD COLUMN origin_name TEXT;
  ALTER TABLE estimates ADD COLUMN destination_name TEXT;
  ALTER TABLE estimates ADD COLUMN source_key TEXT;
  UPDATE estimates SET
    current = (SELECT d.superseded_by IS NULL FROM documents d WHERE d.id = estimates.document_id),
    published = (SELECT d.published FROM documents d WHERE d.id = estimates.document_id),
    lang = (SELECT d.lang FROM documents d WHERE d.id = estimates.document_id),
    start = json_extract(json, '$.span.start'),
    unit = json_extract(json, '$.unit'),
    unit_lemma = json_extract(json, '$.unitLemma'),
    destination = json_extract(json, '$.destination'),
    origin_name = json_extract(json, '$.names."' || json_extract(json, '$.origin') || '"'),
    destination_name = json_extract(json, '$.names."' || json_extract(json, '$.destination') || '"'),
    source_key = json_extract(json, '$.source.key');
  -- Covering indexes: the ledger's aggregates and its date-ordered pages read these, never the rows' JSON.
  CREATE INDEX estimates_ledger ON estimates(current, topic_key, published, document_id, start, lang);
  CREATE INDEX estimates_topic_parts ON estimates(current, topic_key, unit, unit_lemma, destination, origin_name, destination_name, published);
  CREATE INDEX estimates_source ON estimates(source_key, topic_key) WHERE current = 1;

  -- One row per document and topic key: the ledger's counts (estimates, documents, languages) without DISTINCT.
  CREATE TABLE topic_documents (
    topic_key TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id),
    current INTEGER NOT NULL DEFAULT 1,
    published TEXT,
    lang TEXT,
    estimates INTEGER NOT NULL,
    PRIMARY KEY (topic_key, document_id)
  ) WITHOUT ROWID;
  INSERT INTO topic_documents (topic_key, document_id, current, published, lang, estimates)
    SELECT topic_key, document_id, min(current), min(published), min(lang), count(*) FROM estimates GROUP BY topic_key, document_id;
  CREATE INDEX topic_documents_ledger ON topic_documents(current, topic_key, published, lang, estimates, document_id);

  ALTER TABLE denials ADD COLUMN current INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE denials ADD COLUMN published TEXT;
  UPDATE denials SET
    current = (SELECT d.superseded_by IS NULL FROM documents d WHERE d.id = denials.document_id),
    published = (SELECT d.published FROM documents d WHERE d.id = denials.document_id);
  CREATE INDEX denials_ledger ON denials(current, topic_key, published, document_id);
  `,
  // 3: each document's label parts per topic key (its most frequent unit, lemma, destination and names) beside
  // its counts, so that the ledger's topic summaries are one scan of one covering index.
  `
  ALTER TABLE topic_documents ADD COLUMN unit TEXT;
  ALTER TABLE topic_documents ADD COLUMN unit_lemma TEXT;
  ALTER TABLE topic_documents ADD COLUMN destination TEXT;
  ALTER TABLE topic_documents ADD COLUMN origin_name TEXT;
  ALTER TABLE topic_documents ADD COLUMN destination_name TEXT;
  UPDATE topic_documents SET
    unit = (SELECT e.unit FROM estimates e WHERE e.document_id = topic_documents.document_id AND e.topic_key = topic_documents.topic_key
            AND e.unit IS NOT NULL GROUP BY e.unit ORDER BY count(*) DESC, e.unit LIMIT 1),
    unit_lemma = (SELECT e.unit_lemma FROM estimates e WHERE e.document_id = topic_documents.document_id AND e.topic_key = topic_documents.topic_key
            AND e.unit_lemma IS NOT NULL GROUP BY e.unit_lemma ORDER BY count(*) DESC, e.unit_lemma LIMIT 1),
    destination = (SELECT e.destination FROM estimates e WHERE e.document_id = topic_documents.document_id AND e.topic_key = topic_documents.topic_key
            AND e.destination IS NOT NULL GROUP BY e.destination ORDER BY count(*) DESC, e.destination LIMIT 1),
    origin_name = (SELECT e.origin_name FROM estimates e WHERE e.document_id = topic_documents.document_id AND e.topic_key = topic_documents.topic_key
            AND e.origin_name IS NOT NULL GROUP BY e.origin_name ORDER BY count(*) DESC, e.origin_name LIMIT 1),
    destination_name = (SELECT e.destination_name FROM estimates e WHERE e.document_id = topic_documents.document_id AND e.topic_key = topic_documents.topic_key
            AND e.destination_name IS NOT NULL GROUP BY e.destination_name ORDER BY count(*) DESC, e.destination_name LIMIT 1);
  DROP INDEX estimates_topic_parts;
  CREATE INDEX topic_documents_summary ON topic_documents(current, topic_key, unit, unit_lemma, destination, origin_name, destination_name, lang, published, estimates);
  `,
  // 4 (stories, src/store/stories.ts): each document's story features and story, the stories' centroids, and the
  // document frequencies the clustering weighs features by.
  `
  CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    first TEXT,
    last TEXT,
    size INTEGER NOT NULL,
    title TEXT,
    centroid TEXT NOT NULL
  );
  CREATE INDEX stories_last ON stories(last);
  CREATE TABLE story_documents (
    document_id TEXT PRIMARY KEY REFERENCES documents(id),
    story_id INTEGER REFERENCES stories(id),
    score REAL,
    published TEXT,
    features TEXT NOT NULL
  );
  CREATE INDEX story_documents_story ON story_documents(story_id, published);
  CREATE TABLE story_df (feature TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
  -- How many estimates each story has per topic key, kept as documents are assigned, so that the list of
  -- stories costs the number of stories, not of estimates.
  -- The role or title a claim gives its source ("Landrätin"): an attribute of the source, not its name.
  ALTER TABLE claims ADD COLUMN source_role TEXT;
  CREATE TABLE story_topics (story_id INTEGER NOT NULL, topic_key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (story_id, topic_key)) WITHOUT ROWID;
  `,
  // 5 (stories, src/store/stories.ts): the read paths of \`stories\` and \`ledger --story\` go from a story's documents:
  // topic_documents by document (a story's topic summaries without a store-wide scan), and each story's languages
  // and outlets (URL hosts) counted as documents are assigned, like story_topics (the story list without a join per
  // document). A replaced version leaves its story: stories stored before this count only their current documents.
  `
  CREATE INDEX topic_documents_document ON topic_documents(document_id, current, topic_key, unit, unit_lemma, destination, origin_name, destination_name, lang, estimates);
  DELETE FROM story_documents WHERE document_id IN (SELECT id FROM documents WHERE superseded_by IS NOT NULL);
  UPDATE stories SET size = (SELECT count(*) FROM story_documents sd WHERE sd.story_id = stories.id);
  DELETE FROM story_topics;
  INSERT INTO story_topics (story_id, topic_key, n)
    SELECT sd.story_id, e.topic_key, count(*) FROM story_documents sd JOIN estimates e ON e.document_id = sd.document_id
    WHERE sd.story_id IS NOT NULL GROUP BY sd.story_id, e.topic_key;
  CREATE TABLE story_facets (story_id INTEGER NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (story_id, facet, value)) WITHOUT ROWID;
  INSERT INTO story_facets (story_id, facet, value, n)
    SELECT sd.story_id, 'lang', d.lang, count(*) FROM story_documents sd JOIN documents d ON d.id = sd.document_id
    WHERE sd.story_id IS NOT NULL GROUP BY sd.story_id, d.lang;
  INSERT INTO story_facets (story_id, facet, value, n)
    SELECT story_id, 'outlet', host, count(*) FROM (
      SELECT sd.story_id, CASE WHEN instr(r, '/') > 0 THEN substr(r, 1, instr(r, '/') - 1) ELSE r END AS host
      FROM (SELECT sd.story_id, substr(d.url, instr(d.url, '://') + 3) AS r FROM story_documents sd JOIN documents d ON d.id = sd.document_id
            WHERE sd.story_id IS NOT NULL AND d.url IS NOT NULL) sd)
    GROUP BY story_id, host;
  `,
  // 6 (src/store/aggregates.ts): per-source counts, names, types, roles and topics, and the ledger's topic-label
  // combinations, kept at write time, so that `sources` and `ledger` read aggregates instead of every claim.
  aggregateTables('TEXT') + fillAggregates(SQLITE_AGGREGATES),
];
