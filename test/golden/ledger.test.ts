import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { bcubed } from '../../src/eval/ledger.js';
import { ledgerRecords } from '../../src/ledger/estimates.js';
import { buildLedger, memorySource, type StoredDenial, type StoredEstimate } from '../../src/ledger/topics.js';
import { repoPath } from '../helpers.js';

/**
 * Two articles written for this test (an invented ferry sinking, German and English, with figures that differ
 * between sources), and the groups a careful reader would form: which figures count the same thing. The
 * groups are hand-made expectations, not a snapshot of our output.
 */
const ARTICLES = [
  { file: '2025-06-01-de-faehre-nordholm.txt', lang: 'de', published: '2025-06-01' },
  { file: '2025-06-02-en-ferry-nordholm.txt', lang: 'en', published: '2025-06-02' },
];

/** [article, figure as written, group] */
const GROUPS: [number, string, string][] = [
  [0, '212 Passagiere', 'rescued'],
  [0, 'rund 190 Geretteten', 'rescued'],
  [0, 'Mindestens 14 Menschen', 'dead'],
  [0, '31', 'injured'],
  [0, '240 Passagiere', 'aboard'],
  [0, 'bis zu 260', 'aboard'],
  [0, '17 Menschen', 'missing'],
  [0, 'sechs Schiffen', 'ships'],
  [0, 'zwei Hubschraubern', 'helicopters'],
  [0, '8 Millionen Euro', 'damage'],
  [0, '500.000 Euro', 'aid'],
  [1, '205 passengers', 'rescued'],
  [1, 'about 190 people', 'rescued'],
  [1, 'At least 15 people', 'dead'],
  [1, '29', 'injured'],
  [1, '240 passengers', 'aboard'],
  [1, 'up to 260', 'aboard'],
  [1, '17 people', 'missing'],
  [1, 'Six ships', 'ships'],
  [1, 'two helicopters', 'helicopters'],
  [1, '€8m', 'damage'],
  [1, '€500,000', 'aid'],
];

describe('golden: ledger topics on two articles of our own', () => {
  const estimates: StoredEstimate[] = [];
  const denials: StoredDenial[] = [];
  const ids: string[] = [];
  for (const art of ARTICLES) {
    const a = toAnalysis(analyze({ text: readFileSync(repoPath('test', 'golden', 'ledger', art.file), 'utf8'), lang: art.lang, published: art.published }));
    const r = ledgerRecords(a);
    const meta = { id: a.document.id, url: null, title: null, author: null, published: art.published, lang: art.lang };
    ids.push(a.document.id);
    estimates.push(...r.estimates.map((e) => ({ ...e, document: meta })));
    denials.push(...r.denials.map((d) => ({ ...d, document: meta })));
  }
  const ledger = buildLedger(memorySource(estimates, denials));
  const topicOf = (doc: number, text: string): string => {
    const t = ledger.topics.find((x) => x.estimates.some((e) => e.document === ids[doc] && e.span.text === text));
    return t?.id ?? `none:${doc}:${text}`;
  };

  test('figures of the same thing share a topic, in both languages, and nothing else joins them (B-cubed F1 ≥ 0.9)', () => {
    // Every figure of the ledger is scored: one the list does not name is a group of its own, so that a stray
    // figure in a listed topic (an age among the dead, a rate among the rescued) costs precision.
    const listed = new Set(GROUPS.map(([d, t]) => `${d}\t${t}`));
    const strays: [number, string, string][] = [];
    for (const t of ledger.topics) {
      for (const e of t.estimates) {
        const d = ids.indexOf(e.document);
        if (!listed.has(`${d}\t${e.span.text}`)) strays.push([d, e.span.text, `stray ${strays.length}`]);
      }
    }
    const all = [...GROUPS, ...strays];
    const gold = all.map(([, , g]) => g);
    const predicted = all.map(([d, t]) => topicOf(d, t));
    const score = bcubed(gold, predicted);
    const table = all.map(([d, t, g], k) => `${g}: ${t} → ${predicted[k]}`).join('\n');
    assert.ok(score.f1 >= 0.9, `B-cubed F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)})\n${table}`);
  });

  test('a stray figure in a listed topic lowers the score', () => {
    const gold = ['dead', 'dead', 'stray'];
    assert.ok(bcubed(gold, ['L1', 'L1', 'L1']).f1 < bcubed(gold, ['L1', 'L1', 'L2']).f1);
  });

  test('the rescued, the dead and the missing each form one German-English topic', () => {
    for (const [de, en] of [
      ['212 Passagiere', '205 passengers'],
      ['Mindestens 14 Menschen', 'At least 15 people'],
      ['17 Menschen', '17 people'],
    ] as const) {
      assert.equal(topicOf(0, de), topicOf(1, en), `${de} / ${en}`);
    }
    assert.notEqual(topicOf(0, '212 Passagiere'), topicOf(0, '240 Passagiere'), 'rescued and on board are different things');
  });
});
