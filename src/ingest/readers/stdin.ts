/**
 * Standard input, sniffed. JSON Lines (a first line that is a JSON object on its own) are streamed line
 * by line; anything else is read whole, up to opts.maxBytes, and taken as a feed, a page, JSON or text.
 */
import { Readable } from 'node:stream';
import { decodeHtml } from '../charset.js';
import { decodeText } from '../decode.js';
import { readAll } from '../read.js';
import type { IngestItem, ReadOptions } from '../types.js';
import { STDIN, sniff } from './common.js';
import { documentsOf } from './decoded.js';
import { jsonLineDocuments } from './json.js';

export async function* stdinDocuments(stream: Readable, opts: ReadOptions): AsyncGenerator<IngestItem> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  // Read up to the end of the first non-blank line (or the size limit) to see what is coming.
  // Each chunk is looked at once (not the whole head again per chunk, which was quadratic on one long line).
  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  let seenText = false;
  for (;;) {
    const r = await chunks.next();
    if (r.done) {
      ended = true;
      break;
    }
    const chunk = Buffer.from(r.value);
    head.push(chunk);
    headBytes += chunk.length;
    const latin1 = chunk.toString('latin1');
    // A non-blank character and, after it, a line break: the first line is complete.
    if (headBytes > opts.maxBytes || (seenText && latin1.includes('\n')) || /\S[^\n]*\n/.test(latin1)) break;
    seenText ||= /\S/.test(latin1);
  }
  const replay = Readable.from(
    (async function* () {
      yield* head;
      if (!ended) for (let r = await chunks.next(); !r.done; r = await chunks.next()) yield Buffer.from(r.value);
    })(),
  );
  const start = Buffer.concat(head).toString('utf8').trimStart();
  const firstLine = start.split('\n', 1)[0]!;
  let jsonl = false;
  if (firstLine.startsWith('{')) {
    try {
      const v: unknown = JSON.parse(firstLine);
      jsonl = v !== null && typeof v === 'object' && !Array.isArray(v);
    } catch {
      jsonl = false; // A pretty-printed object, or not JSON: read it whole.
    }
  }
  if (jsonl) {
    yield* jsonLineDocuments(replay, STDIN, opts.maxBytes);
    return;
  }
  const bytes = await readAll(replay, opts.maxBytes, STDIN);
  // Markup (a page, a feed) is read in the charset it declares or a browser would detect; text is strict UTF-8.
  const text = /^\s*</.test(Buffer.from(bytes.subarray(0, 64)).toString('latin1').replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')) ? decodeHtml(bytes, null, STDIN).text : decodeText(bytes, STDIN);
  yield* documentsOf(sniff(text), text, STDIN, null, opts);
}
