/**
 * English dates written the way chat and US text write them (src/extract/times/explicit.ts, relative.ts,
 * grammar.ts): month and day in one word, month/day without a year, plain days, day words, the n-th weekday
 * of a month, offsets from a day word, day ranges with their month — and what stays no date (fractions,
 * scores, "24/7", number ranges, verbs and words that look like names of months or days). Every sentence
 * here is written for this test. Published on Wednesday 2024-10-16 unless said otherwise.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, toAnalysis } from '../../src/index.js';
import { validateAnalysis } from '../helpers.js';

type Pair = [string, string | null];

function times(text: string, published: string | null = '2024-10-16'): Pair[] {
  const doc = analyze({ text, lang: 'en', published });
  const v = validateAnalysis(toAnalysis(doc));
  assert.ok(v.valid, v.message);
  return doc.get('times').items.map((t) => [doc.text.slice(t.start, t.end), t.value]);
}

describe('times (en): numeric and glued dates', () => {
  test('month and day in one word, either order, any case', () => {
    assert.deepEqual(times('The permit expired Oct-2.'), [['Oct-2', '2024-10-02']]);
    assert.deepEqual(times('The permit expired 2sept.'), [['2sept', '2024-09-02']]);
    assert.deepEqual(times('The permit expires 2025-jan-3.'), [['2025-jan-3', '2025-01-03']]);
    assert.deepEqual(times('The permit expired april22.'), [['april22', '2024-04-22']]);
  });

  test('a word ending in digits that is no month stays no date', () => {
    assert.deepEqual(times('The COVID-19 wards, the F-16 jets and Windows11 laptops.'), []);
    assert.deepEqual(times('She flew a Boeing 737 to Mar-a-Lago.'), []);
    assert.deepEqual(times('Call 555-0123 or 1-800-555-0199 for tickets.'), []);
  });

  test('month/day without a year: a day over 12, or after "on"', () => {
    assert.deepEqual(times('The rally was held 4/22.'), [['4/22', '2024-04-22']]);
    assert.deepEqual(times('The rally was held on 4/2.'), [['on 4/2', '2024-04-02']]);
    assert.deepEqual(times('The rally was held on 4-22.'), [['on 4-22', '2024-04-22']]);
    assert.deepEqual(times('The form was filed 9-18-15.'), [['9-18-15', '2015-09-18']]);
  });

  test('fractions, scores and "24/7" are no dates', () => {
    assert.deepEqual(times('The clinic is open 24/7.'), []);
    assert.deepEqual(times('Add 1/2 cup of flour and cut a 3/16 inch strip.'), []);
    assert.deepEqual(times('The home side won 4-2 after extra time.'), []);
    assert.deepEqual(times('Turnout rose by 1/3 and 3/4 of voters stayed.'), []);
  });
});

describe('times (en): plain days and day words', () => {
  test('a plain number or day word after "on" or "the" is a day of the publication month', () => {
    assert.deepEqual(times('The vote is on 27.'), [['on 27', '2024-10-27']]);
    assert.deepEqual(times('The vote was set for the 21st, then for the twenty second!'), [
      ['for the 21st', '2024-10-21'],
      ['for the twenty second', '2024-10-22'],
    ]);
    assert.deepEqual(times('The hearing will be held on May twenty one.'), [['on May twenty one', '2025-05-21']]);
    assert.deepEqual(times('The hearing is set for Friday the twenty second.'), [['for Friday the twenty second', '2024-11-22']]);
  });

  test('a number that counts something is no day', () => {
    assert.deepEqual(times('He was convicted on 15 counts.'), []);
    assert.deepEqual(times('She won for the second time.'), []);
    assert.deepEqual(times('The board voted 5 to 3 on 12 amendments.'), []);
    assert.deepEqual(times('The number is between 20 and 30.'), []);
    assert.deepEqual(times('The talks resumed on 15:30 sharp.'), []);
  });
});

describe('times (en): weekdays of a month, offsets from a day, day ranges', () => {
  test('the n-th or last weekday of a month', () => {
    assert.deepEqual(times('The fair opens the first Friday of November.'), [['the first Friday of November', '2024-11-01']]);
    assert.deepEqual(times('The fair opens the last Sunday in March 2025.'), [['the last Sunday in March 2025', '2025-03-30']]);
    assert.deepEqual(times('The fair opens the second Monday of next month.'), [['the second Monday of next month', '2024-11-11']]);
    // Without a publication date the year is open.
    assert.deepEqual(times('The fair opens the first Friday of November.', null), [['the first Friday of November', null]]);
  });

  test('a count of units from, after or before a day word', () => {
    assert.deepEqual(times('The law takes effect three weeks from tomorrow.'), [['three weeks from tomorrow', '2024-11-07']]);
    assert.deepEqual(times('It was signed two days before yesterday.'), [['two days before yesterday', '2024-10-13']]);
    assert.deepEqual(times('It takes effect two weeks from now.'), [['two weeks from now', '2024-10-30']]);
    assert.deepEqual(times('Right now the talks are stalled.'), []);
  });

  test('a day of a relative month or a weekday of a relative week', () => {
    assert.deepEqual(times('Bids close the 20th of next month.'), [['the 20th of next month', '2024-11-20']]);
    assert.deepEqual(times('Bids close on Sunday of next week.'), [['on Sunday of next week', '2024-10-27']]);
    // A counted word after the day: no date ("Friday the 13th movies").
    assert.deepEqual(times('He watched Friday the 13th movies.'), [['Friday', '2024-10-11']]);
  });

  test('ranges of weekdays with their day and of day words', () => {
    assert.deepEqual(times('The fair runs from Friday the 18th until Tuesday the 22nd.'), [
      ['from Friday the 18th until Tuesday the 22nd', '2024-10-18/2024-10-22'],
    ]);
    assert.deepEqual(times('The road is closed today till tomorrow.'), [['today till tomorrow', '2024-10-16/2024-10-17']]);
  });

  test('day ranges take the month named before or after them', () => {
    assert.deepEqual(times('Talks run November 19-20.'), [['November 19-20', '2024-11-19/2024-11-20']]);
    assert.deepEqual(times('Talks run from 4 to 22 this month.'), [['from 4 to 22 this month', '2024-10-04/2024-10-22']]);
    assert.deepEqual(times('Talks run between 3 and 12 of November.'), [['between 3 and 12 of November', '2024-11-03/2024-11-12']]);
  });
});

describe('times (en): weeks of a year, days of a week, decades, year ranges', () => {
  test('the n-th or last week of a named year; no year, no week', () => {
    assert.deepEqual(times('Sales fell in the first week of 2015.'), [['in the first week of 2015', '2015-W01']]);
    assert.deepEqual(times('Sales fell in the last week of 2015.'), [['in the last week of 2015', '2015-W53']]);
    assert.deepEqual(times('Sales rise the third week next year.'), [['the third week next year', '2025-W03']]);
    assert.deepEqual(times('Sales fell in the first week of the strike.'), []);
  });

  test('a unit after the next', () => {
    assert.deepEqual(times('Results come the week after next.'), [['the week after next', '2024-W44']]);
    assert.deepEqual(times('Results come the year after the next.'), [['the year after the next', '2026']]);
    // "after next" needs "next": "the week after the vote" is no time of its own.
    assert.deepEqual(times('Results came the week after the vote.'), []);
  });

  test('a span of weekdays inside a named week', () => {
    assert.deepEqual(times('The talks run next week from Tuesday to Thursday.'), [
      ['next week from Tuesday to Thursday', '2024-10-22/2024-10-24'],
    ]);
    assert.deepEqual(times('The talks ran last week between Monday and Friday.'), [
      ['last week between Monday and Friday', '2024-10-07/2024-10-11'],
    ]);
  });

  test("a decade with an apostrophe after an article; a year's possessive is no decade", () => {
    assert.deepEqual(times("Prices doubled in the 1970's."), [["in the 1970's", '197']]);
    assert.deepEqual(times("The 2010's budget was cut."), []);
  });

  test('a year to a later dated month or day; not a year to a count', () => {
    assert.deepEqual(times('The scheme ran from 2015 to May 5th, 2017.'), [['from 2015 to May 5th, 2017', '2015/2017-05-05']]);
    assert.deepEqual(times('The scheme ran between 2014-2018.'), [['between 2014-2018', '2014/2018']]);
    // An amount is no end of a year range: the year stands alone.
    assert.deepEqual(times('Costs rose from 2015 to 2500 dollars.'), [['from 2015', '2015']]);
  });
});

describe('times (en): several units, weekdays with their date, small month names', () => {
  test('an offset of several units is a day', () => {
    assert.deepEqual(times('The fund was closed 1 month and 21 days ago.'), [['1 month and 21 days ago', '2024-08-26']]);
    assert.deepEqual(times('The fund was closed 2 years, 3 days ago.'), [['2 years, 3 days ago', '2022-10-13']]);
  });

  test('"this Friday" with its date; "past Monday" like "last Monday"', () => {
    assert.deepEqual(times('The vote is this Friday (Oct-18).'), [['this Friday (Oct-18)', '2024-10-18']]);
    assert.deepEqual(times('The vote was past Monday.'), [['past Monday', '2024-10-14']]);
  });

  test('"may" and "march" written small are months only with a day in a date pattern', () => {
    assert.deepEqual(times('It ended on the fourth of may.'), [['on the fourth of may', '2024-05-04']]);
    assert.deepEqual(times('It ended on may the eleventh.'), [['on may the eleventh', '2024-05-11']]);
    assert.deepEqual(times('The troops may march 22 miles and may first need rest.'), []);
  });
});

describe('times (en): words that look like months or weekdays', () => {
  test('"may" and "march" the verbs, "sat", "sun", "wed" the words, "May" the name', () => {
    assert.deepEqual(times('Protesters may march on the capital.'), []);
    assert.deepEqual(times('The sun was out, they sat down and later wed.'), []);
    assert.deepEqual(times('May Chen said the plan was sound.'), []);
    assert.deepEqual(times('We may see 4 more cases and march 22 miles.'), []);
  });
});
