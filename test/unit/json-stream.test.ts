import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis, type AnalysisJSON } from '../../src/analysis/format.js';
import { analysisJsonPieces } from '../../src/analysis/json-stream.js';

const TEXT = 'Die Polizei sagte am Montag, rund 3.000 Menschen seien „in Sicherheit“.\nLine two says: "two\\nlines" with a\u2028separator.';

const joined = (a: AnalysisJSON, pretty: boolean, pieceChars?: number) => [...analysisJsonPieces(a, { pretty, ...(pieceChars ? { pieceChars } : {}) })].join('');

describe('analysisJsonPieces', () => {
  const a = toAnalysis(analyze({ text: TEXT, lang: 'de', published: '2025-03-04' }), { tokens: true });

  test('joined, the pieces are the bytes of JSON.stringify, pretty and compact', () => {
    assert.ok(a.claims.length > 0 && a.quantities.length > 0, 'the sentence should give a claim and a quantity');
    assert.equal(joined(a, true), JSON.stringify(a, null, 2));
    assert.equal(joined(a, false), JSON.stringify(a));
  });

  test('small pieces change nothing but their number', () => {
    const pieces = [...analysisJsonPieces(a, { pretty: true, pieceChars: 200 })];
    assert.ok(pieces.length > 5, `expected many pieces, got ${pieces.length}`);
    assert.equal(pieces.join(''), JSON.stringify(a, null, 2));
  });

  test('empty arrays, missing optional fields and nulls come out as JSON.stringify writes them', () => {
    const empty = toAnalysis(analyze({ text: 'Nur ein Wort', lang: 'de' }));
    assert.equal(empty.claims.length, 0);
    assert.equal(joined(empty, true), JSON.stringify(empty, null, 2));
    const withUndefined = { ...empty, tokens: undefined } as AnalysisJSON;
    assert.equal(joined(withUndefined, true), JSON.stringify(withUndefined, null, 2));
    assert.equal(joined(withUndefined, false), JSON.stringify(withUndefined));
  });
});
