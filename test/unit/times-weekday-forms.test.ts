/**
 * Weekday forms (src/extract/times/relative.ts, times-lexicon.ts): a possessive weekday is a time
 * ("Wednesday's meeting"; ending `possessive` in src/lang/en/time-grammar.tsv), a weekday after a count of
 * one ("a Sunday", "an einem Sonntag") is none. Every sentence here is written for this test. Published on
 * Wednesday 2024-10-16.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';

function times(text: string, lang: 'de' | 'en'): [string, string | null][] {
  const doc = analyze({ text, lang, published: '2024-10-16' });
  return doc.get('times').items.map((t) => [doc.text.slice(t.start, t.end), t.value]);
}

describe('times: weekday forms', () => {
  test('English possessive: the weekday, by tense like a bare one', () => {
    assert.deepEqual(times("Monday's meeting was cancelled.", 'en'), [["Monday's", '2024-10-14']]);
    assert.deepEqual(times('Friday’s vote will be close.', 'en'), [['Friday’s', '2024-10-18']]);
  });

  test('negative: a possessive that is no weekday, a small abbreviation, a name', () => {
    assert.deepEqual(times("May's speech and the minister's plan.", 'en'), []);
    assert.deepEqual(times("They wed's nothing.", 'en'), []);
  });

  test('a weekday after a count of one is no particular day', () => {
    assert.deepEqual(times('The fair took place on a Sunday in May.', 'en'), [['in May', '2024-05']]);
    assert.deepEqual(times('One Monday he simply left.', 'en'), []);
    assert.deepEqual(times('Es geschah an einem Sonntag.', 'de'), []);
    // A weekday with a determiner or a preposition stays a day.
    assert.deepEqual(times('The fair took place on Sunday.', 'en'), [['on Sunday', '2024-10-13']]);
    assert.deepEqual(times('Es geschah am Sonntag.', 'de'), [['am Sonntag', '2024-10-13']]);
  });
});
