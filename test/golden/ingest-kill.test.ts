import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { generateDocs, writeJsonl } from '../../bench/corpus-gen.js';
import { textId } from '../../src/core/document.js';
import { normalizeText } from '../../src/text/normalize.js';

/**
 * Crash safety of `quellenlage ingest`: the store writes one transaction per document, so a process killed
 * with SIGKILL in the middle of a batch must leave a sound database in which every stored document is
 * complete, and running the same command again must store exactly the rest.
 */

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const DOCS = 400;
/** Kill once at least this many documents are committed (well before the end of the batch). */
const KILL_AFTER = 50;
const POLL_MS = 50;

/** Opens the database read-only for one look; null while ingest has not created its tables yet. */
function peek<T>(db: string, look: (conn: Database.Database) => T): T | null {
  if (!existsSync(db)) return null;
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    conn.pragma('busy_timeout = 2000');
    return look(conn);
  } catch (err) {
    if (/no such table/.test((err as Error).message)) return null;
    throw err;
  } finally {
    conn.close();
  }
}

const documentCount = (conn: Database.Database) => (conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;

test('ingest killed with SIGKILL mid-batch leaves complete documents, and a rerun stores exactly the rest', { timeout: 120_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'quellenlage-ingest-kill-'));
  try {
    const docs = [...generateDocs(DOCS)];
    const ids = new Set(docs.map((d) => textId(normalizeText(d.text).text)));
    assert.equal(ids.size, DOCS, 'the generator must give distinct texts');
    const input = join(dir, 'batch.jsonl');
    writeJsonl(input, docs);
    const db = join(dir, 'store.db');

    // 1. Start ingest, wait until some documents are committed, and kill it without warning.
    const child = spawn(process.execPath, [MAIN, 'ingest', '--db', db, '--quiet', input], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
    let exitedEarly: { code: number | null; signal: NodeJS.Signals | null } | null = null;
    void exited.then((e) => (exitedEarly = e));
    let seen = 0;
    for (const started = Date.now(); seen < KILL_AFTER; ) {
      if (exitedEarly) break;
      assert.ok(Date.now() - started < 90_000, `no ${KILL_AFTER} documents stored after 90 s (${seen} so far); stderr: ${stderr}`);
      await sleep(POLL_MS);
      seen = peek(db, documentCount) ?? 0;
    }
    const early: { code: number | null; signal: NodeJS.Signals | null } | null = exitedEarly;
    assert.equal(
      early,
      null,
      `ingest finished (exit ${JSON.stringify(early)}) before it could be killed with ${seen} of ${DOCS} documents seen: ` +
        `raise DOCS in this test so that the batch takes longer than the polling. stderr: ${stderr}`,
    );
    child.kill('SIGKILL');
    const { signal } = await exited;
    assert.equal(signal, 'SIGKILL', `ingest was not killed by SIGKILL; stderr: ${stderr}`);
    t.diagnostic(`killed after ${seen} of ${DOCS} documents were seen stored`);

    // 2. The database is sound, and every stored document is complete (its analysis row committed with it).
    const afterKill = peek(db, (conn) => ({
      integrity: conn.pragma('integrity_check', { simple: true }) as string,
      documents: documentCount(conn),
      orphans: (conn.prepare('SELECT count(*) AS n FROM documents d LEFT JOIN analyses a ON a.document_id = d.id WHERE a.document_id IS NULL').get() as { n: number }).n,
      storedIds: (conn.prepare('SELECT id FROM documents').all() as { id: string }[]).map((r) => r.id),
    }));
    assert.ok(afterKill, 'the database has no tables after the kill');
    assert.equal(afterKill.integrity, 'ok');
    assert.ok(afterKill.documents >= KILL_AFTER, `${afterKill.documents} documents after the kill, expected at least ${KILL_AFTER}`);
    assert.ok(afterKill.documents < DOCS, `all ${DOCS} documents were stored before the kill: raise DOCS in this test`);
    assert.equal(afterKill.orphans, 0, 'documents without their analysis row');
    for (const id of afterKill.storedIds) assert.ok(ids.has(id), `a stored document id ${id} is not one of the generated texts`);

    // 3. The same command again finishes the batch: the rest added, what was stored unchanged.
    const rerun = spawnSync(process.execPath, [MAIN, 'ingest', '--db', db, input], { encoding: 'utf8', timeout: 100_000 });
    assert.equal(rerun.error, undefined);
    assert.equal(rerun.status, 0, `the rerun failed: ${rerun.stderr}`);
    const summary = /(\d+) documents? in [\d.]+ s \([\d.]+ docs\/s\) into .*: (\d+) added, (\d+) unchanged, (\d+) updated, (\d+) failed/.exec(rerun.stderr);
    assert.ok(summary, `no summary line in the rerun's stderr: ${rerun.stderr}`);
    const [total, added, unchanged, updated, failed] = summary.slice(1).map(Number);
    assert.deepEqual(
      { total, added, unchanged, updated, failed },
      { total: DOCS, added: DOCS - afterKill.documents, unchanged: afterKill.documents, updated: 0, failed: 0 },
      rerun.stderr,
    );

    const final = peek(db, (conn) => ({
      integrity: conn.pragma('integrity_check', { simple: true }) as string,
      documents: documentCount(conn),
      distinct: (conn.prepare('SELECT count(DISTINCT id) AS n FROM documents').get() as { n: number }).n,
      orphans: (conn.prepare('SELECT count(*) AS n FROM documents d LEFT JOIN analyses a ON a.document_id = d.id WHERE a.document_id IS NULL').get() as { n: number }).n,
      storedIds: new Set((conn.prepare('SELECT id FROM documents').all() as { id: string }[]).map((r) => r.id)),
    }));
    assert.ok(final);
    assert.equal(final.integrity, 'ok');
    assert.equal(final.documents, ids.size);
    assert.equal(final.distinct, final.documents, 'duplicate document ids');
    assert.equal(final.orphans, 0, 'documents without their analysis row');
    assert.deepEqual(final.storedIds, ids, 'the stored ids are not exactly the generated texts');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
