import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml, htmlFragmentText } from '../../src/ingest/html.js';
import { parseBounded } from '../../src/ingest/html/dom.js';
import { clean, lines, textByElement } from '../../src/ingest/html/main-text.js';
import { scoredContainer } from '../../src/ingest/html/score.js';

const p = (s: string, n = 3): string => `<p>${s.repeat(n)}</p>`;
const story = [
  p('Die Stadtwerke haben am Montag neue Preise für Fernwärme genannt, die ab März gelten sollen. '),
  p('Ein Sprecher sagte, die Kosten für Gas, Strom und Personal seien im vergangenen Jahr deutlich gestiegen. '),
  p('Der Mieterverein kritisierte die Erhöhung, weil viele Haushalte schon jetzt kaum über die Runden kämen. '),
].join('');
const links = (n: number, what: string): string => `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/${i}">${what} Nummer ${i}</a></li>`).join('')}</ul>`;

/** The text content scoring picks on a page (no article markup), as html.ts reads it. */
function scored(html: string): string[] {
  const doc = parseBounded(html);
  clean(doc);
  const all = lines(doc);
  const els = scoredContainer(all, textByElement(all));
  const set = new Set(els);
  return all.filter((l) => {
    for (let e = l.block; e; e = e.parent && e.parent.type === 'tag' ? e.parent : null) if (set.has(e)) return true;
    return false;
  }).map((l) => l.text);
}

describe('content scoring on pages without article markup', () => {
  test('the container with the running text wins over link columns and short teasers', () => {
    const page = `<html><body><div class="col-left">${links(12, 'Rubrik')}</div>
      <div class="col-main"><h1>Fernwärme wird teurer</h1>${story}</div>
      <div class="col-right"><div><b>Kurz gemeldet</b></div><div>Ein Satz ohne viel.</div>${links(8, 'Meistgelesen')}</div></body></html>`;
    const text = scored(page).join('\n');
    assert.match(text, /Die Stadtwerke haben am Montag/);
    assert.match(text, /Der Mieterverein kritisierte/);
    assert.doesNotMatch(text, /Rubrik Nummer|Meistgelesen Nummer|Kurz gemeldet/);
  });
  test('a text split over sibling containers is taken whole; a sibling of links is not', () => {
    const page = `<html><body><div id="wrap"><div class="part-a">${story}</div><div class="part-b">${story.replace(/Stadtwerke/g, 'Versorger')}</div>
      <div class="part-c">${links(10, 'Weiterlesen')}</div></div></body></html>`;
    const text = scored(page).join('\n');
    assert.match(text, /Die Stadtwerke/);
    assert.match(text, /Die Versorger/);
    assert.doesNotMatch(text, /Weiterlesen Nummer/);
  });
  test('no running text: no container', () => {
    const doc = parseBounded(`<html><body>${links(5, 'Menü')}<div>kurz</div></body></html>`);
    clean(doc);
    const all = lines(doc);
    assert.deepEqual(scoredContainer(all, textByElement(all)), []);
  });
});

describe('main text on pages without article markup (extractHtml)', () => {
  test('class-marked parts inside the scored container go (share bar, comments)', () => {
    const page = `<html><body><div class="wrap"><div class="inner">${story}<div class="share-bar">Teilen Sie diesen Beitrag mit Freunden und Bekannten per Mail.</div>
      <div class="kommentare">${p('Leser Anton meint, das sei alles viel zu teuer und ungerecht verteilt. ', 1)}</div></div></div></body></html>`;
    const text = extractHtml(page, null).text;
    assert.match(text, /Der Mieterverein kritisierte/);
    assert.doesNotMatch(text, /Teilen Sie diesen Beitrag|Leser Anton/);
  });
  test('a wrapper that only its class marks as a part is kept when it holds the text', () => {
    const page = `<html><body><div class="post-meta-wrap">${story}</div></body></html>`;
    assert.match(extractHtml(page, null).text, /Die Stadtwerke haben am Montag/);
  });
  test('text spread over many small containers (a product page) is read whole', () => {
    const cells = ['Handgemahlen, kräftig und mild zugleich', 'Geröstet in kleinen Mengen im Trommelröster', 'Herkunft: Hochland, gewaschen', 'Für Espresso und Filter geeignet'];
    const page = `<html><body><table>${cells.map((c) => `<tr><td>${c}</td></tr>`).join('')}</table>
      <div><div>${p('Ein kurzer Hinweis zum Versand, mit einigen Worten, die reichen. ', 1)}</div></div></body></html>`;
    const text = extractHtml(page, null).text;
    for (const c of cells) assert.ok(text.includes(c), `"${c}" missing in:\n${text}`);
  });
  test('<body class="single-post"> is not the marked article body', () => {
    const page = `<html><body class="single single-post"><div class="main">${story}</div>
      <div class="seitenleiste-x">${p('Unser Verein lädt alle Mitglieder herzlich zur Jahresversammlung im Herbst ein. ', 2)}</div></body></html>`;
    const text = extractHtml(page, null).text;
    assert.match(text, /Die Stadtwerke/);
    assert.doesNotMatch(text, /Jahresversammlung/);
  });
});

describe('page headers', () => {
  test('a page header is dropped, but not one left unclosed around the whole article', () => {
    const closed = `<html><body><header><div>Lokalblatt – Nachrichten aus der Region, jeden Tag neu für Sie</div></header><main>${story}</main></body></html>`;
    assert.doesNotMatch(extractHtml(closed, null).text, /Lokalblatt/);
    const unclosed = `<html><body><header><div>Lokalblatt</div><main>${story}</main></body></html>`;
    assert.match(extractHtml(unclosed, null).text, /Die Stadtwerke haben am Montag/);
  });
});

describe('section ends', () => {
  test('a "Lesen Sie auch" box inside the article is skipped and the text goes on', () => {
    const box = `<div class="box"><h4>Lesen Sie auch</h4><p>Ein anderer Bericht über das Freibad, das im Sommer schließt.</p></div>`;
    const page = `<html><body><div class="article-body">${story}${box}${p('Nach der Sitzung blieben viele Fragen offen, auch zur Rolle des Landes. ', 6)}</div></body></html>`;
    const text = extractHtml(page, null).text;
    assert.match(text, /Nach der Sitzung blieben/);
    assert.doesNotMatch(text, /Lesen Sie auch|Freibad/);
  });
  test('a section end with little running text after it ends the text, in other languages too', () => {
    for (const label of ['Kommentare', 'Related articles', 'Temas relacionados', 'Leia também']) {
      const page = `<html><body><div class="article-body">${story}<div>${label}</div><p>Ein kurzer Nachsatz.</p>${links(3, 'Bericht')}</div></body></html>`;
      const text = extractHtml(page, null).text;
      assert.match(text, /Der Mieterverein kritisierte/);
      assert.ok(!text.includes('Nachsatz') && !text.includes(label), `${label}:\n${text}`);
    }
  });
  test('a label that is a sentence is not a section end', () => {
    const page = `<html><body><div class="article-body">${story}<p>Kommentare dazu gab es am Abend keine mehr.</p></div></body></html>`;
    assert.match(extractHtml(page, null).text, /Kommentare dazu gab es/);
  });
});

describe('fragments', () => {
  test('hidden elements and scripts are left out, blocks keep their breaks', () => {
    assert.equal(htmlFragmentText('<div>Eins</div><div hidden>Zwei</div><p style="display:none">Drei</p><script>x</script><p>Vier <i>fünf</i></p>'), 'Eins\nVier fünf');
  });
});
