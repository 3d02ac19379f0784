/**
 * Input sources → documents. listSources turns what the user named (paths, directories, URLs, "-", feed
 * locations) into InputSources; readSource yields the documents of one source, or a failure per document
 * that cannot be read, and never throws for bad input.
 */
import type { Dirent } from 'node:fs';
import { createReadStream, existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { parseFeed } from '@rowanmanning/feed-parser';
import { decodeHtml } from './charset.js';
import { InputError, checkText, decodeText } from './decode.js';
import { ACCEPT_FEED, ACCEPT_HTML, decodeBody, fetchUrl } from './fetch.js';
import { extractHtml, htmlFragmentText, withTitle } from './html.js';
import { cleanString, normalizeAuthor, normalizeDate, normalizeLang } from './meta.js';
import { describeFsError, formatBytes, readAll, readDocumentInput, readLines } from './read.js';
import type { IncomingDocument, IngestFailure, IngestItem, InputSource, ReadOptions } from './types.js';
import { fileNameDate, recordLang, recordPublished, schemeProblem } from './validate.js';

/** How a document's bytes are read. */
type DocKind = 'text' | 'html' | 'json' | 'jsonl' | 'feed';

const EXTENSION_KIND: Record<string, DocKind> = {
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

/** The file extensions a directory walk picks up. */
export const SOURCE_EXTENSIONS: readonly string[] = Object.keys(EXTENSION_KIND);

const STDIN = 'standard input';

/** Feed items whose content has at least this many characters of text are taken as the full article. */
export const FULL_TEXT_MIN_CHARS = 500;

/** Pages fetched at once for the items of one feed. */
const FEED_CONCURRENCY = 4;

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);
const fail = (origin: string, reason: string): IngestItem => ({ ok: false, failure: { origin, reason } });
const ok = (doc: IncomingDocument): IngestItem => ({ ok: true, doc });

// ---------------------------------------------------------------------------------------------------------
// Listing sources

async function walk(dir: string, sources: InputSource[], failures: IngestFailure[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    failures.push({ origin: dir, reason: `cannot read ${dir}: ${describeFsError(err)}` });
    return;
  }
  // Code-unit order, not the locale's, so that every machine walks the same way.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, sources, failures);
    else if (EXTENSION_KIND[extname(entry.name).toLowerCase()] === undefined) continue;
    else if (entry.isFile()) sources.push({ kind: 'file', path });
    else if (entry.isSymbolicLink()) {
      // Linked files are read; linked directories are not followed, which keeps the walk free of cycles.
      const st = await stat(path).catch(() => null);
      if (st?.isFile()) sources.push({ kind: 'file', path });
    }
  }
}

/**
 * Turns command-line inputs into sources: a path (a file, or a directory walked recursively in sorted
 * order for files with SOURCE_EXTENSIONS, hidden entries skipped), an http(s) URL, or "-" for standard
 * input; and each of opts.feeds (a URL or a file) into a feed source. Paths that do not exist, empty
 * directories and the like become failures; a file named twice is listed once.
 */
export async function listSources(
  inputs: string[],
  opts: { feeds?: string[] },
): Promise<{ sources: InputSource[]; failures: IngestFailure[] }> {
  const sources: InputSource[] = [];
  const failures: IngestFailure[] = [];
  let stdin = false;

  for (const input of inputs) {
    if (input === '-') {
      if (stdin) failures.push({ origin: STDIN, reason: '"-" (standard input) is given more than once' });
      else sources.push({ kind: 'stdin' });
      stdin = true;
      continue;
    }
    if (isUrl(input)) {
      sources.push({ kind: 'url', url: input });
      continue;
    }
    const scheme = existsSync(input) ? null : schemeProblem(input);
    if (scheme) {
      failures.push({ origin: input, reason: `${input}: ${scheme}` });
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch (err) {
      failures.push({ origin: input, reason: `cannot read ${input}: ${describeFsError(err)}` });
      continue;
    }
    if (!isDir) {
      // A file named on its own is read whatever its extension (as text when the extension says nothing).
      sources.push({ kind: 'file', path: input });
      continue;
    }
    const before = sources.length;
    await walk(input, sources, failures);
    if (sources.length === before) {
      failures.push({ origin: input, reason: `${input} holds no files to read (looked for ${SOURCE_EXTENSIONS.join(' ')})` });
    }
  }

  for (const location of opts.feeds ?? []) {
    if (isUrl(location)) {
      sources.push({ kind: 'feed', location });
      continue;
    }
    const scheme = existsSync(location) ? null : schemeProblem(location);
    if (scheme) {
      failures.push({ origin: location, reason: `${location}: ${scheme}` });
      continue;
    }
    try {
      if ((await stat(location)).isDirectory()) {
        failures.push({ origin: location, reason: `${location} is a directory; a feed is a URL or an RSS or Atom file` });
        continue;
      }
    } catch (err) {
      failures.push({ origin: location, reason: `cannot read ${location}: ${describeFsError(err)}` });
      continue;
    }
    sources.push({ kind: 'feed', location });
  }

  // The same file reached twice (named, and inside a named directory) is read once.
  const seen = new Set<string>();
  const unique = sources.filter((s) => {
    const key = s.kind === 'file' ? `file:${resolve(s.path)}` : s.kind === 'url' ? `url:${s.url}` : s.kind === 'feed' ? `feed:${s.location}` : 'stdin';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { sources: unique, failures };
}

// ---------------------------------------------------------------------------------------------------------
// Documents from text, HTML and JSON

const blankDoc = (origin: string, raw: string, rawType: IncomingDocument['rawType']): IncomingDocument => ({
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

/**
 * A plain-text document's title: its first line, when that line is short, is followed by more text and
 * does not read as the start of the body (no closing full stop, comma or colon). A Markdown heading's
 * "#" marks are dropped. The text itself stays whole.
 */
export function textTitle(text: string): string | null {
  const m = /^\s*([^\n]*)\n([\s\S]*)$/.exec(text);
  if (!m || m[2]!.trim() === '') return null;
  const line = m[1]!.replace(/^#{1,6}\s+/, '').trim();
  if (line.length < 2 || line.length > 150 || /[.,;:]$/.test(line) || !/\p{L}/u.test(line)) return null;
  return line;
}

function textDocument(text: string, origin: string, url: string | null = null): IncomingDocument {
  return { ...blankDoc(origin, text, 'text'), text, title: textTitle(text), url, published: url ? null : fileNameDate(origin) };
}

export { fileNameDate };

function htmlDocument(html: string, origin: string, url: string | null): IncomingDocument {
  const page = extractHtml(html, url);
  const { text, title, author, published, lang, siteName } = page;
  return { ...blankDoc(origin, html, 'html'), text, title, author, published, lang, siteName, url: page.url };
}

/** JSON.parse with a one-line InputError. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(`not valid JSON (${(err as Error).message})`);
  }
}

const TEXT_FIELDS = ['text', 'content', 'body', 'articleBody'] as const;

/** The first of a record's fields that is present, checked to be a string. */
function stringField(rec: Record<string, unknown>, names: readonly string[]): { name: string; value: string } | null {
  for (const name of names) {
    const value = rec[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new InputError(`"${name}" must be a string, not ${Array.isArray(value) ? 'an array' : typeof value}`);
    return { name, value };
  }
  return null;
}

/**
 * One JSON record → document: text from "text", "content", "body" or "articleBody", or else from "html"
 * (extracted like a page); metadata from the usual field names, where the record gives none, from the HTML.
 */
function recordDocument(value: unknown, origin: string, raw: string): IncomingDocument {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(`expected a JSON object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
  }
  const rec = value as Record<string, unknown>;
  const url = cleanString(rec['url']) ?? cleanString(rec['link']);
  const textField = stringField(rec, TEXT_FIELDS);
  const htmlField = textField ? null : stringField(rec, ['html']);
  let page: ReturnType<typeof extractHtml> | null = null;
  let text: string;
  if (textField) text = checkText(textField.value, `"${textField.name}"`);
  else if (htmlField) {
    page = extractHtml(checkText(htmlField.value, '"html"'), url);
    text = page.text;
  } else {
    throw new InputError(`no text: the record has none of the fields ${[...TEXT_FIELDS, 'html'].map((f) => `"${f}"`).join(', ')}`);
  }
  const date = recordPublished(['published', 'date', 'datePublished', 'pubDate'].map((k) => rec[k]).find((v) => v !== undefined && v !== null));
  const lang = recordLang(rec['lang'] ?? rec['language']);
  // The same rules and words as analyze --jsonl (validate.ts).
  const problem = date.problem ?? lang.problem;
  if (problem) throw new InputError(problem);
  return {
    ...blankDoc(origin, raw, 'json'),
    text,
    title: cleanString(rec['title']) ?? cleanString(rec['headline']) ?? page?.title ?? null,
    url: url ?? page?.url ?? null,
    published: date.published ?? page?.published ?? null,
    author: normalizeAuthor(rec['author']) ?? page?.author ?? null,
    lang: lang.lang ?? page?.lang ?? null,
  };
}

/** A JSON document: one record, or an array of records ("origin[i]", counted from 0). */
function* jsonDocuments(text: string, origin: string): Generator<IngestItem> {
  let value: unknown;
  try {
    value = parseJson(text);
  } catch (err) {
    yield failure(origin, err);
    return;
  }
  if (!Array.isArray(value)) {
    yield attempt(origin, () => recordDocument(value, origin, text));
    return;
  }
  if (value.length === 0) yield fail(origin, 'the JSON array is empty');
  for (const [i, element] of value.entries()) {
    const at = `${origin}[${i}]`;
    yield attempt(at, () => recordDocument(element, at, JSON.stringify(element)));
  }
}

/** JSON Lines: one record per line ("origin:LINE"); blank lines are skipped, a bad line is one failure. */
async function* jsonLineDocuments(stream: Readable, origin: string, maxBytes: number): AsyncGenerator<IngestItem> {
  for await (const line of readLines(stream, maxBytes)) {
    const at = `${origin}:${line.lineNo}`;
    if (line.bytes === null) {
      yield fail(at, `the line is ${formatBytes(line.length)}, over the ${formatBytes(maxBytes)} limit for one document`);
      continue;
    }
    if (line.bytes.every((b) => b === 0x20 || b === 0x09)) continue;
    const bytes = line.bytes;
    yield attempt(at, () => {
      const raw = decodeText(bytes, 'the line');
      return recordDocument(parseJson(raw), at, raw);
    });
  }
}

/** The failure for an error a reader expects (bad input, unreadable file); anything else is a bug and rethrown. */
function failure(origin: string, err: unknown): IngestItem {
  if (err instanceof InputError) return fail(origin, err.message);
  if (typeof (err as NodeJS.ErrnoException | null)?.code === 'string' && err instanceof Error) {
    return fail(origin, `cannot read ${origin}: ${describeFsError(err)}`);
  }
  throw err;
}

function attempt(origin: string, make: () => IncomingDocument): IngestItem {
  try {
    return ok(make());
  } catch (err) {
    return failure(origin, err);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Feeds

/** Whether an XML text is an RSS, RDF or Atom feed rather than (X)HTML. */
function looksLikeFeed(text: string): boolean {
  return /^(?:\s*<\?xml[^>]*>)?(?:\s*<!--[\s\S]*?-->|\s*<\?[^>]*>|\s*<!DOCTYPE[^>]*>)*\s*<(?:rss|feed|rdf:RDF)[\s>]/i.test(text);
}

interface ParsedFeedItem {
  title: string | null;
  url: string | null;
  published: string | null;
  author: string | null;
  content: string | null;
}

function parseFeedItems(xml: string, base: string | null): { items: ParsedFeedItem[]; lang: string | null } {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (err) {
    const why = (err as { code?: string }).code === 'INVALID_FEED' ? 'no RSS or Atom feed found' : (err as Error).message.split('\n')[0];
    throw new InputError(`not a readable feed (${why})`);
  }
  const items = feed.items.map((item) => {
    let url = item.url;
    // The parser resolves links against the feed's own link; resolve what is still relative against
    // the address the feed was fetched from.
    if (url && base && !isUrl(url)) {
      try {
        url = new URL(url, base).href;
      } catch {
        // Keep the link as it is; fetching it will say what is wrong.
      }
    }
    return {
      title: cleanString(item.title),
      url,
      published: normalizeDate(item.published ?? item.updated),
      author: normalizeAuthor(item.authors),
      content: item.content ?? item.description,
    };
  });
  return { items, lang: normalizeLang(feed.language) };
}

/** Runs fn over items with at most `limit` running at once, yielding the results in the items' order. */
async function* inOrder<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): AsyncGenerator<R> {
  const running: Promise<R>[] = [];
  let next = 0;
  const launch = (): void => {
    while (next < items.length && running.length < limit) {
      const i = next++;
      running.push(fn(items[i]!, i));
    }
  };
  launch();
  while (running.length > 0) {
    const result = await running.shift()!;
    launch();
    yield result;
  }
}

/**
 * One feed item → document. Content with at least FULL_TEXT_MIN_CHARS characters of text is the article;
 * otherwise the item's link is fetched and the page extracted, the item's metadata filling what the page
 * lacks. Never rejects: a failing item is a failure.
 */
async function feedItemDocument(item: ParsedFeedItem, origin: string, feedLang: string | null, opts: ReadOptions): Promise<IngestItem> {
  try {
    const content = item.content ?? '';
    const full = /<html[\s>]/i.test(content) ? null : htmlFragmentText(content);
    if (full !== null && full.length >= FULL_TEXT_MIN_CHARS) {
      checkText(full, origin);
      return ok({
        ...blankDoc(origin, content, 'feed-item'),
        text: withTitle(item.title, full),
        title: item.title,
        url: item.url,
        published: item.published,
        author: item.author,
        lang: feedLang,
      });
    }
    if (full === null && content.length > 0 && !item.url) {
      // A whole HTML page as the item's content, and no link to fetch instead.
      const page = htmlDocument(content, origin, null);
      return ok({
        ...page,
        rawType: 'feed-item',
        title: page.title ?? item.title,
        published: page.published ?? item.published,
        author: page.author ?? item.author,
        lang: page.lang ?? feedLang,
      });
    }
    if (!item.url) {
      throw new InputError(
        full ? `the item's text is short (${full.length} characters) and it has no link to the full article` : 'the item has neither text nor a link',
      );
    }
    if (!isUrl(item.url)) {
      const scheme = schemeProblem(item.url);
      throw new InputError(
        scheme ? `the item's text is short and its link ${item.url} is not followed: ${scheme}` : `the item's text is short and its link ${item.url} is relative, with no feed address to resolve it against`,
      );
    }
    const fetched = await fetchUrl(item.url, { ...opts.fetch, accept: ACCEPT_HTML });
    // An article link should lead to a page; one sent without a content type is taken as one.
    if (fetched.contentType !== '' && kindOfContentType(fetched.contentType) !== 'html') {
      throw new InputError(`unsupported content type ${fetched.contentType} from ${fetched.finalUrl} (expected an HTML page)`);
    }
    const html = decodeBody(fetched);
    const page = extractHtml(html, fetched.finalUrl);
    const title = page.title ?? item.title;
    return ok({
      ...blankDoc(origin, html, 'html'),
      text: page.title ? page.text : withTitle(title, page.text),
      title,
      url: page.url ?? item.url,
      published: page.published ?? item.published,
      author: page.author ?? item.author,
      lang: page.lang ?? feedLang,
    });
  } catch (err) {
    return failure(origin, err);
  }
}

async function* feedDocuments(xml: string, location: string, opts: ReadOptions): AsyncGenerator<IngestItem> {
  const { items, lang } = parseFeedItems(xml, isUrl(location) ? location : null);
  if (items.length === 0) {
    yield fail(location, 'the feed has no items');
    return;
  }
  yield* inOrder(items, FEED_CONCURRENCY, (item, i) => feedItemDocument(item, item.url ?? `${location}[${i}]`, lang, opts));
}

// ---------------------------------------------------------------------------------------------------------
// Reading one source

/** The kind of document a media type announces, or null when it is not one we read. */
function kindOfContentType(type: string): DocKind | null {
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (/^application\/(?:x-)?(?:ndjson|jsonl|jsonlines|json-seq)$/.test(type)) return 'jsonl';
  if (/^(?:application|text)\/(?:[\w.-]+\+)?xml$/.test(type)) return 'feed';
  if (type === 'text/plain' || type === 'text/markdown') return 'text';
  return null;
}

/**
 * What an input without a name or a media type holds, from its first characters: markup is a feed or a
 * page, an opening brace or bracket followed by JSON is JSON, anything else is text.
 */
function sniff(text: string): DocKind {
  const head = text.trimStart();
  if (head.startsWith('<')) return looksLikeFeed(head) ? 'feed' : 'html';
  if (/^\{\s*("|\})/.test(head) || /^\[\s*[{\]]/.test(head)) return 'json';
  return 'text';
}

/** The documents of one decoded input of a known kind. */
async function* documentsOf(kind: DocKind, text: string, origin: string, url: string | null, opts: ReadOptions): AsyncGenerator<IngestItem> {
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

async function* fileDocuments(path: string, opts: ReadOptions): AsyncGenerator<IngestItem> {
  const kind = EXTENSION_KIND[extname(path).toLowerCase()] ?? 'text';
  if (kind === 'jsonl') {
    // Streamed line by line: a JSON Lines file may hold far more than one document's worth of bytes.
    yield* jsonLineDocuments(createReadStream(path), path, opts.maxBytes);
    return;
  }
  const decode = kind === 'html' ? (b: Uint8Array, what: string) => decodeHtml(b, null, what).text : undefined;
  yield* documentsOf(kind, await readDocumentInput(path, opts.maxBytes, decode), path, null, opts);
}

async function* urlDocuments(url: string, opts: ReadOptions): AsyncGenerator<IngestItem> {
  const fetched = await fetchUrl(url, { ...opts.fetch, accept: ACCEPT_HTML });
  let kind: DocKind | null = kindOfContentType(fetched.contentType);
  if (kind === null && fetched.contentType !== '') throw new InputError(`unsupported content type ${fetched.contentType} from ${fetched.finalUrl}`);
  const text = decodeBody(fetched);
  kind ??= sniff(text);
  yield* documentsOf(kind, text, url, fetched.finalUrl, opts);
}

async function* feedSourceDocuments(location: string, opts: ReadOptions): AsyncGenerator<IngestItem> {
  if (!isUrl(location)) {
    yield* feedDocuments(await readDocumentInput(location, opts.maxBytes), location, opts);
    return;
  }
  const fetched = await fetchUrl(location, { ...opts.fetch, accept: ACCEPT_FEED });
  yield* feedDocuments(decodeBody(fetched), fetched.finalUrl, opts);
}

/**
 * Standard input, sniffed. JSON Lines (a first line that is a JSON object on its own) are streamed line
 * by line; anything else is read whole, up to opts.maxBytes, and taken as a feed, a page, JSON or text.
 */
async function* stdinDocuments(stream: Readable, opts: ReadOptions): AsyncGenerator<IngestItem> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  // Read up to the end of the first non-blank line (or the size limit) to see what is coming.
  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  for (;;) {
    const r = await chunks.next();
    if (r.done) {
      ended = true;
      break;
    }
    const chunk = Buffer.from(r.value);
    head.push(chunk);
    headBytes += chunk.length;
    if (headBytes > opts.maxBytes || /\S[^\n]*\n/.test(Buffer.concat(head).toString('latin1'))) break;
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

function originOf(src: InputSource): string {
  switch (src.kind) {
    case 'file':
      return src.path;
    case 'url':
      return src.url;
    case 'feed':
      return src.location;
    case 'stdin':
      return STDIN;
  }
}

/**
 * Yields the documents of one source, each as { ok: true, doc }, or { ok: false, failure } for a document
 * (or a whole source) that cannot be read; the failure's reason is one line. Files are read by extension
 * (.txt .text .md: text; .html .htm .xhtml: a page; .json: one record or an array; .jsonl .ndjson: one
 * record per line; .xml .rss .atom: a feed), URLs by media type, standard input by its first characters.
 * `opts.stdin` replaces process.stdin (for tests).
 */
export async function* readSource(src: InputSource, opts: ReadOptions & { stdin?: Readable }): AsyncGenerator<IngestItem> {
  try {
    switch (src.kind) {
      case 'file':
        yield* fileDocuments(src.path, opts);
        break;
      case 'url':
        yield* urlDocuments(src.url, opts);
        break;
      case 'feed':
        yield* feedSourceDocuments(src.location, opts);
        break;
      case 'stdin':
        yield* stdinDocuments(opts.stdin ?? process.stdin, opts);
        break;
    }
  } catch (err) {
    yield failure(originOf(src), err);
  }
}
