/**
 * `quellenlage stories`, `story ID`, `ledger --story ID` and `trace CLAIM|TEXT`: the store's stories, one story
 * with its documents and ledger, and where a figure or claim came from within its story.
 */
import { existsSync } from 'node:fs';
import { buildLedger, type LedgerJSON } from '../ledger/topics.js';
import { ledgerCsv, ledgerMarkdown, ledgerText } from '../ledger/views.js';
import { SqliteStore, StoreError } from '../store/sqlite.js';
import { listStories, storyDocuments, storyFacets, storyLedgerSource, storyRecords, type StoryRow } from '../store/stories.js';
import { linkedTopics, type StoryTopicKeys } from '../stories/links.js';
import { appearances, threadsOf, type ClaimThread } from '../stories/threads.js';
import { EXIT_OK, UsageError } from './errors.js';
import { write } from './output.js';

function openForReading(db: string): SqliteStore {
  if (!existsSync(db)) throw new StoreError(`no database at ${db}: ingest documents first (quellenlage ingest PATH …), or point --db / QUELLENLAGE_DB at one`);
  return new SqliteStore(db, { readonly: true });
}

function storyId(text: string): number {
  const m = /^S?(\d+)$/i.exec(text.trim());
  if (!m) throw new UsageError(`not a story id: ${text} — see quellenlage stories`);
  return Number(m[1]);
}

/** The ledger of one story: its documents' estimates lined up as one event. */
export function storyLedger(store: SqliteStore, story: number, limit: number | null = null): LedgerJSON {
  if (!store.storyDb.prepare('SELECT 1 FROM stories WHERE id = ?').get(story)) throw new UsageError(`no story S${story} in the store — see quellenlage stories`);
  return buildLedger(storyLedgerSource(store.storyDb, story), { oneEvent: true, limit });
}

export interface StorySummary extends StoryRow {
  langs: string[];
  outlets: string[];
  topics: string[];
  entities: string[];
}

/** A story's five heaviest entity keys in its centroid. */
function leadingEntities(store: SqliteStore, story: number): string[] {
  const centroid = store.storyDb.prepare('SELECT centroid FROM stories WHERE id = ?').get(story) as { centroid: string } | undefined;
  return (JSON.parse(centroid?.centroid ?? '[]') as [string, number][])
    .filter(([k]) => k.startsWith('e:'))
    .sort((x, y) => y[1] - x[1])
    .slice(0, 5)
    .map(([k]) => k.slice(2));
}

/** The topics of `story` that are one thread with a topic of another story (src/stories/links.ts). */
export function storyLinks(store: SqliteStore, story: number): Map<string, number[]> {
  const db = store.storyDb;
  const keysOf = (id: number) => (db.prepare('SELECT topic_key AS k FROM story_topics WHERE story_id = ?').all(id) as { k: string }[]).map((r) => r.k);
  const me: StoryTopicKeys = { id: story, entities: leadingEntities(store, story), topicKeys: keysOf(story) };
  if (me.topicKeys.length === 0) return new Map();
  const others = (
    db.prepare(`SELECT DISTINCT story_id AS id FROM story_topics WHERE story_id != ? AND topic_key IN (${me.topicKeys.map(() => '?').join(', ')})`).all(story, ...me.topicKeys) as { id: number }[]
  ).map((r) => ({ id: r.id, entities: leadingEntities(store, r.id), topicKeys: keysOf(r.id) }));
  return linkedTopics(me, others);
}

function summarize(store: SqliteStore, s: StoryRow, withTopics: boolean): StorySummary {
  // Languages and outlets (URL hosts), counted as documents were assigned (story_facets).
  const { langs, outlets } = storyFacets(store.storyDb, s.id);
  const entities = leadingEntities(store, s.id);
  // The story's largest topic keys, counted in SQL: the list answers fast on a large store.
  const topics = withTopics
    ? (
        store.storyDb
          .prepare('SELECT topic_key AS key, n FROM story_topics WHERE story_id = ? ORDER BY n DESC, key LIMIT 4')
          .all(s.id) as { key: string; n: number }[]
      ).map((r) => `${r.key.split('|').filter((p) => p !== '-').join(' · ')} (${r.n})`)
    : [];
  return { ...s, langs, outlets, topics, entities };
}

/** The stories of the store with what the list shows of each, the latest first. */
export function storyList(store: SqliteStore, since?: string): StorySummary[] {
  return listStories(store.storyDb, since ? { since } : {}).map((s) => summarize(store, s, true));
}

/** `quellenlage stories`: the stories of the store, the latest first. */
export async function runStories(o: { db: string; since?: string; format: 'text' | 'json' | 'md' }): Promise<number> {
  const store = openForReading(o.db);
  try {
    const list = storyList(store, o.since);
    if (o.format === 'json') {
      await write(JSON.stringify({ format: 'quellenlage.stories/1', stories: list.map((s) => ({ ...s, id: `S${s.id}` })) }, null, 2) + '\n');
      return EXIT_OK;
    }
    const out: string[] = [];
    if (o.format === 'md') out.push('| Story | Dates | Docs | Languages | Title | Entities | Topics |', '|---|---|---|---|---|---|---|');
    for (const s of list) {
      const dates = `${s.first?.slice(0, 10) ?? '—'} … ${s.last?.slice(0, 10) ?? '—'}`;
      if (o.format === 'md') {
        out.push(`| S${s.id} | ${dates} | ${s.size} | ${s.langs.join(', ')} | ${(s.title ?? '').replace(/\|/g, '\\|')} | ${s.entities.join(', ')} | ${s.topics.join('; ')} |`);
      } else {
        out.push(`S${s.id}  ${dates}  ${s.size} doc${s.size === 1 ? '' : 's'}  ${s.langs.join('/')}  ${s.title ?? '(no title)'}`);
        if (s.entities.length) out.push(`      entities: ${s.entities.join(', ')}`);
        if (s.outlets.length) out.push(`      outlets: ${s.outlets.join(', ')}`);
        if (s.topics.length) out.push(`      topics: ${s.topics.join('; ')}`);
      }
    }
    if (list.length === 0) out.push('(no stories: ingest documents first; documents stored before stories existed are not assigned)');
    await write(out.join('\n') + '\n');
  } finally {
    store.close();
  }
  return EXIT_OK;
}

/** The claim threads of one story, from its stored estimates. */
function storyThreads(store: SqliteStore, story: number): ClaimThread[] {
  const r = storyRecords(store.storyDb, story);
  const byDoc = new Map<string, typeof r.estimates>();
  for (const e of r.estimates) byDoc.set(e.document.id, [...(byDoc.get(e.document.id) ?? []), e]);
  const members = r.documents.map((d) => ({
    id: d.id,
    analysis: { document: { id: d.id, published: d.published, lang: d.lang } } as never,
    records: { estimates: byDoc.get(d.id) ?? [], denials: [] },
  }));
  return threadsOf(members, new Map(r.documents.map((d) => [d.id, story])));
}

/** `quellenlage story ID`: one story's documents and its ledger. */
export async function runStory(id: string, o: { db: string; format: 'text' | 'json' | 'md' }): Promise<number> {
  const store = openForReading(o.db);
  try {
    const n = storyId(id);
    const ledger = storyLedger(store, n);
    const row = listStories(store.storyDb).find((s) => s.id === n)!;
    const docs = storyDocuments(store.storyDb, n);
    if (o.format === 'json') {
      await write(JSON.stringify({ format: 'quellenlage.story/1', story: { ...summarize(store, row, false), id: `S${n}` }, documents: docs, ledger, linkedTopics: Object.fromEntries([...storyLinks(store, n)].map(([k, ids]) => [k, ids.map((i) => `S${i}`)])) }, null, 2) + '\n');
      return EXIT_OK;
    }
    const out = [`S${n}: ${row.title ?? '(no title)'} — ${row.first?.slice(0, 10) ?? '—'} … ${row.last?.slice(0, 10) ?? '—'}, ${docs.length} documents`];
    for (const d of docs) out.push(`  ${d.published?.slice(0, 10) ?? '—'}  ${d.lang}  ${d.title ?? d.id}  [${d.id}]`);
    // Figures repeated across documents: where each first appeared and how many documents repeated it.
    const repeated = storyThreads(store, n).filter((t) => appearances(t).length > 1);
    if (repeated.length) {
      out.push('', 'Repeated figures (first appearance → repetitions; quellenlage trace shows the source chains):');
      for (const t of repeated) {
        const [first, ...rest] = appearances(t);
        out.push(`  “${first!.text}” first ${first!.published?.slice(0, 10) ?? '—'} ${first!.source?.name ?? '(no source)'} [${first!.document}], repeated by ${rest.length} document${rest.length === 1 ? '' : 's'}`);
      }
    }
    const links = storyLinks(store, n);
    if (links.size) {
      out.push('', 'The same topic in other stories (same key, shared leading entities):');
      for (const [k, ids] of links) out.push(`  ${k.split('|').filter((p) => p !== '-').join(' · ')}: ${ids.map((i) => `S${i}`).join(', ')}`);
    }
    out.push('');
    await write(out.join('\n') + '\n' + (o.format === 'md' ? ledgerMarkdown(ledger) : ledgerText(ledger)));
  } finally {
    store.close();
  }
  return EXIT_OK;
}

/** `quellenlage ledger --story ID`. */
export async function runStoryLedger(id: string, o: { db: string; format: 'text' | 'json' | 'csv' | 'md'; limit: number }): Promise<number> {
  const store = openForReading(o.db);
  try {
    const ledger = storyLedger(store, storyId(id), o.format === 'text' && o.limit > 0 ? o.limit : null);
    await write(o.format === 'json' ? JSON.stringify(ledger, null, 2) + '\n' : o.format === 'csv' ? ledgerCsv(ledger) : o.format === 'md' ? ledgerMarkdown(ledger) : ledgerText(ledger));
  } finally {
    store.close();
  }
  return EXIT_OK;
}

/**
 * `quellenlage trace DOC:CLAIM|DOC:QUANTITY|TEXT`: the claim threads that hold the figure, its first appearance
 * and how the source chain changed on the way.
 */
export async function runTrace(what: string, o: { db: string; format: 'text' | 'json' }): Promise<number> {
  const store = openForReading(o.db);
  try {
    const db = store.storyDb;
    const ref = /^([0-9a-f]{8,}):([CQ]\d+)$/i.exec(what.trim());
    const like = `%${what.trim().replace(/[%_\\]/g, '\\$&')}%`;
    const hits = (
      ref
        ? db.prepare(`SELECT document_id AS d, json FROM estimates WHERE document_id = ? AND (quantity_id = ? OR json_extract(json, '$.claim') = ?)`).all(ref[1], ref[2], ref[2])
        : db.prepare(`SELECT document_id AS d, json FROM estimates WHERE json_extract(json, '$.span.text') LIKE ? ESCAPE '\\' LIMIT 50`).all(like)
    ) as { d: string; json: string }[];
    const storyOf = db.prepare('SELECT story_id AS s FROM story_documents WHERE document_id = ? AND story_id IS NOT NULL');
    const threads: ClaimThread[] = [];
    const seen = new Set<string>();
    for (const h of hits) {
      const s = (storyOf.get(h.d) as { s: number } | undefined)?.s;
      if (s === undefined) continue;
      const quantity = (JSON.parse(h.json) as { quantity: string }).quantity;
      const t = storyThreads(store, s).find((x) => x.members.some((m) => m.document === h.d && m.quantity === quantity));
      if (t && !seen.has(`${t.story}\t${t.key}`)) {
        seen.add(`${t.story}\t${t.key}`);
        threads.push(t);
      }
    }
    if (o.format === 'json') {
      await write(JSON.stringify({ query: what, threads: threads.map((t) => ({ ...t, story: `S${t.story}` })) }, null, 2) + '\n');
      return EXIT_OK;
    }
    if (threads.length === 0) {
      await write(`no figure in a story matches ${JSON.stringify(what)} (give DOCUMENT:C3, DOCUMENT:Q2, or text of the figure)\n`);
      return EXIT_OK;
    }
    const out: string[] = [];
    for (const t of threads) {
      const [first, ...rest] = appearances(t);
      const chain = (m: NonNullable<typeof first>) => [m.source?.name ?? '(no source)', ...m.via].join(' ← ');
      out.push(`S${t.story} “${first!.text}”: first ${first!.published?.slice(0, 10) ?? '—'} [${first!.document}] ${chain(first!)}; repeated by ${rest.length} document${rest.length === 1 ? '' : 's'}`);
      for (const m of rest) out.push(`    ${m.published?.slice(0, 10) ?? '—'} ${m.lang} “${m.text}” [${m.document}] ${chain(m)}`);
    }
    await write(out.join('\n') + '\n');
  } finally {
    store.close();
  }
  return EXIT_OK;
}
