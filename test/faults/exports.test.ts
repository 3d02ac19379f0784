import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { csvRow } from '../../src/ledger/views.js';
import { escapeBidi, neutralizeCell } from '../../src/text/safe-text.js';
import { isHttpUrl, keptUrl, recordLang, recordPublished } from '../../src/ingest/validate.js';
import { lines, runCli, tempFolder } from '../helpers.js';

/**
 * Safe output (issue 18): CSV cells that a spreadsheet would run as formulas are neutralised (OWASP), only
 * http(s) URLs are stored or exported, bidi controls are shown as escapes in text reports; and the record
 * checks that `analyze --jsonl` and `ingest` share.
 */

describe('CSV formula neutralisation', () => {
  test('cells starting with = + - @ tab CR get an apostrophe; others and numbers are unchanged', () => {
    for (const c of ['=1+1', '+49 30 123', '-2+3', '@SUM(A1)', '\tx']) assert.equal(neutralizeCell(c), `'${c}`);
    assert.equal(csvRow(['=HYPERLINK("http://x")']), `"'=HYPERLINK(""http://x"")"\r\n`);
    assert.equal(csvRow(['\rx']), `"'\rx"\r\n`);
    assert.equal(csvRow(['Landratsamt', 'a-b', 'x=1', -5, 3.5, null]), 'Landratsamt,a-b,x=1,-5,3.5,\r\n');
  });
});

describe('bidi controls in text output', () => {
  test('are written as visible escapes, and plain text is untouched', () => {
    assert.equal(escapeBidi('Quelle: \u202Efdp.exe'), 'Quelle: <U+202E>fdp.exe');
    assert.equal(escapeBidi('a\u2066b\u2069c\u200Fd'), 'a<U+2066>b<U+2069>c<U+200F>d');
    assert.equal(escapeBidi('Grüße — „Zitat“ ٣'), 'Grüße — „Zitat“ ٣');
  });
});

describe('record checks shared by analyze --jsonl and ingest', () => {
  test('URLs: only http(s) are kept', () => {
    assert.ok(isHttpUrl('https://news.example/a'));
    for (const u of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://x.example/', 'not a url']) {
      assert.equal(isHttpUrl(u), false, u);
      assert.match(keptUrl(u).warning ?? '', /dropped: only http\(s\) URLs are kept/);
      assert.equal(keptUrl(u).url, null);
    }
    assert.deepEqual(keptUrl(null), { url: null, warning: null });
  });

  test('lang: de, en, their regional forms and names, or auto; else one message', () => {
    assert.equal(recordLang('de-AT').lang, 'de');
    assert.equal(recordLang('English').lang, 'en');
    assert.deepEqual(recordLang('auto'), { lang: null, problem: null });
    assert.equal(recordLang('klingon!!').problem, '"lang" must be de or en (or auto), got "klingon!!"');
    assert.match(recordLang('fr').problem ?? '', /must be de or en/);
  });

  test('published: an ISO date or a form that reads as one; else one message', () => {
    assert.equal(recordPublished('2025-03-04').published, '2025-03-04');
    assert.equal(recordPublished('yesterday').problem, '"published" must be an ISO 8601 date such as 2024-10-18, got "yesterday"');
  });
});

describe('end to end: a hostile record through ingest, export and the reports', () => {
  const tmp = tempFolder('quellenlage-exports-');
  const hostile = {
    title: '=HYPERLINK("http://evil.example","click")',
    url: 'javascript:alert(1)',
    lang: 'de',
    published: '2025-03-04',
    text: '=1+1 Sirenen heulten. Der Landrat sagte, 4.000 Menschen seien evakuiert worden. Ein Sprecher bestritt, dass \u202Eniemand gewarnt worden sei.',
  };

  test('the javascript: URL is dropped with a warning, exports carry no formula and no such URL, reports escape bidi', () => {
    const batch = tmp.file('hostile.jsonl', JSON.stringify(hostile) + '\n');
    const db = tmp.path('h.db');
    const ing = runCli(['ingest', '--db', db, batch]);
    assert.equal(ing.status, 0, ing.stderr);
    assert.match(ing.stderr, /warning: .*hostile\.jsonl:1: url "javascript:alert\(1\)" dropped: only http\(s\) URLs are kept/);

    const csv = runCli(['export', '--db', db, '--format', 'csv']);
    assert.equal(csv.status, 0, csv.stderr);
    const rows = lines(csv.stdout);
    assert.ok(rows.length >= 2, 'no claims exported');
    for (const row of rows.slice(1)) {
      // Every cell of the row: none starts with a formula character outside quotes.
      assert.doesNotMatch(row, /(^|,)"?[=+@]/, row);
      assert.doesNotMatch(row, /javascript:/);
    }
    assert.match(csv.stdout, /"'=HYPERLINK\(/);

    const ld = runCli(['export', '--db', db, '--format', 'jsonld']);
    assert.equal(ld.status, 0, ld.stderr);
    assert.doesNotMatch(ld.stdout, /javascript:/);

    const search = runCli(['search', '--db', db, 'gewarnt']);
    assert.equal(search.status, 0, search.stderr);
    assert.match(search.stdout, /<U\+202E>/);
    assert.doesNotMatch(search.stdout, /\u202E/);
  });

  test('analyze: the text report escapes bidi controls; --jsonl refuses a bad lang like ingest does', () => {
    const r = runCli(['analyze', '-', '--lang', 'de'], { input: hostile.text });
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /\u202E/);
    assert.match(r.stdout, /<U\+202E>/);

    const bad = JSON.stringify({ text: 'Der Landrat sagte, 4.000 Menschen seien evakuiert worden.', lang: 'klingon!!' }) + '\n';
    const an = runCli(['analyze', '--jsonl', '-'], { input: bad });
    assert.equal(an.status, 1);
    assert.match(an.stderr, /line 1: "lang" must be de or en \(or auto\), got "klingon!!"/);
    const ing = runCli(['ingest', '--db', tmp.path('k.db'), tmp.file('k.jsonl', bad)]);
    assert.equal(ing.status, 1);
    assert.match(ing.stderr, /k\.jsonl:1: "lang" must be de or en \(or auto\), got "klingon!!"/);

    const date = JSON.stringify({ text: 'Der Landrat sagte, 4.000 Menschen seien evakuiert worden.', published: 'gestern' }) + '\n';
    const an2 = runCli(['analyze', '--jsonl', '-'], { input: date });
    assert.match(an2.stderr, /line 1: "published" must be an ISO 8601 date such as 2024-10-18, got "gestern"/);
    const ing2 = runCli(['ingest', '--db', tmp.path('d.db'), tmp.file('d.jsonl', date)]);
    assert.equal(ing2.status, 1);
    assert.match(ing2.stderr, /d\.jsonl:1: "published" must be an ISO 8601 date such as 2024-10-18, got "gestern"/);
  });
});
