/**
 * Concurrent `quellenlage ingest` processes on one SQLite file: start several CLI processes at once, wait for
 * all, and read back what the store holds. Used by test/faults/concurrent-writers.test.ts (correctness) and
 * bench/concurrent-ingest.ts (time against one process). Runs from dist/, like corpus-gen.ts.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

/** The built CLI, relative to this module compiled to dist/bench/writers.js. */
export const CLI_MAIN = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));

export interface WriterResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** The counts of the summary line, null when there is none. */
  summary: { total: number; added: number; unchanged: number; updated: number; failed: number } | null;
  seconds: number;
}

const SUMMARY = /(\d+) documents? in [\d.]+ s \([\d.]+ docs\/s\) into .*: (\d+) added, (\d+) unchanged, (\d+) updated, (\d+) failed/;

/** Starts `quellenlage ingest --db DB INPUT…` as a child process; `done` resolves when it exits. */
export function startIngest(db: string, inputs: readonly string[]): { pid: number | undefined; kill: () => void; done: Promise<WriterResult> } {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI_MAIN, 'ingest', '--db', db, ...inputs], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const done = new Promise<WriterResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const m = SUMMARY.exec(stderr);
      const [total, added, unchanged, updated, failed] = m ? m.slice(1).map(Number) : [];
      resolve({
        code,
        signal,
        stderr,
        summary: m ? { total: total!, added: added!, unchanged: unchanged!, updated: updated!, failed: failed! } : null,
        seconds: (performance.now() - started) / 1000,
      });
    });
  });
  return { pid: child.pid, kill: () => child.kill('SIGKILL'), done };
}

/** Runs one ingest process per input list, all at once, into one database. */
export function ingestConcurrently(db: string, inputsPerWriter: readonly (readonly string[])[]): Promise<WriterResult[]> {
  return Promise.all(inputsPerWriter.map((inputs) => startIngest(db, inputs).done));
}

export interface StoreFacts {
  integrity: string;
  documents: number;
  distinct: number;
  /** Documents without their analysis row (a torn write). */
  orphans: number;
  ids: Set<string>;
  userVersion: number;
}

/** What a database file holds, read through a read-only connection. */
export function storeFacts(db: string): StoreFacts {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    conn.pragma('busy_timeout = 5000');
    const n = (sql: string) => (conn.prepare(sql).get() as { n: number }).n;
    return {
      integrity: conn.pragma('integrity_check', { simple: true }) as string,
      documents: n('SELECT count(*) AS n FROM documents'),
      distinct: n('SELECT count(DISTINCT id) AS n FROM documents'),
      orphans: n('SELECT count(*) AS n FROM documents d LEFT JOIN analyses a ON a.document_id = d.id WHERE a.document_id IS NULL'),
      ids: new Set((conn.prepare('SELECT id FROM documents').all() as { id: string }[]).map((r) => r.id)),
      userVersion: conn.pragma('user_version', { simple: true }) as number,
    };
  } finally {
    conn.close();
  }
}
