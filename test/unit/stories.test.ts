import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { bcubed } from '../../src/eval/ledger.js';
import { ledgerRecords } from '../../src/ledger/estimates.js';
import { openStore } from '../../src/store/open.js';
import { BACKENDS } from '../backends.js';
import { StoryClusterer } from '../../src/stories/cluster.js';
import { documentFeatures, type StoryDocument } from '../../src/stories/features.js';
import { storyLedgers } from '../../src/stories/ledger.js';
import { repoPath, runCli } from '../helpers.js';

// Sentences written for these tests; places, people and events are invented.
function doc(id: string, text: string, lang: string, published: string) {
  const analysis = toAnalysis(analyze({ text, lang, published }));
  const records = ledgerRecords(analysis);
  const story: StoryDocument = { id, published, title: null, lang, features: documentFeatures(analysis, records.estimates) };
  return { id, analysis, records, story };
}

const FLOOD_A_DE = doc('a1', 'Hochwasser in Grellingen: Die Orla tritt über die Ufer. Nach Angaben von Landrätin Marit Oberscheidt wurden 700 Menschen evakuiert.', 'de', '2025-04-02');
const FLOOD_A_EN = doc('a2', 'Flood in Grellingen: the Orla river burst its banks. District chief Marit Oberscheidt said 700 people were evacuated.', 'en', '2025-04-03');
const FLOOD_B_DE = doc('b1', 'Flut in Hammersdorf: Die Treene durchbricht einen Deich. Bürgermeister Lasse Brodersen sagte, 250 Menschen seien evakuiert worden.', 'de', '2025-04-05');
const FLOOD_B_EN = doc('b2', 'Hammersdorf flood: a dike on the Treene gave way. Mayor Lasse Brodersen said 250 people had been evacuated.', 'en', '2025-04-06');
const ALL = [FLOOD_A_DE, FLOOD_A_EN, FLOOD_B_DE, FLOOD_B_EN];

const partition = (assigned: { document: string; story: number }[]) => {
  const by = new Map<number, string[]>();
  for (const a of assigned) by.set(a.story, [...(by.get(a.story) ?? []), a.document]);
  return [...by.values()].map((x) => x.sort().join(',')).sort();
};

describe('stories: features and clustering', () => {
  test('a German and an English article on one event share names and figures; two floods share none of their names', () => {
    const shared = (x: StoryDocument, y: StoryDocument) => [...x.features.keys()].filter((k) => k.startsWith('n:') && y.features.has(k));
    assert.ok(shared(FLOOD_A_DE.story, FLOOD_A_EN.story).includes('n:grellingen'), shared(FLOOD_A_DE.story, FLOOD_A_EN.story).join(' '));
    assert.ok(FLOOD_A_DE.story.features.has('v:700') && FLOOD_A_EN.story.features.has('v:700'));
    assert.deepEqual(shared(FLOOD_A_DE.story, FLOOD_B_EN.story), []);
  });

  test('two floods in two places are two stories, each with both languages', () => {
    const c = new StoryClusterer();
    assert.deepEqual(partition(c.assignBatch(ALL.map((d) => d.story))), ['a1,a2', 'b1,b2']);
  });

  test('the same batch in any order gives the same stories', () => {
    const orders = [ALL, [...ALL].reverse(), [ALL[2]!, ALL[0]!, ALL[3]!, ALL[1]!]];
    const got = orders.map((o) => partition(new StoryClusterer().assignBatch(o.map((d) => d.story))));
    assert.deepEqual(got[1], got[0]);
    assert.deepEqual(got[2], got[0]);
  });

  test('a new document joins a story without moving any assigned one', () => {
    const c = new StoryClusterer();
    const first = c.assignBatch([FLOOD_A_DE.story, FLOOD_B_DE.story]);
    const next = c.assign(FLOOD_A_EN.story);
    assert.equal(next.opened, false);
    assert.equal(next.story, first.find((a) => a.document === 'a1')!.story);
    assert.equal(c.stories.get(first.find((a) => a.document === 'b1')!.story)!.size, 1);
  });

  test('the window follows the story: the same names half a year later open a new story', () => {
    const late = doc('a9', 'Hochwasser in Grellingen: Die Orla tritt erneut über die Ufer. Landrätin Marit Oberscheidt spricht von 300 Evakuierten.', 'de', '2025-10-20');
    const c = new StoryClusterer();
    const [x, y] = c.assignBatch([FLOOD_A_DE.story, late.story]);
    assert.notEqual(x!.story, y!.story);
  });

  test('the ledger of a story never mixes the evacuees of two floods', () => {
    const c = new StoryClusterer();
    const storyOf = new Map(c.assignBatch(ALL.map((d) => d.story)).map((a) => [a.document, a.story]));
    for (const ledger of storyLedgers(ALL, storyOf).values()) {
      for (const t of ledger.topics) {
        const stories = new Set(t.estimates.map((e) => storyOf.get(ALL.find((d) => d.analysis.document.id === e.document)!.id)));
        assert.equal(stories.size, 1, t.label);
      }
    }
  });
});

describe('stories: the evaluation corpus in any order (bound on order dependence)', () => {
  const dir = repoPath('test', 'data', 'stories');
  const gold = JSON.parse(readFileSync(join(dir, '.gold.json'), 'utf8')) as { documents: { file: string; published: string; lang: string; story: string }[] };
  const docs = gold.documents.map((g) => ({ g, d: doc(g.file, readFileSync(join(dir, g.file), 'utf8'), g.lang, g.published) }));

  test('one batch: shuffled orders give identical stories', () => {
    const base = partition(new StoryClusterer().assignBatch(docs.map((x) => x.d.story)));
    let seed = 7;
    for (let k = 0; k < 3; k++) {
      const shuffled = [...docs].sort(() => ((seed = (seed * 48271) % 2147483647) / 2147483647) - 0.5);
      assert.deepEqual(partition(new StoryClusterer().assignBatch(shuffled.map((x) => x.d.story))), base);
    }
  });

  test('batch by batch, newest batch first: stories stay within B-cubed 0.9 of the one-batch stories', () => {
    const one = new StoryClusterer().assignBatch(docs.map((x) => x.d.story));
    const c = new StoryClusterer();
    const late = docs.filter((x) => x.g.published >= '2025-05-15');
    const early = docs.filter((x) => x.g.published < '2025-05-15');
    const two = [...c.assignBatch(late.map((x) => x.d.story)), ...c.assignBatch(early.map((x) => x.d.story))];
    const storyOf = new Map(two.map((a) => [a.document, a.story]));
    const score = bcubed(
      one.map((a) => String(a.story)),
      one.map((a) => String(storyOf.get(a.document))),
    );
    assert.ok(score.f1 >= 0.9, `B-cubed F1 ${score.f1.toFixed(3)}`);
  });
});

describe('stories: the example corpus', () => {
  test('the eight example articles (examples/README.md: one dam failure, German and English) are one story', () => {
    const dir = repoPath('examples');
    const docs = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => doc(f, readFileSync(join(dir, f), 'utf8'), f.includes('-en-') ? 'en' : 'de', f.slice(0, 10)).story);
    assert.equal(docs.length, 8);
    const stories = new Set(new StoryClusterer().assignBatch(docs).map((a) => a.story));
    assert.equal(stories.size, 1);
  });
});

for (const backend of BACKENDS) {
describe(`stories: in the store (${backend.name})`, { skip: backend.skip }, () => {
  test('ingest assigns stories batch by batch, and an old document never moves', async () => {
    const fresh = await backend.fresh();
    try {
      const store = await openStore(fresh.db);
      const add = (d: (typeof ALL)[number]) =>
        store.addWithStory(
          { url: null, title: null, author: null, published: d.story.published, lang: d.story.lang, raw: d.analysis.document.text, rawType: 'text/plain', origin: d.id },
          d.analysis,
          d.records,
          d.story.features,
        );
      await add(FLOOD_A_DE);
      await add(FLOOD_B_DE);
      assert.equal(await store.assignStories(), 2);
      const before = await store.storiesOf([FLOOD_A_DE.analysis.document.id, FLOOD_B_DE.analysis.document.id]);
      await add(FLOOD_A_EN);
      await add(FLOOD_B_EN);
      assert.equal(await store.assignStories(), 2);
      const after = await store.storiesOf(ALL.map((d) => d.analysis.document.id));
      assert.equal(after.get(FLOOD_A_DE.analysis.document.id), before.get(FLOOD_A_DE.analysis.document.id));
      assert.equal(after.get(FLOOD_A_EN.analysis.document.id), after.get(FLOOD_A_DE.analysis.document.id));
      assert.equal(after.get(FLOOD_B_EN.analysis.document.id), after.get(FLOOD_B_DE.analysis.document.id));
      assert.equal((await store.listStories()).length, 2);
      await store.close();
    } finally {
      await fresh.drop();
    }
  });
});
}

describe('stories: the commands', () => {
  test('ingest, stories, story, ledger --story and trace on the evaluation corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-stories-cli-'));
    try {
      const db = join(dir, 's.db');
      const files = readdirSync(repoPath('test', 'data', 'stories')).filter((f) => f.endsWith('.txt')).map((f) => repoPath('test', 'data', 'stories', f));
      const ing = runCli(['ingest', ...files, '--db', db, '--quiet']);
      assert.equal(ing.status, 0, ing.stderr);
      const list = runCli(['stories', '--db', db, '--format', 'json']);
      assert.equal(list.status, 0, list.stderr);
      const stories = (JSON.parse(list.stdout) as { stories: { id: string; size: number; langs: string[] }[] }).stories;
      assert.ok(stories.length >= 2, list.stdout.slice(0, 400));
      assert.equal(stories.reduce((n, s) => n + s.size, 0), 25);
      const big = stories.find((s) => s.langs.length === 2)!;
      const one = runCli(['story', big.id, '--db', db]);
      assert.equal(one.status, 0, one.stderr);
      assert.match(one.stdout, new RegExp(`^${big.id}: `));
      const ledger = runCli(['ledger', '--story', big.id, '--db', db, '--format', 'json']);
      assert.equal(ledger.status, 0, ledger.stderr);
      const ids = new Set((JSON.parse(ledger.stdout) as { documents: { id: string }[] }).documents.map((d) => d.id));
      assert.ok(ids.size > 0 && ids.size <= big.size);
      const trace = runCli(['trace', '850 hectares', '--db', db]);
      assert.equal(trace.status, 0, trace.stderr);
      assert.match(trace.stdout, /“850 Hektar”: first 2025-05-09/);
      const bad = runCli(['story', 'S999', '--db', db]);
      assert.notEqual(bad.status, 0);
      assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
