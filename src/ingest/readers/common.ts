/**
 * What every reader shares: the kinds of document an input can hold, how a file extension or a media type
 * names one, and the ok / failure items readers yield (a reader never throws for bad input).
 */
import { InputError } from '../decode.js';
import { describeFsError } from '../read.js';
import type { IncomingDocument, IngestItem } from '../types.js';

/** How a document's bytes are read. */
export type DocKind = 'text' | 'html' | 'json' | 'jsonl' | 'feed';

export const EXTENSION_KIND: Record<string, DocKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

export const STDIN = 'standard input';

export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);
export const fail = (origin: string, reason: string): IngestItem => ({ ok: false, failure: { origin, reason } });
export const ok = (doc: IncomingDocument): IngestItem => ({ ok: true, doc });

export const blankDoc = (origin: string, raw: string, rawType: IncomingDocument['rawType']): IncomingDocument => ({
  text: '',
  title: null,
  url: null,
  published: null,
  author: null,
  lang: null,
  raw,
  rawType,
  origin,
});

/** The failure for an error a reader expects (bad input, unreadable file); anything else is a bug and rethrown. */
export function failure(origin: string, err: unknown): IngestItem {
  if (err instanceof InputError) return fail(origin, err.message);
  if (typeof (err as NodeJS.ErrnoException | null)?.code === 'string' && err instanceof Error) {
    return fail(origin, `cannot read ${origin}: ${describeFsError(err)}`);
  }
  throw err;
}

/** The document `make` returns, or the failure it throws. */
export function attempt(origin: string, make: () => IncomingDocument): IngestItem {
  try {
    return ok(make());
  } catch (err) {
    return failure(origin, err);
  }
}

/** The kind of document a media type announces, or null when it is not one we read. */
export function kindOfContentType(type: string): DocKind | null {
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (/^application\/(?:x-)?(?:ndjson|jsonl|jsonlines|json-seq)$/.test(type)) return 'jsonl';
  if (/^(?:application|text)\/(?:[\w.-]+\+)?xml$/.test(type)) return 'feed';
  if (type === 'text/plain' || type === 'text/markdown') return 'text';
  return null;
}

/** Whether an XML text is an RSS, RDF or Atom feed rather than (X)HTML. */
export function looksLikeFeed(text: string): boolean {
  return /^(?:\s*<\?xml[^>]*>)?(?:\s*<!--[\s\S]*?-->|\s*<\?[^>]*>|\s*<!DOCTYPE[^>]*>)*\s*<(?:rss|feed|rdf:RDF)[\s>]/i.test(text);
}

/**
 * What an input without a name or a media type holds, from its first characters: markup is a feed or a
 * page, an opening brace or bracket followed by JSON is JSON, anything else is text.
 */
export function sniff(text: string): DocKind {
  const head = text.trimStart();
  if (head.startsWith('<')) return looksLikeFeed(head) ? 'feed' : 'html';
  if (/^\{\s*("|\})/.test(head) || /^\[\s*[{\]]/.test(head)) return 'json';
  return 'text';
}
