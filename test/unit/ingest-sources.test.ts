import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { listSources, readSource, textTitle } from '../../src/ingest/sources.js';
import type { IngestFailure } from '../../src/ingest/types.js';
import { tempFolder } from '../helpers.js';
import { collect, fixture, fixturePath, readOptions, send, startServer, type TestServer } from '../fixtures/ingest/server.js';

const opts = readOptions();

/** Every failure reason is one line and names what failed. */
function assertOneLine(failures: IngestFailure[]): void {
  for (const f of failures) {
    assert.ok(!f.reason.includes('\n'), `reason spans lines: ${f.reason}`);
    assert.ok(f.origin.length > 0);
  }
}

describe('listSources', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'quellenlage-ingest-'));
    const files = [
      'tree/b.md',
      'tree/a.txt',
      'tree/Z.text',
      'tree/notes.csv',
      'tree/.hidden.txt',
      'tree/.git/config.txt',
      'tree/sub/c.html',
      'tree/sub/d.json',
      'tree/sub/deeper/e.jsonl',
      'tree/sub/f.ndjson',
      'tree/sub/g.xml',
      'tree/sub/h.rss',
      'tree/sub/i.atom',
      'tree/sub/j.htm',
      'tree/sub/k.xhtml',
      'tree/upper.HTML',
      'tree/image.png',
      'feed.xml',
      'plain-name',
    ];
    for (const f of files) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), 'x');
    }
    mkdirSync(join(dir, 'tree', 'aa-empty'));
    mkdirSync(join(dir, 'empty'));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  // Markdown is left out of walks (a folder's README is no article); a .md file named on its own is read as text.
  test('walks directories recursively in sorted order, keeping known extensions, skipping hidden entries', async () => {
    const { sources, failures } = await listSources([join(dir, 'tree')], {});
    assert.deepEqual(failures, []);
    const rel = sources.map((s) => (s.kind === 'file' ? s.path.slice(dir.length + 1) : s.kind));
    assert.deepEqual(rel, [
      'tree/Z.text',
      'tree/a.txt',
      'tree/sub/c.html',
      'tree/sub/d.json',
      'tree/sub/deeper/e.jsonl',
      'tree/sub/f.ndjson',
      'tree/sub/g.xml',
      'tree/sub/h.rss',
      'tree/sub/i.atom',
      'tree/sub/j.htm',
      'tree/sub/k.xhtml',
      'tree/upper.HTML',
    ]);
  });

  test('a file named on its own is kept whatever its extension, and a file reached twice is listed once', async () => {
    const { sources } = await listSources([join(dir, 'plain-name'), join(dir, 'tree', 'a.txt'), join(dir, 'tree')], {});
    assert.deepEqual(sources[0], { kind: 'file', path: join(dir, 'plain-name') });
    assert.deepEqual(sources[1], { kind: 'file', path: join(dir, 'tree', 'a.txt') });
    assert.equal(sources.filter((s) => s.kind === 'file' && s.path.endsWith('a.txt')).length, 1);
  });

  test('a missing path or an empty directory is a failure, not an exception', async () => {
    const missing = join(dir, 'no-such-file.txt');
    const { sources, failures } = await listSources([missing, join(dir, 'empty'), join(dir, 'tree', 'a.txt')], {});
    assert.equal(sources.length, 1);
    assert.deepEqual(failures[0], { origin: missing, reason: `cannot read ${missing}: no such file` });
    assert.equal(failures[1]!.origin, join(dir, 'empty'));
    assert.match(failures[1]!.reason, /holds no files to read \(looked for \.txt .*\.atom\)/);
    assertOneLine(failures);
  });

  test('URLs, standard input and feeds', async () => {
    const { sources, failures } = await listSources(['https://rundschau.example/a', '-', 'HTTP://rundschau.example/b', '-'], {
      feeds: ['https://rundschau.example/feed.rss', join(dir, 'feed.xml'), join(dir, 'missing.rss'), join(dir, 'tree')],
    });
    assert.deepEqual(sources, [
      { kind: 'url', url: 'https://rundschau.example/a' },
      { kind: 'stdin' },
      { kind: 'url', url: 'HTTP://rundschau.example/b' },
      { kind: 'feed', location: 'https://rundschau.example/feed.rss' },
      { kind: 'feed', location: join(dir, 'feed.xml') },
    ]);
    assert.deepEqual(
      failures.map((f) => f.origin),
      ['standard input', join(dir, 'missing.rss'), join(dir, 'tree')],
    );
    assert.match(failures[0]!.reason, /more than once/);
    assert.match(failures[1]!.reason, /no such file/);
    assert.match(failures[2]!.reason, /is a directory/);
  });
});

describe('readSource: files', () => {
  const tmp = tempFolder('quellenlage-ingest-');
  const write = tmp.file;

  test('a text file is one document; a short first line is its title; the text stays whole', async () => {
    const text = 'Neue Ampel an der Kampstraße\n\nDie Stadt stellt am Montag eine neue Ampel auf.\nDer Verkehr wird umgeleitet.\n';
    const path = write('ampel.txt', text);
    const { docs, failures } = await collect(readSource({ kind: 'file', path }, opts));
    assert.deepEqual(failures, []);
    assert.equal(docs.length, 1);
    const doc = docs[0]!;
    assert.equal(doc.text, text);
    assert.equal(doc.raw, text);
    assert.equal(doc.title, 'Neue Ampel an der Kampstraße');
    assert.equal(doc.rawType, 'text');
    assert.equal(doc.origin, path);
    assert.equal(doc.url, null);
  });

  test('titles: Markdown headings count, sentences and lone lines do not', () => {
    assert.equal(textTitle('# Hafenfest abgesagt\nDas Hafenfest fällt aus.'), 'Hafenfest abgesagt');
    assert.equal(textTitle('Das Hafenfest fällt in diesem Jahr aus.\nDer Grund ist das Wetter.'), null);
    assert.equal(textTitle('Nur eine Zeile ohne Umbruch'), null);
    assert.equal(textTitle('Titel\n   \n'), null);
    assert.equal(textTitle(`${'Sehr lang '.repeat(20)}\nText`), null);
  });

  test('an HTML file is extracted; the raw page is kept', async () => {
    const path = fixturePath('meta-only.html');
    const { docs } = await collect(readSource({ kind: 'file', path }, opts));
    assert.equal(docs.length, 1);
    assert.equal(docs[0]!.rawType, 'html');
    assert.equal(docs[0]!.raw, fixture('meta-only.html'));
    assert.equal(docs[0]!.title, 'Harbour authority delays dredging plan');
    assert.equal(docs[0]!.lang, 'en');
    assert.match(docs[0]!.text, /^Harbour authority delays dredging plan\nThe harbour authority has postponed/);
  });

  test('a JSON array: one document per record, field names mapped, bad records are failures', async () => {
    const path = fixturePath('records.json');
    const { docs, failures } = await collect(readSource({ kind: 'file', path }, opts));
    assert.equal(docs.length, 2);
    const [water, ferry] = docs;
    assert.deepEqual(
      { ...water!, raw: undefined },
      {
        text: 'Das Wasserwerk Neustadt erhöht zum 1. Juli seine Preise um 6 Prozent.\nEin Sprecher begründete den Schritt mit gestiegenen Energiekosten.',
        title: 'Wasserwerk erhöht die Preise',
        url: 'https://rundschau.example/wirtschaft/wasserpreise',
        published: '2024-03-05T10:00:00Z',
        author: 'Jana Hofstetter',
        lang: 'de',
        raw: undefined,
        rawType: 'json',
        origin: `${path}[0]`,
      },
    );
    assert.equal(JSON.parse(water!.raw).id, 'r1');
    // "html" is extracted like a page; the record's own metadata wins.
    assert.equal(ferry!.text, 'Ferry timetable changes\nThe island ferry will run two extra crossings on Saturdays from May, the operator said on Friday.\nA spokesperson said demand had risen by a fifth since last summer.');
    assert.equal(ferry!.published, '2024-04-12');
    assert.equal(ferry!.lang, 'en');
    assert.equal(ferry!.origin, `${path}[1]`);
    assert.equal(failures.length, 2);
    assert.equal(failures[0]!.origin, `${path}[2]`);
    assert.match(failures[0]!.reason, /^no text: the record has none of the fields "text", "content", "body", "articleBody", "html"$/);
    // A date that is no date is refused with analyze --jsonl's words, not dropped in silence (issue 18).
    assert.equal(failures[1]!.origin, `${path}[3]`);
    assert.equal(failures[1]!.reason, '"published" must be an ISO 8601 date such as 2024-10-18, got "gestern"');
  });

  test('a single JSON object is one document', async () => {
    const path = write('one.json', JSON.stringify({ title: 'Eins', text: 'Ein Satz.', lang: 'de' }, null, 2));
    const { docs } = await collect(readSource({ kind: 'file', path }, opts));
    assert.equal(docs.length, 1);
    assert.equal(docs[0]!.origin, path);
    assert.equal(docs[0]!.title, 'Eins');
  });

  test('JSON Lines: a bad line is a failure with its line number, the others are read', async () => {
    const path = fixturePath('records.jsonl');
    const { docs, failures } = await collect(readSource({ kind: 'file', path }, opts));
    assert.deepEqual(
      docs.map((d) => [d.origin, d.title]),
      [
        [`${path}:1`, 'Erste Meldung'],
        [`${path}:4`, 'Second item'],
        [`${path}:7`, null],
      ],
    );
    assert.equal(docs[1]!.published, '2024-02-12T17:30:00Z');
    assert.equal(docs[1]!.author, 'Priya Natarajan');
    assert.equal(docs[2]!.url, 'https://rundschau.example/letzte');
    assert.equal(docs[0]!.raw, fixture('records.jsonl').split('\n')[0]);
    assert.deepEqual(
      failures.map((f) => f.origin),
      [`${path}:2`, `${path}:5`, `${path}:6`],
    );
    assert.match(failures[0]!.reason, /^not valid JSON \(/);
    assert.equal(failures[1]!.reason, '"text" is empty (only white space)');
    assert.equal(failures[2]!.reason, 'expected a JSON object, got an array');
    assertOneLine(failures);
  });

  test('JSON Lines: a line over the size limit is a failure, the next line is read', async () => {
    const path = write('big.jsonl', `${JSON.stringify({ text: 'x'.repeat(500) })}\n${JSON.stringify({ text: 'klein' })}\n`);
    const { docs, failures } = await collect(readSource({ kind: 'file', path }, readOptions({ maxBytes: 100 })));
    assert.equal(docs.length, 1);
    assert.equal(docs[0]!.origin, `${path}:2`);
    assert.equal(failures[0]!.origin, `${path}:1`);
    assert.match(failures[0]!.reason, /over the 100 bytes limit/);
  });

  test('invalid UTF-8, empty and binary files fail with decodeText’s one-line reasons', async () => {
    const latin1 = write('latin1.txt', Buffer.from('Grüße aus Köln', 'latin1'));
    const empty = write('empty.md', '');
    const pdf = write('report.html', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2])]));
    const badLine = write('bad.jsonl', Buffer.concat([Buffer.from('{"text":"gut"}\n{"text":"'), Buffer.from([0xff]), Buffer.from('"}\n')]));
    const results = await Promise.all([latin1, empty, pdf, badLine].map(async (path) => collect(readSource({ kind: 'file', path }, opts))));
    const reasons = results.map((r) => r.failures.map((f) => `${f.origin} | ${f.reason}`));
    assert.deepEqual(reasons[0], [`${latin1} | ${latin1} is not valid UTF-8 (byte 0xfc at offset 2); convert it first, e.g. iconv -f latin1 -t utf-8`]);
    assert.deepEqual(reasons[1], [`${empty} | ${empty} is empty`]);
    assert.match(reasons[2]![0]!, /is a PDF file, not text/);
    assert.deepEqual(reasons[3], [`${badLine}:2 | the line is not valid UTF-8 (byte 0xff at offset 9); convert it first, e.g. iconv -f latin1 -t utf-8`]);
    assert.equal(results[3]!.docs.length, 1);
  });

  test('a file over the size limit, a vanished file and a directory are failures', async () => {
    const big = write('big.txt', 'Wort '.repeat(100));
    const r1 = await collect(readSource({ kind: 'file', path: big }, readOptions({ maxBytes: 100 })));
    assert.match(r1.failures[0]!.reason, /is 500 bytes, over the 100 bytes limit/);
    const gone = tmp.path('gone.jsonl');
    const r2 = await collect(readSource({ kind: 'file', path: gone }, opts));
    assert.deepEqual(r2.failures, [{ origin: gone, reason: `cannot read ${gone}: no such file` }]);
    const r3 = await collect(readSource({ kind: 'file', path: tmp.path() }, opts));
    assert.match(r3.failures[0]!.reason, /is a directory/);
  });
});

describe('readSource: standard input', () => {
  const stdin = (...chunks: string[]): Readable => Readable.from(chunks.map((c) => Buffer.from(c, 'utf8')));
  const read = (stream: Readable, o = opts) => collect(readSource({ kind: 'stdin' }, { ...o, stdin: stream }));

  test('JSON Lines are read line by line, across chunk boundaries', async () => {
    const { docs, failures } = await read(stdin('{"text":"eins","title":"A"}\n{"te', 'xt":"zwei"}\nkaputt\n', '{"text":"drei"}'));
    assert.deepEqual(
      docs.map((d) => [d.origin, d.text]),
      [
        ['standard input:1', 'eins'],
        ['standard input:2', 'zwei'],
        ['standard input:4', 'drei'],
      ],
    );
    assert.equal(failures[0]!.origin, 'standard input:3');
  });

  test('a first line split over many chunks, after blank ones, is still seen as JSON Lines', async () => {
    const { docs, failures } = await read(stdin('\n', '  ', '{"text":', '"ei', 'ns"}', '\n{"text":"zwei"}\n'));
    assert.deepEqual(failures, []);
    assert.deepEqual(
      docs.map((d) => [d.origin, d.text]),
      [
        ['standard input:2', 'eins'],
        ['standard input:3', 'zwei'],
      ],
    );
  });

  test('one long line in many chunks is read whole as one document', async () => {
    const words = Array.from({ length: 4000 }, (_, i) => `Wort${i}`);
    const chunks = words.map((w) => `${w} `);
    const { docs } = await read(stdin(...chunks));
    assert.equal(docs.length, 1);
    assert.equal(docs[0]!.text, chunks.join(''));
  });

  test('a pretty-printed object and an array', async () => {
    const one = await read(stdin('{\n  "text": "Ein Text.",\n  "title": "T"\n}\n'));
    assert.deepEqual(
      one.docs.map((d) => [d.origin, d.text, d.title]),
      [['standard input', 'Ein Text.', 'T']],
    );
    const many = await read(stdin('  [{"text": "a"},\n {"text": "b"}]'));
    assert.deepEqual(
      many.docs.map((d) => d.origin),
      ['standard input[0]', 'standard input[1]'],
    );
  });

  test('HTML, a feed, and plain text (even one starting with a bracket)', async () => {
    const html = await read(stdin(fixture('meta-only.html')));
    assert.equal(html.docs[0]!.rawType, 'html');
    assert.equal(html.docs[0]!.title, 'Harbour authority delays dredging plan');
    const feed = await read(stdin(fixture('feed-full.atom')));
    assert.equal(feed.docs.length, 2);
    assert.equal(feed.docs[0]!.rawType, 'feed-item');
    const text = await read(stdin('[Update] Die Sperrung ist aufgehoben.\nMehr folgt.'));
    assert.equal(text.docs[0]!.rawType, 'text');
    assert.equal(text.docs[0]!.text, '[Update] Die Sperrung ist aufgehoben.\nMehr folgt.');
  });

  test('empty, invalid and oversized input', async () => {
    assert.deepEqual((await read(stdin())).failures, [{ origin: 'standard input', reason: 'standard input is empty' }]);
    const bad = await read(Readable.from([Buffer.from([0x41, 0xc3, 0x28])]));
    assert.match(bad.failures[0]!.reason, /^standard input is not valid UTF-8/);
    const big = await read(stdin('a'.repeat(60), 'b'.repeat(60)), readOptions({ maxBytes: 100 }));
    assert.match(big.failures[0]!.reason, /^standard input is over the 100 bytes limit/);
  });
});

describe('readSource: URLs', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({
      '/article': send(fixture('article-de.html'), 'text/html; charset=utf-8'),
      '/records': send(fixture('records.json'), 'application/json'),
      '/note': send('Pegel steigt\nDer Pegel am Kamp steigt weiter.', 'text/plain; charset=utf-8'),
      '/report.pdf': send(Buffer.from('%PDF-1.7'), 'application/pdf'),
      '/feed': send(fixture('feed-full.atom'), 'application/atom+xml'),
      '/untyped': (_req, res) => {
        res.end('<p>Ohne Content-Type</p>');
      },
    });
  });
  after(() => server.close());

  const read = (path: string) => collect(readSource({ kind: 'url', url: `${server.base}${path}` }, opts));

  test('an HTML page: extracted, with its canonical URL', async () => {
    const { docs } = await read('/article');
    assert.equal(docs.length, 1);
    assert.equal(docs[0]!.rawType, 'html');
    assert.equal(docs[0]!.origin, `${server.base}/article`);
    assert.equal(docs[0]!.url, `${server.base}/lokales/busnetz-beschlossen`);
    assert.equal(docs[0]!.author, 'Jana Hofstetter, Malte Brinkhaus');
  });

  test('JSON, plain text and a feed by content type; no content type is sniffed', async () => {
    const json = await read('/records');
    assert.equal(json.docs.length, 2);
    assert.equal(json.docs[0]!.origin, `${server.base}/records[0]`);
    const note = await read('/note');
    assert.equal(note.docs[0]!.title, 'Pegel steigt');
    assert.equal(note.docs[0]!.url, `${server.base}/note`);
    const feed = await read('/feed');
    assert.equal(feed.docs.length, 2);
    const untyped = await read('/untyped');
    assert.equal(untyped.docs[0]!.text, 'Ohne Content-Type');
  });

  test('unsupported content types and HTTP errors are failures', async () => {
    const pdf = await read('/report.pdf');
    assert.deepEqual(pdf.failures, [{ origin: `${server.base}/report.pdf`, reason: `unsupported content type application/pdf from ${server.base}/report.pdf` }]);
    const missing = await read('/missing');
    assert.deepEqual(missing.failures, [{ origin: `${server.base}/missing`, reason: `HTTP 404 Not Found from ${server.base}/missing` }]);
  });
});

describe('fileNameDate', () => {
  test('a leading ISO date in a file name is its publication date', async () => {
    const { fileNameDate } = await import('../../src/ingest/sources.js');
    assert.equal(fileNameDate('examples/2025-03-04-de-talblick-rundschau.txt'), '2025-03-04');
    assert.equal(fileNameDate('/a/2025-03-04/notes.txt'), null);
    assert.equal(fileNameDate('2025-13-04-x.txt'), null);
    assert.equal(fileNameDate('report.txt'), null);
  });
});
