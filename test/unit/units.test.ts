/**
 * Units of measure and their canonical values (src/extract/units.ts, src/lang/<code>/units.tsv), currency
 * forms, and numbers that are no amounts. Every sentence here is written for this test.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { measureAt, measureLexicon } from '../../src/extract/units.js';
import { validateAnalysis } from '../helpers.js';

type Lang = 'de' | 'en';

interface Seen {
  text: string;
  value: number | null;
  kind: string;
  unitLemma: string | null;
  canonical: string | null;
  canonicalValue: number | null;
}

function quantities(text: string, lang: Lang): Seen[] {
  const doc = analyze({ text, lang, published: '2024-10-20' });
  const json = toAnalysis(doc);
  const v = validateAnalysis(json);
  assert.ok(v.valid, v.message);
  return doc.get('quantities').items.map((q) => ({
    text: doc.text.slice(q.start, q.end),
    value: q.value,
    kind: q.kind,
    unitLemma: q.unitLemma,
    canonical: q.canonical?.unit ?? null,
    canonicalValue: q.canonical?.value ?? null,
  }));
}

function one(text: string, lang: Lang): Seen {
  const qs = quantities(text, lang);
  assert.equal(qs.length, 1, `${text}: ${JSON.stringify(qs)}`);
  return qs[0]!;
}

const close = (a: number | null, b: number) => assert.ok(a !== null && Math.abs(a - b) <= Math.abs(b) * 1e-9, `${a} ≠ ${b}`);

describe('units: canonical unit and value', () => {
  test('English lengths, areas, masses and volumes convert to SI units', () => {
    const mi = one('The convoy drove 12 miles north.', 'en');
    assert.deepEqual([mi.text, mi.value, mi.canonical], ['12 miles', 12, 'm']);
    close(mi.canonicalValue, 12 * 1609.344);
    const area = one('Fire burned 2,500 acres of forest.', 'en');
    assert.equal(area.canonical, 'm2');
    close(area.canonicalValue, 2500 * 4046.8564224);
    const sq = one('The reserve covers 40 sq mi.', 'en');
    assert.deepEqual([sq.text, sq.canonical], ['40 sq mi', 'm2']);
    const t = one('Farmers lost 3,000 tonnes of grain.', 'en');
    assert.deepEqual([t.canonical, t.canonicalValue], ['kg', 3_000_000]);
    const vol = one('The tank holds 400 litres.', 'en');
    close(vol.canonicalValue, 0.4);
  });

  test('German hectares and square kilometres compare in m2', () => {
    const ha = one('Der Brand zerstörte 3.000 Hektar Wald.', 'de');
    const km = one('Der Brand zerstörte 30 Quadratkilometer Wald.', 'de');
    assert.equal(ha.canonical, 'm2');
    assert.equal(km.canonical, 'm2');
    assert.equal(ha.canonicalValue, km.canonicalValue);
    const sym = one('Das Gebiet misst 12 km².', 'de');
    assert.deepEqual([sym.text, sym.canonicalValue], ['12 km²', 12_000_000]);
  });

  test('rates: a unit per a unit of time', () => {
    const de = one('Der Fluss führte 850 Kubikmeter pro Sekunde.', 'de');
    assert.deepEqual([de.text, de.canonical, de.canonicalValue], ['850 Kubikmeter pro Sekunde', 'm3/s', 850]);
    const kmh = one('Böen erreichten 120 km/h.', 'de');
    assert.equal(kmh.canonical, 'm/s');
    close(kmh.canonicalValue, 120 / 3.6);
    const en = one('Winds reached 90 miles an hour.', 'en');
    assert.deepEqual([en.text, en.canonical], ['90 miles an hour', 'm/s']);
    close(en.canonicalValue, 90 * 0.44704);
  });

  test('temperatures: Fahrenheit converts to Celsius; German "Grad" after a word of temperature is °C', () => {
    const f = one('It was 86 °F at noon.', 'en');
    assert.equal(f.canonical, '°C');
    close(f.canonicalValue, 30);
    const grad = one('Die Temperaturen stiegen auf 35 Grad.', 'de');
    assert.deepEqual([grad.canonical, grad.canonicalValue], ['°C', 35]);
    const angle = one('Der Kran dreht sich um 90 Grad.', 'de');
    assert.equal(angle.canonical, 'deg');
    // English news writes both scales: a temperature in bare degrees keeps no canonical value.
    assert.equal(one('Temperatures hit 40 degrees.', 'en').canonical, null);
  });

  test('numbers written against their unit', () => {
    const lbs = one('The parcel weighed 20lbs.', 'en');
    assert.deepEqual([lbs.text, lbs.value, lbs.canonical], ['20lbs', 20, 'kg']);
    const hyphen = one('A six-mile stretch was closed.', 'en');
    assert.deepEqual([hyphen.text, hyphen.value, hyphen.canonical], ['six-mile', 6, 'm']);
    const mm = one('The rebels used 7.62mm rounds.', 'en');
    assert.deepEqual([mm.value, mm.canonical], [7.62, 'm']);
    // "m" glued to a number is a million unless a word of size follows.
    const million = one('The city has 2.5m residents.', 'en');
    assert.deepEqual([million.value, million.canonical], [2_500_000, null]);
    const metres = one('The wall is 4m high.', 'en');
    assert.deepEqual([metres.value, metres.canonical], [4, 'm']);
  });

  test('feet and inches add up; an article before a unit word counts as one', () => {
    const h = one('The suspect is 5 feet 10 inches tall.', 'en');
    close(h.value, 5 + 10 / 12);
    close(h.canonicalValue, 1.778);
    const a = one('Der Ort liegt einen Kilometer entfernt.', 'de');
    assert.deepEqual([a.text, a.value, a.canonicalValue], ['einen Kilometer', 1, 1000]);
    // "a ton of" is an idiom, no amount.
    assert.deepEqual(quantities('She did a ton of work.', 'en'), []);
  });

  test('counted nouns get no canonical unit', () => {
    const q = one('Police counted 300 protesters.', 'en');
    assert.deepEqual([q.canonical, q.unitLemma], [null, 'protester']);
  });

  test('the matcher: case of short forms, word boundaries, units of time only in rates', () => {
    const en = measureLexicon('en');
    assert.equal(measureAt(en, 'MB', 0)?.canonical, 'B');
    assert.equal(measureAt(en, 'mb', 0)?.canonical, 'bit');
    assert.equal(measureAt(en, 'kmx', 0), null);
    assert.equal(measureAt(en, 'hours', 0), null);
    assert.equal(measureAt(en, 'km per hour', 0)?.canonical, 'm/s');
    assert.equal(measureAt(en, 'km per person', 0)?.end, 2);
  });
});

describe('currency forms', () => {
  test('country letters before a dollar sign, codes glued to digits, currency signs', () => {
    const us = one('The bank lent US $ 150 million.', 'en');
    assert.deepEqual([us.value, us.unitLemma], [150_000_000, 'USD']);
    const glued = one('The fee was 115.5USD in total.', 'en');
    assert.deepEqual([glued.value, glued.unitLemma], [115.5, 'USD']);
    const rupee = one('Tickets cost ₹500 each.', 'en');
    assert.deepEqual([rupee.value, rupee.unitLemma], [500, 'INR']);
    const cents = one('Shares fell 34 cents.', 'en');
    assert.deepEqual([cents.value, cents.unitLemma], [0.34, 'USD']);
  });

  test('an article is no currency prefix, and a currency word before a number is none either', () => {
    const a = one('It won a $48 million contract.', 'en');
    assert.deepEqual([a.text, a.unitLemma], ['$48 million', 'USD']);
    const dozen = quantities('Eggs sold at 64 cents a dozen.', 'en');
    assert.deepEqual(dozen.filter((q) => q.kind === 'money').map((q) => [q.text, q.value]), [['64 cents', 0.64]]);
  });
});

describe('numbers that are no amounts', () => {
  test('model names, 24/7, 9/11, phone numbers, COVID-19 (English)', () => {
    for (const s of [
      'Boeing 737 jets were grounded.',
      'Windows 11 was released.',
      'The clinic is open 24/7 now.',
      'After 9/11 the rules changed.',
      'Call 555-123-4567 for details.',
      'COVID-19 cases fell.',
      'A Category 5 storm hit.',
    ]) {
      assert.deepEqual(quantities(s, 'en'), [], s);
    }
  });

  test('model names, Stufen and phone numbers (German)', () => {
    for (const s of ['Die Boeing 737 blieb am Boden.', 'Es gilt Warnstufe 3.', 'Die Hotline 0800 1234567 hilft.', 'Der Laden ist 24/7 geöffnet.']) {
      assert.deepEqual(quantities(s, 'de'), [], s);
    }
  });

  test('common fractions still count', () => {
    const q = one('Add 3/4 cup of flour.', 'en');
    assert.equal(q.value, 0.75);
  });
});

describe('units: a word that is both a currency and a weight', () => {
  test('English "pounds": a weight unless a scale or a money word says money', () => {
    const w = one('The newborn weighed almost seven pounds.', 'en');
    assert.deepEqual([w.kind, w.canonical], ['count', 'kg']);
    close(w.canonicalValue, 7 * 0.45359237);
    const lost = one('He wants to shed 30 pounds before summer.', 'en');
    assert.equal(lost.canonical, 'kg');
    const scaled = one('The club posted a loss of 40 million pounds.', 'en');
    assert.deepEqual([scaled.kind, scaled.unitLemma, scaled.value], ['money', 'GBP', 40_000_000]);
    const paid = one('Each visitor paid 12 pounds at the gate.', 'en');
    assert.deepEqual([paid.kind, paid.unitLemma], ['money', 'GBP']);
  });

  test('German "Pfund": 500 g unless Sterling, a scale or a price says money', () => {
    const w = one('Sie kaufte ein Pfund Tomaten.', 'de');
    assert.deepEqual([w.kind, w.canonical, w.canonicalValue], ['count', 'kg', 0.5]);
    const money = one('Die Karte kostet 12 Pfund.', 'de');
    assert.deepEqual([money.kind, money.unitLemma], ['money', 'GBP']);
    const scaled = one('Der Verein nahm 3 Millionen Pfund ein.', 'de');
    assert.deepEqual([scaled.kind, scaled.unitLemma], ['money', 'GBP']);
  });

  test('turns are angles; a possessive s is no currency prefix', () => {
    const t = one('The skater made 3 turns in the air.', 'en');
    assert.deepEqual([t.canonical, t.canonicalValue], ['deg', 1080]);
    const usd = one("It is the country's $ 40 million question.", 'en');
    assert.deepEqual([usd.kind, usd.unitLemma], ['money', 'USD']);
    const cad = one('The deal is worth C $ 12 million.', 'en');
    assert.equal(cad.unitLemma, 'CAD');
  });

  test('codes with a leading M are millions: "120 MEUR"', () => {
    const m = one('The budget grew to 85 MEUR last year.', 'en');
    assert.deepEqual([m.kind, m.unitLemma, m.value], ['money', 'EUR', 85_000_000]);
  });
});

describe('currency forms: glued decimals and a scale after the code', () => {
  test('"USD115.5" keeps its decimals; a full stop after the amount is no decimal point', () => {
    const d = one('The fee was USD115.5 per seat.', 'en');
    assert.deepEqual([d.kind, d.unitLemma, d.value], ['money', 'USD', 115.5]);
    const end = one('They charged USD115. Nobody paid.', 'en');
    assert.equal(end.value, 115);
  });

  test('"75 USD million" is 75 million; a currency word before "thousand of" is not scaled', () => {
    const m = one('The fund lost 75 USD million last year.', 'en');
    assert.deepEqual([m.text, m.value], ['75 USD million', 75_000_000]);
    const words = quantities('She spent 50 dollars thousand of times.', 'en');
    assert.deepEqual(words.map((q) => q.value), [50]);
  });
});

describe('currency forms: a currency joined to the number by a hyphen', () => {
  test('"a 20-dollar bill", "a 5-cent-a-litre rise", "ein 50-Euro-Schein" are money; the span ends at the currency', () => {
    const bill = one('She found a 20-dollar bill.', 'en');
    assert.deepEqual([bill.kind, bill.unitLemma, bill.value], ['money', 'USD', 20]);
    const cent = one('Drivers face a 5-cent-a-litre rise.', 'en');
    assert.deepEqual([cent.text, cent.value], ['5-cent', 0.05]);
    const de = one('Er zahlte mit einem 50-Euro-Schein.', 'de');
    assert.deepEqual([de.kind, de.unitLemma, de.value], ['money', 'EUR', 50]);
  });

  test('a hyphenated pound is a weight without a money word, a measure stays a measure', () => {
    const baby = one('They welcomed a 9-pound baby.', 'en');
    assert.equal(baby.canonical, 'kg');
    const run = one('She won the 10-mile run.', 'en');
    assert.equal(run.canonical, 'm');
    assert.deepEqual(quantities('The COVID-19 rules ended.', 'en'), []);
  });
});

describe('currency forms: dotted and million codes before the number', () => {
  test('"u.s $ 300" is US dollars; "MEUR 4" before the number is 4 million euros', () => {
    const us = one('The prize is u.s $ 300 this year.', 'en');
    assert.deepEqual([us.unitLemma, us.value], ['USD', 300]);
    const m = one('Sales reached MEUR 4 in March.', 'en');
    assert.deepEqual([m.kind, m.unitLemma, m.value], ['money', 'EUR', 4_000_000]);
    const word = quantities('It costs cents 50.', 'en');
    assert.deepEqual(word.map((q) => q.kind), ['number']);
  });
});
