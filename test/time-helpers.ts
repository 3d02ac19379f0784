/** Shared by the time tests: a text's times as [span text, value] pairs, the analysis checked against the schema. */
import assert from 'node:assert/strict';
import { analyze, toAnalysis } from '../src/index.js';
import { validateAnalysis } from './helpers.js';

export type TimePair = [string, string | null];

export function timePairs(text: string, lang: 'de' | 'en', published: string | null): TimePair[] {
  const doc = analyze({ text, lang, published });
  const v = validateAnalysis(toAnalysis(doc));
  assert.ok(v.valid, v.message);
  return doc.get('times').items.map((t) => [doc.text.slice(t.start, t.end), t.value]);
}
