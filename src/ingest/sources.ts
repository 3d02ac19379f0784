/**
 * Input sources → documents, the dispatcher in front of one reader per input kind (readers/): listSources
 * turns what the user named (paths, directories, URLs, "-", feed locations) into InputSources; readSource
 * hands one source to its reader and yields its documents, or a failure per document that cannot be read,
 * and never throws for bad input.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { describeFsError } from './read.js';
import { EXTENSION_KIND, STDIN, failure, isUrl } from './readers/common.js';
import { walk } from './readers/directory.js';
import { feedSourceDocuments } from './readers/feed.js';
import { fileDocuments } from './readers/file.js';
import { stdinDocuments } from './readers/stdin.js';
import { urlDocuments } from './readers/url.js';
import type { IngestFailure, IngestItem, InputSource, ReadOptions } from './types.js';
import { fileNameDate, schemeProblem } from './validate.js';

export { FULL_TEXT_MIN_CHARS } from './readers/feed.js';
export { textTitle } from './readers/text.js';
export { fileNameDate };

/** The file extensions a directory walk picks up. */
export const SOURCE_EXTENSIONS: readonly string[] = Object.keys(EXTENSION_KIND);

/** Why a path named on the command line cannot be read (a URL of another scheme, a missing path), or null. */
async function inspectPath(input: string): Promise<{ problem: string } | { isDir: boolean }> {
  const scheme = existsSync(input) ? null : schemeProblem(input);
  if (scheme) return { problem: `${input}: ${scheme}` };
  try {
    return { isDir: (await stat(input)).isDirectory() };
  } catch (err) {
    return { problem: `cannot read ${input}: ${describeFsError(err)}` };
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
    const path = await inspectPath(input);
    if ('problem' in path) {
      failures.push({ origin: input, reason: path.problem });
      continue;
    }
    if (!path.isDir) {
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
    const path = await inspectPath(location);
    if ('problem' in path) failures.push({ origin: location, reason: path.problem });
    else if (path.isDir) failures.push({ origin: location, reason: `${location} is a directory; a feed is a URL or an RSS or Atom file` });
    else sources.push({ kind: 'feed', location });
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
 * (readers/file.ts), URLs by media type (readers/url.ts), feeds item by item (readers/feed.ts), standard
 * input by its first characters (readers/stdin.ts). `opts.stdin` replaces process.stdin (for tests).
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
