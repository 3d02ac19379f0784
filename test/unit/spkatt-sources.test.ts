/**
 * `eval spkatt` mapping of prepositional sources (src/eval/spkatt.ts, rule 2): "nach Aussagen von X" — the
 * dataset's source is the whole phrase after the preposition, "von" included, for the claim with the cue and for
 * a continuation that carries its source on. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim } from '../../src/extract/types.js';
import { detokenize } from '../../src/eval/spkatt-data.js';
import { predictedAnnotations, tokenTable } from '../../src/eval/spkatt.js';

const sentences = [
  ['Nach', 'Aussagen', 'von', 'Anna', 'Berg', 'sei', 'die', 'Brücke', 'gesperrt', '.'],
  ['Der', 'Umweg', 'dauere', 'zehn', 'Minuten', '.'],
];
const det = detokenize(sentences);
const table = tokenTable(sentences, det);
const at = (s: string): { start: number; end: number } => {
  const start = det.text.indexOf(s);
  assert.ok(start >= 0);
  return { start, end: start + s.length };
};
const claim = (content: string, source: string, cue: string | null): Claim => ({
  ...at(content),
  kind: 'indirect',
  content: at(content),
  source: { ...at(source), entity: null },
  cue: cue === null ? null : at(cue),
  via: [],
  stance: 'assert',
  certainty: null,
  quantities: [],
  times: [],
  rule: 'test',
});
const words = (tokens: number[]) => tokens.map((i) => table.words[i]).join(' ');

test('"nach Aussagen von X": the source is "Aussagen von X", with and without a cue of its own', () => {
  const [p, q] = predictedAnnotations([claim('sei die Brücke gesperrt', 'Anna Berg', 'Nach Aussagen'), claim('Der Umweg dauere zehn Minuten', 'Anna Berg', null)], table);
  assert.equal(words(p!.cue), 'Nach');
  assert.equal(words(p!.source), 'Aussagen von Anna Berg');
  assert.equal(words(q!.source), 'Aussagen von Anna Berg');
});

test('negative: "von" before a source with no report noun stays out', () => {
  const s2 = [['Die', 'Rede', 'von', 'Anna', 'Berg', 'war', 'kurz', '.'], ['Der', 'Umweg', 'dauere', 'lange', '.']];
  const d2 = detokenize(s2);
  const t2 = tokenTable(s2, d2);
  const at2 = (s: string) => ({ start: d2.text.indexOf(s), end: d2.text.indexOf(s) + s.length });
  const c: Claim = { ...claim('Der Umweg dauere zehn Minuten', 'Anna Berg', null), ...at2('Der Umweg dauere lange'), content: at2('Der Umweg dauere lange'), source: { ...at2('Anna Berg'), entity: null } };
  const [r] = predictedAnnotations([c], t2);
  assert.equal(r!.source.map((i) => t2.words[i]).join(' '), 'Anna Berg');
});
