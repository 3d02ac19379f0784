/**
 * Durations (src/extract/durations.ts): quantities counted in a unit of time carry an ISO 8601 `duration`,
 * and the forms the quantity grammar does not read (glued, "all day", "for an hour", halves, vague, several
 * units) become such quantities. Every sentence here is written for this test.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { isoDuration } from '../../src/extract/durations.js';
import { validateAnalysis } from '../helpers.js';

type Lang = 'de' | 'en';

/** [text, duration, value, qualifier] of every quantity that has a duration; the JSON checked against the schema. */
function durations(text: string, lang: Lang): [string, string, number | null, string][] {
  const doc = analyze({ text, lang, published: '2024-10-20' });
  const r = validateAnalysis(toAnalysis(doc));
  assert.ok(r.valid, `not valid per schema:\n${r.message}`);
  return doc
    .get('quantities')
    .items.filter((q) => q.duration !== undefined)
    .map((q) => [doc.text.slice(q.start, q.end), q.duration!, q.value, q.qualifier]);
}

describe('isoDuration', () => {
  test('designators in ISO order, time part after T, multiples, vague numbers', () => {
    assert.equal(isoDuration([{ value: 3, factor: 3600 }]), 'PT3H');
    assert.equal(isoDuration([{ value: 21, factor: 86400 }, { value: 1, factor: 31556952 }]), 'P1Y21D');
    assert.equal(isoDuration([{ value: 2, factor: 86400 }, { value: 30, factor: 60 }]), 'P2DT30M');
    assert.equal(isoDuration([{ value: 2, factor: 315569520 }]), 'P20Y');
    assert.equal(isoDuration([{ value: null, factor: 604800 }]), 'PXW');
  });
  test('no duration for a unit without a designator or a designator written twice', () => {
    assert.equal(isoDuration([{ value: 5, factor: 0.001 }]), null);
    assert.equal(isoDuration([{ value: 1, factor: 3600 }, { value: 2, factor: 3600 }]), null);
  });
});

describe('durations in English sentences', () => {
  const cases: [string, string, string, number | null, string][] = [
    ['Police held him for 24 hours.', '24 hours', 'PT24H', 24, 'exact'],
    ['He spent 3½ years in jail.', '3½ years', 'P3.5Y', 3.5, 'exact'],
    ['The outage lasted 3h on Monday.', '3h', 'PT3H', 3, 'exact'],
    ['The convoy needed 2.5days to arrive.', '2.5days', 'P2.5D', 2.5, 'exact'],
    ['It was a 30-minute drive.', '30-minute', 'PT30M', 30, 'exact'],
    ['They agreed on a two-year truce.', 'two-year', 'P2Y', 2, 'exact'],
    ['The market stayed open all day.', 'all day', 'P1D', 1, 'exact'],
    ['Unions called an all-week strike.', 'all-week', 'P1W', 1, 'exact'],
    ['The ban lasted a full year.', 'full year', 'P1Y', 1, 'exact'],
    ['The talks were paused for a month.', 'a month', 'P1M', 1, 'exact'],
    ['The strike could go on another week.', 'another week', 'P1W', 1, 'exact'],
    ['The siege lasted more than a year.', 'more than a year', 'P1Y', 1, 'more_than'],
    ['Rescuers arrived half an hour later.', 'half an hour', 'PT0.5H', 0.5, 'exact'],
    ['The hearing ran an hour and a half.', 'an hour and a half', 'PT1.5H', 1.5, 'exact'],
    ['The vote took two hours and a half.', 'two hours and a half', 'PT2.5H', 2.5, 'exact'],
    ['Fighting resumed after a few days.', 'a few days', 'PXD', null, 'vague'],
    ['The camp was cleared within several weeks.', 'several weeks', 'PXW', null, 'vague'],
    ['The repairs need a couple of days.', 'a couple of days', 'P2D', 2, 'approx'],
    ['The mission lasted two years and three months.', 'two years and three months', 'P2Y3M', 2.25, 'exact'],
    ['He was detained for 1 year 1 month 21 days.', '1 year 1 month 21 days', 'P1Y1M21D', 1 + 1 / 12 + (21 * 86400) / 31556952, 'exact'],
  ];
  for (const [text, span, duration, value, qualifier] of cases) {
    test(`${JSON.stringify(span)} → ${duration}`, () => {
      const got = durations(text, 'en');
      assert.equal(got.length, 1, `expected one duration in ${JSON.stringify(text)}; got ${JSON.stringify(got)}`);
      const [t, d, v, q] = got[0]!;
      assert.deepEqual([t, d, q], [span, duration, qualifier]);
      if (value === null) assert.equal(v, null);
      else assert.ok(v !== null && Math.abs(v - value) < 1e-6, `value ${v}, expected ${value}`);
    });
  }
});

describe('no durations', () => {
  test('a rate, a frequency, an ordinal "second", a noun after the unit, an age, a decade', () => {
    for (const s of [
      'The firm earns $5bn a year.',
      'Trains run twice a day.',
      'She ran for a second time.',
      'They went away for a day trip.',
      'A 10-year-old boy was found.',
      'Prices peaked in the 1990s.',
      'All days of the festival sold out.',
    ]) {
      assert.deepEqual(durations(s, 'en'), [], s);
    }
  });

  test('model names, COVID-19, Windows 11, a phone number and 24/7 are no quantities at all', () => {
    for (const s of ['The Boeing 737 landed.', 'COVID-19 spread.', 'Windows 11 shipped.', 'Call 555-123-4567 now.', 'Help is available 24/7.']) {
      const doc = analyze({ text: s, lang: 'en', published: '2024-10-20' });
      assert.deepEqual(doc.get('quantities').items.map((q) => doc.text.slice(q.start, q.end)), [], s);
    }
  });

  test('a list of durations stays a list, the smaller unit first stays two', () => {
    assert.deepEqual(durations('It took a week, then two hours.', 'en').map((d) => d[1]), ['P1W', 'PT2H']);
    assert.deepEqual(durations('The walk took 20 minutes 2 hours later.', 'en').map((d) => d[1]), ['PT20M', 'PT2H']);
  });
});

describe('durations in German sentences', () => {
  const cases: [string, string, string][] = [
    ['Die Sitzung dauerte zwei Stunden.', 'zwei Stunden', 'PT2H'],
    ['Es regnete den ganzen Tag.', 'ganzen Tag', 'P1D'],
    ['Die Brücke bleibt für eine Woche gesperrt.', 'eine Woche', 'P1W'],
    ['Der Einsatz dauerte zwei Jahre und drei Monate.', 'zwei Jahre und drei Monate', 'P2Y3M'],
    ['Nach einer halben Stunde kam die Feuerwehr.', 'einer halben Stunde', 'PT0.5H'],
    ['Seit einem Jahr wartet die Gemeinde.', 'einem Jahr', 'P1Y'],
  ];
  for (const [text, span, duration] of cases) {
    test(`${JSON.stringify(span)} → ${duration}`, () => {
      assert.deepEqual(durations(text, 'de').map(([t, d]) => [t, d]), [[span, duration]]);
    });
  }
  test('no duration: "eine Woche" without a cue, "ganze Tage", a noun after the unit, "vor einem Jahr" (a time)', () => {
    assert.deepEqual(durations('Eine Woche ist vergangen, ganze Tage fehlten.', 'de'), []);
    assert.deepEqual(durations('Nach einem Tag Pause ging es weiter.', 'de'), []);
    assert.deepEqual(durations('Vor einem Jahr begann der Bau.', 'de'), []);
  });
});
