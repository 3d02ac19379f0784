/**
 * One file, read by its extension (.txt .text: text; .html .htm .xhtml: a page; .json: one record or an array;
 * .jsonl .ndjson: one record per line, streamed; .xml .rss .atom: a feed); any other extension is text.
 */
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { decodeHtml } from '../charset.js';
import { readDocumentInput } from '../read.js';
import type { IngestItem, ReadOptions } from '../types.js';
import { EXTENSION_KIND } from './common.js';
import { documentsOf } from './decoded.js';
import { jsonLineDocuments } from './json.js';

export async function* fileDocuments(path: string, opts: ReadOptions): AsyncGenerator<IngestItem> {
  const kind = EXTENSION_KIND[extname(path).toLowerCase()] ?? 'text';
  if (kind === 'jsonl') {
    // Streamed line by line: a JSON Lines file may hold far more than one document's worth of bytes.
    yield* jsonLineDocuments(createReadStream(path), path, opts.maxBytes);
    return;
  }
  const decode = kind === 'html' ? (b: Uint8Array, what: string) => decodeHtml(b, null, what).text : undefined;
  yield* documentsOf(kind, await readDocumentInput(path, opts.maxBytes, decode), path, null, opts);
}
