import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../../src/analysis/analyze.js';
import { detectLanguage } from '../../src/lang/detect.js';
import type { AnalysisJSON } from '../../src/analysis/format.js';
import { lines, repoPath, runCli, splitChecked, validateAnalysis } from '../helpers.js';

/**
 * Golden sentence splits of our own invented example articles (examples/*.txt). The expected files were
 * generated once and then checked by hand; see test/golden/README.md before changing one.
 */

const EXAMPLES = repoPath('examples');
const EXPECTED = repoPath('test', 'golden', 'expected');

/** Where a golden expectation is right and our splitter is wrong: stem → reason (the test is marked todo). */
const KNOWN_WRONG: Record<string, string> = {};

const stems = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length))
  .sort();

/** The language is part of each example's name: 2025-03-04-de-talblick-rundschau. */
function langOf(stem: string): 'de' | 'en' {
  const m = /^\d{4}-\d{2}-\d{2}-(de|en)-/.exec(stem);
  assert.ok(m, `example ${stem} is not named YYYY-MM-DD-<lang>-<outlet>`);
  return m[1] as 'de' | 'en';
}

function expected(stem: string): string[] {
  const parsed: unknown = JSON.parse(readFileSync(`${EXPECTED}/${stem}.sentences.json`, 'utf8'));
  assert.ok(Array.isArray(parsed) && parsed.every((s) => typeof s === 'string'), `${stem}.sentences.json is not an array of strings`);
  return parsed as string[];
}

describe('golden: example articles', () => {
  test('there are example articles, each with a golden file, and no stray golden files', () => {
    assert.ok(stems.length > 0, 'no examples/*.txt found');
    const golden = readdirSync(EXPECTED)
      .filter((f) => f.endsWith('.sentences.json'))
      .map((f) => f.slice(0, -'.sentences.json'.length))
      .sort();
    assert.deepEqual(golden, stems);
  });

  for (const stem of stems) {
    const reason = KNOWN_WRONG[stem];
    test(`${stem}: sentences match the golden file`, reason ? { todo: reason } : {}, () => {
      const text = readFileSync(`${EXAMPLES}/${stem}.txt`, 'utf8');
      const { sentences } = splitChecked(text, langOf(stem));
      assert.deepEqual(sentences, expected(stem));
    });
  }

  for (const stem of stems) {
    test(`${stem}: the language is detected as the one in its name`, () => {
      const text = readFileSync(`${EXAMPLES}/${stem}.txt`, 'utf8');
      assert.equal(detectLanguage(text).lang, langOf(stem));
      assert.equal(analyze({ text }).lang, langOf(stem));
    });
  }

  test('every golden sentence occurs in its article, in order', () => {
    for (const stem of stems) {
      const doc = analyze({ text: readFileSync(`${EXAMPLES}/${stem}.txt`, 'utf8'), lang: langOf(stem) });
      let from = 0;
      for (const s of expected(stem)) {
        const at = doc.text.indexOf(s, from);
        assert.ok(at >= 0, `${stem}: golden sentence not found after offset ${from}: ${s}`);
        from = at + s.length;
      }
    }
  });
});

describe('golden: examples/batch.jsonl', () => {
  const batchPath = repoPath('examples', 'batch.jsonl');
  const records = lines(readFileSync(batchPath, 'utf8')).map((l) => JSON.parse(l) as { id: string; text: string; lang?: string; published?: string; title?: string });

  test('holds one record per example article', () => {
    assert.equal(records.length, 8);
    assert.deepEqual(records.map((r) => r.id).sort(), stems);
  });

  test('--jsonl yields 8 schema-valid analyses with the given ids, in order', () => {
    const r = runCli(['analyze', '--jsonl', batchPath, '--format', 'jsonl']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const out = lines(r.stdout).map((l) => JSON.parse(l) as AnalysisJSON);
    assert.equal(out.length, 8);
    out.forEach((a, i) => {
      const v = validateAnalysis(a);
      assert.ok(v.valid, `${records[i]!.id}: ${v.message}`);
      assert.equal(a.document.id, records[i]!.id);
      assert.equal(a.document.lang, records[i]!.lang ?? langOf(records[i]!.id));
      assert.equal(a.document.published, records[i]!.published ?? null);
      assert.equal(a.document.title, records[i]!.title ?? null);
      // The batch holds each article's full text, so its sentences are the golden ones.
      assert.deepEqual(
        a.sentences.map((s) => s.text),
        expected(a.document.id),
      );
    });
  });
});
