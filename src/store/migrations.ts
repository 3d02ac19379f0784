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
];
