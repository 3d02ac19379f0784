import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../../src/ingest/decode.js';
import { extractHtml, htmlFragmentText, withTitle } from '../../src/ingest/html.js';
import { normalizeAuthor, normalizeDate, normalizeLang } from '../../src/ingest/meta.js';
import { fixture } from '../fixtures/ingest/server.js';

/** Asserts that extraction fails with a one-line InputError matching the pattern. */
function extractFails(html: string, pattern: RegExp): void {
  assert.throws(
    () => extractHtml(html, null),
    (err: unknown) => {
      assert.ok(err instanceof InputError, `expected an InputError, got ${String(err)}`);
      assert.ok(!err.message.includes('\n'), `message spans lines: ${err.message}`);
      assert.match(err.message, pattern);
      return true;
    },
  );
}

describe('extractHtml: a realistic news page', () => {
  const page = extractHtml(fixture('article-de.html'), 'https://rundschau.example/lokales/2024/busnetz?ref=home');
  const lines = page.text.split('\n');

  test('JSON-LD wins over meta tags and Readability for title, date and authors', () => {
    assert.equal(page.title, 'Stadtrat beschließt neues Busnetz für Neustadt'); // not og:title, twitter:title or <title>
    assert.equal(page.published, '2024-03-05T09:15:00+01:00'); // not article:published_time
    assert.equal(page.author, 'Jana Hofstetter, Malte Brinkhaus'); // not meta author
    assert.equal(page.lang, 'de');
  });

  test('the canonical URL is resolved against the page URL', () => {
    assert.equal(page.url, 'https://rundschau.example/lokales/busnetz-beschlossen');
  });

  test('the title is the first line, once', () => {
    assert.equal(lines[0], 'Stadtrat beschließt neues Busnetz für Neustadt');
    assert.equal(lines.filter((l) => l === lines[0]).length, 1);
  });

  test('paragraphs, headings, quotes and list items keep their own lines', () => {
    assert.ok(lines.includes('Kritik aus der Opposition'));
    assert.ok(lines.includes('Wir haben nichts gegen bessere Busse, aber gegen Pläne ohne belastbare Zahlen.'));
    assert.ok(lines.includes('Linie 7: neue Haltestellen in Oberfeld und am Gewerbepark'));
    const para = lines.find((l) => l.startsWith('Nach monatelanger Debatte'));
    assert.ok(para, page.text);
    // The source breaks the paragraph over lines and indents it; the text has it on one line, single-spaced.
    assert.match(para, /Ab dem Fahrplanwechsel im Dezember sollen/);
    assert.doesNotMatch(page.text, / {2}|\t/);
    assert.equal(lines.length, 11, page.text);
  });

  test('navigation, cookie banner, related links, newsletter box, byline and footer are dropped', () => {
    for (const junk of ['Cookies', 'Alle akzeptieren', 'Politik', 'Mehr zum Thema', 'Parkgebühren', 'Newsletter', 'Impressum', 'Von Jana', 'window.dataLayer']) {
      assert.ok(!page.text.includes(junk), `"${junk}" is in the text:\n${page.text}`);
    }
    assert.match(lines.at(-1)!, /^Der Verkehrsverbund will/);
  });
});

describe('extractHtml: metadata without JSON-LD', () => {
  test('meta tags give title, date and author; a profile URL is no author; a broken JSON-LD block is ignored', () => {
    const page = extractHtml(fixture('meta-only.html'), null);
    assert.equal(page.title, 'Harbour authority delays dredging plan');
    assert.equal(page.published, '2023-11-20');
    assert.equal(page.author, 'Priya Natarajan');
    assert.equal(page.lang, 'en');
    assert.equal(page.url, null);
    assert.equal(page.text.split('\n')[0], 'Harbour authority delays dredging plan');
    assert.ok(!page.text.includes('Weather') && !page.text.includes('Copyright'), page.text);
  });

  test('a <time datetime> in the article dates it when nothing else does', () => {
    const html = `<html><head><title>Markt</title></head><body><article><h1>Wochenmarkt zieht um</h1>
      <time datetime="2024-05-02T07:30:00Z">2. Mai</time>
      <p>${'Der Wochenmarkt findet ab Juni auf dem Kirchplatz statt, weil der Marktplatz saniert wird. '.repeat(8)}</p>
      </article></body></html>`;
    const page = extractHtml(html, null);
    assert.equal(page.published, '2024-05-02T07:30:00Z');
    assert.equal(page.title, 'Markt');
  });

  test('og:title comes before <title>; meta dates in other spellings are normalised', () => {
    const html = `<html><head><title>Site | Kurz</title><meta property="og:title" content="Brunnen wieder in Betrieb">
      <meta property="article:published_time" content="2024-06-01 10:00:00+0200"><meta name="dc.creator" content="Von Doris Emmerich"></head>
      <body><p>Der Marktbrunnen sprudelt wieder, nachdem die Pumpe ersetzt worden ist.</p></body></html>`;
    const page = extractHtml(html, null);
    assert.equal(page.title, 'Brunnen wieder in Betrieb');
    assert.equal(page.published, '2024-06-01T10:00:00+02:00');
    assert.equal(page.author, 'Doris Emmerich');
    assert.equal(page.text, 'Brunnen wieder in Betrieb\nDer Marktbrunnen sprudelt wieder, nachdem die Pumpe ersetzt worden ist.');
  });

  test('JSON-LD as a top-level array with a type list', () => {
    const html = `<html><head><script type="application/ld+json">[{"@type":"Organization","name":"Rundschau"},
      {"@type":["ReportageNews","NewsArticle"],"headline":"Reportage vom Deich","datePublished":"2024-01-09","author":"Uwe Lindqvist"}]</script></head>
      <body><p>Am Deich wird seit Wochen gearbeitet.</p></body></html>`;
    const page = extractHtml(html, null);
    assert.equal(page.title, 'Reportage vom Deich');
    assert.equal(page.published, '2024-01-09');
    assert.equal(page.author, 'Uwe Lindqvist');
  });
});

describe('extractHtml: difficult input', () => {
  test('malformed HTML (unclosed and stray tags) still yields its paragraphs', () => {
    const page = extractHtml(fixture('malformed.html'), null);
    const lines = page.text.split('\n');
    assert.equal(lines[0], 'Brückensanierung verzögert sich');
    assert.equal(page.published, '2024-02-12');
    assert.ok(lines.some((l) => l.startsWith('Die Sanierung der Alten Mainbrücke') && l.endsWith('sichtbar geworden seien.')), page.text);
    assert.ok(lines.some((l) => l.startsWith('Der Fußweg auf der Südseite')), page.text);
    assert.ok(lines.some((l) => l.includes('4,2 Millionen Euro, rund eine Million mehr')), page.text);
  });

  test('a short page without an article falls back to the body text, without menu and footer', () => {
    const page = extractHtml(fixture('short.html'), null);
    assert.equal(page.text, 'Kurzmeldung\nDie Stadtbibliothek bleibt am Freitag wegen einer Betriebsversammlung geschlossen.');
  });

  test('fragments and plain text are accepted', () => {
    assert.equal(extractHtml('<p>Erster Satz.</p><p>Zweiter<br>Satz.', null).text, 'Erster Satz.\nZweiter\nSatz.');
    assert.equal(extractHtml('nur Text, kein Markup', null).text, 'nur Text, kein Markup');
  });

  test('a page with no text is an InputError', () => {
    extractFails(fixture('empty.html'), /^no article text found$/);
    extractFails('', /^no article text found$/);
    extractFails('<html><body><!-- nichts --><div>  <span> </span></div></body></html>', /^no article text found$/);
  });

  test('garbage does not throw anything but an InputError', () => {
    for (const html of ['<<<>>><html<body', '<html><p>x</p></html>', '<!-- <p>', '<script>', '</div></div></div>', '<table><tr><td>a<td>b</table>']) {
      try {
        extractHtml(html, 'not a url');
      } catch (err) {
        assert.ok(err instanceof InputError, `${JSON.stringify(html)} threw ${String(err)}`);
      }
    }
  });
});

describe('htmlFragmentText and withTitle', () => {
  test('fragment text keeps block breaks, drops scripts and collapses spaces', () => {
    assert.equal(htmlFragmentText('<h2>Titel</h2>\n<p>Ein   Absatz\n mit <b>Fett</b>.</p><script>x()</script><ul><li>a</li><li>b</li></ul>'), 'Titel\nEin Absatz mit Fett.\na\nb');
  });

  test('withTitle adds the title unless the text starts with it', () => {
    assert.equal(withTitle('Titel', 'Text.'), 'Titel\nText.');
    assert.equal(withTitle('Titel', 'Titel\nText.'), 'Titel\nText.');
    assert.equal(withTitle(null, 'Text.'), 'Text.');
  });
});

describe('metadata normalisation', () => {
  test('dates', () => {
    assert.equal(normalizeDate('2024-10-18'), '2024-10-18');
    assert.equal(normalizeDate('2024-10-18T09:30+02:00'), '2024-10-18T09:30+02:00');
    assert.equal(normalizeDate('2024-10-18 09:30:00'), '2024-10-18T09:30:00');
    assert.equal(normalizeDate('18.10.2024'), '2024-10-18');
    assert.equal(normalizeDate('Fri, 18 Oct 2024 09:30:00 +0200'), '2024-10-18T07:30:00Z');
    assert.equal(normalizeDate(new Date(Date.UTC(2024, 9, 18, 7, 30))), '2024-10-18T07:30:00Z');
    for (const junk of ['gestern', '1', '', '31.02.2024', 42, null]) assert.equal(normalizeDate(junk), null, String(junk));
  });

  test('languages and authors', () => {
    assert.equal(normalizeLang('de-DE'), 'de');
    assert.equal(normalizeLang('en_GB'), 'en');
    assert.equal(normalizeLang('German'), 'de');
    assert.equal(normalizeLang('not a language'), null);
    assert.equal(normalizeAuthor([{ name: 'A' }, 'B', { name: 'A' }, 'https://example.org/x']), 'A, B');
    assert.equal(normalizeAuthor('By  Jane  Doe'), 'Jane Doe');
    assert.equal(normalizeAuthor({}), null);
  });
});
