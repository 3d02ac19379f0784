import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Claim } from '../../src/extract/types.js';
import { evalPolnear, goldOf, parseAnn, polnearTokens, predictedOf, readPolnearDir } from '../../src/eval/polnear.js';

// An invented article and brat annotation in PolNeAR's layout.
const TEXT = 'The mayor said that the bridge was safe. “We will reopen it,” she added.\n';
const off = (s: string) => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length] as const;
const span = (id: string, type: string, s: string) => `${id}\t${type} ${off(s).join(' ')}\t${s}`;
const ANN = [
  span('T1', 'Source', 'The mayor'),
  span('T2', 'Cue', 'said'),
  span('T3', 'Content', 'that the bridge was safe'),
  span('T4', 'Attribution', 'said'),
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  span('T5', 'Content', '“We will reopen it,”'),
  span('T6', 'Source', 'she'),
  span('T7', 'Cue', 'added'),
  span('T8', 'Attribution', 'added'),
  'E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6',
  '#1\tAnnotatorNotes T3\ta note that is not an annotation',
].join('\n');

describe('eval polnear: reading PolNeAR', () => {
  test('tokens: words keep inner apostrophes, points, commas and hyphens; other characters stand alone', () => {
    const t = polnearTokens('U.S. officials don’t say 1,000 well-known "facts".');
    assert.deepEqual(t.words, ['U.S', '.', 'officials', 'don’t', 'say', '1,000', 'well-known', '"', 'facts', '"', '.']);
  });

  test('brat: E lines give content, source and cue; notes and attribution anchors are no roles', () => {
    const a = parseAnn(ANN, TEXT);
    assert.equal(a.length, 2);
    assert.equal(TEXT.slice(a[0]!.content[0]!.start, a[0]!.content[0]!.end), 'that the bridge was safe');
    assert.equal(TEXT.slice(a[1]!.source[0]!.start, a[1]!.source[0]!.end), 'she');
  });

  test('offsets are code points: a character outside the BMP before a span shifts its UTF-16 offsets', () => {
    const text = '😀 He said no.';
    const a = parseAnn('T1\tCue 5 9\tsaid\nT2\tContent 10 12\tno\nE1\tAttribution:T1 Content:T2 Cue:T1', text);
    assert.equal(text.slice(a[0]!.cue[0]!.start, a[0]!.cue[0]!.end), 'said');
  });

  test('gold contents are grouped by a leading quotation mark', () => {
    const d = { stem: 'x', text: TEXT, annFile: 'x.ann', attributions: parseAnn(ANN, TEXT) };
    assert.deepEqual(goldOf(d, polnearTokens(TEXT)).map((g) => g.form), ['other', 'quoted']);
  });

  test('mapping: a direct quote takes its quotation marks, "that" after the cue joins the message', () => {
    const t = polnearTokens(TEXT);
    const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
    const claim = (kind: Claim['kind'], content: string, source: string, cue: string): Claim => ({
      ...at(content), kind, content: at(content), cue: at(cue), source: { ...at(source), entity: null }, via: [], stance: 'assert', certainty: null, quantities: [], times: [], rule: 'test',
    });
    const [indirect, direct] = predictedOf([claim('indirect', 'the bridge was safe', 'The mayor', 'said'), claim('direct', 'We will reopen it', 'she', 'added')], t, (s, e) => ({ start: s, end: e }));
    assert.equal(indirect!.message.map((i) => t.words[i]).join(' '), 'that the bridge was safe');
    assert.equal(direct!.message.map((i) => t.words[i]).join(' '), '“ We will reopen it , ”');
  });

  test('a folder with per-annotator files reads the first by name; the whole evaluation runs on it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'polnear-'));
    try {
      mkdirSync(join(dir, 'text'));
      mkdirSync(join(dir, 'attributions'));
      writeFileSync(join(dir, 'text', 'a_2016-01-02_x.txt'), TEXT);
      writeFileSync(join(dir, 'attributions', 'a_2016-01-02_x_b2.ann'), 'E1\tAttribution:T9');
      writeFileSync(join(dir, 'attributions', 'a_2016-01-02_x_a1.ann'), ANN);
      const docs = readPolnearDir(dir);
      assert.equal(docs.length, 1);
      assert.equal(docs[0]!.annFile, 'a_2016-01-02_x_a1.ann');
      const r = evalPolnear(dir, 5);
      assert.equal(r.gold, 2);
      assert.equal(r.byGroup.quoted.gold, 1);
      assert.ok(r.roles.message.f1 > 0.5, `message F1 ${r.roles.message.f1}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('human agreement: a second annotator is scored against the first, beside ours on the same articles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'polnear-'));
    try {
      mkdirSync(join(dir, 'text'));
      mkdirSync(join(dir, 'attributions'));
      writeFileSync(join(dir, 'text', 'a_2016-01-02_x.txt'), TEXT);
      writeFileSync(join(dir, 'attributions', 'a_2016-01-02_x_a1.ann'), ANN);
      // The second annotator saw only the first attribution.
      writeFileSync(join(dir, 'attributions', 'a_2016-01-02_x_b2.ann'), ANN.split('\n').slice(0, 5).join('\n'));
      const docs = readPolnearDir(dir);
      assert.equal(docs[0]!.second?.annFile, 'a_2016-01-02_x_b2.ann');
      assert.equal(docs[0]!.second?.attributions.length, 1);
      const r = evalPolnear(dir, 0);
      assert.equal(r.agreement?.documents, 1);
      assert.equal(r.agreement.annotators.cue.precision, 1);
      assert.ok(r.agreement.annotators.cue.recall < 1, `recall ${r.agreement.annotators.cue.recall}`);
      assert.ok(r.agreement.ours.message.f1 > 0, 'ours scored on the same article');
      // A single annotator per article: no agreement figure.
      rmSync(join(dir, 'attributions', 'a_2016-01-02_x_b2.ann'));
      assert.equal(evalPolnear(dir, 0).agreement, null);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
