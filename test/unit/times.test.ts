import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, toAnalysis } from '../../src/index.js';
import type { TimeMention } from '../../src/extract/times.js';
import { dateAdapters, mapTimex } from '../../src/eval/specs/dates.js';
import { runSpecFiles } from '../../src/eval/specs/run.js';
import { sharedDir, validateAnalysis } from '../helpers.js';

interface Got {
  text: string;
  value: string | null;
  relative: boolean;
  grain: string;
}

/** The time expressions of a text, with their offsets checked (in order, not overlapping, exact slices). */
function times(text: string, lang: 'de' | 'en', published: string | null = '2024-10-18'): Got[] {
  const doc = analyze({ text, lang, published });
  const items = doc.get('times').items as readonly TimeMention[];
  let prev = 0;
  for (const t of items) {
    assert.ok(t.start >= prev && t.start < t.end && t.end <= doc.text.length, `bad span [${t.start}, ${t.end})`);
    prev = t.end;
  }
  const json = toAnalysis(doc);
  const v = validateAnalysis(json);
  assert.ok(v.valid, v.message);
  return items.map((t) => ({ text: doc.text.slice(t.start, t.end), value: t.value, relative: t.relative, grain: t.grain }));
}

/** Each expected [span, value] pair is found, in order, and nothing else. */
function expectTimes(text: string, lang: 'de' | 'en', expected: [string, string | null][], published: string | null = '2024-10-18'): void {
  const got = times(text, lang, published).map((t) => [t.text, t.value]);
  assert.deepEqual(got, expected, `in ${JSON.stringify(text)}`);
}

function one(text: string, lang: 'de' | 'en', published: string | null = '2024-10-18'): Got {
  const got = times(text, lang, published);
  assert.equal(got.length, 1, `one time expression expected in ${JSON.stringify(text)}, got ${JSON.stringify(got)}`);
  return got[0]!;
}

// 2024-10-18 is a Friday; 2024-10-14 a Monday; ISO week 42 runs from 2024-10-14 to 2024-10-20.

describe('times: the seed article’s gold times', () => {
  test('im Juni, am 14. Oktober, seit vergangenem Herbst, (noch) in diesem Jahr', () => {
    expectTimes('Bei ihrem jüngsten Treffen im Juni in Pjöngjang unterzeichneten Kim und Putin den Pakt.', 'de', [['im Juni', '2024-06']]);
    expectTimes('Putin hat das Abkommen am 14. Oktober der Staatsduma vorgelegt.', 'de', [['am 14. Oktober', '2024-10-14']]);
    const herbst = one('Kim hat seit vergangenem Herbst 10.000 bis 13.000 Container geliefert.', 'de');
    assert.equal(herbst.text, 'seit vergangenem Herbst');
    assert.equal(herbst.value, '2023-FA');
    assert.ok(herbst.value?.startsWith('2023'));
    expectTimes('Sie könnten noch in diesem Jahr an die Front.', 'de', [['in diesem Jahr', '2024']]);
  });
});

describe('times: German absolute dates', () => {
  test('numeric dates', () => {
    expectTimes('Am 14.10.2024 begann es, am 22.04. endete es.', 'de', [
      ['Am 14.10.2024', '2024-10-14'],
      ['am 22.04.', '2024-04-22'],
    ]);
    expectTimes('Der Termin ist der 3.7.24.', 'de', [['der 3.7.24', '2024-07-03']]);
    expectTimes('Ich bin am 21/04/2016 zurück, er 2015/08/12.', 'de', [
      ['am 21/04/2016', '2016-04-21'],
      ['2015/08/12', '2015-08-12'],
    ]);
    expectTimes('Der Bericht 05/2016 und der Bericht 2016-05.', 'de', [
      ['05/2016', '2016-05'],
      ['2016-05', '2016-05'],
    ]);
  });

  test('day and month in words, with and without a year', () => {
    expectTimes('Am 14. Oktober 2024 und am zweiten Februar.', 'de', [
      ['Am 14. Oktober 2024', '2024-10-14'],
      ['am zweiten Februar', '2024-02-02'],
    ]);
    expectTimes('Sie starb am 3.Oktober, also den 3. Okt. 2023.', 'de', [
      ['am 3.Oktober', '2024-10-03'],
      ['den 3. Okt. 2023', '2023-10-03'],
    ]);
    expectTimes('Am Dienstag, den 12. Januar 2016 war es kalt.', 'de', [['Am Dienstag, den 12. Januar 2016', '2016-01-12']]);
  });

  test('without a publication date a day keeps open what the text leaves open', () => {
    expectTimes('Er kam am 14. Oktober und im Juni.', 'de', [['am 14. Oktober', 'XXXX-10-14'], ['im Juni', 'XXXX-06']], null);
    const t = one('Er kam am 14. Oktober 2024.', 'de', null);
    assert.equal(t.value, '2024-10-14');
    assert.equal(t.relative, false);
  });

  test('months, years, seasons, parts, decades', () => {
    expectTimes('Im Juni, Anfang März, Mitte Oktober, Ende 2023 und im Sommer 2023.', 'de', [
      ['Im Juni', '2024-06'],
      ['Anfang März', '2024-03'],
      ['Mitte Oktober', '2024-10'],
      ['Ende 2023', '2023'],
      ['im Sommer 2023', '2023-SU'],
    ]);
    expectTimes('Seit 2014, im Jahr 2023, bis 2030 soll es, ab 2025 gilt es.', 'de', [
      ['Seit 2014', '2014'],
      ['im Jahr 2023', '2023'],
      ['bis 2030', '2030'],
      ['ab 2025', '2025'],
    ]);
    expectTimes('Mitte der 1990er Jahre und in den Neunzigern und im 19. Jahrhundert.', 'de', [
      ['Mitte der 1990er Jahre', '199'],
      ['in den Neunzigern', '199'],
      ['im 19. Jahrhundert', '18'],
    ]);
    expectTimes('Im Juni vergangenen Jahres und im dritten Quartal 2023.', 'de', [
      ['Im Juni vergangenen Jahres', '2023-06'],
      ['im dritten Quartal 2023', '2023-Q3'],
    ]);
  });

  test('ranges are ISO 8601 intervals', () => {
    expectTimes('Die Messe läuft vom 15. bis 19. November.', 'de', [['vom 15. bis 19. November', '2024-11-15/2024-11-19']]);
    expectTimes('Zwischen 2014 und 2018 und von Juni bis August 2023.', 'de', [
      ['Zwischen 2014 und 2018', '2014/2018'],
      ['von Juni bis August 2023', '2023-06/2023-08'],
    ]);
    expectTimes('Er regierte 1995 bis 1999.', 'de', [['1995 bis 1999', '1995/1999']]);
  });
});

describe('times: German relative expressions', () => {
  test('days', () => {
    expectTimes('Gestern, heute, morgen und vorgestern.', 'de', [
      ['Gestern', '2024-10-17'],
      ['heute', '2024-10-18'],
      ['morgen', '2024-10-19'],
      ['vorgestern', '2024-10-16'],
    ]);
    // Capitalized "Morgen" inside a sentence is the morning, not tomorrow; "am Morgen danach" the next day.
    expectTimes('Er kam heute Morgen und am Morgen danach.', 'de', [
      ['heute Morgen', '2024-10-18'],
      ['am Morgen danach', '2024-10-19'],
    ]);
  });

  test('weekdays resolve to the most recent such day', () => {
    const t = one('Das Treffen fand am Dienstag statt.', 'de');
    assert.deepEqual([t.text, t.value, t.relative], ['am Dienstag', '2024-10-15', true]);
    expectTimes('Am Freitag sagte er es.', 'de', [['Am Freitag', '2024-10-18']]);
    expectTimes('Am Montagabend und in der Nacht zum Montag.', 'de', [
      ['Am Montagabend', '2024-10-14'],
      ['in der Nacht zum Montag', '2024-10-14'],
    ]);
    expectTimes('Letzten Freitag, kommenden Dienstag, am Mittwoch dieser Woche.', 'de', [
      ['Letzten Freitag', '2024-10-11'],
      ['kommenden Dienstag', '2024-10-22'],
      ['am Mittwoch dieser Woche', '2024-10-16'],
    ]);
  });

  test('weeks, months, years, seasons', () => {
    expectTimes('Vergangene Woche, nächste Woche, letzten Monat.', 'de', [
      ['Vergangene Woche', '2024-W41'],
      ['nächste Woche', '2024-W43'],
      ['letzten Monat', '2024-09'],
    ]);
    expectTimes('Im vergangenen Jahr und im Vorjahr, aber nicht in den vergangenen Jahren.', 'de', [
      ['Im vergangenen Jahr', '2023'],
      ['im Vorjahr', '2023'],
    ]);
    expectTimes('Nächstes Jahr im Dezember, vor zwei Jahren, in drei Wochen.', 'de', [
      ['Nächstes Jahr im Dezember', '2025-12'],
      ['vor zwei Jahren', '2022'],
      ['in drei Wochen', '2024-11-08'],
    ]);
    expectTimes('In den vergangenen drei Jahren.', 'de', [['In den vergangenen drei Jahren', '2021-10-18/2024-10-18']]);
  });

  test('without a publication date relative expressions are kept with value null', () => {
    const t = one('Er kam am Dienstag.', 'de', null);
    assert.deepEqual([t.text, t.value, t.relative], ['am Dienstag', null, true]);
    expectTimes('Gestern und vergangene Woche.', 'de', [['Gestern', null], ['vergangene Woche', null]], null);
  });

  test('a year without a year tips to the past, or to the future in a sentence about the future', () => {
    expectTimes('Im März wurde gewählt.', 'de', [['Im März', '2024-03']]);
    expectTimes('Im März wird gewählt.', 'de', [['Im März', '2025-03']]);
    expectTimes('Im Dezember wurde gewählt.', 'de', [['Im Dezember', '2023-12']]);
  });
});

describe('times: not times', () => {
  test('numbers that are not years or days', () => {
    expectTimes('Er landete auf Platz 1. Die Hwasong-11 flog um 12 Prozent weiter.', 'de', []);
    expectTimes('Es kamen 2000 Soldaten, bis 2000 Soldaten, seit 1000 Jahren, um 2000 Prozent.', 'de', []);
    expectTimes('Am 15. Spieltag und die 2. Liga.', 'de', []);
  });

  test('names and other words', () => {
    expectTimes('August Diehl und Theo Zwanziger trafen Juli Zeh.', 'de', []);
    expectTimes('Das Flugzeug, das gestern abstürzte.', 'de', [['gestern', '2024-10-17']]);
    expectTimes('Die Mitte der Gesellschaft und das Ende des Krieges.', 'de', []);
    expectTimes('Er kommt jeden Dienstag und alle zwei Wochen; every year.', 'de', []);
  });

  test('English', () => {
    expectTimes('It may rise. Prices fall. In 2000 soldiers were sent. The March on Washington was big.', 'en', []);
    expectTimes('He came first, in place 1, with 12 percent, and 2000 soldiers.', 'en', []);
  });
});

describe('times: English', () => {
  test('absolute dates', () => {
    expectTimes('It was signed on October 14, 2024, on 14 October 2024 and on Oct. 14.', 'en', [
      ['on October 14, 2024', '2024-10-14'],
      ['on 14 October 2024', '2024-10-14'],
      ['on Oct. 14', '2024-10-14'],
    ]);
    expectTimes('The report dated 10/14/2024 and the 14th of October.', 'en', [
      ['10/14/2024', '2024-10-14'],
      ['the 14th of October', '2024-10-14'],
    ]);
  });

  test('months, years, seasons, parts', () => {
    expectTimes('In June, early March, mid-October and late 2023.', 'en', [
      ['In June', '2024-06'],
      ['early March', '2024-03'],
      ['mid-October', '2024-10'],
      ['late 2023', '2023'],
    ]);
    expectTimes('In 2023 the company grew; since 2014 it has; in the summer of 2023; by the end of 2025.', 'en', [
      ['In 2023', '2023'],
      ['since 2014', '2014'],
      ['in the summer of 2023', '2023-SU'],
      ['by the end of 2025', '2025'],
    ]);
    expectTimes('In the 1990s and the mid-1990s.', 'en', [
      ['In the 1990s', '199'],
      ['the mid-1990s', '199'],
    ]);
  });

  test('relative expressions', () => {
    expectTimes('Last Tuesday, on Tuesday, yesterday, today, earlier this month.', 'en', [
      ['Last Tuesday', '2024-10-15'],
      ['on Tuesday', '2024-10-15'],
      ['yesterday', '2024-10-17'],
      ['today', '2024-10-18'],
      ['earlier this month', '2024-10'],
    ]);
    expectTimes('This year, last year, last week, two weeks ago, last night.', 'en', [
      ['This year', '2024'],
      ['last year', '2023'],
      ['last week', '2024-W41'],
      ['two weeks ago', '2024-10-04'],
      ['last night', '2024-10-17'],
    ]);
  });
});

describe('times: layer and contract', () => {
  test('the layer is sorted, non-overlapping, relative flags set, values valid in the schema', () => {
    const got = times('Am 14. Oktober 2024, gestern, im Juni und seit 2014.', 'de');
    assert.deepEqual(
      got.map((t) => [t.text, t.relative, t.grain]),
      [
        ['Am 14. Oktober 2024', false, 'day'],
        ['gestern', true, 'day'],
        ['im Juni', true, 'month'],
        ['seit 2014', false, 'year'],
      ],
    );
  });

  test('a weekend is the interval of its Saturday and Sunday', () => {
    expectTimes('Am Wochenende und dieses Wochenende.', 'de', [
      ['Am Wochenende', '2024-10-12/2024-10-13'],
      ['dieses Wochenende', '2024-10-19/2024-10-20'],
    ]);
  });

  test('the analysis JSON carries the times with code-point offsets', () => {
    const doc = analyze({ text: '😀 Am 14. Oktober.', lang: 'de', published: '2024-10-18' });
    const json = toAnalysis(doc);
    assert.deepEqual(json.times, [{ id: 'T1', start: 2, end: 16, text: 'Am 14. Oktober', value: '2024-10-14' }]);
  });

  test('linear: a long text is tagged quickly', () => {
    const sentence = 'Am 14. Oktober 2024 und vergangene Woche sowie seit 2014 kamen 2000 Soldaten. ';
    const text = sentence.repeat(5000);
    const t0 = performance.now();
    const doc = analyze({ text, lang: 'de', published: '2024-10-18' });
    const ms = performance.now() - t0;
    assert.equal(doc.get('times').length, 15000);
    assert.ok(ms < 20000, `took ${ms} ms`);
  });

  test('linear on chains of prepositions and names that never close', () => {
    for (const unit of ['im Januar vom ', 'vom 1. bis ', 'zwischen dem 2. und ', 'Ende der ', '2014 bis ']) {
      const text = unit.repeat(20000);
      const t0 = performance.now();
      analyze({ text, lang: 'de', published: '2024-10-18' });
      const ms = performance.now() - t0;
      assert.ok(ms < 10000, `${JSON.stringify(unit)} × 20000 took ${ms} ms`);
    }
  });
});

describe('times: Recognizers-Text date specs (adapter)', () => {
  test('their Timex notations map onto ours', () => {
    assert.equal(mapTimex('2016-11-07'), '2016-11-07');
    assert.equal(mapTimex('(2016-11-07,2016-11-14,P1W)'), '2016-W45');
    assert.equal(mapTimex('(2016-11-01,2016-12-01,P1M)'), '2016-11');
    assert.equal(mapTimex('(2016-01-01,2017-01-01,P1Y)'), '2016');
    assert.equal(mapTimex('(2000-01-01,2010-01-01,P10Y)'), '200');
    assert.equal(mapTimex('(XXXX-09-03,XXXX-09-12,P9D)'), 'XXXX-09-03/XXXX-09-12');
    assert.equal(mapTimex('2016-W45-WE'), '2016-11-12/2016-11-13');
  });

  const dir = sharedDir();
  const specs = dir ? join(dir, 'data', 'recognizers-specs') : null;
  test('≥ 70 % of the German date spec cases in scope pass', { skip: specs && existsSync(join(specs, 'DateTime', 'German')) ? false : 'needs ../shared/data/recognizers-specs' }, () => {
    const reports = runSpecFiles(specs!, dateAdapters().filter((a) => a.file.includes('/German/')));
    assert.equal(reports.length, 4);
    for (const r of reports) {
      const inScope = r.total - r.skipped;
      assert.ok(inScope > 0, r.file);
      assert.ok(r.ours / inScope >= 0.7, `${r.file}: ${r.ours}/${inScope}`);
    }
  });
});
