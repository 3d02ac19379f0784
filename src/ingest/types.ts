/**
 * What the ingest readers hand to the store: one incoming document with its metadata and its raw form,
 * or one failure with a reason. Readers never throw for a bad document; they yield a failure and go on.
 */
export interface IncomingDocument {
  /** Plain text to analyse (the article's main text; for HTML, the extracted text with the title first). */
  text: string;
  title: string | null;
  url: string | null;
  /** ISO 8601 date or date-time, when the input says so. */
  published: string | null;
  author: string | null;
  /** ISO 639-1 code when the input says so (html lang, JSON "lang"); null = detect. */
  lang: string | null;
  /** The site's name, when a page says so (og:site_name, JSON-LD publisher). */
  siteName?: string | null;
  /** The raw input as received (HTML page, JSON record, text), kept by the store. */
  raw: string;
  rawType: 'text' | 'html' | 'json' | 'feed-item';
  /** Where it came from, for messages: a path, "path:line", "path[3]", a URL, "standard input". */
  origin: string;
}

export interface IngestFailure {
  origin: string;
  /** One line, no stack trace. */
  reason: string;
}

export type IngestItem = { ok: true; doc: IncomingDocument } | { ok: false; failure: IngestFailure };

/** One unit of input: a file, a URL, a feed, or standard input. One unit may yield many documents. */
export type InputSource =
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'feed'; location: string }
  | { kind: 'stdin' };

export interface FetchOptions {
  /** Per request, milliseconds. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export interface ReadOptions {
  /** Largest document (file, page, record) accepted, in bytes. */
  maxBytes: number;
  fetch: FetchOptions;
}
