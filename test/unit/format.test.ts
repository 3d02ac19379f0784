import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis, ANALYSIS_FORMAT, type AnalysisJSON, type TextSpan } from '../../src/analysis/format.js';
import { textId } from '../../src/core/document.js';
import { VERSION } from '../../src/version.js';
import { validateAnalysis } from '../helpers.js';
import { Pipeline } from '../../src/core/pipeline.js';
import { sentencizer, tokenizer } from '../../src/text/components.js';

const GERMAN = 'Kelmstadt. Der Damm hielt nicht. „Wir hatten Glück“, sagte Dr. Quast am 14. Oktober.\nNeue Zahlen\nEs waren 4.000.';

function assertValid(a: unknown): void {
  const r = validateAnalysis(a);
  assert.ok(r.valid, `not valid per schema/analysis.schema.json:\n${r.message}`);
}

/** Every span's text equals the code-point slice [start, end) of document.text. */
function assertCodePointSpans(a: AnalysisJSON, spans: readonly TextSpan[]): void {
  const cps = [...a.document.text];
  for (const s of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= cps.length);
    assert.equal(cps.slice(s.start, s.end).join(''), s.text, `span [${s.start}, ${s.end})`);
  }
}

describe('toAnalysis: the contract', () => {
  test('output validates against the schema', () => {
    const a = toAnalysis(analyze({ text: GERMAN, lang: 'de', published: '2025-03-04', title: 'Titel', url: 'https://x.example/a' }));
    assertValid(a);
    assert.equal(a.format, ANALYSIS_FORMAT);
    assert.equal(a.format, 'quellenlage.analysis/1');
    assert.deepEqual(a.generator, { name: 'quellenlage', version: VERSION });
    assert.equal(a.document.published, '2025-03-04');
    assert.equal(a.document.title, 'Titel');
    assert.equal(a.document.url, 'https://x.example/a');
    assert.equal(a.document.lang, 'de');
  });

  test('output with the token layer validates too, and tokens are correct code-point spans', () => {
    const a = toAnalysis(analyze({ text: `😀 ${GERMAN}`, lang: 'de' }), { tokens: true });
    assertValid(a);
    assert.ok(a.tokens && a.tokens.length > 0);
    assertCodePointSpans(a, a.tokens);
    for (const t of a.tokens) assert.equal(typeof t.kind, 'string');
  });

  test('without the option there is no token layer', () => {
    assert.equal(toAnalysis(analyze({ text: GERMAN, lang: 'de' })).tokens, undefined);
  });

  test('metadata that is not given is null', () => {
    const a = toAnalysis(analyze({ text: GERMAN }));
    assert.equal(a.document.title, null);
    assert.equal(a.document.published, null);
    assert.equal(a.document.url, null);
    assertValid(a);
  });

  test('layers no component computed are empty arrays', () => {
    const a = toAnalysis(analyze({ text: GERMAN, lang: 'de' }, new Pipeline([tokenizer, sentencizer])));
    assert.deepEqual(a.entities, []);
    assert.deepEqual(a.quantities, []);
    assert.deepEqual(a.times, []);
    assert.deepEqual(a.claims, []);
    assert.ok(a.sentences.length > 0);
  });

  test('the output survives a JSON round trip unchanged', () => {
    const a = toAnalysis(analyze({ text: GERMAN, lang: 'de' }));
    assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
  });

  test('the validator rejects what breaks the contract', () => {
    const a = toAnalysis(analyze({ text: GERMAN, lang: 'de' }));
    const broken: unknown[] = [
      { ...a, format: 'quellenlage.analysis/2' },
      { ...a, sentences: [{ start: -1, end: 3, text: 'x' }] },
      { ...a, document: { ...a.document, lang: 'deutsch' } },
      { ...a, document: { ...a.document, published: '2024-13-45' } },
      (({ claims: _c, ...rest }) => rest)(a),
    ];
    for (const b of broken) assert.equal(validateAnalysis(b).valid, false, JSON.stringify(b).slice(0, 120));
  });
});

describe('toAnalysis: code-point offsets', () => {
  const text = 'Gut gemacht 😀! Der 𝔘-Bahnhof 😀 ist fertig. Ein dritter Satz folgt.\n𝔘𝔘 Schluss 😀';
  const doc = analyze({ text, lang: 'de' });
  const a = toAnalysis(doc);

  test('sentence text equals the code-point slice of document.text', () => {
    assert.ok(a.sentences.length >= 3);
    assertCodePointSpans(a, a.sentences);
  });

  test('offsets after astral characters are code points, not UTF-16 units', () => {
    const last = a.sentences.at(-1)!;
    const utf16 = doc.text.lastIndexOf(last.text);
    assert.ok(utf16 > 0);
    const astralBefore = [...doc.text.slice(0, utf16)].filter((c) => c.codePointAt(0)! > 0xffff).length;
    assert.ok(astralBefore >= 3);
    assert.equal(last.start, utf16 - astralBefore);
    assert.equal(last.end, last.start + [...last.text].length);
  });

  test('the sentence after the emoji starts where its first letter is counted in code points', () => {
    const s = a.sentences.find((x) => x.text.startsWith('Ein dritter'));
    assert.ok(s, JSON.stringify(a.sentences.map((x) => x.text)));
    assert.equal(s.start, [...text.slice(0, text.indexOf('Ein dritter'))].length);
  });

  test('text without astral characters has identical UTF-16 and code-point offsets', () => {
    const d = analyze({ text: GERMAN, lang: 'de' });
    const b = toAnalysis(d);
    const items = d.get('sentences').items;
    assert.deepEqual(
      b.sentences.map((s) => [s.start, s.end]),
      items.map((s) => [s.start, s.end]),
    );
  });
});

describe('toAnalysis: document id', () => {
  const HEX16 = /^[0-9a-f]{16}$/;

  test('the id is 16 hex digits of the SHA-256 of the normalized text', () => {
    const d = analyze({ text: GERMAN, lang: 'de' });
    const a = toAnalysis(d);
    assert.match(a.document.id, HEX16);
    assert.equal(a.document.id, createHash('sha256').update(a.document.text, 'utf8').digest('hex').slice(0, 16));
    assert.equal(a.document.id, textId(a.document.text));
  });

  test('the same text gives the same id', () => {
    assert.equal(toAnalysis(analyze({ text: GERMAN })).document.id, toAnalysis(analyze({ text: GERMAN, lang: 'de' })).document.id);
  });

  test('texts that normalize to the same text get the same id', () => {
    const variants = [
      'Der  Damm\thielt nicht.\r\nMu\u0308nchen bleibt trocken.',
      'Der Damm hielt nicht.\nMünchen bleibt trocken.',
      '  Der Damm hielt\u00a0nicht.  \r\nMünchen bleibt tro\u00adcken.\n',
    ];
    const docs = variants.map((t) => toAnalysis(analyze({ text: t })));
    assert.equal(new Set(docs.map((d) => d.document.text)).size, 1, JSON.stringify(docs.map((d) => d.document.text)));
    assert.equal(new Set(docs.map((d) => d.document.id)).size, 1);
  });

  test('different texts get different ids', () => {
    const a = toAnalysis(analyze({ text: 'Der Damm hielt nicht.' })).document.id;
    const b = toAnalysis(analyze({ text: 'Der Damm hielt.' })).document.id;
    assert.notEqual(a, b);
  });

  test('an id given by the caller is kept', () => {
    assert.equal(toAnalysis(analyze({ text: GERMAN, id: 'artikel-7' })).document.id, 'artikel-7');
  });
});

describe('toAnalysis: language', () => {
  test('"de-AT" becomes "de"', () => {
    const a = toAnalysis(analyze({ text: GERMAN, lang: 'de-AT' }));
    assert.equal(a.document.lang, 'de');
    assertValid(a);
  });

  test('a detected language is written as its code', () => {
    assert.equal(toAnalysis(analyze({ text: GERMAN })).document.lang, 'de');
  });

  test('an undetermined language is written as "und" and is schema-valid', () => {
    const a = toAnalysis(analyze({ text: '12345 678 90' }));
    assert.equal(a.document.lang, 'und');
    assertValid(a);
  });
});

describe('toAnalysis with release', () => {
  test('gives the same analysis and leaves the document without its layers', () => {
    const kept = toAnalysis(analyze({ text: GERMAN, lang: 'de', published: '2025-03-04' }), { tokens: true });
    const doc = analyze({ text: GERMAN, lang: 'de', published: '2025-03-04' });
    const released = toAnalysis(doc, { tokens: true, release: true });
    assert.deepEqual(released, kept);
    assert.ok(kept.claims.length > 0 && kept.tokens!.length > 0);
    for (const name of ['tokens', 'sentences', 'entities', 'quantities', 'times', 'claims'] as const) {
      assert.equal(doc.has(name), false, `${name} still there`);
      assert.throws(() => doc.get(name), /released/);
    }
    assert.equal(doc.text, kept.document.text);
  });

  test('a released layer cannot be set again, and without release the layers stay', () => {
    const doc = analyze({ text: GERMAN, lang: 'de' });
    toAnalysis(doc);
    assert.equal(doc.has('claims'), true);
    const claims = doc.get('claims');
    doc.release('claims');
    assert.throws(() => doc.set('claims', claims), /already set/);
  });
});
