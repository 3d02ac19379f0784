/** The documents of one decoded input whose kind is known (from a file's extension, a media type, or sniffing). */
import { Readable } from 'node:stream';
import type { IngestItem, ReadOptions } from '../types.js';
import { type DocKind, attempt, ok } from './common.js';
import { feedDocuments } from './feed.js';
import { jsonDocuments, jsonLineDocuments } from './json.js';
import { htmlDocument, textDocument } from './text.js';

export async function* documentsOf(kind: DocKind, text: string, origin: string, url: string | null, opts: ReadOptions): AsyncGenerator<IngestItem> {
  switch (kind) {
    case 'text':
      yield ok(textDocument(text, origin, url));
      return;
    case 'html':
      yield attempt(origin, () => htmlDocument(text, origin, url));
      return;
    case 'json':
      // One pretty-printed object, an array, or JSON Lines that happen to have arrived in one piece.
      if (!/^\s*\{[^\n]*\}\s*\n\s*\{/.test(text)) {
        yield* jsonDocuments(text, origin);
        return;
      }
      yield* jsonLineDocuments(Readable.from([Buffer.from(text, 'utf8')]), origin, opts.maxBytes);
      return;
    case 'jsonl':
      yield* jsonLineDocuments(Readable.from([Buffer.from(text, 'utf8')]), origin, opts.maxBytes);
      return;
    case 'feed':
      yield* feedDocuments(text, url ?? origin, opts);
      return;
  }
}
