import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { outletOf, repeats } from '../../src/ledger/repeats.js';
import { firstSeen } from '../../src/ledger/views.js';

const est = (value: number | null, id: string, url: string | null, published: string, low: number | null = null, high: number | null = null) => ({
  value,
  low,
  high,
  document: { id, url, published },
});

describe('ledger: first appearance and repetitions of an estimate', () => {
  const list = [
    est(4000, 'd1', 'https://www.kurier.example/a', '2025-03-04'),
    est(3500, 'd1', 'https://www.kurier.example/a', '2025-03-04'),
    est(4000, 'd2', 'https://bote.example/b', '2025-03-05'),
    est(4000, 'd3', 'https://kurier.example/c', '2025-03-06'),
    est(4000, 'd4', 'https://post.example/d', '2025-03-07'),
    est(null, 'd5', null, '2025-03-08', 3000, 4000),
  ];
  const r = repeats(list);

  test('the first article with a figure is its first appearance, and later outlets count once each', () => {
    assert.deepEqual(r[0], { firstAppearance: { document: 'd1', published: '2025-03-04', outlet: 'kurier.example' }, repeatedBy: 2 });
    // The same outlet again (kurier.example, d3) is no new outlet; bote and post are.
    assert.equal(r[3]!.firstAppearance.document, 'd1');
    assert.equal(r[4]!.repeatedBy, 2);
  });

  test('a different figure is not a repetition', () => {
    assert.deepEqual(r[1], { firstAppearance: { document: 'd1', published: '2025-03-04', outlet: 'kurier.example' }, repeatedBy: 0 });
    assert.equal(r[5]!.firstAppearance.document, 'd5');
    assert.equal(r[5]!.repeatedBy, 0);
  });

  test('an article without a URL is an outlet of its own', () => {
    assert.equal(outletOf({ id: 'abc123', url: null }), 'abc123');
    assert.equal(outletOf({ id: 'abc123', url: 'not a url' }), 'abc123');
    assert.equal(outletOf({ id: 'abc123', url: 'https://www.tagblatt.example/x' }), 'tagblatt.example');
  });

  test('the text view says "first" with the repetitions, or where the figure appeared first', () => {
    assert.equal(firstSeen({ document: 'd1', ...r[0]! }), 'first · +2 outlets');
    assert.equal(firstSeen({ document: 'd1', ...r[1]! }), 'first');
    assert.equal(firstSeen({ document: 'd2', ...r[2]! }), '2025-03-04 kurier.example');
  });
});
