import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeHtml, metaCharset } from '../../src/ingest/charset.js';
import { InputError, decodeText } from '../../src/ingest/decode.js';
import { extractHtml } from '../../src/ingest/html.js';
import { MAX_DEPTH } from '../../src/ingest/html/dom.js';
import { isBoilerplateLine } from '../../src/ingest/html/main-text.js';
import { plausibleDate, stripSiteSuffix, textDate, urlDate } from '../../src/ingest/html/metadata.js';
import { countPage, dateAgreement, scores, type EvalPage } from '../../src/eval/html.js';

const latin1 = (s: string): Uint8Array => Buffer.from(s, 'latin1');
const para = (s: string, n = 4): string => `<p>${s.repeat(n)}</p>`;

describe('charset: HTML bytes in the encoding a browser would read', () => {
  test('a byte order mark wins over any declaration', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="iso-8859-1"><p>Grüße</p>')]);
    const d = decodeHtml(bytes, 'windows-1252', 'page');
    assert.equal(d.source, 'bom');
    assert.match(d.text, /Grüße/);
  });
  test('the HTTP charset wins over <meta>', () => {
    const d = decodeHtml(latin1('<meta charset="utf-8"><p>Köln</p>'), 'ISO-8859-1', 'page');
    assert.deepEqual([d.encoding, d.source], ['windows-1252', 'http']);
    assert.match(d.text, /Köln/);
  });
  test('<meta charset> and <meta http-equiv> are read in the first 1024 bytes', () => {
    assert.equal(metaCharset(latin1('<html><head><meta charset="latin1">')), 'latin1');
    assert.equal(metaCharset(latin1('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">')), 'ISO-8859-15');
    assert.equal(metaCharset(latin1(`${' '.repeat(1100)}<meta charset="latin1">`)), null);
    assert.equal(metaCharset(latin1('<!-- <meta charset="koi8-r"> --><p>x</p>')), null);
    const d = decodeHtml(latin1('<meta charset="iso-8859-15"><p>Preis: 5 \xa4</p>'), null, 'page');
    assert.deepEqual([d.encoding, d.source], ['iso-8859-15', 'meta']);
    assert.match(d.text, /5 €/); // 0xA4 is the euro sign in Latin-9, not in Latin-1
  });
  test('undeclared: valid UTF-8 is UTF-8, anything else windows-1252', () => {
    assert.equal(decodeHtml(Buffer.from('<p>Straße</p>'), null, 'page').encoding, 'utf-8');
    const d = decodeHtml(latin1('<p>Stra\xdfe \x93zitiert\x94</p>'), null, 'page');
    assert.equal(d.encoding, 'windows-1252');
    assert.match(d.text, /Straße “zitiert”/);
  });
  test('a <meta> charset after 1024 bytes of scripts is read when the bytes are not UTF-8', () => {
    const scripts = '<script src="/a.js" charset="utf-8"></script>\n'.repeat(40);
    const gbk = Buffer.concat([Buffer.from(`<html><head>${scripts}<meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>`), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from('</p></body></html>')]);
    const d = decodeHtml(gbk, null, 'page');
    assert.deepEqual([d.encoding, d.source], ['gbk', 'meta']);
    assert.match(d.text, /中文/);
    // Valid UTF-8 stays UTF-8 whatever a late <meta> says; a <meta> in the body is not read.
    assert.equal(decodeHtml(Buffer.from(`<html><head>${scripts}<meta charset="gb2312"></head><p>Straße</p>`), null, 'page').encoding, 'utf-8');
    assert.equal(decodeHtml(latin1(`<html><head>${scripts}</head><body><meta charset="gb2312"><p>Stra\xdfe</p>`), null, 'page').encoding, 'windows-1252');
  });
  test('a page declared UTF-8 that is not is read as windows-1252, not refused', () => {
    assert.match(decodeHtml(latin1('<meta charset="utf-8"><p>M\xfcnchen</p>'), null, 'page').text, /München/);
  });
  test('plain text stays strict UTF-8, and binary HTML input is still refused', () => {
    assert.throws(() => decodeText(latin1('M\xfcnchen'), 'notes.txt'), /not valid UTF-8/);
    assert.throws(() => decodeHtml(Buffer.from([0x3c, 0x70, 0x00, 0xfc]), null, 'page'), InputError);
  });
});

describe('hostile HTML is refused before extraction, with a reason', () => {
  for (const depth of [10_000, 100_000]) {
    test(`${depth.toLocaleString('en')} nested <div>s fail fast`, () => {
      const html = `<html><body>${'<div>'.repeat(depth)}text${'</div>'.repeat(depth)}</body></html>`;
      const t0 = performance.now();
      assert.throws(() => extractHtml(html, null), (err: unknown) => err instanceof InputError && /nests elements more than \d+ deep/.test(err.message));
      assert.ok(performance.now() - t0 < 2000, 'refusal took over 2 s');
    });
  }
  test('nesting within the bound is read', () => {
    const html = `<html><body>${'<div>'.repeat(MAX_DEPTH - 10)}${para('Ein Satz mit genug Text, damit er zählt. ', 8)}${'</div>'.repeat(MAX_DEPTH - 10)}</body></html>`;
    assert.match(extractHtml(html, null).text, /Ein Satz mit genug Text/);
  });
  test('60,000 paragraphs are read in full, without the superlinear Readability pass', () => {
    const html = `<html><body><div>${Array.from({ length: 60_000 }, (_, i) => `<p>Absatz ${i}, mit Text, der zählt.</p>`).join('')}</div></body></html>`;
    const t0 = performance.now();
    const text = extractHtml(html, null).text;
    // A guard against a hang, not a benchmark: about 1 s on a busy two-core machine, 8 s with Readability.
    assert.ok(performance.now() - t0 < 6000, 'extraction took over 6 s');
    assert.match(text, /^Absatz 0, mit Text/);
    assert.match(text, /Absatz 59999, mit Text, der zählt\.$/);
  });
});

describe('main text: article markup, boilerplate by class and by line', () => {
  const article = para('Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, mit knapper Mehrheit. ');
  const page = `<html lang="de"><head><title>Haushalt beschlossen | Lokalblatt</title><meta property="og:site_name" content="Lokalblatt"></head><body>
    <div class="layout sidebar-right"><nav><a href="/">Start</a> <a href="/p">Politik</a></nav>
    <div class="article-body">${article}<p>Mehr zum Thema:</p>${para('Die Opposition kündigte an, den Beschluss prüfen zu lassen, weil Zahlen fehlten. ')}
    <ul><li><a href="/a">Ein anderer Artikel über etwas anderes</a></li><li><a href="/b">Noch ein Artikel, verlinkt</a></li></ul></div>
    <div class="related-posts">${para('Verwandt: Ein ganz anderer Bericht über den Stadtwald und seine Bäume. ')}</div>
    <section id="comments">${para('Kommentar eines Lesers, der alles besser weiß und das auch sagt. ')}</section>
    <aside class="sidebar">Werbung</aside></div></body></html>`;
  const r = extractHtml(page, 'https://lokalblatt.example/2023/04/05/haushalt');
  test('the marked body is the text, with the title first', () => {
    assert.equal(r.text.split('\n')[0], 'Haushalt beschlossen');
    assert.match(r.text, /Der Gemeinderat hat am Dienstag/);
    assert.match(r.text, /Die Opposition kündigte an/);
  });
  test('related posts, comments, link lists, menus and boilerplate lines are not', () => {
    for (const junk of ['Verwandt', 'Kommentar eines Lesers', 'Ein anderer Artikel', 'Politik', 'Werbung', 'Mehr zum Thema']) assert.ok(!r.text.includes(junk), `"${junk}" in:\n${r.text}`);
  });
  test('metadata: site name, title without it, a date from the URL', () => {
    assert.equal(r.siteName, 'Lokalblatt');
    assert.equal(r.title, 'Haushalt beschlossen');
    assert.equal(r.published, '2023-04-05');
    assert.equal(r.lang, 'de');
  });
  test('a layout flag on a wrapper with the article in it does not drop the article', () => {
    const wrapped = `<html><body><div class="page-sidebar-left"><div>${article}${para('Zweiter Absatz mit ebenso viel Text, damit die Seite Inhalt hat. ')}${para('Dritter Absatz. ', 12)}</div></div></body></html>`;
    assert.match(extractHtml(wrapped, null).text, /Der Gemeinderat/);
  });
  test('JSON-LD articleBody stands in when the markup yields almost nothing', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Kurz', articleBody: 'Der ganze Text des Artikels steht nur in den strukturierten Daten. '.repeat(5) });
    const r2 = extractHtml(`<html><head><script type="application/ld+json">${ld}</script></head><body><p>Kurz</p></body></html>`, null);
    assert.match(r2.text, /nur in den strukturierten Daten/);
  });
  test('boilerplate lines (lexicon phrases, image credits, date stamps), not sentences that start alike', () => {
    const cases: [string, boolean][] = [
      ['Lesen Sie auch:', true],
      ['Share this article', true],
      ['Mehr zum Thema: Haushalt', true],
      ['Teilen wollte der Rat die Kosten nicht.', false],
      ['Comments from the minister were sharp and, as usual, long enough to fill a page.', false],
      ['Titelbild: Agentur / Fotografin', true],
      ['(Quelle: Foto Stadtarchiv)', true],
      ['Crédits photos : Agence', true],
      ['© Stadtarchiv Musterstadt', true],
      ['Bilder aus dem Stadtarchiv zeigen, wie der Platz früher aussah.', false],
      ['Copyright law is changing, and the minister said so: three times, in fact.', false],
      ['Letzte Änderung 14.02.2019', true],
      ['Aktualisiert am 17.01.2021.', true],
      ['Updated on 3/4/2021', true],
      ['Stand 2019: 40 Prozent der Haushalte', false],
      ['Aktualisiert wurde die Liste 2021 nicht.', false],
      ['Die Sitzung am 14.02.2019 dauerte lange.', false],
    ];
    for (const [line, boilerplate] of cases) assert.equal(isBoilerplateLine(line), boilerplate, line);
  });
  test("a lead in the article's header without a class of its own joins the body; text above the headline does not", () => {
    const lead = 'Nach monatelangem Streit einigt sich der Rat auf einen Kompromiss, der allen Seiten etwas abverlangt.';
    const above = 'Eilmeldung aus einem anderen Ressort, die über jeder Seite dieses Portals steht und nichts mit dem Artikel zu tun hat.';
    const linked = 'Alle Hintergründe zum Thema, zusammengestellt aus unserem Archiv und den Berichten der letzten Wochen hier.';
    const html = `<html><body><article><p>${above}</p><header><h1>Kompromiss im Rat</h1><h2>${lead}</h2><p><a href="/x">${linked}</a></p>
      <p>Von Anna Muster</p></header><div class="article-body">${article}</div></article></body></html>`;
    const text = extractHtml(html, null).text;
    assert.match(text, /Nach monatelangem Streit/);
    assert.ok(text.indexOf('Nach monatelangem Streit') < text.indexOf('Der Gemeinderat'), text);
    for (const junk of ['Eilmeldung', 'Alle Hintergründe']) assert.ok(!text.includes(junk), `"${junk}" in:\n${text}`);
  });
  test('a section-end heading that starts with a listed phrase ends the text; one-word phrases must match whole', () => {
    const end = (h: string): string =>
      extractHtml(`<html><body><div class="article-body">${article}<h3>${h}</h3><ul><li>Ein Beitrag über etwas anderes</li></ul></div></body></html>`, null).text;
    assert.ok(!end('Weitere Beiträge aus der Kolumne:').includes('etwas anderes'));
    assert.ok(!end('Kontakt').includes('etwas anderes'));
    assert.ok(end('Kontaktlos bezahlen im Rathaus').includes('etwas anderes'));
  });
  test('a "read also" label inside the text wrapper drops only itself, not the text around it', () => {
    const html = `<html><body><div class="article-body"><div>${article}<p><strong>Lesen Sie auch auf lokalblatt.example<br></strong> <a href="/x">Ein anderer Bericht</a></p>
      ${para('Danach ging die Sitzung weiter, und der Rat beriet über die Schulen der Stadt und ihre Dächer. ')}</div></div></body></html>`;
    const text = extractHtml(html, null).text;
    assert.match(text, /Danach ging die Sitzung weiter/);
    assert.ok(!text.includes('Lesen Sie auch'), text);
  });
  test('calls to action at the end go; the same words inside the article stay', () => {
    const html = `<html><body><div class="article-body"><p>Folgen Sie uns nicht blind, sagte der Bürgermeister, und prüfen Sie die Zahlen selbst.</p>${article}
      <p>Folgen Sie uns auf Instagram und Facebook, um nichts zu verpassen!</p><p>Subscribe now to our newsletter.</p></div></body></html>`;
    const text = extractHtml(html, null).text;
    assert.match(text, /Folgen Sie uns nicht blind/);
    for (const junk of ['Instagram', 'Subscribe']) assert.ok(!text.includes(junk), `"${junk}" in:\n${text}`);
  });
  test("an image's wrapper goes with its caption and credit; one that holds the article's text stays", () => {
    const html = `<html><body><div class="article-body"><div class="article-image"><img src="a.jpg"><span>Der Ratssaal am Dienstag. Foto: Agentur</span></div>${article}
      <figure><img src="b.jpg"><span>Agentur / Fotografin</span></figure><div class="text-image">${para('Im Rathaus wurde danach noch lange über die Zahlen und ihre Folgen gestritten. ')}</div></div></body></html>`;
    const text = extractHtml(html, null).text;
    assert.match(text, /Im Rathaus wurde danach/);
    for (const junk of ['Ratssaal', 'Fotografin']) assert.ok(!text.includes(junk), `"${junk}" in:\n${text}`);
  });
  test('a share-bar class word on the wrapper of the text does not drop the text; the share bar itself goes', () => {
    const html = `<html><body><div class="article-body"><div class="document__sharingContainer">${article}${para('Zweiter Absatz über die Haushaltsdebatte im Rat, mit allen Zahlen. ')}
      ${para('Dritter Absatz über die Folgen für die Schulen und Straßen der Stadt. ')}</div><div class="share-bar">Teilen Sie diesen Beitrag mit Freunden und Kollegen</div></div></body></html>`;
    const text = extractHtml(html, null).text;
    assert.match(text, /Dritter Absatz/);
    assert.ok(!text.includes('Freunden und Kollegen'), text);
  });
  test('"bio" names organic produce as often as an author box: it is no class word', () => {
    const html = `<html><body><div class="article-body">${article}<div class="product-bio-kaffee">Rote Beeren, Zitrusnoten, süßlich im Abgang.</div></div></body></html>`;
    assert.match(extractHtml(html, null).text, /Rote Beeren/);
  });
  test('on a page without article markup, the lead between the headline and the scored text joins it', () => {
    const lead = 'Nach monatelangem Streit einigt sich der Rat auf einen Kompromiss, der allen Seiten etwas abverlangt.';
    const html = `<html><body><div class="wrap"><div class="head"><h1>Kompromiss im Rat</h1><div class="x1"><p>${lead}</p></div></div>
      <div class="x2">${article}${para('Die Opposition stimmte am Ende zu, nachdem die Schulen mehr Geld bekamen, wie gefordert. ')}</div></div></body></html>`;
    const text = extractHtml(html, null).text;
    assert.match(text, /Die Opposition stimmte/);
    assert.match(text, /Nach monatelangem Streit/);
  });
  test('affiliate disclosures and banners inside the body go by their class', () => {
    const html = `<html><body><div class="article-body"><div class="affiliate-info">Für Links auf dieser Seite erhalten wir eine Provision vom Händler.</div>
      ${article}<div class="c--emergency-banner"><p>The campus is closed until further notice, and all services are online only.</p></div></div></body></html>`;
    const text = extractHtml(html, null).text;
    assert.match(text, /Der Gemeinderat/);
    for (const junk of ['Provision', 'campus']) assert.ok(!text.includes(junk), `"${junk}" in:\n${text}`);
  });
});

describe('metadata: dates', () => {
  const now = Date.parse('2025-06-01T00:00:00Z');
  test('a future or pre-1990 date is no date', () => {
    assert.equal(plausibleDate('2024-10-18', now), '2024-10-18');
    assert.equal(plausibleDate('1989-12-31', now), null);
    assert.equal(plausibleDate('2030-01-01', now), null);
    assert.equal(plausibleDate('kein Datum', now), null);
  });
  test('dates in URLs and in text', () => {
    assert.equal(urlDate('https://x.example/2021/03/14/story'), '2021-03-14');
    assert.equal(urlDate('https://x.example/story-20210314.html'), '2021-03-14');
    assert.equal(urlDate('https://x.example/id/1234567890'), null);
    assert.equal(urlDate('https://x.example/p/2021-13-40/x'), null);
    assert.equal(textDate('Veröffentlicht am 3. März 2022 um 10 Uhr'), '2022-03-03');
    assert.equal(textDate('Posted on October 5, 2019 by admin'), '2019-10-05');
    assert.equal(textDate('Stand: 07.11.2020'), '2020-11-07');
    assert.equal(textDate('Version 1.2.3 von 99 Seiten'), null);
  });
  test('the site suffix leaves the title, the headline stays whole', () => {
    assert.equal(stripSiteSuffix('Haushalt beschlossen - Lokalblatt', 'Lokalblatt'), 'Haushalt beschlossen');
    assert.equal(stripSiteSuffix('Haushalt beschlossen | Lokalblatt', null), 'Haushalt beschlossen');
    assert.equal(stripSiteSuffix('Kiel - Hamburg: Zug fällt aus', 'Lokalblatt'), 'Kiel - Hamburg: Zug fällt aus');
  });
});

describe("eval html: trafilatura's metric", () => {
  const page = { with: ['erster  Satz', 'zweiter Satz'], without: ['Menü', 'Cookie'] };
  test('whitespace-normalised substring matches count; a failure is an empty page', () => {
    assert.deepEqual(countPage(page, 'Der erster\nSatz steht hier. Menü'), { tp: 1, fp: 1, fn: 1, tn: 1 });
    assert.deepEqual(countPage(page, null), { tp: 0, fp: 0, fn: 2, tn: 2 });
  });
  test('precision, recall, accuracy and F1 of summed counts', () => {
    const s = scores([
      { tp: 3, fp: 1, fn: 1, tn: 2 },
      { tp: 1, fp: 0, fn: 1, tn: 1 },
    ]);
    assert.equal(s.precision, 4 / 5);
    assert.equal(s.recall, 4 / 6);
    assert.equal(s.accuracy, 7 / 10);
    assert.equal(s.f1, 8 / 11);
    assert.equal(scores([]).f1, 0);
  });
  test('dates agree by calendar day; pages without a gold date do not count', () => {
    const page = (url: string, date: string | null): EvalPage => ({ url, file: `${url}.html`, with: ['x'], without: ['y'], date, group: 'other' });
    const pages = [page('a', '2020-01-05'), page('b', '2020-01-05'), page('c', '2020-01-05'), page('d', null)];
    const ours = new Map<string, string | null>([['a', '2020-01-05T23:00:00+01:00'], ['b', '2020-01-06'], ['c', null], ['d', '2020-01-01']]);
    assert.deepEqual(dateAgreement(pages, ours), { pages: 3, sameDay: 1, none: 1, other: 1 });
  });
});
