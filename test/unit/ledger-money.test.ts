import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { ledgerRecords, type EstimateRecord } from '../../src/ledger/estimates.js';

// Sentences written for these tests (an invented flood and its costs).
function estimates(text: string, lang: string): EstimateRecord[] {
  return ledgerRecords(toAnalysis(analyze({ text, lang, published: '2025-05-10' }))).estimates;
}

const byText = (es: EstimateRecord[], s: string) => {
  const e = es.find((x) => x.span.text.includes(s));
  assert.ok(e, `no estimate for "${s}" among ${JSON.stringify(es.map((x) => x.span.text))}`);
  return e;
};

describe('ledger: a sum of money joins the money topic its sentence is about', () => {
  test('German: a sum without its own purpose continues the sum just before it (damage), not the aid closest in size', () => {
    const es = estimates(
      'Das Landratsamt schätzt den Gesamtschaden auf 48 Millionen Euro. Vergangene Woche hatte die Behörde noch 2,3 Millionen Euro genannt. ' +
        'Das Land stellt eine Soforthilfe von 1,5 Millionen Euro bereit.',
      'de',
    );
    const damage = byText(es, '48');
    const earlier = byText(es, '2,3');
    assert.equal(damage.family, 'damage');
    assert.equal(earlier.family, 'damage');
    assert.equal(earlier.topicKey, damage.topicKey);
    assert.equal(byText(es, '1,5').family, 'aid');
  });

  test('English: the same continuation', () => {
    const es = estimates(
      'The district put the damage at 40 million euros. A week earlier it had given a figure of 2 million euros. ' +
        'The state is providing 1.5 million euros in emergency aid.',
      'en',
    );
    assert.equal(byText(es, '40').family, 'damage');
    assert.equal(byText(es, '2 million').family, 'damage');
    assert.equal(byText(es, '1.5').family, 'aid');
  });

  test('a sum with its own purpose word keeps it: repairs cost, a ransom is a ransom (de + en)', () => {
    const de = estimates('Der Schaden liegt bei 40 Millionen Euro. Für die Reparatur der Brücke sind 3 Millionen Euro nötig.', 'de');
    assert.equal(byText(de, '40').family, 'damage');
    assert.equal(byText(de, '3 Millionen').family, 'cost');
    const en = estimates('The hackers demand a ransom of 5 million euros. The repair of the network will take 2 million euros.', 'en');
    assert.equal(byText(en, '5 million').family, 'ransom');
    assert.equal(byText(en, '2 million').family, 'cost');
  });

  test('negative: purpose words of money do not apply to people', () => {
    const de = estimates('Rund 120 Helfer arbeiten an der Reparatur der Brücke.', 'de');
    assert.notEqual(byText(de, '120').family, 'cost');
    const en = estimates('About 200 workers are taking part in the repair of the bridge.', 'en');
    assert.notEqual(byText(en, '200').family, 'cost');
  });

  test('negative: a sum in another currency, or two sentences on, does not continue the damage', () => {
    const other = estimates('Der Schaden liegt bei 40 Millionen Euro. Die Firma nannte 2 Millionen Dollar.', 'de');
    assert.equal(byText(other, '40').family, 'damage');
    assert.notEqual(byText(other, '2 Millionen').family, 'damage');
    const far = estimates(
      'The damage is put at 90 million euros. Firefighters worked through the night. Schools stayed closed on Monday. The operator mentioned 1 million euros.',
      'en',
    );
    assert.equal(byText(far, '90').family, 'damage');
    assert.notEqual(byText(far, '1 million').family, 'damage');
  });
});
