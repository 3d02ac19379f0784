import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { ledgerRecords } from '../../src/ledger/estimates.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { listStories, storyFacets } from '../../src/store/stories.js';
import { StoryClusterer } from '../../src/stories/cluster.js';
import { documentFeatures, type Features } from '../../src/stories/features.js';

// Sentences written for these tests; places, people and events are invented.
async function add(store: SqliteStore, text: string, url: string, published = '2025-04-02') {
  const analysis = toAnalysis(analyze({ text, lang: 'de', published }));
  const records = ledgerRecords(analysis);
  await store.addWithStory(
    { url, title: null, author: null, published, lang: 'de', raw: text, rawType: 'text/plain', origin: url },
    analysis,
    records,
    documentFeatures(analysis, records.estimates),
  );
}

describe('stories: a replaced version leaves its story', () => {
  test('the story counts the current version once: size, topic counts, languages and outlets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-story-versions-'));
    try {
      const store = new SqliteStore(join(dir, 's.db'));
      const url = 'https://grellinger-bote.example/flut';
      await add(store, 'Hochwasser in Grellingen: Die Orla tritt über die Ufer. Nach Angaben von Landrätin Marit Oberscheidt wurden 700 Menschen evakuiert.', url);
      assert.equal(await store.assignStories(), 1);
      await add(store, 'Hochwasser in Grellingen: Die Orla tritt über die Ufer. Nach Angaben von Landrätin Marit Oberscheidt wurden 900 Menschen evakuiert.', url);
      assert.equal(await store.assignStories(), 1);
      const stories = listStories(store.storyDb);
      assert.equal(stories.reduce((n, s) => n + s.size, 0), 1, `sizes ${JSON.stringify(stories)}`);
      const topics = store.storyDb.prepare('SELECT topic_key AS k, n FROM story_topics WHERE story_id = ?').all(stories[0]!.id) as { k: string; n: number }[];
      assert.ok(topics.length > 0);
      assert.deepEqual(topics.filter((t) => t.n !== 1), [], 'a topic counts the old version too');
      assert.deepEqual(storyFacets(store.storyDb, stories[0]!.id), { langs: ['de'], outlets: ['grellinger-bote.example'] });
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('stories: ids stay unique beyond the time window', () => {
  test('a story opened long after an older one (outside the window the batch loads) gets a new id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-story-ids-'));
    try {
      const store = new SqliteStore(join(dir, 's.db'));
      await add(store, 'Hochwasser in Grellingen: Die Orla tritt über die Ufer. Landrätin Marit Oberscheidt sagte, 700 Menschen seien evakuiert worden.', 'https://a.example/1', '2021-03-01');
      assert.equal(await store.assignStories(), 1);
      await add(store, 'Waldbrand bei Kestrow: Die Feuerwehr kämpft gegen die Flammen. Brandmeister Jolin Ausweger sagte, 40 Hektar seien verbrannt.', 'https://b.example/2', '2025-08-10');
      assert.equal(await store.assignStories(), 1);
      const stories = listStories(store.storyDb);
      assert.equal(stories.length, 2, `stories ${JSON.stringify(stories)}`);
      assert.notEqual(stories[0]!.id, stories[1]!.id);
      assert.deepEqual(stories.map((s) => s.size).sort(), [1, 1], 'the older story was overwritten');
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('stories: names are boilerplate only when spread over stories', () => {
  const f = (entries: Record<string, number>): Features => new Map(Object.entries(entries));
  const at = (id: string, features: Features) => ({ id, published: '2025-04-02', title: null, lang: 'de', features });

  test('a young store of one event: its names are in every document and still hold the story together', () => {
    const c = new StoryClusterer();
    const stories = new Set<number>();
    for (let i = 0; i < 40; i++) {
      stories.add(c.assign(at(`d${i}`, f({ 'e:grellingen': 1.4, 'n:orla': 1.4, [`w:word${i}`]: 0.7, [`w:other${i}`]: 0.7, [`v:${100 + i}`]: 1.2 }))).story);
    }
    assert.equal(stories.size, 1);
  });

  test('negative: a name in the documents of many stories (the police) joins nothing by itself', () => {
    // A store of five stories of six documents each, every one naming the police (as the store loads them).
    const stories = Array.from({ length: 5 }, (_, s) => ({
      id: s + 1,
      first: '2025-04-01',
      last: '2025-04-02',
      size: 6,
      title: null,
      centroid: f({ [`e:place${s}`]: 8.4, 'e:polizei': 8.4, [`w:word${s}`]: 4.2 }),
    }));
    const df = new Map<string, number>([['e:polizei', 30], ...stories.map((st, s): [string, number] => [`e:place${s}`, 6])]);
    const c = new StoryClusterer({}, { stories, df, documents: 30 });
    const alone = c.assign(at('new', f({ 'e:polizei': 1.4, 'w:elsewhere': 0.7 })));
    assert.equal(alone.opened, true, `joined S${alone.story} with ${alone.score}`);
    // … while a place of one of them still joins it.
    const placed = c.assign(at('placed', f({ 'e:place2': 1.4, 'e:polizei': 1.4, 'w:elsewhere': 0.7 })));
    assert.equal(placed.story, 3);
  });
});
