import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runCli, repoPath, tempFolder, lines } from '../helpers.js';

/**
 * `ingest --doc-timeout`: a document whose analysis runs past its budget fails with that reason, and the batch
 * goes on with the next one (issue 18: before, one document could hold or kill the whole batch).
 */

const tmp = tempFolder('quellenlage-doc-timeout-');

test('a document over its time budget fails alone; the ones before and after it are stored', () => {
  const examples = readFileSync(repoPath('examples', 'batch.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; lang: string });
  const small = examples.slice(0, 2);
  // About 3 MB of article text: seconds of analysis on any machine, far over a budget of half a second.
  let big = '';
  for (let k = 0; big.length < 3_000_000; k++) big += examples[k % examples.length]!.text + `\n\n(${k})\n\n`;
  const batch = tmp.file(
    'batch.jsonl',
    [JSON.stringify(small[0]), JSON.stringify({ text: big, lang: 'de' }), JSON.stringify(small[1])].join('\n') + '\n',
  );
  const started = Date.now();
  // One analysis thread: the budget here is half a second, which a loaded machine's other threads could eat.
  const r = runCli(['ingest', '--db', tmp.path('t.db'), '--doc-timeout', '0.5', '--threads', '1', batch]);
  const seconds = (Date.now() - started) / 1000;
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /2 added, 0 unchanged, 0 updated, 1 failed/);
  assert.match(r.stderr, /batch\.jsonl:2: analysis took longer than 0\.5 s \(--doc-timeout\)/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'a stack trace');
  assert.ok(seconds < 30, `the batch took ${seconds} s`);
});

test('--doc-timeout wants a number of seconds', () => {
  const r = runCli(['ingest', '--db', tmp.path('u.db'), '--doc-timeout', 'soon', repoPath('examples', 'batch.jsonl')]);
  assert.equal(r.status, 2);
  assert.equal(lines(r.stderr).length, 1);
  assert.match(r.stderr, /seconds such as 60 \(0 for no limit\), got "soon"/);
});
