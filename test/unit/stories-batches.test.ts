import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { ledgerRecords } from '../../src/ledger/estimates.js';
import type { Store } from '../../src/store/types.js';
import { documentFeatures } from '../../src/stories/features.js';
import { describeOnBackends, freshSqliteFile, type FreshDb } from '../backends.js';
import { repoPath, runCli } from '../helpers.js';

// Sentences written for these tests; places, people and events are invented.
const TEXTS: [published: string, text: string][] = [
  ['2025-06-04', 'Waldbrand bei Kestrow: Brandmeister Jolin Ausweger sagte, 40 Hektar seien verbrannt.'],
  ['2025-06-01', 'Hochwasser in Grellingen: Landrätin Marit Oberscheidt sagte, 700 Menschen seien evakuiert worden.'],
  ['2025-06-03', 'Hochwasser in Grellingen: Nach Angaben von Landrätin Marit Oberscheidt wurden 900 Menschen evakuiert.'],
  ['2025-06-02', 'Streik bei der Ostlinie: Gewerkschafter Piet Harmsdorf sagte, 120 Züge seien ausgefallen.'],
  ['2025-06-05', 'Waldbrand bei Kestrow: Brandmeister Jolin Ausweger sagte, 55 Hektar seien verbrannt.'],
];

async function add(store: Store, published: string, text: string, i: number) {
  const analysis = toAnalysis(analyze({ text, lang: 'de', published }));
  const records = ledgerRecords(analysis);
  const url = `https://batch.example/${i}`;
  await store.addWithStory({ url, title: null, author: null, published, lang: 'de', raw: text, rawType: 'text/plain', origin: url }, analysis, records, documentFeatures(analysis, records.estimates));
  return analysis.document.id;
}

describeOnBackends('stories in bounded batches', (ctx) => {
  let store: Store;
  let fresh: FreshDb;
  beforeEach(() => ({ store, fresh } = ctx()));

  test('a limited batch assigns the earliest pending documents, the next batch goes on from there', async () => {
    const ids = new Map<string, string>();
    for (const [i, [published, text]] of TEXTS.entries()) ids.set(published, await add(store, published, text, i));
    assert.equal(await store.assignStories(2), 2);
    const assigned = async () => [...(await store.storiesOf([...ids.values()])).keys()].sort();
    assert.deepEqual(await assigned(), [ids.get('2025-06-01'), ids.get('2025-06-02')].sort(), 'the two earliest by date, not by input order');
    assert.equal(await store.assignStories(2), 2);
    assert.equal((await assigned()).length, 4);
    assert.equal(await store.assignStories(2), 1);
    assert.equal(await store.assignStories(2), 0);
    // The two Grellingen reports, assigned in different batches, are one story.
    const of = await store.storiesOf([...ids.values()]);
    assert.equal(of.get(ids.get('2025-06-01')!), of.get(ids.get('2025-06-03')!));
    assert.notEqual(of.get(ids.get('2025-06-01')!), of.get(ids.get('2025-06-02')!));
  });

  test("a story's languages and outlets are counted as documents join, and a replaced version leaves them", async () => {
    const story = (await store.storiesOf([await add(store, '2025-06-06', 'Hochwasser in Grellingen: Landrätin Marit Oberscheidt sagte, 750 Menschen seien evakuiert worden.', 1)])).size;
    assert.equal(story, 0, 'not assigned yet');
    assert.equal(await store.assignStories(), 1);
    const perStory = async (facet: string) =>
      (await fresh.rows(`SELECT story_id AS s, sum(n) AS n FROM story_facets WHERE facet = '${facet}' GROUP BY story_id ORDER BY story_id`)).map((r) => `S${r['s']}:${Number(r['n'])}`);
    const sizes = (await store.listStories()).map((s) => `S${s.id}:${s.size}`).sort();
    assert.equal(sizes.length, 3);
    assert.deepEqual((await perStory('lang')).sort(), sizes);
    assert.deepEqual((await perStory('outlet')).sort(), sizes);
    for (const s of await store.listStories()) {
      assert.deepEqual(await store.storyLangs(s.id), ['de']);
      assert.deepEqual(await store.storyOutlets(s.id, 8), ['batch.example']);
    }
  });

  test("the story list's bulk read gives what the one-story queries give", async () => {
    const ids = (await store.listStories()).map((s) => s.id);
    const details = await store.storyDetails([...ids, 9999], { outlets: 8, topics: 1 });
    let topics = 0;
    for (const id of ids) {
      const one = { langs: await store.storyLangs(id), outlets: await store.storyOutlets(id, 8), topics: await store.storyTopics(id, 1), centroid: await store.storyCentroid(id) };
      assert.deepEqual(details.get(id), one, `S${id}`);
      topics += one.topics.length;
    }
    assert.equal(topics, ids.length, 'each story has a topic, cut to one');
    assert.deepEqual(details.get(9999), { langs: [], outlets: [], topics: [], centroid: [] });
  });
});

describe('ingest assigns stories in batches as it goes', () => {
  test('small batches give the story corpus the same stories (the same documents together) as one batch', () => {
    const members = (batch: string) => {
      const f = freshSqliteFile();
      try {
        const r = runCli(['ingest', '--db', f.db, '--quiet', repoPath('test', 'data', 'stories')], { env: { QUELLENLAGE_STORY_BATCH: batch } });
        assert.equal(r.status, 0, r.stderr);
        const list = JSON.parse(runCli(['stories', '--db', f.db, '--format', 'json']).stdout) as { stories: { id: string }[] };
        assert.ok(list.stories.length >= 2, 'the corpus holds several stories');
        // Each story as the sorted ids of its documents.
        return list.stories
          .map((s) => {
            const out = runCli(['story', s.id, '--db', f.db, '--format', 'json']);
            assert.equal(out.status, 0, out.stderr);
            return JSON.stringify((JSON.parse(out.stdout) as { documents: { id: string }[] }).documents.map((d) => d.id).sort());
          })
          .sort();
      } finally {
        void f.drop();
      }
    };
    const one = members('1000');
    assert.deepEqual(one.filter((m) => m === '[]'), [], 'every story lists its documents');
    assert.deepEqual(members('3'), one);
  });
});
