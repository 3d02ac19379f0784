/**
 * Day forms: a possessive weekday is a time ("Wednesday's meeting"; ending `possessive` in
 * src/lang/en/time-grammar.tsv), a weekday after a count of one ("a Sunday", "an einem Sonntag") is none
 * (src/extract/times/relative.ts); the n-th or last day of a month or year (src/extract/times/days-of.ts).
 * Every sentence here is written for this test. Published on Wednesday 2024-10-16.
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

describe('times: the n-th or last day of a month or year', () => {
  test('English and German: of a month, a relative month, the current year, a named year', () => {
    assert.deepEqual(times('Rents are due on the first day of next month.', 'en'), [['on the first day of next month', '2024-11-01']]);
    assert.deepEqual(times('The law lapses on the last day of February 2028.', 'en'), [['on the last day of February 2028', '2028-02-29']]);
    assert.deepEqual(times('The offer ends on the last day of the year.', 'en'), [['on the last day of the year', '2024-12-31']]);
    assert.deepEqual(times('Am letzten Tag des Jahres endet die Frist.', 'de'), [['Am letzten Tag des Jahres', '2024-12-31']]);
  });

  test('negative: a day of an event, a day in office, a day the month does not have', () => {
    assert.deepEqual(times('The first day of the strike was calm.', 'en'), []);
    assert.deepEqual(times('On his first day in office he signed it.', 'en'), []);
    assert.deepEqual(times('Der erste Tag der Messe war voll.', 'de'), []);
    assert.deepEqual(times('It came on the thirtieth day of February 2028.', 'en'), [['February 2028', '2028-02']]);
  });
});
