/** Error groups of `eval spkatt` (src/eval/spkatt-errors.ts) on token lists written for this test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpkAttErrorGroups } from '../../src/eval/spkatt-errors.js';
import type { GoldAnnotation, PredictedAnnotation, TokenTable } from '../../src/eval/attribution-metric.js';

function table(words: string[]): TokenTable {
  return { words, start: words.map((_, i) => i), end: words.map((_, i) => i + 1), sentence: words.map(() => 0), sentenceFirst: [0, words.length] };
}
const gold = (source: number[], cue: number[]): GoldAnnotation => ({ form: 'Indirect', isNested: false, message: [], source, cue });
const pred = (source: number[], cue: number[]): PredictedAnnotation => ({ kind: 'indirect', form: 'Indirect', rule: 'test', message: [], source, cue });

test('source differences are grouped by the German words that make them', () => {
  //            0      1          2    3           4    5     6       7      8
  const t = table(['Der', 'Sprecher', ',', 'Ole', 'Brandt', ',', 'sagte', 'dass', 'x']);
  const g = new SpkAttErrorGroups();
  // Ours lacks the apposition ", Ole Brandt"; the cue matches.
  g.add(t, [gold([0, 1, 2, 3, 4], [6])], [pred([0, 1], [6])], [{ pred: 0, gold: 0 }], []);
  // Ours lacks only the article.
  g.add(t, [gold([0, 1], [6])], [pred([1], [6])], [{ pred: 0, gold: 0 }], []);
  // A missed annotation: its cue is counted.
  g.add(t, [gold([3, 4], [6])], [], [], [0]);
  const r = g.result();
  assert.deepEqual(r.source['ours shorter: apposition'], { pairs: 1, fn: 3, fp: 0 });
  assert.deepEqual(r.source['ours shorter: article'], { pairs: 1, fn: 1, fp: 0 });
  assert.equal(r.cue['disjoint'], undefined);
  assert.deepEqual(r.missedCues, [['sagte', 1]]);
});

test('a relative pronoun in gold against a name of ours is its own group; equal spans are no error', () => {
  const t = table(['Ole', 'Brandt', ',', 'der', 'sagte']);
  const g = new SpkAttErrorGroups();
  g.add(t, [gold([3], [4]), gold([0, 1], [4])], [pred([0, 1], [4]), pred([0, 1], [4])], [{ pred: 0, gold: 0 }, { pred: 1, gold: 1 }], []);
  const r = g.result();
  assert.deepEqual(r.source['disjoint: relative pronoun'], { pairs: 1, fn: 1, fp: 2 });
  assert.equal(Object.keys(r.source).length, 1);
  assert.deepEqual(r.cue, {});
});
