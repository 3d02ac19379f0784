import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { sourceOf } from '../../src/ledger/source-name.js';

// Sentences written for these tests; every person and organisation is invented.
function sources(text: string, lang: string) {
  const a = toAnalysis(analyze({ text, lang }));
  return a.claims.filter((c) => c.source).map((c) => ({ phrase: c.source!.text, ref: sourceOf(c, a) }));
}

describe('sources: people, organisations and outlets, or none', () => {
  test('a title is the role of a person, whose key is the name', () => {
    const got = sources('Landrätin Dr. Wiebke Ostermeier sagte, die Lage sei unter Kontrolle.', 'de');
    assert.ok(got.length > 0, 'no attributed claim');
    assert.equal(got[0]!.ref?.key, 'wiebke-ostermeier');
    assert.equal(got[0]!.ref?.type, 'person');
    assert.equal(got[0]!.ref?.role, 'Landrätin');
  });

  test('the same person under a form of address and her surname is one key', () => {
    const got = sources('Mayor Wiebke Ostermeier said the dike would hold. "We are ready," Ms. Ostermeier said.', 'en');
    const keys = new Set(got.map((g) => g.ref?.key));
    assert.deepEqual([...keys], ['wiebke-ostermeier'], JSON.stringify(got));
  });

  test('an office named by its head noun is an organisation; a genitive is the same office', () => {
    const got = sources('Nach Angaben des Landratsamts wurden 300 Menschen evakuiert. Das Landratsamt sagte, die Straßen seien gesperrt.', 'de');
    assert.ok(got.length > 0);
    for (const g of got) assert.deepEqual([g.ref?.key, g.ref?.type], ['landratsamt', 'organisation'], g.phrase);
  });

  test('phrases that name no one give no source', () => {
    for (const [text, lang] of [
      ['Schätzungen zufolge wurden 300 Menschen evakuiert.', 'de'],
      ['Experts said the dam had been neglected for years.', 'en'],
    ] as const) {
      const got = sources(text, lang);
      assert.ok(got.length > 0, `no attributed claim in: ${text}`);
      for (const g of got) assert.equal(g.ref, null, `${g.phrase} → ${JSON.stringify(g.ref)}`);
    }
  });
});
