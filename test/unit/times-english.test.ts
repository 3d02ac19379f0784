/**
 * English dates written the way chat and US text write them (src/extract/times/explicit.ts, relative.ts,
 * grammar.ts): month and day in one word, month/day without a year, plain days, day words, the n-th weekday
 * of a month, offsets from a day word, day ranges with their month — and what stays no date (fractions,
 * scores, "24/7", number ranges, verbs and words that look like names of months or days); and round 4's
 * forms (periods.ts, years in words, the week of a date, "within two years", …) with theirs. Every sentence
 * here is written for this test. Published on Wednesday 2024-10-16 unless said otherwise.
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
  test('the week of a date is its ISO week; the week commencing a Monday is its ISO week', () => {
    assert.deepEqual(times('The summit is the week of November 30th.'), [['the week of November 30th', '2024-W48']]);
    assert.deepEqual(times('The summit is the week commencing November 4.'), [['the week commencing November 4', '2024-W45']]);
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
