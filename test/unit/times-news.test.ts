/**
 * Times news uses (src/extract/times.ts, times-anaphora.ts): weekdays by tense and preposition, the year
 * a figure is for, days and weeks counted from another time in the text, parts of the day. Every sentence
 * here is written for this test. Published on Wednesday 2024-10-16 unless said otherwise.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, toAnalysis } from '../../src/index.js';
import { validateAnalysis } from '../helpers.js';

type Pair = [string, string | null];

function times(text: string, lang: 'de' | 'en', published: string | null = '2024-10-16'): Pair[] {
  const doc = analyze({ text, lang, published });
  const v = validateAnalysis(toAnalysis(doc));
  assert.ok(v.valid, v.message);
  return doc.get('times').items.map((t) => [doc.text.slice(t.start, t.end), t.value]);
}

describe('times: weekdays by tense and preposition', () => {
  test('German: "ab" and a future sentence look ahead, a past sentence looks back', () => {
    assert.deepEqual(times('Ab Freitag gelten neue Regeln.', 'de'), [['Ab Freitag', '2024-10-18']]);
    assert.deepEqual(times('Am Freitag wird der Rat abstimmen.', 'de'), [['Am Freitag', '2024-10-18']]);
    assert.deepEqual(times('Am Freitag wurde der Rat informiert.', 'de'), [['Am Freitag', '2024-10-11']]);
    // No cue: the most recent Friday, as before.
    assert.deepEqual(times('Am Freitag kam der Rat zusammen.', 'de'), [['Am Freitag', '2024-10-11']]);
  });

  test('English: "from" and "will" look ahead, "was" looks back; the same weekday is that day', () => {
    assert.deepEqual(times('Tolls apply from Monday.', 'en'), [['from Monday', '2024-10-21']]);
    assert.deepEqual(times('The council will vote on Friday.', 'en'), [['on Friday', '2024-10-18']]);
    assert.deepEqual(times('The council was told on Friday.', 'en'), [['on Friday', '2024-10-11']]);
    assert.deepEqual(times('The council will vote on Wednesday.', 'en'), [['on Wednesday', '2024-10-16']]);
  });
});

describe('times: the year a figure is for', () => {
  test('"für 2025" and "for 2026" are years, not before a counted noun', () => {
    assert.deepEqual(times('Die Prognose für 2025 wurde gesenkt.', 'de'), [['für 2025', '2025']]);
    assert.deepEqual(times('The forecast for 2026 is weak.', 'en'), [['for 2026', '2026']]);
    assert.deepEqual(times('They paid for 2000 tickets.', 'en'), []);
    assert.deepEqual(times('Er zahlte für 1500 Karten.', 'de'), []);
  });
});

describe('times: days and weeks counted from another time in the text', () => {
  test('German: tags zuvor, am Folgetag, eine Woche zuvor', () => {
    assert.deepEqual(times('Am 10. Oktober brach der Damm. Tags zuvor hatte es geregnet.', 'de'), [
      ['Am 10. Oktober', '2024-10-10'],
      ['Tags zuvor', '2024-10-09'],
    ]);
    assert.deepEqual(times('Die Wahl war am 6. Oktober, am Folgetag trat er zurück.', 'de'), [
      ['am 6. Oktober', '2024-10-06'],
      ['am Folgetag', '2024-10-07'],
    ]);
    assert.deepEqual(times('Am 10. Oktober brach der Damm. Eine Woche zuvor gab es Warnungen.', 'de'), [
      ['Am 10. Oktober', '2024-10-10'],
      ['Eine Woche zuvor', '2024-W40'],
    ]);
  });

  test('English: the day before, the next day; unresolved without a day before it', () => {
    assert.deepEqual(times('The dam broke on October 10. The day before, it rained.', 'en'), [
      ['on October 10', '2024-10-10'],
      ['The day before', '2024-10-09'],
    ]);
    assert.deepEqual(times('The day before, it rained.', 'en'), [['The day before', null]]);
    // "the day before yesterday" is one time, counted from the publication date (Wednesday 2024-10-16).
    assert.deepEqual(times('He left the day before yesterday.', 'en'), [['the day before yesterday', '2024-10-14']]);
  });
});

describe('times: parts of the day', () => {
  test('with a day in the sentence: ISO hour intervals and points', () => {
    assert.deepEqual(times('Am 14. Oktober gegen Mittag und am frühen Abend kam es zu Staus.', 'de'), [
      ['Am 14. Oktober', '2024-10-14'],
      ['gegen Mittag', '2024-10-14T12:00'],
      ['am frühen Abend', '2024-10-14T17:00/2024-10-14T20:00'],
    ]);
    assert.deepEqual(times('On October 14 the march began in the morning and ended at night.', 'en'), [
      ['On October 14', '2024-10-14'],
      ['in the morning', '2024-10-14T06:00/2024-10-14T12:00'],
      ['at night', '2024-10-14T22:00/2024-10-15T06:00'],
    ]);
  });

  test('without a day in the sentence: kept, unresolved', () => {
    assert.deepEqual(times('In the morning the roads were empty.', 'en'), [['In the morning', null]]);
    // "vor dem Bruch" is a period anchored to an event, unresolved too.
    assert.deepEqual(times('Am Nachmittag vor dem Bruch stieg der Pegel.', 'de'), [
      ['Am Nachmittag', null],
      ['vor dem Bruch', null],
    ]);
  });
});

describe('times: names are no months', () => {
  test('"May" the name and "may" the verb', () => {
    assert.deepEqual(times('Theresa May said prices may rise.', 'en'), []);
    assert.deepEqual(times('May Ayim schrieb Gedichte.', 'de'), []);
  });
});

describe('times: periods anchored to an event', () => {
  function events(text: string, lang: 'de' | 'en'): [string, string | null, string | undefined][] {
    const doc = analyze({ text, lang, published: '2024-10-16' });
    const v = validateAnalysis(toAnalysis(doc));
    assert.ok(v.valid, v.message);
    return doc.get('times').items.map((t) => [doc.text.slice(t.start, t.end), t.value, t.anchor]);
  }

  test('German: with a year the value is the year; without, null and the anchor text', () => {
    assert.deepEqual(events('Seit dem Sommerhochwasser 2013 ist nichts passiert.', 'de'), [['Seit dem Sommerhochwasser 2013', '2013', 'Sommerhochwasser 2013']]);
    assert.deepEqual(events('Nach der Landtagswahl trat er zurück.', 'de'), [['Nach der Landtagswahl', null, 'Landtagswahl']]);
    // Not events: a place after "vor", a word that only ends like an event noun.
    assert.deepEqual(events('Vor dem Rathaus standen Menschen.', 'de'), []);
    assert.deepEqual(events('Nach der Auswahl begann das Spiel.', 'de'), []);
  });

  test('English: "since the great flood of 2013", "before the election"', () => {
    assert.deepEqual(events('Prices fell since the great flood of 2013.', 'en'), [['since the great flood of 2013', '2013', 'great flood of 2013']]);
    assert.deepEqual(events('Turnout rose before the election.', 'en'), [['before the election', null, 'election']]);
    assert.deepEqual(events('He stood before the committee.', 'en'), []);
  });
});

describe('times: quarter and half-year codes', () => {
  test('with and without a year; "H2" alone is no time', () => {
    assert.deepEqual(times('Sales rose in Q3 2023.', 'en'), [['Q3 2023', '2023-Q3']]);
    assert.deepEqual(times('Der Umsatz im Q1/2024 und im 2023H2 stieg.', 'de'), [
      ['Q1/2024', '2024-Q1'],
      ['2023H2', '2023-H2'],
    ]);
    // Published 2024-10-16: Q4 has begun, so "Q4" is this year's; "Q1" too.
    assert.deepEqual(times('In Q4 margins fell.', 'en'), [['Q4', '2024-Q4']]);
    assert.deepEqual(times('Grüner Wasserstoff (H2) ist teuer.', 'de'), []);
    assert.deepEqual(times('The Q7 model sold well.', 'en'), []);
  });
});

describe('times: a weekday with its day of the month', () => {
  test('"Friday the 25th" is the nearest 25th that is a Friday', () => {
    assert.deepEqual(times('The hearing is set for Friday the 25th.', 'en'), [['for Friday the 25th', '2024-10-25']]);
    // The 4th falls on a Friday in October 2024: the earlier month wins over a later one further away.
    assert.deepEqual(times('It opened on Friday the 4th.', 'en'), [['on Friday the 4th', '2024-10-04']]);
  });

  test('an ordinal word that counts a noun is no day: "Friday, the first time", "Friday the second team"', () => {
    assert.deepEqual(times('He spoke on Friday, the first time in weeks.', 'en').map((p) => p[0]), ['on Friday']);
    assert.deepEqual(times('On Friday the second team lost.', 'en').map((p) => p[0]), ['On Friday']);
  });
});
