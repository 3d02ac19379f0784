/** One http(s) URL: fetched (fetch.ts: timeout, size cap, redirects), read by its media type or, without one, sniffed. */
import { InputError } from '../decode.js';
import { ACCEPT_HTML, decodeBody, fetchUrl } from '../fetch.js';
import type { IngestItem, ReadOptions } from '../types.js';
import { type DocKind, kindOfContentType, sniff } from './common.js';
import { documentsOf } from './decoded.js';

export async function* urlDocuments(url: string, opts: ReadOptions): AsyncGenerator<IngestItem> {
  const fetched = await fetchUrl(url, { ...opts.fetch, accept: ACCEPT_HTML });
  let kind: DocKind | null = kindOfContentType(fetched.contentType);
  if (kind === null && fetched.contentType !== '') throw new InputError(`unsupported content type ${fetched.contentType} from ${fetched.finalUrl}`);
  const text = decodeBody(fetched);
  kind ??= sniff(text);
  yield* documentsOf(kind, text, url, fetched.finalUrl, opts);
}
