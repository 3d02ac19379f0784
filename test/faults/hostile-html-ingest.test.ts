import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, tempFolder } from '../helpers.js';

/**
 * Hostile HTML through `ingest` (issue 18, item 3): a page of 100,000 nested <div>s used to take minutes of CPU
 * and then fail; now the page fails alone, at once, with its reason, and the batch goes on with the next file.
 */

const tmp = tempFolder('quellenlage-hostile-html-');

test('100,000 nested <div>s: that page fails with a clear reason, the page after it is stored', () => {
  const depth = 100_000;
  const deep = tmp.file('deep.html', `<html><body>${'<div>'.repeat(depth)}text${'</div>'.repeat(depth)}</body></html>`);
  const sentence = '<p>Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, mit knapper Mehrheit und nach langer Debatte.</p>';
  const good = tmp.file('good.html', `<html><head><title>Haushalt</title></head><body><article><h1>Haushalt</h1>${sentence.repeat(6)}</article></body></html>`);
  const started = Date.now();
  const r = runCli(['ingest', '--db', tmp.path('h.db'), deep, good]);
  const seconds = (Date.now() - started) / 1000;
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /1 added, 0 unchanged, 0 updated, 1 failed/);
  assert.match(r.stderr, /deep\.html: the page nests elements more than \d+ deep/);
  assert.doesNotMatch(r.stderr, /\n\s+at |Maximum call stack/, 'a stack trace');
  // A guard against the old minutes-long stall, not a benchmark (the whole process, start-up included, takes
  // under 2 s on an idle machine; the page itself about 0.1 s of it).
  assert.ok(seconds < 15, `ingest took ${seconds} s`);
});
