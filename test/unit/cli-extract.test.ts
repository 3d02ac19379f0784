import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, tempFolder } from '../helpers.js';

const tmp = tempFolder('quellenlage-extract-');

const PAGE =
  '<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">' +
  '<title>Brücke gesperrt - Talbote</title><meta property="og:site_name" content="Talbote">' +
  '<meta property="article:published_time" content="2024-02-01T08:00:00+01:00"><meta name="author" content="Lena Maier"></head>' +
  '<body><nav><a href="/">Start</a></nav><div class="article-body"><p>Die Brücke über die Lauter ist seit Montag gesperrt, ' +
  'weil Gutachter Risse im Tragwerk gefunden haben. Der Umweg über Oberdorf kostet zehn Minuten.</p>' +
  '<p>Die Gemeinde prüft, ob eine Behelfsbrücke möglich ist; eine Entscheidung soll im März fallen.</p></div>' +
  '<div class="comments"><p>Leser Müller meint, das habe man kommen sehen.</p></div></body></html>';

describe('cli: extract', () => {
  test('text: the title, then the article, from a Latin-1 page; no menu, no comments', () => {
    const r = runCli(['extract', tmp.file('page.html', Buffer.from(PAGE, 'latin1'))]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines[0], 'Brücke gesperrt');
    assert.match(lines[1]!, /^Die Brücke über die Lauter ist seit Montag gesperrt/);
    assert.equal(lines.length, 3, r.stdout);
    assert.doesNotMatch(r.stdout, /Leser Müller|Start/);
  });
  test('json: the metadata beside the text, from standard input in Latin-1', () => {
    const r = runCli(['extract', '--format', 'json', '-'], { input: Buffer.from(PAGE, 'latin1') });
    assert.equal(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.deepEqual(
      [j['title'], j['author'], j['published'], j['lang'], j['siteName']],
      ['Brücke gesperrt', 'Lena Maier', '2024-02-01T08:00:00+01:00', 'de', 'Talbote'],
    );
    assert.match(String(j['text']), /Behelfsbrücke/);
  });
  test('a hostile page and a missing file: one line, exit 1', () => {
    for (const input of [tmp.file('deep.html', `<html><body>${'<div>'.repeat(5000)}x</body></html>`), tmp.path('missing.html')]) {
      const r = runCli(['extract', input]);
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^quellenlage: .*(?:nests elements more than 1000 deep|no such file)[^\n]*\n$/);
    }
  });
});
