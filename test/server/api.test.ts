/** The HTTP API of `quellenlage serve` on an ephemeral loopback port: schemas, problem details, limits, ingest and views. */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { repoPath, validateAnalysis, validateLedger } from '../helpers.js';
import { call, openApiErrors, postJson, testServer, useServer } from './harness.js';

const ARTICLE_DE =
  'Die Feuerwehr hat am Montag rund 1.200 Menschen aus dem Ortsteil Kirchau in Sicherheit gebracht. ' +
  '„Wir rechnen mit weiteren Evakuierungen“, sagte Kreisbrandmeister Anton Vogelsang. ' +
  'Nach Angaben der Stadtverwaltung waren es mehr als 1.500 Menschen.';

async function problemOf(res: Response, status: number): Promise<{ type: string; title: string; status: number; detail: string }> {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const p = (await res.json()) as { type: string; title: string; status: number; detail: string };
  assert.equal(openApiErrors('Problem', p), null);
  assert.equal(p.status, status);
  assert.doesNotMatch(p.detail, /\n|    at /, 'one line, no stack trace');
  return p;
}

describe('POST /api/analyze', () => {
  const srv = useServer({ maxSize: 4096 });

  it('returns quellenlage.analysis/1 with the claims of a German text', async () => {
    const server = srv();
    const res = await postJson(server, '/api/analyze', { text: ARTICLE_DE, lang: 'de', published: '2025-03-04' });
    assert.equal(res.status, 200);
    const a = (await res.json()) as { document: { lang: string; published: string }; claims: { source: { text: string } | null; cue: { text: string } | null }[] };
    assert.deepEqual(validateAnalysis(a).errors, []);
    assert.equal(a.document.lang, 'de');
    assert.equal(a.document.published, '2025-03-04');
    assert.ok(a.claims.some((c) => c.source?.text.includes('Vogelsang') && c.cue?.text === 'sagte'), 'the quoted fire chief is a source');
  });

  it('includes tokens only when asked', async () => {
    const server = srv();
    const without = (await (await postJson(server, '/api/analyze', { text: ARTICLE_DE })).json()) as { tokens?: unknown[] };
    const withTokens = (await (await postJson(server, '/api/analyze', { text: ARTICLE_DE, tokens: true })).json()) as { tokens?: unknown[] };
    assert.equal(without.tokens, undefined);
    assert.ok((withTokens.tokens?.length ?? 0) > 20);
  });

  it('reads an HTML page: its title and main text', async () => {
    const server = srv();
    const page = `<!doctype html><html lang="de"><head><title>Evakuierung in Kirchau</title></head><body><nav>Startseite Sport</nav><article><h1>Evakuierung in Kirchau</h1><p>${ARTICLE_DE}</p></article></body></html>`;
    const res = await postJson(server, '/api/analyze', { html: page });
    assert.equal(res.status, 200);
    const a = (await res.json()) as { document: { title: string | null; text: string } };
    assert.equal(a.document.title, 'Evakuierung in Kirchau');
    assert.ok(a.document.text.includes('Kreisbrandmeister'));
    assert.ok(!a.document.text.includes('Startseite Sport'), 'the menu is not article text');
  });

  it('answers mistakes with problem details and the CLI wording', async () => {
    const server = srv();
    assert.match((await problemOf(await postJson(server, '/api/analyze', {}), 400)).detail, /give "text", "html" or "url"/);
    assert.match((await problemOf(await postJson(server, '/api/analyze', { text: 'a', url: 'https://example.org/' }), 400)).detail, /not "text" and "url"/);
    assert.match((await problemOf(await postJson(server, '/api/analyze', { text: ARTICLE_DE, published: 'gestern' }), 400)).detail, /"published" must be an ISO 8601 date/);
    assert.match((await problemOf(await postJson(server, '/api/analyze', { text: ARTICLE_DE, lang: 'fr' }), 400)).detail, /lang/);
    assert.match((await problemOf(await postJson(server, '/api/analyze', { text: ARTICLE_DE, colour: 'red' }), 400)).detail, /additional properties/);
    assert.match((await problemOf(await postJson(server, '/api/analyze', { text: '   \n ' }), 422)).detail, /empty|no text/i);
    const bad = await call(server.url + '/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": ' });
    await problemOf(bad, 400);
  });

  it('refuses a document over --max-size with the CLI message, and a body over the limit', async () => {
    const server = srv();
    const p = await problemOf(await postJson(server, '/api/analyze', { text: 'Wort '.repeat(1000) }), 413);
    assert.match(p.detail, /over the 4(\.0)? KB limit for one document \(raise it with --max-size MB\)/);
    await problemOf(await postJson(server, '/api/analyze', { text: 'x'.repeat(20000) }), 413);
  });

  it('answers an unknown route with a 404 problem', async () => {
    const server = srv();
    await problemOf(await call(server.url + '/api/nothing'), 404);
  });
});

describe('URL fetching from the server', () => {
  let target: Server;
  let hits = 0;
  let targetUrl = '';
  before(async () => {
    target = createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(ARTICLE_DE);
    });
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
    const addr = target.address();
    targetUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/story.txt`;
  });
  after(() => new Promise<void>((r) => target.close(() => r())));

  it('refuses loopback and private addresses without connecting', async (t) => {
    const server = await testServer();
    t.after(() => server.close());
    for (const url of [targetUrl, targetUrl.replace('127.0.0.1', 'localhost'), 'http://10.1.2.3/x', 'http://[::1]/x', 'http://169.254.169.254/latest/meta-data/']) {
      const p = await problemOf(await postJson(server, '/api/analyze', { url }), 422);
      assert.match(p.detail, /private|loopback/);
    }
    // The dispatcher refuses at connection time too (redirects, names that resolve to a private address).
    await assert.rejects(fetch(targetUrl), (err: Error & { cause?: Error }) => /private address/.test(err.cause?.message ?? ''));
    await assert.rejects(fetch(targetUrl.replace('127.0.0.1', 'localhost')), (err: Error & { cause?: Error }) => /private address/.test(err.cause?.message ?? ''));
    assert.equal(hits, 0);
  });

  it('fetches them with --allow-private-urls', async (t) => {
    const server = await testServer({ allowPrivateUrls: true });
    t.after(() => server.close());
    const res = await postJson(server, '/api/analyze', { url: targetUrl });
    assert.equal(res.status, 200);
    assert.equal(hits, 1);
    const a = (await res.json()) as { document: { url: string } };
    assert.equal(a.document.url, targetUrl);
  });
});

describe('the store over HTTP', () => {
  const srv = useServer();
  let ids: string[] = [];

  it('ingests a JSON array with a result per item, failures included', async () => {
    const server = srv();
    const records = [
      { text: ARTICLE_DE, title: 'Kirchau evakuiert', published: '2025-03-04', lang: 'de', url: 'https://news.invalid/kirchau' },
      { text: 'The fire brigade said on Tuesday that more than 2,000 people had been evacuated from Kirchau. "We expect more," said fire chief Anton Vogelsang.', published: '2025-03-05', lang: 'en' },
      { text: 'Kein Text mit Sprache', lang: 'klingonisch' },
    ];
    const res = await postJson(server, '/api/documents', records);
    assert.equal(res.status, 200);
    const r = (await res.json()) as { added: number; failed: number; items: { id: string | null; status: string; error?: string }[] };
    assert.equal(openApiErrors('IngestResponse', r), null);
    assert.equal(r.added, 2);
    assert.equal(r.failed, 1);
    assert.match(r.items[2]!.error ?? '', /"lang" must be de or en/);
    ids = r.items.filter((i) => i.id).map((i) => i.id!);
    const again = (await (await postJson(server, '/api/documents', records[0])).json()) as { unchanged: number };
    assert.equal(again.unchanged, 1);
  });

  it('ingests JSON Lines and says which line failed', async () => {
    const server = srv();
    const body = `{"text": "Die Polizei teilte mit, dass 40 Straßen gesperrt seien.", "published": "2025-03-06"}\n{"text": 5}\n`;
    const res = await call(server.url + '/api/documents', { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body });
    const r = (await res.json()) as { added: number; failed: number; items: { origin: string; error?: string }[] };
    assert.equal(r.added, 1);
    assert.equal(r.failed, 1);
    assert.match(r.items[1]!.origin, /2/);
  });

  it('serves one document with its stored analysis, and 404 for an unknown id', async () => {
    const server = srv();
    const res = await call(`${server.url}/api/documents/${ids[0]}`);
    assert.equal(res.status, 200);
    const d = (await res.json()) as { document: { title: string }; analysis: unknown };
    assert.equal(openApiErrors('StoredDocument', d), null);
    assert.equal(d.document.title, 'Kirchau evakuiert');
    await problemOf(await call(`${server.url}/api/documents/0123456789abcdef`), 404);
    await problemOf(await call(`${server.url}/api/documents/not-an-id`), 400);
  });

  it('serves the ledger as quellenlage.ledger/1 with the CLI filters', async () => {
    const server = srv();
    const all = await (await call(`${server.url}/api/ledger`)).json();
    assert.deepEqual(validateLedger(all).errors, []);
    const topics = (all as { topics: { label: string; estimates: unknown[] }[] }).topics;
    assert.ok(topics.some((t) => t.estimates.length >= 2), 'the evacuation figures of two articles meet in one topic');
    const later = (await (await call(`${server.url}/api/ledger?since=2025-03-06`)).json()) as { documents: { published: string }[] };
    assert.ok(later.documents.length > 0 && later.documents.every((d) => d.published >= '2025-03-06') && later.documents.length < (all as { documents: unknown[] }).documents.length);
    await problemOf(await call(`${server.url}/api/ledger?since=yesterday`), 400);
    await problemOf(await call(`${server.url}/api/ledger?story=S999`), 404);
  });

  it('searches, lists sources and exports', async () => {
    const server = srv();
    const s = (await (await call(`${server.url}/api/search?q=Evakuierungen`)).json()) as { claims: unknown[]; documents: unknown[] };
    assert.equal(openApiErrors('SearchResponse', s), null);
    assert.ok(s.claims.length + s.documents.length > 0);
    const none = (await (await call(`${server.url}/api/search?q=Zeppelin`)).json()) as { claims: unknown[]; documents: unknown[] };
    assert.equal(none.claims.length + none.documents.length, 0);
    await problemOf(await call(`${server.url}/api/search`), 400);
    const sources = (await (await call(`${server.url}/api/sources`)).json()) as { name: string }[];
    assert.ok(sources.length > 0);
    for (const src of sources) assert.equal(openApiErrors('Source', src), null);
    const csv = await call(`${server.url}/api/export?format=csv`);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.match((await csv.text()).split('\n')[0]!, /^document,url,title,published/);
    const ld = (await (await call(`${server.url}/api/export?format=jsonld`)).json()) as { '@type': string }[];
    assert.ok(ld.length > 0 && ld.every((c) => c['@type'] === 'Claim'));
    await problemOf(await call(`${server.url}/api/export?format=xml`), 400);
  });

  it('serves its OpenAPI file, and every path in it is a route', async () => {
    const server = srv();
    const served = await (await call(`${server.url}/openapi.json`)).json();
    const file = JSON.parse(readFileSync(repoPath('schema', 'openapi.json'), 'utf8')) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.deepEqual(served, file);
    assert.equal(file.openapi, '3.1.0');
    for (const [path, ops] of Object.entries(file.paths)) {
      for (const method of Object.keys(ops)) assert.ok(server.app.hasRoute({ method: method.toUpperCase() as 'GET', url: path.replace(/\{(\w+)\}/g, ':$1') }), `${method} ${path}`);
    }
  });
});

describe('the token', () => {
  it('is required on every API call and page when set', async (t) => {
    const server = await testServer({ token: 'correct-horse-battery' });
    t.after(() => server.close());
    await problemOf(await call(`${server.url}/api/sources`), 401);
    await problemOf(await call(`${server.url}/api/sources`, { headers: { authorization: 'Bearer wrong-token-value' } }), 401);
    assert.equal((await call(`${server.url}/api/sources`, { headers: { authorization: 'Bearer correct-horse-battery' } })).status, 200);
    const page = await call(`${server.url}/ledger`);
    assert.equal(page.status, 401);
    assert.ok(!(await page.text()).includes('correct-horse'));
    // The printed link sets a cookie and drops the token from the address.
    const link = await call(`${server.url}/ledger?token=correct-horse-battery`, { redirect: 'manual' });
    assert.equal(link.status, 303);
    assert.equal(link.headers.get('location'), '/ledger');
    const cookie = (link.headers.get('set-cookie') ?? '').split(';')[0]!;
    assert.match(link.headers.get('set-cookie') ?? '', /HttpOnly; SameSite=Strict/);
    assert.equal((await call(`${server.url}/ledger`, { headers: { cookie } })).status, 200);
  });
});
