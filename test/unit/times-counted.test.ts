/**
 * Times counted from another time in the text (src/extract/times-counted.ts, times-anaphora.ts): counted
 * units before a direction word ("two days later", "drei Wochen zuvor"), and "the next day" counted from the
 * publication date in a sentence about the future. Every sentence here is written for this test. Published
 * on Wednesday 2024-10-16 unless said otherwise.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, toAnalysis } from '../../src/index.js';
import { validateAnalysis } from '../helpers.js';
import type { TimeMention } from '../../src/extract/times.js';

type Triple = [string, string | null, string];

function times(text: string, lang: 'de' | 'en', published: string | null = '2024-10-16'): Triple[] {
  const doc = analyze({ text, lang, published });
  const v = validateAnalysis(toAnalysis(doc));
  assert.ok(v.valid, v.message);
  return (doc.get('times').items as readonly TimeMention[]).map((t) => [doc.text.slice(t.start, t.end), t.value, t.grain]);
}

describe('times: counted units before "later" / "earlier"', () => {
  test('English: from the last day, month or year in the text, as precise as the unit', () => {
    assert.deepEqual(times('The dam broke on October 10. Two days later the road reopened.', 'en'), [
      ['on October 10', '2024-10-10', 'day'],
      ['Two days later', '2024-10-12', 'day'],
    ]);
    assert.deepEqual(times('The firm was founded in 2019. Three years later it was sold.', 'en'), [
      ['in 2019', '2019', 'year'],
      ['Three years later', '2022', 'year'],
    ]);
    assert.deepEqual(times('The plant opened in May 2010 and closed a month later.', 'en'), [
      ['in May 2010', '2010-05', 'month'],
      ['a month later', '2010-06', 'month'],
    ]);
    // Weeks give the ISO week (like "a week later"); several units the day.
    assert.deepEqual(times('Talks began on October 10; two weeks earlier nobody expected them.', 'en'), [
      ['on October 10', '2024-10-10', 'day'],
      ['two weeks earlier', '2024-W39', 'week'],
    ]);
    assert.deepEqual(times('The mine closed on March 3, 2020. 1 year and 2 days later it was flooded.', 'en'), [
      ['on March 3, 2020', '2020-03-03', 'day'],
      ['1 year and 2 days later', '2021-03-05', 'day'],
    ]);
  });

  test('the story moves on: a day counted from a counted day', () => {
    assert.deepEqual(times('The plant opened on May 2, 2010. A month later it closed. Three days later it reopened.', 'en'), [
      ['on May 2, 2010', '2010-05-02', 'day'],
      ['A month later', '2010-06', 'month'],
      ['Three days later', '2010-06-05', 'day'],
    ]);
  });

  test('German: "zwei Tage später", "drei Wochen zuvor", "zwei Jahre danach"', () => {
    assert.deepEqual(times('Am 10. Oktober brach der Damm. Zwei Tage später kam die Flut.', 'de'), [
      ['Am 10. Oktober', '2024-10-10', 'day'],
      ['Zwei Tage später', '2024-10-12', 'day'],
    ]);
    assert.deepEqual(times('Im Jahr 2015 wurde das Werk gebaut, zwei Jahre danach geschlossen.', 'de'), [
      ['Im Jahr 2015', '2015', 'year'],
      ['zwei Jahre danach', '2017', 'year'],
    ]);
  });

  test('negative: days are not counted from a year; no time without a time before it; no count, no unit', () => {
    // A year is too coarse to count days from: kept, unresolved.
    assert.deepEqual(times('The firm was founded in 2019. Two days later it hired staff.', 'en'), [
      ['in 2019', '2019', 'year'],
      ['Two days later', null, 'day'],
    ]);
    // In a report with no time before it the phrase stays unresolved (not counted from the publication date).
    assert.deepEqual(times('Two days later the road reopened.', 'en'), [['Two days later', null, 'day']]);
    // "Windows 11 later", "24/7 later", "much later", "years later" (no count): no counted units.
    assert.deepEqual(times('Windows 11 later got an update. Much later, years later, it was 24/7.', 'en'), []);
    // "darauf" after counted units is mostly an object ("drei Jahre darauf gewartet": waited three years for it).
    assert.deepEqual(times('Im Jahr 2015 hatten sie drei Jahre darauf gewartet.', 'de'), [['Im Jahr 2015', '2015', 'year']]);
    // A plural unit needs a count above one: "one days later" is no expression; "two day later" neither.
    assert.deepEqual(times('On October 10 it broke; one days later, two day later.', 'en'), [['On October 10', '2024-10-10', 'day']]);
  });
});

describe('times: "the next day" without a day before it', () => {
  test('a sentence about the future counts from the publication date', () => {
    assert.deepEqual(times("We'll go back the next day.", 'en'), [['the next day', '2024-10-17', 'day']]);
    assert.deepEqual(times('The council will decide next day.', 'en'), [['next day', '2024-10-17', 'day']]);
    assert.deepEqual(times('The results will be published two days later.', 'en'), [['two days later', '2024-10-18', 'day']]);
  });

  test('negative: a report (past cue or none) keeps it unresolved; a day in the text wins', () => {
    assert.deepEqual(times('The day before, it rained.', 'en'), [['The day before', null, 'day']]);
    assert.deepEqual(times('The next day was quiet.', 'en'), [['The next day', null, 'day']]);
    assert.deepEqual(times('The dam broke on October 10. We will rebuild it the next day.', 'en'), [
      ['on October 10', '2024-10-10', 'day'],
      ['the next day', '2024-10-11', 'day'],
    ]);
    // Without a publication date there is nothing to count from.
    assert.deepEqual(times("We'll go back the next day.", 'en', null), [['the next day', null, 'day']]);
  });
});
