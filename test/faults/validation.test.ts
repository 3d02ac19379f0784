import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { schemeProblem, textProblem } from '../../src/ingest/validate.js';
import { lines, repoPath, runCli, tempFolder } from '../helpers.js';

/**
 * Input checks shared by every entry point (issue 18, item 6): no text, other URL schemes, .md in folders,
 * a JSON Lines file given to analyze without --jsonl.
 */

const tmp = tempFolder('quellenlage-validate-');
const SOUP = '<<\n>>>>\nx';

describe('the rules', () => {
  test('a text needs one word of two letters or digits', () => {
    for (const t of ['Ja', '42', 'Sirenen heulten.', 'e\u0301s']) assert.equal(textProblem(t), null, t);
    for (const t of [SOUP, '<p></p>', '!!! ???', 'x', ' \n ']) assert.match(textProblem(t) ?? '', /^no text to analyse: not one word in it/, JSON.stringify(t));
  });

  test('URL schemes other than http(s) are named; paths, drives and http(s) are not', () => {
    for (const u of ['file:///etc/passwd', 'data:text/plain,hi', 'javascript:alert(1)', 'FTP://x.example/']) {
      assert.match(schemeProblem(u) ?? '', /^[a-z]+: URLs are not read: only http\(s\) URLs are fetched/, u);
    }
    for (const p of ['https://news.example/a', 'http://x.example', 'C:\\news\\a.txt', 'news/a.txt']) assert.equal(schemeProblem(p), null, p);
  });
});

describe('through the CLI', () => {
  test('tag soup is refused by analyze, analyze --jsonl and ingest alike', () => {
    const a = runCli(['analyze', '-'], { input: SOUP });
    assert.equal(a.status, 1);
    assert.match(a.stderr, /^quellenlage: standard input: no text to analyse/);
    const j = runCli(['analyze', '--jsonl', '-'], { input: JSON.stringify({ text: SOUP }) + '\n' });
    assert.equal(j.status, 1);
    assert.match(j.stderr, /line 1: no text to analyse/);
    const html = tmp.file('soup.html', SOUP);
    const i = runCli(['ingest', '--db', tmp.path('s.db'), html]);
    assert.equal(i.status, 1);
    assert.match(i.stderr, /0 added, 0 unchanged, 0 updated, 1 failed/);
    assert.match(i.stderr, /soup\.html: no text to analyse/);
  });

  test('.md: read when named, left out of folder walks (a README is no article), and ingest --help says so', () => {
    const dir = tmp.path('notes');
    mkdirSync(dir);
    const md = `${dir}/2025-03-04-meldung.md`;
    writeFileSync(md, '# Sirenen im Tal\n\nDer Landrat sagte, 4.000 Menschen seien evakuiert worden.\n');
    writeFileSync(`${dir}/a.txt`, 'Der Landrat sagte, 3.000 Menschen seien evakuiert worden.\n');
    const walk = runCli(['ingest', '--db', tmp.path('md.db'), dir]);
    assert.equal(walk.status, 0, walk.stderr);
    assert.match(walk.stderr, /1 document.*1 added/);
    const named = runCli(['ingest', '--db', tmp.path('md.db'), md]);
    assert.match(named.stderr, /1 added/);
    const help = runCli(['ingest', '--help']).stdout.replace(/\s+/g, ' ');
    assert.match(help, /\.md files are read when named/);
  });

  test('file:, data: and javascript: arguments are refused as such, not as missing files', () => {
    const r = runCli(['ingest', '--db', tmp.path('u.db'), 'file:///etc/passwd', 'data:text/plain,hi', 'javascript:alert(1)', '--feed', 'file:///tmp/feed.xml']);
    assert.equal(r.status, 1);
    const failed = lines(r.stderr).filter((l) => l.includes('failed:'));
    assert.equal(failed.length, 4, r.stderr);
    for (const l of failed) assert.match(l, /URLs are not read: only http\(s\) URLs are fetched/);
    assert.doesNotMatch(r.stderr, /no such file/i);
    const a = runCli(['analyze', 'file:///etc/passwd']);
    assert.equal(a.status, 2);
    assert.match(a.stderr, /file: URLs are not read/);
  });

  test('analyze FILE.jsonl without --jsonl says to add it', () => {
    const r = runCli(['analyze', repoPath('examples', 'batch.jsonl')]);
    assert.equal(r.status, 2);
    assert.equal(lines(r.stderr).length, 1);
    assert.match(r.stderr, /looks like JSON Lines: add --jsonl/);
  });
});

describe('analyze takes the date from the file name, as ingest does', () => {
  test('a leading YYYY-MM-DD in the name is the publication date; --published wins; no date in the name gives none', () => {
    const dated = tmp.file('2025-03-04-meldung.txt', 'Der Landrat sagte am Montag, 4.000 Menschen seien evakuiert worden.\n');
    const a = JSON.parse(runCli(['analyze', dated, '--format', 'json']).stdout) as { document: { published: string | null } };
    assert.equal(a.document.published, '2025-03-04');
    const b = JSON.parse(runCli(['analyze', dated, '--format', 'json', '--published', '2024-10-18']).stdout) as { document: { published: string | null } };
    assert.equal(b.document.published, '2024-10-18');
    const plain = tmp.file('meldung.txt', 'Der Landrat sagte am Montag, 4.000 Menschen seien evakuiert worden.\n');
    const c = JSON.parse(runCli(['analyze', plain, '--format', 'json']).stdout) as { document: { published: string | null } };
    assert.equal(c.document.published, null);
  });
});
