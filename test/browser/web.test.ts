/**
 * The web app in a real browser (playwright-core driving Debian's chromium): analyze a pasted German article and
 * see the highlighted claims, read the ledger chart's points, search, and upload script-laden articles that must
 * not run. One browser for the file; every request the pages make is checked to stay on the loopback interface.
 * Set SCREENSHOTS_DIR to also write the screenshots of docs/.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inlineAnalyzer } from '../../src/cli/analysis-runner.js';
import { EXAMPLES_DIR } from '../../src/cli/serve.js';
import type { RunningServer } from '../../src/server/app.js';
import { call, testServer } from '../server/harness.js';

const CANDIDATES = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executable = CANDIDATES.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
// In CI (.ci/run installs chromium) a missing browser is a failure, not a skip.
const skip = executable === undefined && !process.env['CI'] && !process.env['QUELLENLAGE_REQUIRE_BROWSER'] ? 'no chromium found (apt-get install chromium, or set CHROMIUM_PATH); the browser tests are skipped' : false;
const shots = process.env['SCREENSHOTS_DIR'];

const ARTICLE_DE = `Hochwasser: Hunderte verlassen ihre Häuser in Kirchau

Die Feuerwehr hat am Montag rund 1.200 Menschen aus dem Ortsteil Kirchau in Sicherheit gebracht. „Wir rechnen mit weiteren Evakuierungen“, sagte Kreisbrandmeister Anton Vogelsang am Abend.
Nach Angaben der Stadtverwaltung waren es sogar mehr als 1.500 Menschen. Die Bürgermeisterin Petra Lindqvist erklärte, die Notunterkünfte reichten bis Mittwoch aus.`;

const HOSTILE = JSON.stringify({
  title: '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">Pegel steigt',
  text: 'Der Landrat sagte am Dienstag, 300 Menschen seien betroffen. <script>window.pwned=3</script><img src=x onerror="window.pwned=4"> Das Landratsamt teilte mit, die Lage sei stabil.',
  published: '2025-03-20',
  lang: 'de',
});

describe('the web app in chromium', { skip }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];
  const cspViolations: string[] = [];
  const dialogs: string[] = [];

  before(async () => {
    server = await testServer();
    await server.context.data.ingestPaths([EXAMPLES_DIR], { lang: 'auto', read: server.context.read, analyzer: inlineAnalyzer });
    // Names other than the loopback address resolve nowhere, so nothing could leave even if a page asked.
    browser = await chromium.launch({ executablePath: executable!, args: ['--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      outside.push(url.href);
      return route.abort();
    });
    page = await context.newPage();
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('analyzes a pasted German article and shows its claims highlighted in place', async () => {
    await page.goto(`${server.url}/`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'de', 'German interface from Accept-Language');
    await page.fill('textarea[name=text]', ARTICLE_DE);
    await page.selectOption('select[name=lang]', 'de');
    await page.fill('input[name=published]', '2025-03-03');
    await Promise.all([page.waitForURL(/\/analyze$/), page.click('form.analyze button')]);
    const sources = await page.locator('.article .m-src').allTextContents();
    assert.ok(sources.some((s) => s.includes('Vogelsang')), `sources marked: ${sources.join(' | ')}`);
    assert.ok((await page.locator('.article .m-cue').count()) >= 2);
    assert.ok((await page.locator('.article .m-content').count()) >= 2);
    assert.ok((await page.locator('.article .m-qty').count()) >= 2, 'figures are marked');
    const groups = await page.locator('.claims-col .source-group h3').allTextContents();
    assert.ok(groups.length >= 2, `claims grouped by source: ${groups.join(' | ')}`);
    if (shots) await page.screenshot({ path: join(shots, 'analyze.png'), fullPage: true });
    // A click on a claim in the list lights up its spans in the text (the page's script runs under the CSP).
    const link = page.locator('.claims-col a[data-owner]').first();
    const id = await link.getAttribute('data-owner');
    await link.click();
    await page.waitForSelector('.article .focus');
    const lit = await page.locator('.article .focus').evaluateAll((els) => els.map((e) => e.getAttribute('data-owners')));
    assert.ok(lit.length > 0 && lit.every((o) => (o ?? '').split(' ').includes(id!)));
    assert.equal(new URL(page.url()).hash, `#x-${id}`);
  });

  it('draws the ledger of the example corpus: one chart point per dated figure, each linked to its sentence', async () => {
    const ledger = (await (await call(`${server.url}/api/ledger?topic=evacuate`)).json()) as {
      topics: { id: string; estimates: { published: string | null; value: number | null; low: number | null; high: number | null }[] }[];
    };
    assert.ok(ledger.topics.length > 0);
    const topic = ledger.topics[0]!;
    const dated = topic.estimates.filter((e) => e.published !== null && [e.value, e.low, e.high].some((v) => v !== null && v > 0)).length;
    await page.goto(`${server.url}/ledger?topic=evacuate`);
    const chart = page.locator(`#topic-${topic.id} figure.chart svg`);
    const dots = chart.locator('g[aria-label="dot"] circle');
    assert.equal(await dots.count(), dated);
    const titles = await chart.locator('g[aria-label="dot"] a title').allTextContents();
    assert.ok(titles.some((t) => /^2025-03-\d\d .+: /.test(t)), `point titles: ${titles.slice(0, 3).join(' | ')}`);
    assert.ok((await chart.locator('g[aria-label="arrow"] path').count()) > 0, 'open-ended figures are arrows');
    assert.equal(await page.locator(`#topic-${topic.id} table.estimates tbody tr`).count(), topic.estimates.length);
    if (shots) await page.screenshot({ path: join(shots, 'ledger.png'), fullPage: false });
    const href = await chart.locator('g[aria-label="dot"] a').first().getAttribute('href');
    assert.match(href ?? '', /^\/documents\/[0-9a-f]{16}#x-Q\d+$/);
    await page.goto(server.url + href!);
    assert.equal(await page.locator(`#${href!.split('#')[1]}`).count(), 1, 'the point links to the figure in its article');
  });

  it('searches the store and opens a hit in its article', async () => {
    await page.goto(`${server.url}/search`);
    await page.fill('input[name=q]', 'Evakuierung');
    await Promise.all([page.waitForURL(/q=Evakuierung/), page.press('input[name=q]', 'Enter')]);
    const hits = page.locator('ul.hits li');
    assert.ok((await hits.count()) > 0);
    if (shots) await page.screenshot({ path: join(shots, 'search.png'), fullPage: false });
    await Promise.all([page.waitForURL(/\/documents\//), hits.first().locator('a').first().click()]);
    assert.ok((await page.locator('.article').count()) === 1);
  });

  it('stores script-laden articles (pasted and as a file) whose scripts never run', async () => {
    await page.goto(`${server.url}/upload?ui=en`);
    await page.fill('textarea[name=body]', HOSTILE);
    await Promise.all([page.waitForURL(/\/upload$/), page.click('form.upload button')]);
    const stored = page.locator('ul.ingest-items li.status-added a');
    assert.equal(await stored.count(), 1);
    await stored.click();
    await page.waitForSelector('.article');
    assert.match(await page.locator('h1').textContent() ?? '', /<script>window\.pwned=1<\/script>/, 'the title shows as text');
    // The same through the file picker, which posts to /api/documents from the page's script.
    await page.goto(`${server.url}/upload`);
    const file = `<html><head><title>Dammbruch &lt;img src=x onerror=alert(1)&gt;</title></head><body><article><p>Die Betreiberfirma sagte, rund 40 Häuser seien beschädigt. &lt;script&gt;window.pwned=5&lt;/script&gt;</p><p>${'Die Polizei teilte mit, die Straßen blieben gesperrt. '.repeat(3)}</p></article><script>window.pwned=6</script></body></html>`;
    await page.setInputFiles('input[type=file]', { name: 'damm.html', mimeType: 'text/html', buffer: Buffer.from(file) });
    await page.click('form.upload button');
    await page.waitForSelector('#upload-result li.status-added a');
    await page.locator('#upload-result li.status-added a').click();
    await page.waitForSelector('.article');
    assert.equal(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned), undefined);
    assert.deepEqual(dialogs, []);
  });

  it('made no request off the loopback interface and broke no CSP rule', () => {
    assert.deepEqual(outside, []);
    assert.deepEqual(cspViolations, []);
  });
});
