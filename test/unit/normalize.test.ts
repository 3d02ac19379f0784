import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText, toRawSpan } from '../../src/text/normalize.js';

const norm = (raw: string): string => normalizeText(raw).text;

describe('normalizeText', () => {
  test('composes decomposed characters to NFC', () => {
    assert.equal(norm('Mu\u0308nchen'), 'M\u00fcnchen');
    assert.equal(norm('Mu\u0308nchen'), 'München');
    assert.equal(norm('Ko\u0308ln und Du\u0308sseldorf'), 'Köln und Düsseldorf');
    assert.ok(norm('Mu\u0308nchen').normalize('NFC') === norm('Mu\u0308nchen'));
  });

  test('leaves already composed text alone', () => {
    assert.equal(norm('Straße in Görlitz'), 'Straße in Görlitz');
  });

  test('turns CRLF and CR into \\n', () => {
    assert.equal(norm('eins\r\nzwei\rdrei\nvier'), 'eins\nzwei\ndrei\nvier');
    assert.ok(!norm('a\r\nb').includes('\r'));
  });

  test('turns tabs and no-break spaces into plain spaces', () => {
    assert.equal(norm('a\tb'), 'a b');
    assert.equal(norm('10\u00a0000 Euro'), '10 000 Euro');
    assert.equal(norm('5\u202fkm'), '5 km');
    assert.equal(norm('a\u2009b'), 'a b');
  });

  test('collapses runs of spaces', () => {
    assert.equal(norm('viel    zu   viel Platz'), 'viel zu viel Platz');
    assert.equal(norm('a \t \u00a0 b'), 'a b');
  });

  test('drops spaces at the edges of the text and of lines', () => {
    assert.equal(norm('  Anfang und Ende  '), 'Anfang und Ende');
    assert.equal(norm('Zeile eins   \n   Zeile zwei'), 'Zeile eins\nZeile zwei');
  });

  test('removes soft hyphens and zero-width characters', () => {
    assert.equal(norm('Bun\u00addes\u00adtag'), 'Bundestag');
    assert.equal(norm('Null\u200bbreite'), 'Nullbreite');
    assert.equal(norm('\ufeffMit BOM'), 'Mit BOM');
  });

  test('turns three or more line breaks into one blank line', () => {
    assert.equal(norm('Absatz eins\n\n\nAbsatz zwei'), 'Absatz eins\n\nAbsatz zwei');
    assert.equal(norm('Absatz eins\n\n\n\n\n\nAbsatz zwei'), 'Absatz eins\n\nAbsatz zwei');
    assert.equal(norm('Absatz eins\r\n\r\n\r\nAbsatz zwei'), 'Absatz eins\n\nAbsatz zwei');
    assert.equal(norm('Absatz eins\n \n\t\n  \nAbsatz zwei'), 'Absatz eins\n\nAbsatz zwei');
  });

  test('keeps a single blank line and a single line break', () => {
    assert.equal(norm('a\n\nb'), 'a\n\nb');
    assert.equal(norm('a\nb'), 'a\nb');
  });

  test('keeps typographic quotation marks and dashes', () => {
    const s = '„Ja“, sagte sie. »Nein«, rief er. ‚Halb‘ und ‘half’ und «so» – oder — nicht';
    assert.equal(norm(s), s);
    for (const ch of '„“»«‚‘–—') assert.ok(norm(s).includes(ch), `lost ${ch}`);
  });

  test('the offset maps have one entry per normalized code unit', () => {
    const n = normalizeText('Mu\u0308nchen\r\n\r\n\r\nBun\u00addes\u00adtag  tagt.');
    assert.equal(n.from.length, n.text.length);
    assert.equal(n.to.length, n.text.length);
  });

  test('the offset maps give each normalized unit its raw origin, whatever was collapsed before it', () => {
    const n = normalizeText('a  b\r\nc\u00add');
    assert.equal(n.text, 'a b\ncd');
    const from = Array.from({ length: n.from.length }, (_, i) => n.from.at(i));
    const to = Array.from({ length: n.to.length }, (_, i) => n.to.at(i));
    assert.deepEqual(from, [0, 1, 3, 5, 6, 8]);
    assert.deepEqual(to, [1, 2, 4, 6, 7, 9]);
    assert.equal(n.from.at(6), undefined);
    assert.equal(n.from.at(-1), undefined);
  });

  test('a composed cluster maps every unit to the whole decomposed cluster', () => {
    const n = normalizeText('xMu\u0308n');
    assert.equal(n.text, 'xMün');
    assert.deepEqual([0, 1, 2, 3].map((i) => [n.from.at(i), n.to.at(i)]), [[0, 1], [1, 2], [2, 4], [4, 5]]);
  });

  test('a text that needs no change is kept as it is, with identity maps', () => {
    const raw = 'Schon normal.\n\nZweiter Absatz.';
    const n = normalizeText(raw);
    assert.equal(n.text, raw);
    assert.equal(n.from.at(5), 5);
    assert.equal(n.to.at(raw.length - 1), raw.length);
  });

  test('empty and blank input give an empty text', () => {
    assert.equal(norm(''), '');
    assert.equal(norm(' \n\t\r\n '), '');
  });
});

describe('toRawSpan', () => {
  const raw = 'Der  Bun\u00addes\u00adtag in Mu\u0308nchen\ttagt.\r\n\r\n\r\n„Ende“ gut, al\u00adles gut.';
  const n = normalizeText(raw);

  const mapped = (word: string): string => {
    const i = n.text.indexOf(word);
    assert.ok(i >= 0, `"${word}" not in the normalized text ${JSON.stringify(n.text)}`);
    const r = toRawSpan(n, i, i + word.length);
    return raw.slice(r.start, r.end);
  };

  test('the normalized text is what we expect', () => {
    assert.equal(n.text, 'Der Bundestag in München tagt.\n\n„Ende“ gut, alles gut.');
  });

  test('maps a word with soft hyphens back to the raw word, soft hyphens included', () => {
    assert.equal(mapped('Bundestag'), 'Bun\u00addes\u00adtag');
    assert.equal(mapped('alles'), 'al\u00adles');
  });

  test('maps an NFC-composed word back to its decomposed form', () => {
    assert.equal(mapped('München'), 'Mu\u0308nchen');
    assert.equal(mapped('Mü'), 'Mu\u0308');
  });

  test('maps spans over collapsed white space back to the raw white space', () => {
    assert.equal(mapped('Der Bundestag'), 'Der  Bun\u00addes\u00adtag');
    assert.equal(mapped('München tagt.'), 'Mu\u0308nchen\ttagt.');
  });

  test('maps spans in later paragraphs and with quotation marks', () => {
    assert.equal(mapped('„Ende“'), '„Ende“');
    assert.equal(mapped('gut.'), 'gut.');
    assert.equal(mapped('Der Bundestag in München tagt.'), 'Der  Bun\u00addes\u00adtag in Mu\u0308nchen\ttagt.');
  });

  test('every normalized character maps into the raw text', () => {
    for (let i = 0; i < n.text.length; i++) {
      const r = toRawSpan(n, i, i + 1);
      assert.ok(0 <= r.start && r.start < r.end && r.end <= raw.length, `unit ${i}: [${r.start}, ${r.end})`);
      if (n.text[i] !== '\n' && n.text[i] !== ' ' && n.text[i] !== 'ü') assert.equal(raw.slice(r.start, r.end), n.text[i]);
    }
  });

  test('an empty span maps to an empty raw span', () => {
    const r = toRawSpan(n, 4, 4);
    assert.equal(r.start, r.end);
  });
});
