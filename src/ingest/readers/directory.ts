/** A directory: walked recursively in code-unit order for files whose extension a reader knows. */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { describeFsError } from '../read.js';
import type { IngestFailure, InputSource } from '../types.js';
import { EXTENSION_KIND } from './common.js';

/** Adds the files under `dir` to `sources` (hidden entries skipped, linked directories not followed). */
export async function walk(dir: string, sources: InputSource[], failures: IngestFailure[]): Promise<void> {
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
