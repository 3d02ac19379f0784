/**
 * The PostgreSQL schema as numbered migrations (the SQLite store's tables after its migrations 1–4, in one step,
 * plus the job queue of src/queue/). A database records the last one applied in `quellenlage_schema`; a writer
 * applies the missing ones under an advisory lock, so two processes that start at once never both migrate.
 * Never edit a migration that has shipped: add the next one.
 *
 * Columns that are sorted on (ids, dates, topic keys) are COLLATE "C", so that the order is the SQLite store's
 * (byte order) whatever the database's locale. Full text: `fts` is a tsvector made with the configuration of the
 * document's language (german, english, else simple) over the unaccented text.
 */
import { aggregateTables, fillAggregates, PG_AGGREGATES } from '../aggregates.js';

export const PG_MIGRATIONS: readonly string[] = [
  `
  CREATE EXTENSION IF NOT EXISTS unaccent;

  CREATE TABLE documents (
    seq bigserial UNIQUE,
    id text COLLATE "C" PRIMARY KEY,
    url text,
    title text,
    author text,
    published text COLLATE "C",
    lang text NOT NULL,
    text text NOT NULL,
    raw text NOT NULL,
    raw_type text NOT NULL,
    origin text NOT NULL,
    previous_version text REFERENCES documents(id),
    superseded_by text REFERENCES documents(id),
    ingested_at text NOT NULL,
    fts tsvector NOT NULL
  );
  CREATE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
  CREATE INDEX documents_published ON documents(published);
  CREATE INDEX documents_fts ON documents USING gin(fts);

  CREATE TABLE analyses (document_id text COLLATE "C" PRIMARY KEY REFERENCES documents(id), generator text NOT NULL, json text NOT NULL);

  CREATE TABLE entities (
    document_id text COLLATE "C" NOT NULL REFERENCES documents(id), id text COLLATE "C" NOT NULL,
    type text NOT NULL, name text NOT NULL, key text NOT NULL, mentions integer NOT NULL,
    PRIMARY KEY (document_id, id)
  );
  CREATE INDEX entities_key ON entities(key);

  CREATE TABLE quantities (
    document_id text COLLATE "C" NOT NULL REFERENCES documents(id), id text COLLATE "C" NOT NULL,
    start integer NOT NULL, "end" integer NOT NULL, text text NOT NULL,
    value double precision, low double precision, high double precision, qualifier text NOT NULL, unit text, unit_lemma text,
    PRIMARY KEY (document_id, id)
  );

  CREATE TABLE times (
    document_id text COLLATE "C" NOT NULL REFERENCES documents(id), id text COLLATE "C" NOT NULL,
    start integer NOT NULL, "end" integer NOT NULL, text text NOT NULL, value text,
    PRIMARY KEY (document_id, id)
  );

  CREATE TABLE claims (
    seq bigserial PRIMARY KEY,
    document_id text COLLATE "C" NOT NULL REFERENCES documents(id), id text COLLATE "C" NOT NULL,
    kind text NOT NULL, stance text NOT NULL, certainty text,
    source_name text, source_key text COLLATE "C", source_type text, source_role text,
    content text NOT NULL, json text NOT NULL, fts tsvector NOT NULL,
    UNIQUE (document_id, id)
  );
  CREATE INDEX claims_source_key ON claims(source_key);
  CREATE INDEX claims_fts ON claims USING gin(fts);

  -- Ledger records, with what the ledger groups and sorts by beside each (as SQLite's migrations 2 and 3).
  CREATE TABLE estimates (
    document_id text COLLATE "C" NOT NULL REFERENCES documents(id), quantity_id text COLLATE "C" NOT NULL,
    topic_key text COLLATE "C" NOT NULL, json text NOT NULL, current boolean NOT NULL DEFAULT true,
    published text COLLATE "C", lang text, start integer, unit text, unit_lemma text, destination text,
    origin_name text, destination_name text, source_key text COLLATE "C",
    PRIMARY KEY (document_id, quantity_id)
  );
  CREATE INDEX estimates_ledger ON estimates(topic_key, published, document_id, start) WHERE current;
  CREATE INDEX estimates_source ON estimates(source_key, topic_key) WHERE current AND source_key IS NOT NULL;

  CREATE TABLE topic_documents (
    topic_key text COLLATE "C" NOT NULL, document_id text COLLATE "C" NOT NULL REFERENCES documents(id),
    current boolean NOT NULL DEFAULT true, published text COLLATE "C", lang text, estimates integer NOT NULL,
    unit text, unit_lemma text, destination text, origin_name text, destination_name text,
    PRIMARY KEY (topic_key, document_id)
  );
  CREATE INDEX topic_documents_document ON topic_documents(document_id);
  CREATE INDEX topic_documents_summary ON topic_documents(topic_key, unit, unit_lemma, destination, origin_name, destination_name, lang, published, estimates) WHERE current;

  CREATE TABLE denials (
    document_id text COLLATE "C" NOT NULL REFERENCES documents(id), claim_id text COLLATE "C" NOT NULL,
    topic_key text COLLATE "C", json text NOT NULL, current boolean NOT NULL DEFAULT true, published text COLLATE "C",
    PRIMARY KEY (document_id, claim_id)
  );
  CREATE INDEX denials_ledger ON denials(topic_key, published, document_id) WHERE current;

  -- Stories (src/store/postgres/stories.ts).
  CREATE TABLE stories (id integer PRIMARY KEY, first text COLLATE "C", last text COLLATE "C", size integer NOT NULL, title text, centroid text NOT NULL);
  CREATE INDEX stories_last ON stories(last);
  CREATE TABLE story_documents (
    document_id text COLLATE "C" PRIMARY KEY REFERENCES documents(id),
    story_id integer, score double precision, published text COLLATE "C", features text NOT NULL
  );
  CREATE INDEX story_documents_story ON story_documents(story_id, published);
  CREATE INDEX story_documents_pending ON story_documents(published, document_id) WHERE story_id IS NULL;
  CREATE TABLE story_df (feature text PRIMARY KEY, n integer NOT NULL);
  CREATE TABLE story_topics (story_id integer NOT NULL, topic_key text COLLATE "C" NOT NULL, n integer NOT NULL, PRIMARY KEY (story_id, topic_key));

  -- The job queue (src/queue/): one row per document or feed to ingest.
  CREATE TABLE jobs (
    id bigserial PRIMARY KEY,
    kind text NOT NULL,                    -- 'document' (payload: an IncomingDocument) or 'feed' (payload: { url })
    payload jsonb NOT NULL,
    dedup text UNIQUE,                     -- URL / GUID / hash: the same item is queued once
    state text NOT NULL DEFAULT 'queued',  -- queued | running | done | parked
    attempts integer NOT NULL DEFAULT 0,
    run_after timestamptz NOT NULL DEFAULT now(),
    leased_until timestamptz,
    worker text,
    error text,
    result text,
    created_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
  );
  CREATE INDEX jobs_ready ON jobs(run_after, id) WHERE state = 'queued';
  CREATE INDEX jobs_leased ON jobs(leased_until) WHERE state = 'running';
  `,
  // 2 (src/store/aggregates.ts, as SQLite's 6): per-source counts, names, types, roles and topics, and the
  // ledger's topic-label combinations, kept at write time. And each story's languages and outlets (URL hosts),
  // counted as documents are assigned (SQLite's story_facets of migration 5): the story list reads them instead
  // of joining every document of every story.
  aggregateTables('text COLLATE "C"') +
    fillAggregates(PG_AGGREGATES) +
    `
  CREATE TABLE story_facets (story_id integer NOT NULL, facet text NOT NULL, value text COLLATE "C" NOT NULL, n integer NOT NULL, PRIMARY KEY (story_id, facet, value));
  INSERT INTO story_facets (story_id, facet, value, n)
    SELECT sd.story_id, 'lang', d.lang, count(*) FROM story_documents sd JOIN documents d ON d.id = sd.document_id
    WHERE sd.story_id IS NOT NULL GROUP BY sd.story_id, d.lang;
  INSERT INTO story_facets (story_id, facet, value, n)
    SELECT sd.story_id, 'outlet', split_part(substr(d.url, strpos(d.url, '://') + 3), '/', 1), count(*) FROM story_documents sd JOIN documents d ON d.id = sd.document_id
    WHERE sd.story_id IS NOT NULL AND d.url IS NOT NULL GROUP BY 1, 3;`,
];
