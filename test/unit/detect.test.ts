import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/lang/detect.js';
import { analyze } from '../../src/analysis/analyze.js';

const GERMAN =
  'Die Stadtverwaltung hat am Montag mitgeteilt, dass die Sanierung der Grundschule länger dauern wird als ' +
  'geplant. Nach Angaben des Bauamts fehlen noch mehrere Genehmigungen, und die Kosten sind seit dem Frühjahr ' +
  'deutlich gestiegen. Eltern kritisieren, sie seien zu spät informiert worden.';

const ENGLISH =
  'The city council said on Monday that the renovation of the primary school will take longer than planned. ' +
  'According to the building department, several permits are still missing and the costs have risen sharply ' +
  'since the spring. Parents complain that they were told far too late.';

const FRENCH =
  "Le conseil municipal a annoncé lundi que la rénovation de l'école primaire prendra plus de temps que prévu. " +
  'Selon le service des bâtiments, plusieurs permis manquent encore et les coûts ont fortement augmenté depuis ' +
  'le printemps. Les parents se plaignent d’avoir été informés bien trop tard.';

const SPANISH =
  'El ayuntamiento anunció el lunes que la renovación de la escuela primaria durará más de lo previsto. Según ' +
  'el departamento de obras, todavía faltan varios permisos y los costes han aumentado mucho desde la ' +
  'primavera. Los padres se quejan de que fueron informados demasiado tarde.';

const POLISH =
  'Rada miasta poinformowała w poniedziałek, że remont szkoły podstawowej potrwa dłużej niż planowano. Według ' +
  'wydziału budowlanego nadal brakuje kilku pozwoleń, a koszty od wiosny znacznie wzrosły. Rodzice skarżą się, ' +
  'że zostali poinformowani o wiele za późno.';

describe('detectLanguage', () => {
  test('a German paragraph is de', () => {
    assert.equal(detectLanguage(GERMAN).lang, 'de');
  });

  test('an English paragraph is en', () => {
    assert.equal(detectLanguage(ENGLISH).lang, 'en');
  });

  for (const [name, text] of [
    ['French', FRENCH],
    ['Spanish', SPANISH],
    ['Polish', POLISH],
  ] as const) {
    test(`a ${name} paragraph is und`, () => {
      assert.equal(detectLanguage(text).lang, 'und');
    });
  }

  test('short German and English sentences', () => {
    assert.equal(detectLanguage('Das ist nicht so einfach, wie es aussieht.').lang, 'de');
    assert.equal(detectLanguage('This is not as simple as it looks.').lang, 'en');
  });

  test('a German paragraph with English names and a quoted English phrase stays de', () => {
    const text = `${GERMAN} Der Slogan „Build back better“ stammt von der Firma Northgate Solutions.`;
    assert.equal(detectLanguage(text).lang, 'de');
  });

  for (const [name, text] of [
    ['empty', ''],
    ['white space', ' \n\t \n'],
    ['digits', '12345 678 90 2024'],
    ['punctuation', '!!! ??? ... – —'],
    ['emoji', '😀 😀 😀'],
    ['a URL', 'https://example.org/path'],
  ] as const) {
    test(`${name} input is und`, () => {
      const g = detectLanguage(text);
      assert.equal(g.lang, 'und');
    });
  }

  test('the score is a share between 0 and 1', () => {
    for (const text of [GERMAN, ENGLISH, FRENCH, '']) {
      const { score } = detectLanguage(text);
      assert.ok(score >= 0 && score <= 1, `score ${score}`);
    }
  });
});

describe('analyze: language', () => {
  test('missing or "auto" lang is detected', () => {
    assert.equal(analyze({ text: GERMAN }).lang, 'de');
    assert.equal(analyze({ text: ENGLISH, lang: 'auto' }).lang, 'en');
    assert.equal(analyze({ text: FRENCH }).lang, 'und');
    assert.equal(analyze({ text: GERMAN }).langSource, 'detected');
  });

  test('a given lang is kept, reduced to its primary subtag', () => {
    const d = analyze({ text: ENGLISH, lang: 'de-AT' });
    assert.equal(d.lang, 'de');
    assert.equal(d.langSource, 'given');
    assert.equal(analyze({ text: GERMAN, lang: 'en_GB' }).lang, 'en');
    assert.equal(analyze({ text: GERMAN, lang: 'DE' }).lang, 'de');
  });

  test('text in an unsupported language is still split into sentences', () => {
    const d = analyze({ text: FRENCH });
    assert.equal(d.get('sentences').length, 3);
  });
});
