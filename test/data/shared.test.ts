import { describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evalSentences } from '../../src/eval/sentences.js';
import { repoRoot, sharedDir, splitChecked } from '../helpers.js';

/**
 * Checks on the shared read-only data at ../shared (see its README.md). A user's clone has no such
 * folder, so every test here skips with a message when it is absent. Third-party text is read at run
 * time and never copied into the repository.
 */

const SEED = join('corpus', '000_68d3a7d341889de0.txt');
const SPKATT_TRAIN = join('data', 'spkatt-news', 'train');

/** The shared folder, or null after marking the test skipped. */
function shared(t: TestContext): string | null {
  const dir = sharedDir();
  if (dir === null) t.skip(`../shared not found: expected the shared data folder at ${resolve(repoRoot, '..', 'shared')}`);
  return dir;
}

describe('shared: seed article', () => {
  const load = (dir: string) => splitChecked(readFileSync(join(dir, SEED), 'utf8'), 'de');

  test('splits into exactly 48 segments', (t) => {
    const dir = shared(t);
    if (!dir) return;
    assert.equal(load(dir).sentences.length, 48);
  });

  test('the detected language is German', (t) => {
    const dir = shared(t);
    if (!dir) return;
    const { doc } = splitChecked(readFileSync(join(dir, SEED), 'utf8'), 'auto');
    assert.equal(doc.lang, 'de');
  });

  test('the dateline "Brüssel/Berlin." is a segment of its own', (t) => {
    const dir = shared(t);
    if (!dir) return;
    assert.ok(load(dir).sentences.includes('Brüssel/Berlin.'));
  });

  test('the subheading line is a segment of its own', (t) => {
    const dir = shared(t);
    if (!dir) return;
    assert.ok(load(dir).sentences.includes('Südkorea: Nordkorea schickt auch Spezialeinheiten'));
  });

  test('"am 14. Oktober" lies inside one sentence', (t) => {
    const dir = shared(t);
    if (!dir) return;
    const { doc } = load(dir);
    const sentences = doc.get('sentences');
    const phrase = 'am 14. Oktober';
    let at = doc.text.indexOf(phrase);
    assert.ok(at >= 0, `"${phrase}" not in the seed article`);
    for (; at >= 0; at = doc.text.indexOf(phrase, at + 1)) {
      const s = sentences.at(at);
      assert.ok(s, `no sentence at offset ${at}`);
      assert.ok(s.end >= at + phrase.length, `a sentence ends inside "${phrase}": ${doc.slice(s)}`);
      // The ordinal does not end the sentence: it goes on after "Oktober".
      assert.ok(s.end > at + phrase.length, `the sentence ends right after "${phrase}"`);
    }
  });
});

describe('shared: SpkAtt sentence boundaries', () => {
  test('F1 ≥ 0.99 on the training split, better than Intl.Segmenter', (t) => {
    const dir = shared(t);
    if (!dir) return;
    const r = evalSentences(join(dir, SPKATT_TRAIN));
    assert.ok(r.documents > 0 && r.goldSentences > 0, 'no documents read');
    assert.ok(r.ours.f1 >= 0.99, `ours F1 ${r.ours.f1.toFixed(4)} < 0.99 (P ${r.ours.precision.toFixed(4)}, R ${r.ours.recall.toFixed(4)})`);
    assert.ok(r.ours.f1 > r.intl.f1, `ours F1 ${r.ours.f1.toFixed(4)} is not above Intl.Segmenter's ${r.intl.f1.toFixed(4)}`);
  });
});

describe('shared: the ledger on the seed article', () => {
  test('topics match the gold groups with B-cubed F1 ≥ 0.9', async (t) => {
    const dir = shared(t);
    if (!dir) return;
    const { evalLedger } = await import('../../src/eval/ledger.js');
    const r = evalLedger(join(dir, 'gold', '000_68d3a7d341889de0.gold.json'), join(dir, SEED));
    assert.ok(r.items.length >= 10, `only ${r.items.length} gold quantities with a group`);
    assert.ok(r.f1 >= 0.9, `B-cubed F1 ${r.f1.toFixed(3)}: ${JSON.stringify(r.items.map((i) => [i.group, i.gold, i.topic?.label ?? null]))}`);
  });
});
