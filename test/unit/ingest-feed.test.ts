import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { listSources, readSource } from '../../src/ingest/sources.js';
import { collect, fixture, fixturePath, readOptions, send, startServer, type TestServer } from '../fixtures/ingest/server.js';

describe('feeds whose items carry the full text', () => {
  test('an Atom file: each entry is a document, no page is fetched, a link-less teaser is a failure', async () => {
    const path = fixturePath('feed-full.atom');
    const { sources } = await listSources([], { feeds: [path] });
    assert.deepEqual(sources, [{ kind: 'feed', location: path }]);
    const { docs, failures } = await collect(readSource(sources[0]!, readOptions()));
    assert.equal(docs.length, 2);
    const [boathouse, parking] = docs;
    assert.equal(boathouse!.rawType, 'feed-item');
    assert.equal(boathouse!.origin, 'https://coastal-ledger.example/news/lifeboat-boathouse');
    assert.equal(boathouse!.url, 'https://coastal-ledger.example/news/lifeboat-boathouse');
    assert.equal(boathouse!.title, 'Lifeboat station gets new boathouse');
    assert.equal(boathouse!.published, '2024-04-01T15:20:00Z');
    assert.equal(boathouse!.author, 'Priya Natarajan');
    assert.equal(boathouse!.lang, 'en'); // the feed's xml:lang
    const lines = boathouse!.text.split('\n');
    assert.equal(lines[0], 'Lifeboat station gets new boathouse');
    assert.equal(lines.length, 4);
    assert.match(lines[2]!, /^"Our crew have been squeezing past the boat/);
    assert.match(boathouse!.raw, /<p>The volunteer lifeboat crew/);
    // The content starts with the title as a heading: it is not repeated.
    assert.equal(parking!.text.split('\n')[0], 'Council freezes beach parking charges');
    assert.equal(parking!.text.split('\n')[1]!.slice(0, 20), 'Parking charges at t');
    assert.deepEqual(failures, [
      {
        origin: `${path}[2]`,
        reason: "the item's text is short (32 characters) and it has no link to the full article",
      },
    ]);
  });

  test('content:encoded in RSS is full text', async () => {
    const body = 'Die Kläranlage wird für 12 Millionen Euro modernisiert. '.repeat(12);
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
      <title>T</title><link>https://rundschau.example/</link><language>de</language>
      <item><title>Kläranlage</title><link>https://rundschau.example/klaeranlage</link><description>Kurz.</description>
      <content:encoded><![CDATA[<p>${body}</p><p>Zweiter Absatz.</p>]]></content:encoded></item></channel></rss>`;
    const { docs } = await collect(readSource({ kind: 'stdin' }, { ...readOptions(), stdin: Readable.from([Buffer.from(rss)]) }));
    assert.equal(docs.length, 1);
    assert.equal(docs[0]!.lang, 'de');
    assert.equal(docs[0]!.text, `Kläranlage\n${body.trim()}\nZweiter Absatz.`);
  });

  test('something that is not a feed is one failure', async () => {
    const { docs, failures } = await collect(readSource({ kind: 'feed', location: fixturePath('records.json') }, readOptions()));
    assert.equal(docs.length, 0);
    assert.deepEqual(failures, [{ origin: fixturePath('records.json'), reason: 'not a readable feed (no RSS or Atom feed found)' }]);
  });
});

describe('feeds whose items only link to the article', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({
      '/feed.rss': (_req, res, base) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        res.end(fixture('feed-links.rss').replaceAll('{{BASE}}', base));
      },
      '/articles/schule.html': send(fixture('bare-article.html'), 'text/html; charset=utf-8'),
      '/articles/busnetz.html': send(fixture('article-de.html'), 'text/html; charset=utf-8'),
      '/moved.rss': (_req, res, base) => {
        res.writeHead(301, { location: `${base}/feed.rss` });
        res.end();
      },
      '/pdf-feed.rss': send(
        `<rss version="2.0"><channel><title>P</title><item><title>Bericht</title><link>/bericht.pdf</link></item></channel></rss>`,
        'application/rss+xml',
      ),
      '/bericht.pdf': send(Buffer.from('%PDF-1.7'), 'application/pdf'),
    });
  });
  after(() => server.close());

  test('pages are fetched and extracted; item metadata fills the gaps; a 404 item does not stop the others', async () => {
    const { docs, failures } = await collect(readSource({ kind: 'feed', location: `${server.base}/feed.rss` }, readOptions()));
    assert.equal(docs.length, 2, JSON.stringify(failures));

    // The school page has no title, date or author of its own: the item's fill in.
    const school = docs[0]!;
    assert.equal(school.rawType, 'html');
    assert.equal(school.origin, `${server.base}/articles/schule.html`);
    assert.equal(school.url, `${server.base}/articles/schule.html`);
    assert.equal(school.title, 'Anbau für die Grundschule am Lindenplatz');
    assert.equal(school.published, '2024-03-06T16:45:00Z');
    assert.equal(school.author, 'Malte Brinkhaus');
    assert.equal(school.lang, 'de'); // from the channel
    assert.match(school.text, /^Anbau für die Grundschule am Lindenplatz\nDie Grundschule am Lindenplatz bekommt einen Anbau/);
    assert.equal(school.text.split('\n').length, 4);
    assert.equal(school.raw, fixture('bare-article.html'));

    // The bus page has its own metadata, which wins over the item's; its relative link was resolved.
    const bus = docs[1]!;
    assert.equal(bus.origin, `${server.base}/articles/busnetz.html`);
    assert.equal(bus.title, 'Stadtrat beschließt neues Busnetz für Neustadt');
    assert.equal(bus.published, '2024-03-05T09:15:00+01:00');
    assert.equal(bus.author, 'Jana Hofstetter, Malte Brinkhaus');
    assert.equal(bus.url, `${server.base}/lokales/busnetz-beschlossen`);

    assert.deepEqual(failures, [
      { origin: `${server.base}/articles/missing.html`, reason: `HTTP 404 Not Found from ${server.base}/articles/missing.html` },
    ]);
  });

  test('a feed URL that redirects, read through a url source by its content type', async () => {
    const { docs, failures } = await collect(readSource({ kind: 'url', url: `${server.base}/moved.rss` }, readOptions()));
    assert.equal(docs.length, 2);
    assert.equal(failures.length, 1);
  });

  test('an item linking to something that is not a page is a failure', async () => {
    const { docs, failures } = await collect(readSource({ kind: 'feed', location: `${server.base}/pdf-feed.rss` }, readOptions()));
    assert.equal(docs.length, 0);
    assert.equal(failures.length, 1);
    assert.equal(failures[0]!.origin, `${server.base}/bericht.pdf`);
    assert.match(failures[0]!.reason, /^unsupported content type application\/pdf/);
  });

  test('a feed that cannot be fetched is one failure', async () => {
    const { docs, failures } = await collect(readSource({ kind: 'feed', location: `${server.base}/nothing.rss` }, readOptions()));
    assert.equal(docs.length, 0);
    assert.deepEqual(failures, [{ origin: `${server.base}/nothing.rss`, reason: `HTTP 404 Not Found from ${server.base}/nothing.rss` }]);
  });
});
