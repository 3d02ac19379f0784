/**
 * `quellenlage stories`, `story ID`, `ledger --story ID` and `trace CLAIM|TEXT`: the store's stories, one story
 * with its documents and ledger, and where a figure or claim came from within its story.
 */
import type { LedgerJSON } from '../ledger/topics.js';
import { ledgerCsv, ledgerMarkdown, ledgerText } from '../ledger/views.js';
import { ledgerOf } from '../store/ledger.js';
import type { Store, StoryRow } from '../store/types.js';
import { linkedTopics, type StoryTopicKeys } from '../stories/links.js';
import { appearances, threadsOf, type ClaimThread } from '../stories/threads.js';
import { EXIT_OK, UsageError } from './errors.js';
import { write } from './output.js';
import { openForReading } from './store-views.js';

function storyId(text: string): number {
  const m = /^S?(\d+)$/i.exec(text.trim());
  if (!m) throw new UsageError(`not a story id: ${text} — see quellenlage stories`);
  return Number(m[1]);
}

/** The ledger of one story: its documents' estimates lined up as one event. */
export async function storyLedger(store: Store, story: number, limit: number | null = null): Promise<LedgerJSON> {
  if (!(await store.hasStory(story))) throw new UsageError(`no story S${story} in the store — see quellenlage stories`);
  return ledgerOf(store.storyLedgerSource(story), { oneEvent: true, limit });
}

export interface StorySummary extends StoryRow {
  langs: string[];
  outlets: string[];
  topics: string[];
  entities: string[];
}

/** A story's five heaviest entity keys in its centroid. */
async function leadingEntities(store: Store, story: number): Promise<string[]> {
  return leadingOf(await store.storyCentroid(story));
}

function leadingOf(centroid: [string, number][]): string[] {
  return centroid
    .filter(([k]) => k.startsWith('e:'))
    .sort((x, y) => y[1] - x[1])
    .slice(0, 5)
    .map(([k]) => k.slice(2));
}

/** The topics of `story` that are one thread with a topic of another story (src/stories/links.ts). */
export async function storyLinks(store: Store, story: number): Promise<Map<string, number[]>> {
  const keysOf = async (id: number) => (await store.storyTopics(id)).map((r) => r.key);
  const me: StoryTopicKeys = { id: story, entities: await leadingEntities(store, story), topicKeys: await keysOf(story) };
  if (me.topicKeys.length === 0) return new Map();
  const others: StoryTopicKeys[] = [];
  for (const id of await store.storiesWithTopics(story, me.topicKeys)) others.push({ id, entities: await leadingEntities(store, id), topicKeys: await keysOf(id) });
  return linkedTopics(me, others);
}

/** What the list shows of some stories: languages and outlets (URL hosts, counted as documents were assigned), entities, and (withTopics) the largest topic keys. */
async function summarize(store: Store, rows: StoryRow[], withTopics: boolean): Promise<StorySummary[]> {
  // One bulk read for all of them: the list answers in a few queries however many stories the store holds.
  const details = await store.storyDetails(rows.map((s) => s.id), { outlets: 8, topics: 4 });
  return rows.map((s) => {
    const d = details.get(s.id)!;
    const topics = withTopics ? d.topics.map((r) => `${r.key.split('|').filter((p) => p !== '-').join(' · ')} (${r.n})`) : [];
    return { ...s, langs: d.langs, outlets: d.outlets, topics, entities: leadingOf(d.centroid) };
  });
}

/** The stories of the store with what the list shows of each, the latest first. */
export async function storyList(store: Store, since?: string): Promise<StorySummary[]> {
  return summarize(store, await store.listStories(since ? { since } : {}), true);
}

/** `quellenlage stories`: the stories of the store, the latest first. */
export async function runStories(o: { db: string; since?: string; format: 'text' | 'json' | 'md' }): Promise<number> {
  const store = await openForReading(o.db);
  try {
    const list = await storyList(store, o.since);
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
    await store.close();
  }
  return EXIT_OK;
}

/** The claim threads of one story, from its stored estimates. */
async function storyThreads(store: Store, story: number): Promise<ClaimThread[]> {
  const r = await store.storyRecords(story);
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
  const store = await openForReading(o.db);
  try {
    const n = storyId(id);
    const ledger = await storyLedger(store, n);
    const row = (await store.listStories()).find((s) => s.id === n)!;
    const docs = await store.storyDocuments(n);
    if (o.format === 'json') {
      await write(JSON.stringify({ format: 'quellenlage.story/1', story: { ...(await summarize(store, [row], false))[0]!, id: `S${n}` }, documents: docs, ledger, linkedTopics: Object.fromEntries([...(await storyLinks(store, n))].map(([k, ids]) => [k, ids.map((i) => `S${i}`)])) }, null, 2) + '\n');
      return EXIT_OK;
    }
    const out = [`S${n}: ${row.title ?? '(no title)'} — ${row.first?.slice(0, 10) ?? '—'} … ${row.last?.slice(0, 10) ?? '—'}, ${docs.length} documents`];
    for (const d of docs) out.push(`  ${d.published?.slice(0, 10) ?? '—'}  ${d.lang}  ${d.title ?? d.id}  [${d.id}]`);
    // Figures repeated across documents: where each first appeared and how many documents repeated it.
    const repeated = (await storyThreads(store, n)).filter((t) => appearances(t).length > 1);
    if (repeated.length) {
      out.push('', 'Repeated figures (first appearance → repetitions; quellenlage trace shows the source chains):');
      for (const t of repeated) {
        const [first, ...rest] = appearances(t);
        out.push(`  “${first!.text}” first ${first!.published?.slice(0, 10) ?? '—'} ${first!.source?.name ?? '(no source)'} [${first!.document}], repeated by ${rest.length} document${rest.length === 1 ? '' : 's'}`);
      }
    }
    const links = await storyLinks(store, n);
    if (links.size) {
      out.push('', 'The same topic in other stories (same key, shared leading entities):');
      for (const [k, ids] of links) out.push(`  ${k.split('|').filter((p) => p !== '-').join(' · ')}: ${ids.map((i) => `S${i}`).join(', ')}`);
    }
    out.push('');
    await write(out.join('\n') + '\n' + (o.format === 'md' ? ledgerMarkdown(ledger) : ledgerText(ledger)));
  } finally {
    await store.close();
  }
  return EXIT_OK;
}

/** `quellenlage ledger --story ID`. */
export async function runStoryLedger(id: string, o: { db: string; format: 'text' | 'json' | 'csv' | 'md'; limit: number }): Promise<number> {
  const store = await openForReading(o.db);
  try {
    const ledger = await storyLedger(store, storyId(id), o.format === 'text' && o.limit > 0 ? o.limit : null);
    await write(o.format === 'json' ? JSON.stringify(ledger, null, 2) + '\n' : o.format === 'csv' ? ledgerCsv(ledger) : o.format === 'md' ? ledgerMarkdown(ledger) : ledgerText(ledger));
  } finally {
    await store.close();
  }
  return EXIT_OK;
}

/**
 * `quellenlage trace DOC:CLAIM|DOC:QUANTITY|TEXT`: the claim threads that hold the figure, its first appearance
 * and how the source chain changed on the way.
 */
export async function runTrace(what: string, o: { db: string; format: 'text' | 'json' }): Promise<number> {
  const store = await openForReading(o.db);
  try {
    const ref = /^([0-9a-f]{8,}):([CQ]\d+)$/i.exec(what.trim());
    const hits = await store.findEstimates(ref ? { document: ref[1]!, item: ref[2]! } : { text: what.trim() });
    const storyOf = await store.storiesOf([...new Set(hits.map((h) => h.document))]);
    const threads: ClaimThread[] = [];
    const seen = new Set<string>();
    for (const h of hits) {
      const s = storyOf.get(h.document);
      if (s === undefined) continue;
      const quantity = (JSON.parse(h.json) as { quantity: string }).quantity;
      const t = (await storyThreads(store, s)).find((x) => x.members.some((m) => m.document === h.document && m.quantity === quantity));
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
    await store.close();
  }
  return EXIT_OK;
}
