import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { ledgerRecords } from '../../src/ledger/estimates.js';
import { ledgerOf, topicLabels } from '../../src/store/ledger.js';
import type { Store } from '../../src/store/types.js';
import { describeOnBackends, type FreshDb } from '../backends.js';

/**
 * The aggregates kept at write time (src/store/aggregates.ts) against the same figures computed from the stored
 * rows, after new documents and after a replaced version (whose claims and estimates must leave them).
 * Articles written for this test (an invented story).
 */
const V1 =
  'Brand in Olmsried: 300 Menschen evakuiert\nDie Feuerwehrsprecherin Tanja Morwald sagte, rund 300 Menschen seien in Sicherheit gebracht worden. ' +
  'Der Bürgermeister Lutz Brenneis sagte, das Feuer sei unter Kontrolle.';
const V2 =
  'Brand in Olmsried: 450 Menschen evakuiert\nDas Landratsamt teilte mit, rund 450 Menschen seien in Sicherheit gebracht worden. ' +
  'Bürgermeister Lutz Brenneis sagte am Abend, das Feuer sei unter Kontrolle.';
const EN = 'Olmsried fire: 500 evacuated\nFire service spokeswoman Tanja Morwald said about 500 people had been evacuated.';

async function put(store: Store, text: string, url: string | null, published: string) {
  const a = toAnalysis(analyze({ text, lang: 'auto', published, url }));
  return store.add({ url, title: text.split('\n')[0]!, author: null, published, lang: a.document.lang, raw: text, rawType: 'text', origin: 'test' }, a, ledgerRecords(a));
}

/** Per source: claims, documents and distinct roles, from the claims of the latest versions. */
async function sourcesFromRows(fresh: FreshDb) {
  const rows = await fresh.rows(
    `SELECT c.source_key AS key, c.source_name AS name, c.source_role AS role, c.document_id AS doc FROM claims c JOIN documents d ON d.id = c.document_id
     WHERE c.source_key IS NOT NULL AND d.superseded_by IS NULL`,
  );
  const out = new Map<string, { claims: number; docs: Set<string>; roles: Set<string>; names: Set<string> }>();
  for (const r of rows) {
    const s = out.get(String(r['key'])) ?? { claims: 0, docs: new Set<string>(), roles: new Set<string>(), names: new Set<string>() };
    s.claims++;
    s.docs.add(String(r['doc']));
    if (r['role'] !== null) s.roles.add(String(r['role']));
    if (r['name'] !== null) s.names.add(String(r['name']));
    out.set(String(r['key']), s);
  }
  return out;
}

async function checkAggregates(store: Store, fresh: FreshDb) {
  const expected = await sourcesFromRows(fresh);
  const got = await store.sources();
  assert.ok(got.length >= 2, `the test texts quote at least two sources: ${JSON.stringify(got)}`);
  assert.deepEqual(got.map((s) => s.key).sort(), [...expected.keys()].sort());
  for (const s of got) {
    const e = expected.get(s.key)!;
    assert.equal(s.claims, e.claims, s.key);
    assert.equal(s.documents, e.docs.size, s.key);
    assert.deepEqual((s.roles ?? '').split(',').filter(Boolean).sort(), [...e.roles].sort(), s.key);
    assert.ok(e.names.has(s.name), `${s.key}: ${s.name}`);
  }
  // Estimates per source and topic key, from the current estimates.
  const topics = await fresh.rows('SELECT source_key AS s, topic_key AS t, count(*) AS n FROM estimates WHERE current AND source_key IS NOT NULL GROUP BY source_key, topic_key');
  assert.deepEqual(
    (await store.sourceTopics()).map((r) => `${r.source} ${r.topic} ${r.n}`).sort(),
    topics.map((r) => `${r['s']} ${r['t']} ${Number(r['n'])}`).sort(),
  );
  // The store-wide ledger from topic_combos equals the one aggregated from the rows (a date filter reads the rows).
  const kept = await ledgerOf(store.ledgerSource({}));
  const fromRows = await ledgerOf(store.ledgerSource({ since: '0000' }));
  assert.ok(kept.topics.length >= 1);
  assert.deepEqual(kept, fromRows);
  const labels = await topicLabels(store.ledgerSource({}));
  for (const t of kept.topics) for (const k of t.keys) assert.equal(labels.get(k), t.label);
}

describeOnBackends('write-time aggregates', (ctx) => {
  test('new documents add to the source and topic aggregates', async () => {
    const { store, fresh } = ctx();
    assert.equal(await put(store, V1, 'https://news.example/brand', '2025-05-01'), 'added');
    assert.equal(await put(store, EN, 'https://news.example/fire', '2025-05-02'), 'added');
    await checkAggregates(store, fresh);
    const morwald = (await store.sources()).find((s) => s.key.includes('morwald'));
    assert.equal(morwald?.documents, 2, 'Tanja Morwald is quoted in two articles');
  });

  test('a replaced version leaves the aggregates, the new one joins them', async () => {
    const { store, fresh } = ctx();
    const before = (await store.sources()).find((s) => s.key.includes('morwald'));
    assert.equal(await put(store, V2, 'https://news.example/brand', '2025-05-03'), 'updated');
    await checkAggregates(store, fresh);
    const after = (await store.sources()).find((s) => s.key.includes('morwald'));
    // Morwald is quoted in V1 only (of the German versions): the replaced version takes her claim with it.
    assert.equal(after?.documents, before!.documents - 1);
    assert.ok(!(await store.ledgerSource({}).summaries()).some((s) => s.estimates <= 0), 'no empty combination is left');
  });
});
