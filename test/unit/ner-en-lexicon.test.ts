import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addWordNet, nounClassBits, readNounClasses, readSupersenses, regularPlural, SUPERSENSES } from '../../src/extract/ner/en-wordnet.js';
import { FeatureExtractor } from '../../src/extract/ner/features.js';
import { GAZ, NerLexicon } from '../../src/extract/ner/lexicon.js';

/** What addWordNet adds, as entry → bits. */
function added(names: string[]): Map<string, number> {
  const out = new Map<string, number>();
  addWordNet(names, (entry, bit) => out.set(entry, (out.get(entry) ?? 0) | bit));
  return out;
}

describe('ner (English): WordNet names and noun classes', () => {
  test('a name gets the bits of all its classes; a multi-word name stays one entry', () => {
    const m = added(['Brandor\tperson,place', 'Olm Harbour Museum\tstructure', 'Keldish Union\torg', 'Feast of Nemsk\tother']);
    assert.equal(m.get('Brandor'), GAZ.WN_PERSON | GAZ.WN_PLACE);
    assert.equal(m.get('Olm Harbour Museum'), GAZ.WN_STRUCTURE);
    assert.equal(m.get('Keldish Union'), GAZ.WN_ORG);
    assert.equal(m.get('Feast of Nemsk'), GAZ.WN_OTHER);
  });

  test('a class noun counts in its regular plural too, and nothing else does', () => {
    const m = readNounClasses(['ministry\torg', 'spokesman\tperson', 'church\tgroup', 'bridge\tstructure', 'river\tplace', 'bus\tstructure']);
    const bits = (w: string) => nounClassBits(m, w);
    assert.equal(bits('ministry'), GAZ.NOUN_ORG);
    assert.equal(bits('ministries'), GAZ.NOUN_ORG);
    assert.equal(bits('spokesman'), GAZ.NOUN_PERSON);
    assert.equal(bits('churches'), GAZ.NOUN_GROUP);
    assert.equal(bits('bridges'), GAZ.NOUN_PLACE);
    assert.equal(bits('rivers'), GAZ.NOUN_PLACE);
    assert.equal(bits('buses'), GAZ.NOUN_PLACE);
    // Not a plural of a listed noun: "ministrys", "churchs", "bu".
    for (const w of ['ministrys', 'churchs', 'bu', 'brandor']) assert.equal(bits(w), 0, w);
  });

  test('the feature extractor sees a noun class capitalized and in the plural', () => {
    const fx = new FeatureExtractor(NerLexicon.forLang('en'));
    const gazOf = (w: string) => fx.extract([w]).infos[0]!.gaz;
    for (const w of ['ministry', 'Ministry', 'Ministries']) assert.ok(gazOf(w) & (GAZ.NOUN_ORG | GAZ.NOUN_GROUP), w);
    assert.ok(gazOf('Rivers') & GAZ.NOUN_PLACE);
  });

  test('regular plurals', () => {
    assert.deepEqual(['city', 'day', 'church', 'box', 'bus', 'river'].map(regularPlural), ['cities', 'days', 'churches', 'boxes', 'buses', 'rivers']);
  });

  test('a bad class is an error, not a silent zero', () => {
    assert.throws(() => added(['Brandor\tpeople']), /bad line/);
    assert.throws(() => readNounClasses(['ministry\tagency']), /bad line/);
  });

  test('the English lexicon has the WordNet files, the German one does not', () => {
    const en = NerLexicon.forLang('en');
    assert.ok(en.nounBits('spokesman') & GAZ.NOUN_PERSON);
    assert.ok(en.nounBits('university') & (GAZ.NOUN_ORG | GAZ.NOUN_GROUP));
    assert.ok(en.nounBits('rivers') & GAZ.NOUN_PLACE);
    assert.ok(en.bits('Thames') & GAZ.WN_PLACE);
    assert.ok((en.multi.get('Abraham Lincoln') ?? 0) & GAZ.WN_PERSON);
    const de = NerLexicon.forLang('de');
    assert.equal(de.nounBits('spokesman'), 0);
    assert.equal(de.bits('Thames') & (GAZ.WN_PLACE | GAZ.WN_PERSON | GAZ.WN_ORG), 0);
  });

  test('every gazetteer bit is below the sign bit', () => {
    for (const [k, v] of Object.entries(GAZ)) assert.ok(v > 0 && v < 2 ** 31, k);
  });
});

describe('ner (English): WordNet supersenses', () => {
  test('a noun maps to its supersense number; a bad supersense is an error', () => {
    const m = readSupersenses(['festival\ttime', 'treaty\tcommunication', 'tribe\tgroup']);
    assert.equal(SUPERSENSES[m.get('festival')! - 1], 'time');
    assert.equal(SUPERSENSES[m.get('treaty')! - 1], 'communication');
    assert.equal(m.get('Tribe'), undefined);
    assert.throws(() => readSupersenses(['festival\tnoun.time']), /bad line/);
  });

  test('a supersense adds features to an English word and to its neighbours, none to a German word', () => {
    const en = new FeatureExtractor(NerLexicon.forLang('en'));
    const count = (fx: FeatureExtractor, ws: string[], i: number) => {
      const b = fx.extract(ws);
      return b.offsets[i + 1]! - b.offsets[i]!;
    };
    // "festival" (a supersense noun) gives the word before it one more feature than "brandor" (none) does.
    assert.equal(count(en, ['the', 'Nemsk', 'festival'], 1), count(en, ['the', 'Nemsk', 'brandor'], 1) + 1);
    // and has one more of its own.
    assert.equal(count(en, ['festival'], 0), count(en, ['brandor'], 0) + 1);
    assert.ok(NerLexicon.forLang('en').supersenses.size > 1000);
    assert.equal(NerLexicon.forLang('de').supersenses.size, 0);
  });
});
