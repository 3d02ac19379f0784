/**
 * Fetches one URL over HTTP(S) with the limits an unattended batch run needs: redirects followed by hand
 * (counted, and only to http/https), a timeout per request that also covers reading the body, a size cap
 * checked against Content-Length and again while the body streams in. Every failure is an InputError
 * with a one-line message naming the URL.
 */
import { STATUS_CODES } from 'node:http';
import { VERSION } from '../version.js';
import { decodeHtml, encodingOf } from './charset.js';
import { InputError, decodeText } from './decode.js';
import { formatBytes } from './read.js';
import type { FetchOptions } from './types.js';

export interface FetchedResource {
  body: Buffer;
  /** The media type without parameters, lower case ("text/html"); "" when the server sent none. */
  contentType: string;
  /** The URL after redirects. */
  finalUrl: string;
  /** The charset from Content-Type, or for HTML and XML from the document's own declaration; lower case. */
  charset: string | null;
}

export const USER_AGENT = `quellenlage/${VERSION}`;

/** Accept headers for the two kinds of request the readers make. */
export const ACCEPT_HTML = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';
export const ACCEPT_FEED = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Seconds for messages: 300 → "0.3", 10000 → "10". */
const seconds = (ms: number): string => String(Number((ms / 1000).toFixed(2)));

/** Parses a URL and insists on http or https; `original` is the URL the caller asked for, for messages. */
function httpUrl(url: string, original: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(url === original ? `not a valid URL: ${url}` : `${original} redirects to an invalid URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InputError(
      url === original
        ? `only http and https URLs can be fetched, not ${url}`
        : `${original} redirects to ${url}, which is not an http or https URL`,
    );
  }
  return parsed;
}

/** One line saying why fetch() failed; fetch wraps network errors as TypeError('fetch failed', { cause }). */
function networkError(err: unknown, url: URL, timeoutMs: number, signal: AbortSignal): InputError {
  if (err instanceof InputError) return err;
  if (signal.aborted || (err as Error | undefined)?.name === 'TimeoutError') {
    return new InputError(`timed out after ${seconds(timeoutMs)} s fetching ${url.href}`);
  }
  const cause = ((err as { cause?: unknown }).cause ?? err) as NodeJS.ErrnoException & { errors?: NodeJS.ErrnoException[] };
  // Node reports a host with several addresses that all refuse as an AggregateError carrying the code.
  const code = cause.code ?? cause.errors?.[0]?.code;
  let reason: string;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      reason = `host ${url.hostname} not found`;
      break;
    case 'ECONNREFUSED':
      reason = 'connection refused';
      break;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      reason = 'the server closed the connection';
      break;
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      reason = 'connection timed out';
      break;
    default:
      reason = cause.message || (err as Error).message || String(err);
  }
  return new InputError(`cannot fetch ${url.href}: ${reason.split('\n')[0]}`);
}

function overLimit(url: string, maxBytes: number, size: number | null): InputError {
  const how = size === null ? 'is over' : `is ${formatBytes(size)}, over`;
  return new InputError(`${url} ${how} the ${formatBytes(maxBytes)} size limit for one download`);
}

/** Lets the connection go without reading a body we do not want. */
async function discard(res: Response): Promise<void> {
  try {
    await res.body?.cancel();
  } catch {
    // Nothing to clean up beyond what cancel already did.
  }
}

async function readBody(res: Response, url: URL, opts: FetchOptions, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > opts.maxBytes) {
    await discard(res);
    throw overLimit(url.href, opts.maxBytes, declared);
  }
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > opts.maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw overLimit(url.href, opts.maxBytes, null);
      }
      chunks.push(value);
    }
  } catch (err) {
    throw networkError(err, url, opts.timeoutMs, signal);
  }
  return Buffer.concat(chunks, total);
}

/** The charset a document declares in its first bytes: <meta charset>, http-equiv, or <?xml encoding?>. */
function declaredCharset(body: Buffer): string | null {
  const head = body.subarray(0, 1024).toString('latin1');
  const m =
    /<meta\s[^>]*charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml\s[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function parseContentType(header: string | null): { type: string; charset: string | null } {
  if (!header) return { type: '', charset: null };
  const [type = '', ...params] = header.split(';');
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) charset = m[1]!.toLowerCase();
  }
  return { type: type.trim().toLowerCase(), charset };
}

/**
 * Fetches a URL and returns its body, following up to opts.maxRedirects redirects. Throws InputError for
 * invalid or non-http(s) URLs, network errors, timeouts (opts.timeoutMs per request, body included),
 * HTTP errors, too many redirects and bodies over opts.maxBytes.
 */
export async function fetchUrl(url: string, opts: FetchOptions & { accept?: string }): Promise<FetchedResource> {
  let current = httpUrl(url, url);
  for (let redirects = 0; ; redirects++) {
    const signal = AbortSignal.timeout(opts.timeoutMs);
    let res: Response;
    try {
      res = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': USER_AGENT, accept: opts.accept ?? '*/*' },
      });
    } catch (err) {
      throw networkError(err, current, opts.timeoutMs, signal);
    }
    if (REDIRECT_STATUSES.has(res.status)) {
      await discard(res);
      const location = res.headers.get('location');
      if (!location) throw new InputError(`HTTP ${res.status} from ${current.href} redirects without a Location header`);
      if (redirects >= opts.maxRedirects) {
        throw new InputError(`too many redirects (more than ${opts.maxRedirects}) fetching ${url}`);
      }
      let next: string;
      try {
        next = new URL(location, current).href;
      } catch {
        next = location;
      }
      current = httpUrl(next, url);
      continue;
    }
    if (res.status < 200 || res.status >= 300) {
      await discard(res);
      const text = res.statusText || STATUS_CODES[res.status] || '';
      throw new InputError(`HTTP ${res.status}${text ? ` ${text}` : ''} from ${current.href}`);
    }
    const { type, charset } = parseContentType(res.headers.get('content-type'));
    const body = await readBody(res, current, opts, signal);
    const sniffable = type === '' || type.includes('html') || type.includes('xml');
    return { body, contentType: type, finalUrl: current.href, charset: charset ?? (sniffable ? declaredCharset(body) : null) };
  }
}

/**
 * A fetched body as text: an HTML or XML body (or one without a media type) in the encoding its header,
 * byte order mark or <meta> declares, else as detected (charset.ts); any other body in the non-UTF-8
 * charset its header declares, else through decodeText (strict UTF-8), with its one-line reasons for
 * empty, binary and invalid bodies.
 */
export function decodeBody(res: FetchedResource): string {
  const markup = res.contentType === '' || res.contentType.includes('html') || res.contentType.includes('xml');
  const declared = res.charset ? encodingOf(res.charset) : null;
  if (markup || (declared !== null && declared !== 'utf-8')) return decodeHtml(res.body, res.charset, res.finalUrl).text;
  return decodeText(res.body, res.finalUrl);
}
