/**
 * English dates and periods of round 4 (src/extract/times/explicit.ts, periods.ts, relative.ts, grammar.ts,
 * times-quarters.ts): years and decades said in words, more numeric notations, the year before the month,
 * day ranges before their month, the week of a date, "within two years", a count of units from a day, a
 * bare n-th weekday, the weekend by tense, "Q3 this year", a weekday written small before a date — each
 * with the sentences that must stay no date. Every sentence here is written for this test. Published on
 * Wednesday 2024-10-16 unless said otherwise.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, toAnalysis } from '../../src/index.js';
import { mapTimex } from '../../src/eval/specs/dates.js';
import { validateAnalysis } from '../helpers.js';

type Pair = [string, string | null];

function times(text: string, published: string | null = '2024-10-16'): Pair[] {
  const doc = analyze({ text, lang: 'en', published });
  const v = validateAnalysis(toAnalysis(doc));
  assert.ok(v.valid, v.message);
  return doc.get('times').items.map((t) => [doc.text.slice(t.start, t.end), t.value]);
}

describe('times (en): years and decades said in words', () => {
  test('after a date, a month, a season, a quarter or a preposition', () => {
    assert.deepEqual(times('The treaty was signed on September 10, nineteen zero one.'), [['on September 10, nineteen zero one', '1901-09-10']]);
    assert.deepEqual(times('The mill opened in nineteen twenty eight.'), [['in nineteen twenty eight', '1928']]);
    assert.deepEqual(times('It flooded in the spring of nineteen seventy-eight.'), [['in the spring of nineteen seventy-eight', '1978-SP']]);
    assert.deepEqual(times('The law ran from two thousand until two thousand and fourteen.'), [['from two thousand until two thousand and fourteen', '2000/2014']]);
    assert.deepEqual(times('The fort was built in one thousand seven hundred and eighty nine.'), [['in one thousand seven hundred and eighty nine', '1789']]);
  });

  test('a decade after a century word, with an article or preposition', () => {
    assert.deepEqual(times('Rents doubled in the nineteen seventies.'), [['in the nineteen seventies', '197']]);
    assert.deepEqual(times('Rents doubled in the twenty tens.'), [['in the twenty tens', '201']]);
    assert.deepEqual(times('She sang nineteen seventies songs.'), []);
  });

  test('amounts in words stay amounts', () => {
    assert.deepEqual(times('On Sept 10, two thousand people marched.'), [['On Sept 10', '2024-09-10']]);
    assert.deepEqual(times('In October nineteen people died.'), [['In October', '2024-10']]);
    assert.deepEqual(times('The count rose by two thousand in March.'), [['in March', '2024-03']]);
    assert.deepEqual(times('Seats went from one thousand to one thousand and five hundred.'), []);
  });
});

describe('times (en): numeric notations and the year before the month', () => {
  test('month/day with the year after a comma, year.month.day, year/month-name/day, year-month', () => {
    assert.deepEqual(times('The lease ended 11/12,2016.'), [['11/12,2016', '2016-11-12']]);
    assert.deepEqual(times('The lease ended on 2015.5.13.'), [['on 2015.5.13', '2015-05-13']]);
    assert.deepEqual(times('The lease ended 2019/sep/01.'), [['2019/sep/01', '2019-09-01']]);
    assert.deepEqual(times('The lease ended 2015-3.'), [['2015-3', '2015-03']]);
    assert.deepEqual(times('The lease ended 2016 November.'), [['2016 November', '2016-11']]);
  });

  test('decimals, scores, versions and a clause comma stay what they are', () => {
    assert.deepEqual(times('The index closed at 2015.3 points.'), []);
    assert.deepEqual(times('It was a 4/22 vote, and the home side won 4-22.'), []);
    assert.deepEqual(times('Windows 11 shipped while COVID-19 spread.'), []);
    assert.deepEqual(times('In 2016, November was wet.'), [['In 2016', '2016']]);
  });
});

describe('times (en): day ranges before their month', () => {
  test('two days and a month after them, with or without "from"', () => {
    assert.deepEqual(times('The fair runs 4 to 23 next month.'), [['4 to 23 next month', '2024-11-04/2024-11-23']]);
    assert.deepEqual(times('The fair runs from 4-23 in next month.'), [['from 4-23 in next month', '2024-11-04/2024-11-23']]);
    assert.deepEqual(times('The fair ran between 4-22 January, 2017.'), [['between 4-22 January, 2017', '2017-01-04/2017-01-22']]);
  });

  test('number ranges stay numbers', () => {
    assert.deepEqual(times('Highs were between 20 and 30 in May.'), [['in May', '2024-05']]);
    assert.deepEqual(times('Scores rose 4 to 23 last year.'), [['last year', '2023']]);
  });
});

describe('times (en): weeks of a date and of a month', () => {
  test('the week of a date is its ISO week; the week commencing a date is seven days from it', () => {
    assert.deepEqual(times('The summit is the week of November 30th.'), [['the week of November 30th', '2024-W48']]);
    assert.deepEqual(times('The summit is the week commencing November 4.'), [['the week commencing November 4', '2024-11-04/2024-11-10']]);
    assert.deepEqual(times('Talks resume the last week of November.'), [['the last week of November', '2024-W48']]);
    assert.deepEqual(times('Talks resume the third week of this month.'), [['the third week of this month', '2024-W42']]);
  });

  test('a week of something else is no time', () => {
    assert.deepEqual(times('It was the week of protests and the first week of school.'), []);
  });
});

describe('times (en): periods counted from the publication date or a day', () => {
  test('"within" a count of units in a sentence about the future', () => {
    assert.deepEqual(times('The firm will cut 500 jobs within two years.'), [['within two years', '2024-10-16/2026-10-16']]);
    assert.deepEqual(times('The plant will reopen within the next 5 days.'), [['within the next 5 days', '2024-10-16/2024-10-21']]);
  });

  test('"within" counted from something else, or in a reported past, is no period from publication', () => {
    assert.deepEqual(times('He will be charged within a week of the attack.'), []);
    assert.deepEqual(times('The report recommended repairs within two years.'), []);
    assert.deepEqual(times('They will merge within two years after the vote.'), []);
  });

  test('a count of units from a day', () => {
    assert.deepEqual(times('The road will close for 3 days from Monday.'), [['for 3 days from Monday', '2024-10-21/2024-10-24']]);
    assert.deepEqual(times('The road will close for a week starting tomorrow.'), [['for a week starting tomorrow', '2024-10-17/2024-10-24']]);
    // Without "for" it is the one day three days on.
    assert.deepEqual(times('The road reopens 3 days from today.'), [['3 days from today', '2024-10-19']]);
  });

  test('"between now and" a date', () => {
    assert.deepEqual(times('Prices will rise between now and November 15th.'), [['between now and November 15th', '2024-10-16/2024-11-15']]);
  });
});

describe('times (en): weekdays and weekends', () => {
  test('a bare n-th weekday is of the publication month; not when a word goes on', () => {
    assert.deepEqual(times('The market opens on the second Sunday.'), [['on the second Sunday', '2024-10-13']]);
    assert.deepEqual(times('It was his first Sunday in office.'), [['Sunday', '2024-10-13']]);
  });

  test('the weekend by tense', () => {
    assert.deepEqual(times('The club will meet over the weekend.'), [['the weekend', '2024-10-19/2024-10-20']]);
    assert.deepEqual(times("We'll meet over the weekend."), [['the weekend', '2024-10-19/2024-10-20']]);
    assert.deepEqual(times('The club met over the weekend.'), [['the weekend', '2024-10-12/2024-10-13']]);
  });

  test('a weekday written small is one only before a comma and a date; "wed", "sat", "sun", "may", "march" as words', () => {
    assert.deepEqual(times('The vote was wed, 22 of jan.'), [['wed, 22 of jan', '2024-01-22']]);
    assert.deepEqual(times('They will wed, and they sat in the sun, 22 of them.'), []);
    assert.deepEqual(times('Prices may march higher; you may second the motion.'), []);
    assert.deepEqual(times('The vote was may twenty-first.'), [['may twenty-first', '2024-05-21']]);
  });

  test('a date glued to its weekday', () => {
    assert.deepEqual(times('The call is this friday-oct-18.'), [['this friday-oct-18', '2024-10-18']]);
  });
});

describe('times (en): quarters', () => {
  test('a quarter code with a relative year after it', () => {
    assert.deepEqual(times('Sales will rise in Q1 next year.'), [['Q1 next year', '2025-Q1']]);
    assert.deepEqual(times('Sales rose in Q3 this year.'), [['Q3 this year', '2024-Q3']]);
    assert.deepEqual(times('Sales rose in Q3.'), [['Q3', '2024-Q3']]);
  });
});

describe('eval specs: their open Timex values mapped onto ours', () => {
  test('decades of any century, centuries, open quarters, runs of ISO weeks', () => {
    assert.equal(mapTimex('(XX70-01-01,XX80-01-01,P10Y)'), 'XX7');
    assert.equal(mapTimex('(1400-01-01,1500-01-01,P100Y)'), '14');
    assert.equal(mapTimex('(XXXX-07-01,XXXX-10-01,P3M)'), 'XXXX-Q3');
    assert.equal(mapTimex('(2018-07-30,2018-08-27,P4W)'), '2018-W31/2018-W35');
    // Not whole weeks: the days as they stand.
    assert.equal(mapTimex('(2018-07-31,2018-08-27,P27D)'), '2018-07-31/2018-08-27');
  });
});
