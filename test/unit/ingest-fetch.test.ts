import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../../src/ingest/decode.js';
import { USER_AGENT, decodeBody, fetchUrl } from '../../src/ingest/fetch.js';
import type { FetchOptions } from '../../src/ingest/types.js';
import { VERSION } from '../../src/version.js';
import { redirect, send, startServer, type TestServer } from '../fixtures/ingest/server.js';

const options = (o: Partial<FetchOptions> = {}): FetchOptions => ({ timeoutMs: 5000, maxBytes: 100_000, maxRedirects: 5, ...o });

/** Asserts that fetching rejects with a one-line InputError matching every pattern; returns the message. */
async function fetchFails(url: string, opts: FetchOptions, ...patterns: RegExp[]): Promise<string> {
  let message = '';
  await assert.rejects(fetchUrl(url, opts), (err: unknown) => {
    assert.ok(err instanceof InputError, `expected an InputError, got ${String(err)}`);
    message = err.message;
    return true;
  });
  assert.ok(!message.includes('\n'), `message spans lines: ${message}`);
  for (const p of patterns) assert.match(message, p);
  return message;
}

describe('fetchUrl', () => {
  let server: TestServer;
  let seenUserAgent = '';

  before(async () => {
    server = await startServer({
      '/page': (req, res) => {
        seenUserAgent = req.headers['user-agent'] ?? '';
        res.writeHead(200, { 'content-type': 'text/html; charset=UTF-8' });
        res.end('<p>Grüße aus Neustadt</p>');
      },
      '/hop1': redirect('/hop2', 301),
      '/hop2': (_req, res, base) => {
        res.writeHead(307, { location: `${base}/dir/hop3` });
        res.end();
      },
      '/dir/hop3': redirect('../page', 308),
      '/loop': redirect('/loop'),
      '/no-location': (_req, res) => {
        res.writeHead(302);
        res.end();
      },
      '/to-ftp': redirect('ftp://files.example/article.txt'),
      '/hang': () => {
        // Never answers.
      },
      '/stall': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('first bytes, then nothing');
      },
      '/declared-big': send('x'.repeat(5000), 'text/plain'),
      '/streamed-big': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' }); // chunked: no Content-Length
        for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
        res.end();
      },
      '/gone': send('gone', 'text/plain', 410),
      '/server-error': send('oops', 'text/plain', 500),
    });
  });

  after(() => server.close());

  test('returns the body, media type, charset and URL, and says who is asking', async () => {
    const r = await fetchUrl(`${server.base}/page`, options());
    assert.equal(r.body.toString('utf8'), '<p>Grüße aus Neustadt</p>');
    assert.equal(r.contentType, 'text/html');
    assert.equal(r.charset, 'utf-8');
    assert.equal(r.finalUrl, `${server.base}/page`);
    assert.equal(seenUserAgent, `quellenlage/${VERSION}`);
    assert.equal(USER_AGENT, `quellenlage/${VERSION}`);
  });

  test('follows redirects, absolute and relative, and reports the final URL', async () => {
    const r = await fetchUrl(`${server.base}/hop1`, options());
    assert.equal(r.finalUrl, `${server.base}/page`);
    assert.equal(decodeBody(r), '<p>Grüße aus Neustadt</p>');
  });

  test('stops after maxRedirects', async () => {
    await fetchFails(`${server.base}/loop`, options({ maxRedirects: 3 }), /too many redirects \(more than 3\)/, /\/loop/);
    // Three hops are needed to reach /page from /hop1.
    await fetchFails(`${server.base}/hop1`, options({ maxRedirects: 2 }), /too many redirects \(more than 2\)/);
    assert.equal((await fetchUrl(`${server.base}/hop1`, options({ maxRedirects: 3 }))).finalUrl, `${server.base}/page`);
  });

  test('refuses redirects to other schemes and redirects without a Location', async () => {
    await fetchFails(`${server.base}/to-ftp`, options(), /ftp:\/\/files\.example\/article\.txt/, /not an http or https URL/);
    await fetchFails(`${server.base}/no-location`, options(), /HTTP 302/, /without a Location/);
  });

  test('refuses URLs that are not http or https, and invalid URLs', async () => {
    await fetchFails('file:///etc/passwd', options(), /only http and https URLs/);
    await fetchFails('http://', options(), /not a valid URL/);
  });

  test('times out when the server does not answer', async () => {
    const t0 = Date.now();
    await fetchFails(`${server.base}/hang`, options({ timeoutMs: 300 }), /^timed out after 0\.3 s fetching http:\/\/127\.0\.0\.1:\d+\/hang$/);
    assert.ok(Date.now() - t0 < 3000, 'the timeout took far too long');
  });

  test('times out when the body stalls', async () => {
    await fetchFails(`${server.base}/stall`, options({ timeoutMs: 300 }), /^timed out after 0\.3 s fetching .*\/stall$/);
  });

  test('enforces the size cap from Content-Length and while streaming', async () => {
    await fetchFails(`${server.base}/declared-big`, options({ maxBytes: 1000 }), /declared-big is 4\.9 KB, over the 1000 bytes size limit/);
    await fetchFails(`${server.base}/streamed-big`, options({ maxBytes: 2500 }), /streamed-big is over the 2\.4 KB size limit/);
    const r = await fetchUrl(`${server.base}/streamed-big`, options({ maxBytes: 10_000 }));
    assert.equal(r.body.length, 10_000);
  });

  test('HTTP errors name the status and the URL', async () => {
    await fetchFails(`${server.base}/missing`, options(), /^HTTP 404 Not Found from http:\/\/127\.0\.0\.1:\d+\/missing$/);
    await fetchFails(`${server.base}/gone`, options(), /^HTTP 410 Gone from /);
    await fetchFails(`${server.base}/server-error`, options(), /^HTTP 500 Internal Server Error from /);
  });

  test('connection errors say what went wrong', async () => {
    // A port that was just free: nothing listens there.
    const probe = await startServer({});
    const url = `${probe.base}/page`;
    await probe.close();
    await fetchFails(url, options(), /^cannot fetch http:\/\/127\.0\.0\.1:\d+\/page: connection refused$/);
  });
});

describe('decodeBody', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({
      '/latin1': send(Buffer.from('Grüße aus Köln', 'latin1'), 'text/plain; charset=ISO-8859-1'),
      '/meta-charset': send(
        Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'), Buffer.from('Straße', 'latin1'), Buffer.from('</p></body></html>')]),
        'text/html',
      ),
      '/bad-utf8': send(Buffer.from([0x48, 0x61, 0xfc, 0x6c]), 'text/plain; charset=utf-8'),
      '/empty': send('', 'text/plain'),
    });
  });
  after(() => server.close());

  test('Latin-1 declared in the header is read as windows-1252', async () => {
    const r = await fetchUrl(`${server.base}/latin1`, options());
    assert.equal(r.charset, 'iso-8859-1');
    assert.equal(decodeBody(r), 'Grüße aus Köln');
  });

  test('a charset declared in the page itself counts when the header has none', async () => {
    const r = await fetchUrl(`${server.base}/meta-charset`, options());
    assert.equal(r.charset, 'windows-1252');
    assert.match(decodeBody(r), /<p>Straße<\/p>/);
  });

  test('invalid UTF-8 and empty bodies get decodeText’s one-line reasons', async () => {
    const bad = await fetchUrl(`${server.base}/bad-utf8`, options());
    assert.throws(() => decodeBody(bad), (err: unknown) => err instanceof InputError && /\/bad-utf8 is not valid UTF-8 \(byte 0xfc at offset 2\)/.test(err.message));
    const empty = await fetchUrl(`${server.base}/empty`, options());
    assert.throws(() => decodeBody(empty), (err: unknown) => err instanceof InputError && /\/empty is empty$/.test(err.message));
  });
});
