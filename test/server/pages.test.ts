/** The web pages: escaping of untrusted article text, the CSP, the highlighted analysis, German and English text. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { AnalysisJSON } from '../../src/analysis/format.js';
import type { LedgerTopic } from '../../src/ledger/topics.js';
import { topicChart, wantsLog } from '../../src/server/chart.js';
import { highlightedText } from '../../src/server/highlight.js';
import { escapeHtml, html } from '../../src/server/html.js';
import { fromAcceptLanguage, messageKeys } from '../../src/server/i18n.js';
import { call, postJson, useServer } from './harness.js';

const HOSTILE_TITLE = '<script>window.pwned=1</script>Flut in Kirchau';
const HOSTILE_TEXT =
  'Die Feuerwehr sagte am Montag, mehr als 1.200 Menschen seien evakuiert worden. <img src=x onerror="window.pwned=2"> ' +
  '„Wir rechnen mit weiteren Evakuierungen“, sagte Kreisbrandmeister Anton Vogelsang"><svg onload=alert(3)>.';
const HOSTILE_PAGE = `<!doctype html><html lang="de"><head><title>&lt;script&gt;window.pwned=4&lt;/script&gt; Damm</title></head><body><article><h1>&lt;script&gt;window.pwned=4&lt;/script&gt; Damm</h1><p>Der Landrat sagte, rund 3.500 Menschen seien betroffen. &lt;iframe src=javascript:alert(5)&gt;</p><p>${'Die Lage bleibt angespannt, teilte das Landratsamt mit. '.repeat(4)}</p></article></body></html>`;

/** Markup a page must never contain when its data holds the hostile strings above. */
function assertInert(page: string, where: string): void {
  assert.doesNotMatch(page, /<script>window\.pwned|<img src=x|<svg onload|<iframe src=javascript/i, `${where}: hostile markup came through`);
  assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)[^>]*>/i, `${where}: an inline script`);
  assert.doesNotMatch(page, /<[^>]*\son[a-z]+\s*=/i, `${where}: an event-handler attribute`);
  assert.doesNotMatch(page, /<[^>]*\sstyle\s*=/i, `${where}: an inline style`);
}

describe('pages with hostile articles in the store', () => {
  const srv = useServer();
  let ids: string[] = [];
  before(async () => {
    const server = srv();
    const r = (await (await postJson(server, '/api/documents', [{ title: HOSTILE_TITLE, text: HOSTILE_TEXT, published: '2025-03-04', url: 'javascript:alert(6)' }])).json()) as { items: { id: string }[] };
    const p = (await (await call(server.url + '/api/documents', { method: 'POST', headers: { 'content-type': 'text/html' }, body: HOSTILE_PAGE })).json()) as { items: { id: string }[] };
    ids = [...r.items, ...p.items].map((i) => i.id);
    assert.equal(ids.filter(Boolean).length, 2);
  });

  it('escape article text and titles on every page', async () => {
    const server = srv();
    const paths = ['/', '/documents', ...ids.map((id) => `/documents/${id}`), '/ledger', '/sources', '/search?q=Feuerwehr', '/search?q=Landrat', '/upload', '/search?q=%3Cscript%3Ealert(7)%3C%2Fscript%3E'];
    for (const path of paths) {
      const res = await call(server.url + path);
      assert.equal(res.status, 200, path);
      const page = await res.text();
      assertInert(page, path);
      assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'(;|$)/);
      assert.doesNotMatch(res.headers.get('content-security-policy') ?? '', /unsafe-inline|unsafe-eval/);
    }
    const doc = await (await call(`${server.url}/documents/${ids[0]}`)).text();
    assert.ok(doc.includes('&lt;script&gt;window.pwned=1&lt;/script&gt;Flut in Kirchau'), 'the title is shown, as text');
    assert.ok(!doc.includes('javascript:alert(6)'), 'a javascript: URL is neither stored nor linked');
  });

  it('escape what the visitor sends back too (search box, analyze form)', async () => {
    const server = srv();
    const res = await call(server.url + '/analyze', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ text: HOSTILE_TEXT, lang: 'de' }).toString() });
    assert.equal(res.status, 200);
    assertInert(await res.text(), 'POST /analyze');
  });
});

describe('the Analyze page', () => {
  const srv = useServer();
  it('marks source, cue and content in the text and lists the claims by source, linked to their place', async () => {
    const text = 'Der Bürgermeister Karl Brenner sagte am Dienstag, die Brücke bleibe bis Juni gesperrt.';
    const res = await call(srv().url + '/analyze', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ text, lang: 'de', published: '2025-03-04' }).toString() });
    const page = await res.text();
    assert.match(page, /<span class="m-src"[^>]*>[^<]*Karl Brenner<\/span>/);
    assert.match(page, /<span class="m-cue"[^>]*>sagte<\/span>/);
    assert.match(page, /class="[^"]*m-content[^"]*"[^>]*>[^<]*Brücke/);
    assert.match(page, /<a class="anchor" id="x-C1"><\/a>/);
    assert.match(page, /<a href="#x-C1" data-owner="C1">C1<\/a>/);
  });

  it('shows a bad input as the one-line message, with the form kept', async () => {
    const res = await call(srv().url + '/analyze', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ text: 'Ein Satz.', published: 'morgen' }).toString() });
    assert.equal(res.status, 400);
    const page = await res.text();
    assert.match(page, /role="alert">&quot;published&quot; must be an ISO 8601 date/);
    assert.match(page, /<textarea name="text" rows="10">Ein Satz\.<\/textarea>/);
  });

  it('speaks German or English by Accept-Language and by the switch', async () => {
    const de = await (await call(srv().url + '/ledger', { headers: { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' } })).text();
    assert.match(de, /<html lang="de">/);
    assert.match(de, />Zahlenbuch</);
    const en = await (await call(srv().url + '/ledger', { headers: { 'accept-language': 'fr, en;q=0.8' } })).text();
    assert.match(en, /<html lang="en">/);
    const switched = await call(srv().url + '/ledger?ui=de', { headers: { 'accept-language': 'en' } });
    assert.match(await switched.text(), /<html lang="de">/);
    assert.match(switched.headers.get('set-cookie') ?? '', /^ql_ui=de;/);
  });
});

describe('page helpers', () => {
  it('escape the five HTML metacharacters, and only interpolated values', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    assert.equal(html`<b>${'<i>'}</b>${html`<i>ok</i>`}`.value, '<b>&lt;i&gt;</b><i>ok</i>');
    assert.equal(html`${null}${false}${['a', '<']}`.value, 'a&lt;');
  });

  it('cut the text at code points, so marks after an emoji land on the right characters', () => {
    const text = 'Oh 🌊 Flut: 40 Häuser, sagte Ina.';
    const cps = Array.from(text);
    const at = (s: string) => Array.from(text.slice(0, text.indexOf(s))).length;
    const span = (s: string) => ({ start: at(s), end: at(s) + Array.from(s).length, text: s });
    void cps;
    const a = {
      document: { id: 'x', lang: 'de', title: null, published: null, url: null, text },
      claims: [{ id: 'C1', kind: 'indirect', cue: span('sagte'), source: { ...span('Ina'), entity: null }, via: [], content: span('Flut: 40 Häuser'), stance: 'assert', certainty: null, quantities: ['Q1'], times: [] }],
      quantities: [{ id: 'Q1', ...span('40 Häuser'), value: 40, low: null, high: null, qualifier: 'exact', unit: null, unitLemma: null }],
      times: [],
    } as unknown as AnalysisJSON;
    const out = highlightedText(a).value;
    assert.match(out, /<span class="m-src" data-owners="C1">Ina<\/span>/);
    assert.match(out, /<span class="m-cue" data-owners="C1">sagte<\/span>/);
    assert.match(out, /<span class="m-content" data-owners="C1">Flut: <\/span><a class="anchor" id="x-Q1"><\/a><span class="m-content m-qty" data-owners="C1 Q1">40 Häuser<\/span>/);
    assert.ok(out.includes('Oh 🌊 '), 'the unmarked text is kept');
  });

  it('draw a topic as Plot SVG: a dot per dated figure, a rule per range, an arrow per open bound, names escaped', async () => {
    const est = (published: string | null, qualifier: string, value: number | null, low: number | null, high: number | null, name: string) =>
      ({ document: '0123456789abcdef', claim: null, quantity: 'Q1', span: { start: 0, end: 1, text: 'x' }, value, low, high, qualifier, unit: null, source: { name, key: name }, via: [], stance: 'assert', published, lang: 'de' });
    const topic = {
      id: 'L1', label: 'people · evacuate', unitLemma: 'person', entities: [], class: 'people', predicate: 'evacuate', keys: [], estimateCount: 5, documentCount: 1, langs: ['de'], denials: [],
      estimates: [
        est('2025-03-04', 'exact', 3500, 3500, 3500, '<script>alert(1)</script>Amt'),
        est('2025-03-05', 'range', null, 3000, 4000, 'Feuerwehr'),
        est('2025-03-06', 'more_than', null, 4000, null, 'Landrat'),
        est('2025-03-06', 'at_most', null, null, 6000, 'Initiative'),
        est(null, 'exact', 10, 10, 10, 'undatiert'),
      ],
    } as unknown as LedgerTopic;
    const chart = await topicChart(topic, 'de');
    assert.ok(chart);
    assert.equal(chart.points, 4, 'the undated figure is left out of the chart');
    assert.equal(chart.log, false);
    assert.equal((chart.svg.match(/<circle/g) ?? []).length, 4);
    assert.match(chart.svg, /aria-label="rule"/);
    assert.equal((chart.svg.match(/aria-label="arrow"[^]*?<\/g>/)?.[0].match(/<path/g) ?? []).length, 2);
    assert.ok(!chart.svg.includes('<script'), 'a source name is text in the SVG');
    assert.ok(chart.svg.includes('&lt;script&gt;alert(1)&lt;/script&gt;Amt'));
    assert.ok(!/<style/.test(chart.svg), 'no inline style element (CSP)');
    assert.match(chart.svg, /href="\/documents\/0123456789abcdef#x-Q1"/);
    assert.equal(await topicChart({ ...topic, estimates: topic.estimates.slice(4).map((e) => ({ ...e, published: null })) }, 'de'), null);
  });

  it('choose a log scale only when the figures span more than two orders of magnitude', () => {
    assert.equal(wantsLog([20, 3000]), true);
    assert.equal(wantsLog([2000, 9999, 3500]), false);
    assert.equal(wantsLog([5]), false);
  });

  it('pick the interface language by q-value, English by default', () => {
    assert.equal(fromAcceptLanguage('de-AT, en;q=0.5'), 'de');
    assert.equal(fromAcceptLanguage('en-GB;q=0.9, de;q=0.4'), 'en');
    assert.equal(fromAcceptLanguage('fr-FR, it'), 'en');
    assert.equal(fromAcceptLanguage(undefined), 'en');
  });

  it('have the same message keys in German and English', () => {
    assert.deepEqual(messageKeys('de').sort(), messageKeys('en').sort());
    assert.ok(messageKeys('de').length > 40);
  });
});
