/**
 * English periods of round 5 (src/extract/times-anaphora.ts, src/extract/times/): the same week, that year,
 * later in the year; and what stays no time. Every sentence here is written for this test. Published on
 * Wednesday 2024-10-16 unless said otherwise.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { timePairs, type TimePair } from '../time-helpers.js';

const times = (text: string, published: string | null = '2024-10-16'): TimePair[] => timePairs(text, 'en', published);

describe('times (en): the same period as a time before it', () => {
  test('"that year", "the same month", "that weekend" take the period of the time before them', () => {
    assert.deepEqual(times('The mill closed in March 2019. That year the town lost 300 jobs.'), [
      ['in March 2019', '2019-03'],
      ['That year', '2019'],
    ]);
    assert.deepEqual(times('The dam broke on 14 May 2013, and the same month the river rose again.'), [
      ['on 14 May 2013', '2013-05-14'],
      ['the same month', '2013-05'],
    ]);
    assert.deepEqual(times('Voting began on Thursday, 7 November 2024; that weekend turnout fell.'), [
      ['on Thursday, 7 November 2024', '2024-11-07'],
      ['that weekend', '2024-11-09/2024-11-10'],
    ]);
  });

  test('a time the text dates itself comes before one dated from the publication date', () => {
    assert.deepEqual(times('He returned in 1981, after his wife died in March the same year.'), [
      ['in 1981', '1981'],
      ['in March', '2024-03'],
      ['the same year', '1981'],
    ]);
  });

  test('without a time before them they stay unresolved; a year is not precise enough for a month', () => {
    assert.deepEqual(times('They met the same week the mayor resigned.'), [['the same week', null]]);
    assert.deepEqual(times('The plant opened in 2011. Later that month it flooded.'), [
      ['in 2011', '2011'],
      ['Later that month', null],
    ]);
  });

  test('"later in the year", "earlier in the week": of the time before them, else of the publication date', () => {
    assert.deepEqual(times('The budget will be revised later in the year.'), [['later in the year', '2024']]);
    assert.deepEqual(times('Talks stalled earlier in the week.'), [['earlier in the week', '2024-W42']]);
    assert.deepEqual(times('In 2019, sales fell, but they recovered later in the year.'), [
      ['In 2019', '2019'],
      ['later in the year', '2019'],
    ]);
  });

  test('"that" as a conjunction or pronoun before other words is no time', () => {
    assert.deepEqual(times('He said that years of neglect had ruined the line.'), []);
    assert.deepEqual(times('The week that followed was calm.'), []);
  });
});

describe('times (en): less than a count of units, decades in words and with an apostrophe', () => {
  test('"less than 2 weeks from today", "less than a month ago": up to that day', () => {
    assert.deepEqual(times('The bridge will reopen less than 2 weeks from today.'), [['less than 2 weeks from today', '2024-10-16/2024-10-30']]);
    assert.deepEqual(times('The mayor took office less than a month ago.'), [['less than a month ago', '2024-09-16/2024-10-16']]);
    // Without a reference day it is an amount of time, not a time.
    assert.deepEqual(times('The repair took less than 2 weeks.'), []);
  });

  test('decades said in words, and with an apostrophe for the century', () => {
    assert.deepEqual(times('Prices doubled in the two thousands.'), [['in the two thousands', '200']]);
    assert.deepEqual(times('Prices doubled in the two thousand and tens.'), [['in the two thousand and tens', '201']]);
    assert.deepEqual(times('Prices doubled in the twenty-tens.'), [['in the twenty-tens', '201']]);
    assert.deepEqual(times("The line was built in the '40s."), [["in the '40s", '194']]);
    assert.deepEqual(times("The line was built in 70's."), [["in 70's", '197']]);
  });

  test('"within" several counts of units, in a sentence about the future', () => {
    assert.deepEqual(times('The works will finish within 2 years and 3 months.'), [['within 2 years and 3 months', '2024-10-16/2027-01-16']]);
    assert.deepEqual(times('They will vote within a week and two days of the attack.'), []);
  });

  test('number words that are no decade stay none', () => {
    assert.deepEqual(times('The two thousands of people marched, and twenty-one members voted.'), []);
    assert.deepEqual(times('In the two tens of the deck, she saw luck.'), []);
    assert.deepEqual(times("By 90's standards the car was cheap."), []);
  });
});

describe('times (en): the week commencing a day', () => {
  test('a Monday: its ISO week; a day without a year takes the year nearby in which it is a Monday', () => {
    assert.deepEqual(times('Hearings resume the week beginning 4 November.'), [['the week beginning 4 November', '2024-W45']]);
    // Published 2024-11-07: 5 February is a Monday in 2024 (276 days back), about as near as Wednesday
    // 2025-02-05 (90 days ahead, counted three times); 4 February is a Tuesday in 2025, a Sunday in 2024.
    assert.deepEqual(times('The works start the week commencing February 5.', '2024-11-07'), [['the week commencing February 5', '2024-W06']]);
    assert.deepEqual(times('The works start the week commencing February 4.', '2024-11-07'), [['the week commencing February 4', '2025-02-04/2025-02-10']]);
  });

  test('a day that is no Monday in the year chosen nor in one about as near: the seven days from it', () => {
    // 6 November is a Wednesday in 2024, a Monday in 2023 (much farther back than 2024-11-06 is ahead).
    assert.deepEqual(times('The works start the week starting 6 November.'), [['the week starting 6 November', '2024-11-06/2024-11-12']]);
    assert.deepEqual(times('The works start the week starting 6 November 2024.'), [['the week starting 6 November 2024', '2024-11-06/2024-11-12']]);
  });
});

describe('times (en): numbered weeks, the rest of my week', () => {
  test('"week 10" is an ISO week with its year or as an end of a range', () => {
    assert.deepEqual(times('Deliveries resume in week 10 of 2025.'), [['in week 10 of 2025', '2025-W10']]);
    assert.deepEqual(times('The plant is shut from week 31 to week 35.'), [['from week 31 to week 35', '2024-W31/2024-W35']]);
  });

  test('a bare "week 10", or weeks of something else, stay none', () => {
    assert.deepEqual(times('They won in week 10.'), []);
    assert.deepEqual(times('The trial ran from week 3 to week 9 of the season.'), []);
    assert.deepEqual(times('It fell to week 60 of 2025.'), []);
  });

  test('"the rest of" with a possessive for the article', () => {
    assert.deepEqual(times('She will stay home the rest of her week.'), [['the rest of her week', '2024-10-16/2024-10-20']]);
    assert.deepEqual(times('He will spend the rest of his life there.'), []);
  });
});

describe('times (en): the past decades, the past month, the year to date', () => {
  test('counted back or ahead to the publication date, like "the past three years"', () => {
    assert.deepEqual(times('Rents doubled in the past two decades.'), [['in the past two decades', '2004-10-16/2024-10-16']]);
    assert.deepEqual(times('Prices rose over the past month.'), [['the past month', '2024-09-16/2024-10-16']]);
    // "last month" stays the calendar month before.
    assert.deepEqual(times('Prices rose last month.'), [['last month', '2024-09']]);
  });

  test('"the year to date", "year-to-date": from January 1 to the publication date', () => {
    assert.deepEqual(times('The stock is down 20% in the year to date.'), [['in the year to date', '2024-01-01/2024-10-16']]);
    assert.deepEqual(times('Year-to-date sales rose.'), [['Year-to-date', '2024-01-01/2024-10-16']]);
    assert.deepEqual(times('The date of the vote is open, and the year ahead is busy.'), []);
  });

  test('a month before two plain days: its days; a counted noun keeps them numbers', () => {
    assert.deepEqual(times('The fair runs in November between 19 and 20.'), [['in November between 19 and 20', '2024-11-19/2024-11-20']]);
    assert.deepEqual(times('In May between 20 and 30 people died.'), [['In May', '2024-05']]);
  });
});

describe('times (en): a season after an article alone', () => {
  test('"the summer", "the winter": the season nearest the publication date', () => {
    assert.deepEqual(times('He spent the summer in Rome.'), [['the summer', '2024-SU']]);
    assert.deepEqual(times('The winter was harsh.'), [['The winter', '2023-WI']]);
  });

  test('no season: "spring" and "fall" as other words, names, an "of" we cannot read', () => {
    assert.deepEqual(times('The fall of the wall and the spring water.'), []);
    assert.deepEqual(times('The Summer Olympics opened.'), []);
    assert.deepEqual(times('He fell ill about the winter of 373.'), []);
  });
});

describe('times (en): round 5 forms leave names, versions and "24/7" alone', () => {
  test('"May" the name, "Windows 11", "24/7" near the new forms are no times', () => {
    assert.deepEqual(times('May said the plant runs 24/7 and Windows 11 ships in week 11.'), []);
    assert.deepEqual(times('Theresa May spent less than 11 hours there, less than the two tens of others.'), []);
    assert.deepEqual(times('That May is the leader of the two thousands of voters.'), []);
  });
});
