/**
 * Quellenlage store benchmark: `quellenlage ingest` throughput and peak memory, and the latency of the
 * queries on what it stored. A corpus of N documents (default 10,000) is generated from the example
 * articles (bench/corpus-gen.ts) into a temporary folder, then each step runs as its own CLI process:
 *
 *   a. ingest of the first 1,000 documents into a fresh database, then of all N into another one:
 *      docs/s and peak RSS (memory is bounded when the RSS at N is about the RSS at 1,000);
 *   b. the peer, measured in the same run: `analyze --jsonl` over the same N documents, output discarded;
 *      ingest docs/s ÷ analyze docs/s is what the store costs on top of the analysis (and analyze over the
 *      first 1,000 too, so that the growth of its peak RSS can be set beside the growth of ingest's);
 *   c. ingest of the same N again (every document unchanged);
 *   d. `ledger`, `search`, `sources`, `stories` and `ledger --story` (the largest story) on the N-document
 *      database: median wall time of the CLI, and the same work in this process (store queries, ledger
 *      building, rendering), to separate Node's start-up from the queries themselves.
 * With --stories K (default 20) the corpus reports K events (bench/corpus-gen.ts); the stories found are scored
 * with B-cubed against the generator's events.
 *
 * Prints tables and a verdict against the targets (10,000 documents ingested with bounded memory; ledger
 * and search under 200 ms); writes the results as JSON to $OUT_FILE when it is set. Temporary files are
 * removed at the end.
 *
 *   npm run bench:ingest
 *   node dist/bench/ingest.js --docs 2000 --first 500 --reps 3
 *   npm run bench:ingest -- --db postgres://user@host/db [--threads 1,2,4] [--queue]   # SQLite and PostgreSQL (bench/backends.ts)
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildLedger, type LedgerSource } from '../src/ledger/topics.js';
import { storyList } from '../src/cli/stories.js';
import { storyLedgerSource } from '../src/store/stories.js';
import { ledgerText } from '../src/ledger/views.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { VERSION } from '../src/version.js';
import { DEFAULT_SEED, eventOf, generateDocs, loadExamples, writeJsonl } from './corpus-gen.js';
import { bcubed } from '../src/eval/ledger.js';
import { median, timed, timedAsync, round } from './stats.js';
import { machineMeta } from './machine.js';

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    first: { type: 'string', default: '1000' },
    reps: { type: 'string', default: '5' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    stories: { type: 'string', default: '20' },
    /** Measure peak RSS with a preload hook instead of /usr/bin/time (the fallback, for testing it). */
    'no-time': { type: 'boolean', default: false },
    /** Keep the temporary folder (corpus and databases) and say where it is. */
    keep: { type: 'boolean', default: false },
    /** A PostgreSQL server: compare the backends instead (bench/backends.ts). */
    db: { type: 'string' },
    threads: { type: 'string', default: '1,2,4' },
    queue: { type: 'boolean', default: false },
  },
});
const positiveInt = (s: string | undefined, name: string): number => {
  const n = Number.parseInt(s ?? '', 10);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, not ${s}`);
  return n;
};
const N = positiveInt(args.docs, 'docs');
const FIRST = Math.min(N, positiveInt(args.first, 'first'));
const REPS = positiveInt(args.reps, 'reps');
const SEED = positiveInt(args.seed, 'seed');
/** The generated corpus reports this many events (bench/corpus-gen.ts), so that stories have work to do. */
const STORIES = positiveInt(args.stories, 'stories');

/** The targets the verdict checks. */
const TARGET_DOCS = 10_000;
const TARGET_QUERY_MS = 200;
/** "Bounded memory": all N documents ingest with the V8 heap capped at this size. */
const HEAP_CAP_MB = 64;
/** A dump of every estimate is an export, not an answer: the latency target applies to the other queries. */
const NOT_A_QUERY = new Set(['ledger --format json']);
/** No step may run longer than this (a hung child would otherwise hang the bench). */
const STEP_TIMEOUT_MS = 60 * 60 * 1000;

/** dist/bench/ingest.js → the repository root, two levels up. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');

const log = (s = '') => process.stdout.write(s + '\n');
const note = (s: string) => process.stderr.write(`  … ${s}\n`);

// ---------------------------------------------------------------------------------------------------
// Child processes: wall time and peak RSS

/**
 * How peak RSS is measured: GNU time's %M (KiB) when /usr/bin/time understands -f, else a preload module
 * that reports the child's own process.resourceUsage().maxRSS (KiB) on exit.
 */
const TIME_MARK = '@@time';
const RSS_MARK = '@@maxrss';
const RSS_HOOK =
  'data:text/javascript,' +
  encodeURIComponent(`import { writeSync } from 'node:fs'; process.on('exit', () => writeSync(2, '\\n${RSS_MARK} ' + process.resourceUsage().maxRSS + '\\n'));`);

function gnuTimeWorks(): boolean {
  if (args['no-time'] || !existsSync('/usr/bin/time')) return false;
  const r = spawnSync('/usr/bin/time', ['-f', `${TIME_MARK} %e %M`, process.execPath, '-e', '0'], { encoding: 'utf8' });
  return r.status === 0 && new RegExp(`^${TIME_MARK} [\\d.]+ \\d+$`, 'm').test(r.stderr);
}
const USE_TIME = gnuTimeWorks();
const RSS_METHOD = USE_TIME ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS via a --import hook';

interface Run {
  /** Wall seconds, measured here around the child (start-up included). */
  wallS: number;
  /** Peak resident set size of the Node process, KiB, or null when it could not be read. */
  peakRssKiB: number | null;
  /** The child's standard error without the measurement line. */
  stderr: string;
}

/** Runs `node dist/src/cli/main.js ARGS` (or `node ARGS` when `raw`), standard output to /dev/null; fails on a non-zero exit. */
function runNode(cliArgs: readonly string[], options: { raw?: boolean } = {}): Run {
  const nodeArgs = options.raw ? [...cliArgs] : [MAIN, ...cliArgs];
  const devNull = openSync('/dev/null', 'w');
  let r: SpawnSyncReturns<string>;
  let ms: number;
  try {
    const spawnOpts = { cwd: ROOT, stdio: ['ignore', devNull, 'pipe'] as ['ignore', number, 'pipe'], encoding: 'utf8' as const, maxBuffer: 64 * 1024 * 1024, timeout: STEP_TIMEOUT_MS };
    ({ ms, value: r } = timed(() =>
      USE_TIME
        ? spawnSync('/usr/bin/time', ['-f', `${TIME_MARK} %e %M`, process.execPath, ...nodeArgs], spawnOpts)
        : spawnSync(process.execPath, ['--import', RSS_HOOK, ...nodeArgs], spawnOpts),
    ));
  } finally {
    closeSync(devNull);
  }
  if (r.error) throw r.error;
  const mark = USE_TIME ? TIME_MARK : RSS_MARK;
  const m = new RegExp(`^${mark} (?:[\\d.]+ )?(\\d+)\\s*$`, 'm').exec(r.stderr);
  const stderr = r.stderr.replace(new RegExp(`\\n?^${mark} .*$\\n?`, 'm'), '').trim();
  if (r.status !== 0) throw new Error(`node ${nodeArgs.join(' ')} exited with ${r.status ?? r.signal}: ${stderr.slice(-2000)}`);
  return { wallS: ms / 1000, peakRssKiB: m ? Number(m[1]) : null, stderr };
}

interface IngestSummaryLine {
  documents: number;
  seconds: number;
  docsPerS: number;
  added: number;
  unchanged: number;
  updated: number;
  failed: number;
}

/** The summary `ingest` prints on standard error: "N documents in X s (Y docs/s) into DB: A added, U unchanged, V updated, F failed". */
function parseSummary(stderr: string): IngestSummaryLine {
  const m = /(\d+) documents? in ([\d.]+) s \(([\d.]+) docs\/s\) into .*: (\d+) added, (\d+) unchanged, (\d+) updated, (\d+) failed/.exec(stderr);
  if (!m) throw new Error(`no ingest summary in its standard error:\n${stderr.slice(-2000)}`);
  const [documents, seconds, docsPerS, added, unchanged, updated, failed] = m.slice(1).map(Number) as [number, number, number, number, number, number, number];
  return { documents, seconds, docsPerS, added, unchanged, updated, failed };
}

// ---------------------------------------------------------------------------------------------------
// Steps

interface StepResult {
  step: string;
  command: string;
  docs: number;
  wallS: number;
  /** Documents per wall second of the whole process (start-up, reading and the database included). */
  docsPerS: number;
  peakRssMiB: number | null;
  /** What ingest itself reported, where it is an ingest. */
  summary?: IngestSummaryLine;
}

function step(name: string, cliArgs: string[], docs: number, expect?: Partial<IngestSummaryLine>, nodeFlags: string[] = []): StepResult {
  note(`${name}: node ${[...nodeFlags, 'dist/src/cli/main.js', ...cliArgs].join(' ')}`);
  const r = nodeFlags.length ? runNode([...nodeFlags, MAIN, ...cliArgs], { raw: true }) : runNode(cliArgs);
  const result: StepResult = {
    step: name,
    command: `quellenlage ${cliArgs.join(' ')}`,
    docs,
    wallS: round(r.wallS, 2),
    docsPerS: round(docs / r.wallS, 1),
    peakRssMiB: r.peakRssKiB === null ? null : round(r.peakRssKiB / 1024, 1),
  };
  if (cliArgs[0] === 'ingest') {
    const s = parseSummary(r.stderr);
    result.summary = s;
    for (const [k, v] of Object.entries(expect ?? {})) {
      const got = s[k as keyof IngestSummaryLine];
      if (got !== v) throw new Error(`${name}: expected ${k} = ${v}, the summary says ${got}:\n${r.stderr.slice(-2000)}`);
    }
  }
  return result;
}

interface QueryResult {
  query: string;
  /** Median wall ms of the CLI process, and each run. */
  cliMedianMs: number;
  cliRunsMs: number[];
  /** Median ms in this process: the store's queries, then building and rendering what the CLI prints. */
  storeMs: number | null;
  buildRenderMs: number | null;
  inProcessMs: number | null;
  /** What the query found, for the reader (estimates, topics, hits). */
  found: string;
}

/** Work a query does inside the CLI, split into the store part and the rest; returns a short description. */
interface InProcessQuery {
  store: (s: SqliteStore) => unknown | Promise<unknown>;
  rest: (fetched: unknown) => string;
}

function ledgerQuery(topic: string | undefined, render: 'json' | 'text'): InProcessQuery {
  return {
    // The ledger source is lazy: its SQL runs inside buildLedger, so the store part is only opening the view.
    store: (s) => s.syncLedgerSource({}),
    rest: (fetched) => {
      const source = fetched as ReturnType<SqliteStore['syncLedgerSource']>;
      const ledger = buildLedger(source, { ...(topic ? { topic } : {}), limit: render === 'text' ? 30 : null });
      const out = render === 'json' ? JSON.stringify(ledger, null, 2) + '\n' : ledgerText(ledger);
      const n = ledger.topics.reduce((k, t) => k + t.estimateCount, 0);
      return `${n} estimates → ${ledger.topics.length} topics, ${charCount(out.length)} out`;
    },
  };
}

function storiesQuery(): InProcessQuery {
  return {
    store: (s) => storyList(s),
    rest: (fetched) => `${(fetched as unknown[]).length} stories`,
  };
}

/**
 * The store's stories against the generator's truth: B-cubed over the documents, the event of each read from its
 * URL (https://news.example/<k> reports event eventOf(k)); and the largest story, for `ledger --story`.
 */
function storiesAgainstTruth(store: SqliteStore): { precision: number; recall: number; f1: number; largest: number } {
  const rows = store.storyDb
    .prepare('SELECT d.url, s.story_id AS story FROM story_documents s JOIN documents d ON d.id = s.document_id WHERE s.story_id IS NOT NULL')
    .all() as { url: string | null; story: number }[];
  const gold: string[] = [];
  const predicted: string[] = [];
  const sizes = new Map<number, number>();
  for (const r of rows) {
    sizes.set(r.story, (sizes.get(r.story) ?? 0) + 1);
    const k = Number(/\/(\d+)$/.exec(r.url ?? '')?.[1]);
    if (!Number.isInteger(k)) continue;
    gold.push(String(eventOf(k, STORIES)));
    predicted.push(String(r.story));
  }
  const largest = [...sizes].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0] ?? 1;
  return { ...bcubed(gold, predicted), largest };
}

function storyLedgerQuery(story: number): InProcessQuery {
  return {
    store: (s) => storyLedgerSource(s.storyDb, story),
    rest: (fetched) => {
      const ledger = buildLedger(fetched as LedgerSource, { oneEvent: true, limit: 30 });
      const out = ledgerText(ledger);
      return `${ledger.topics.reduce((k, t) => k + t.estimateCount, 0)} estimates → ${ledger.topics.length} topics, ${charCount(out.length)} out`;
    },
  };
}

function searchQuery(text: string): InProcessQuery {
  return {
    store: async (s) => ({ documents: await s.searchDocuments(text, { limit: 20 }), claims: await s.claims({ text, limit: 20 }) }),
    rest: (fetched) => {
      const { documents, claims } = fetched as { documents: unknown[]; claims: unknown[] };
      return `${documents.length} documents, ${claims.length} claims (limit 20)`;
    },
  };
}

/** The queries of step d: CLI arguments (the database is added) and the same work in process. */
function queries(db: string, largestStory: number): { name: string; cli: string[]; inProcess: InProcessQuery | null }[] {
  return [
    { name: 'ledger (text view)', cli: ['ledger', '--db', db], inProcess: ledgerQuery(undefined, 'text') },
    { name: 'ledger --format json', cli: ['ledger', '--db', db, '--format', 'json'], inProcess: ledgerQuery(undefined, 'json') },
    { name: 'ledger --topic evacuate', cli: ['ledger', '--db', db, '--topic', 'evacuate'], inProcess: ledgerQuery('evacuate', 'text') },
    // Words of the examples (one event) or of the templates (several): each search finds documents.
    ...(STORIES === 1 ? ['Evakuierte', 'district authority'] : ['evakuiert', 'district office']).map((w) => ({
      name: `search ${/ /.test(w) ? `"${w}"` : w}`,
      cli: ['search', w, '--db', db],
      inProcess: searchQuery(w),
    })),
    // Context: what any CLI call costs before it does anything.
    // Stories (the corpus reports STORIES events): the list, and the ledger of one story.
    { name: 'stories', cli: ['stories', '--db', db], inProcess: storiesQuery() },
    { name: `ledger --story S${largestStory} (largest)`, cli: ['ledger', '--db', db, '--story', `S${largestStory}`], inProcess: storyLedgerQuery(largestStory) },
    { name: 'sources', cli: ['sources', '--db', db], inProcess: null },
    { name: 'quellenlage --version (CLI floor)', cli: ['--version'], inProcess: null },
  ];
}

async function measureQueries(db: string, largestStory: number): Promise<{ results: QueryResult[]; nodeFloorMs: number; openMs: number }> {
  const qs = queries(db, largestStory);
  note(`queries: ${qs.length} commands + node -e 0, one warm-up each, then ${REPS} runs each in alternation`);
  const floorArgs = ['-e', '0'];
  for (const q of qs) runNode(q.cli);
  runNode(floorArgs, { raw: true });
  const cliRuns = qs.map(() => [] as number[]);
  const floorRuns: number[] = [];
  for (let i = 0; i < REPS; i++) {
    qs.forEach((q, k) => cliRuns[k]!.push(runNode(q.cli).wallS * 1000));
    floorRuns.push(runNode(floorArgs, { raw: true }).wallS * 1000);
  }

  note('queries in process (readonly store, as the CLI opens it)');
  const openRuns: number[] = [];
  for (let i = 0; i <= REPS; i++) {
    const { ms, value } = timed(() => new SqliteStore(db, { readonly: true }));
    value.closeNow();
    if (i > 0) openRuns.push(ms);
  }
  const store = new SqliteStore(db, { readonly: true });
  try {
    const results: QueryResult[] = [];
    for (const [k, q] of qs.entries()) {
      const cli = { cliMedianMs: round(median(cliRuns[k]!), 1), cliRunsMs: cliRuns[k]!.map((x) => round(x, 1)) };
      if (!q.inProcess) {
        results.push({ query: q.name, ...cli, storeMs: null, buildRenderMs: null, inProcessMs: null, found: '' });
        continue;
      }
      const storeRuns: number[] = [];
      const restRuns: number[] = [];
      let found = '';
      for (let i = 0; i <= REPS; i++) {
        const a = await timedAsync(() => q.inProcess!.store(store));
        const b = timed(() => q.inProcess!.rest(a.value));
        found = b.value;
        // The first round is a warm-up (statement preparation, page cache, JIT).
        if (i > 0) {
          storeRuns.push(a.ms);
          restRuns.push(b.ms);
        }
      }
      const storeMs = median(storeRuns);
      const buildRenderMs = median(restRuns);
      results.push({ query: q.name, ...cli, storeMs: round(storeMs, 1), buildRenderMs: round(buildRenderMs, 1), inProcessMs: round(storeMs + buildRenderMs, 1), found });
    }
    return { results, nodeFloorMs: round(median(floorRuns), 1), openMs: round(median(openRuns), 2) };
  } finally {
    store.closeNow();
  }
}

// ---------------------------------------------------------------------------------------------------
// Output


function fmt(x: number | null, digits = 1): string {
  return x === null ? 'n/a' : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

const charCount = (chars: number) => (chars >= 1e6 ? `${fmt(chars / 1e6, 1)} M chars` : `${fmt(chars / 1e3, 1)} k chars`);

function table(rows: string[][], rightAlign: boolean[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => (rightAlign[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}

/** Size of an SQLite database with its WAL and shared-memory files. */
function dbBytes(path: string): number {
  return ['', '-wal', '-shm'].reduce((sum, ext) => sum + (existsSync(path + ext) ? statSync(path + ext).size : 0), 0);
}

// ---------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const t0 = Date.now();
  const meta = {
    ...machineMeta(),
    docs: N,
    first: FIRST,
    reps: REPS,
    seed: SEED,
    rssMethod: RSS_METHOD,
  };
  log(`Quellenlage ${VERSION} ingest bench — node ${meta.node}, ${meta.platform}, ${meta.cores}× ${meta.cpu}, ${meta.totalMemGiB} GiB`);
  log(`Corpus: ${N.toLocaleString('en-US')} documents generated from examples/batch.jsonl (seed ${SEED}); every step is its own CLI process.`);
  log(`docs/s = documents ÷ wall time of the whole process (start-up included); peak RSS by ${RSS_METHOD}.`);
  log();

  const tmp = mkdtempSync(join(tmpdir(), 'quellenlage-bench-ingest-'));
  const cleanup = () => {
    if (!args.keep) rmSync(tmp, { recursive: true, force: true });
  };
  // Ctrl-C reaches the running child too (same process group): its failure unwinds to the `finally` below;
  // this handler covers a Ctrl-C that arrives between steps.
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    note(`writing the corpus to ${tmp}`);
    const examples = loadExamples();
    const corpus = join(tmp, `corpus-${N}.jsonl`);
    const head = join(tmp, `corpus-${FIRST}.jsonl`);
    const gen = timed(() => writeJsonl(corpus, generateDocs(N, { seed: SEED, stories: STORIES }, examples)));
    // The same generator and seed: the first FIRST documents of the big corpus, exactly.
    writeJsonl(head, generateDocs(FIRST, { seed: SEED, stories: STORIES }, examples));
    const corpusBytes = statSync(corpus).size;
    log(`corpus: ${N.toLocaleString('en-US')} distinct documents, ${fmt(corpusBytes / 1e6, 1)} MB of JSONL, generated in ${fmt(gen.ms / 1000, 1)} s`);
    log();

    const dbFirst = join(tmp, 'first.db');
    const dbAll = join(tmp, 'all.db');
    const steps: StepResult[] = [];
    steps.push(step(`a1 ingest ${FIRST}, fresh db`, ['ingest', '--db', dbFirst, head], FIRST, { added: FIRST, failed: 0 }));
    steps.push(step(`a2 ingest ${N}, fresh db`, ['ingest', '--db', dbAll, corpus], N, { added: N, failed: 0 }));
    const dbAllBytes = dbBytes(dbAll);
    // With the V8 heap capped, an ingest that kept anything per document would run out of memory: finishing
    // is the proof that memory is bounded (an uncapped heap just grows lazily before it collects).
    const dbCapped = join(tmp, 'capped.db');
    const cappedName = `a3 ingest ${N}, heap ≤ ${HEAP_CAP_MB} MB`;
    try {
      steps.push(step(cappedName, ['ingest', '--db', dbCapped, corpus], N, { added: N, failed: 0 }, [`--max-old-space-size=${HEAP_CAP_MB}`]));
    } catch (err) {
      log(`  ${cappedName} failed: ${(err as Error).message.split('\n')[0]}`);
      steps.push({ step: cappedName, command: '', docs: N, wallS: 0, docsPerS: 0, peakRssMiB: null });
    }
    rmSync(dbCapped, { force: true });
    for (const ext of ['-wal', '-shm']) rmSync(dbCapped + ext, { force: true });
    steps.push(step(`b1 analyze --jsonl ${FIRST} (peer)`, ['analyze', '--jsonl', head], FIRST));
    steps.push(step(`b2 analyze --jsonl ${N} (peer)`, ['analyze', '--jsonl', corpus], N));
    steps.push(step(`c  re-ingest ${N}, unchanged`, ['ingest', '--db', dbAll, corpus], N, { unchanged: N, added: 0, failed: 0 }));
    const [a1, a2, a3, b1, b, c] = steps as [StepResult, StepResult, StepResult, StepResult, StepResult, StepResult];

    const [counts, storiesFound, truth] = await (async () => {
      const s = new SqliteStore(dbAll, { readonly: true });
      try {
        return [await s.counts(), (await storyList(s)).length, storiesAgainstTruth(s)] as const;
      } finally {
        s.closeNow();
      }
    })();

    log('Ingest and the analyze peer (one run each)');
    const rows = [['  step', 'docs', 'wall s', 'docs/s', 'peak RSS MiB', "ingest's own summary"]];
    for (const s of steps) {
      const sum = s.summary;
      rows.push([
        '  ' + s.step,
        s.docs.toLocaleString('en-US'),
        fmt(s.wallS, 2),
        fmt(s.docsPerS, 1),
        fmt(s.peakRssMiB, 1),
        sum ? `${fmt(sum.docsPerS, 1)} docs/s; ${sum.added} added, ${sum.unchanged} unchanged, ${sum.updated} updated, ${sum.failed} failed` : '',
      ]);
    }
    for (const line of table(rows, [false, true, true, true, true, false])) log(line);
    const ratioOf = (x: number | null, y: number | null) => (x !== null && y !== null ? x / y : null);
    const rssRatio = ratioOf(a2.peakRssMiB, a1.peakRssMiB);
    const peerRssRatio = ratioOf(b.peakRssMiB, b1.peakRssMiB);
    const storeRatio = a2.docsPerS / b.docsPerS;
    const times = (x: number | null) => (x === null ? 'n/a' : fmt(x, 2) + '×');
    log(`  peak RSS at ${N.toLocaleString('en-US')} ÷ at ${FIRST.toLocaleString('en-US')}: ingest ${times(rssRatio)}; analyze --jsonl (peer, no store) ${times(peerRssRatio)}`);
    log(`  ingest docs/s ÷ analyze --jsonl docs/s (same ${N.toLocaleString('en-US')} documents): ${fmt(storeRatio, 2)}× (the store's overhead: ${fmt((1 / storeRatio - 1) * 100, 0)} % more time)`);
    log(`  re-ingest (unchanged) ÷ first ingest, docs/s: ${fmt(c.docsPerS / a2.docsPerS, 1)}×`);
    log(
      `  database after ${N.toLocaleString('en-US')}: ${fmt(dbAllBytes / 1e6, 1)} MB (${fmt(dbAllBytes / N / 1024, 1)} KiB a document; ` +
        `${counts.documents.toLocaleString('en-US')} documents, ${counts.claims.toLocaleString('en-US')} claims, ${counts.estimates.toLocaleString('en-US')} estimates)`,
    );
    log(
      `  stories: ${storiesFound} found for ${STORIES} generated events (bench/corpus-gen.ts --stories ${STORIES}); B-cubed against the generator's events ` +
        `P ${fmt(truth.precision * 100, 1)} R ${fmt(truth.recall * 100, 1)} F1 ${fmt(truth.f1 * 100, 1)}; largest story S${truth.largest}`,
    );
    log();

    const q = await measureQueries(dbAll, truth.largest);
    log(`Queries on the ${N.toLocaleString('en-US')}-document database: CLI wall ms (median of ${REPS}, output to /dev/null) and the same work in process (median of ${REPS})`);
    const qrows = [['  query', 'CLI ms', 'in-process ms', 'store', 'build+render', 'CLI − in-process', 'found', 'CLI runs ms']];
    for (const r of q.results) {
      qrows.push([
        '  ' + r.query,
        fmt(r.cliMedianMs, 1),
        fmt(r.inProcessMs, 1),
        fmt(r.storeMs, 1),
        fmt(r.buildRenderMs, 1),
        r.inProcessMs === null ? '' : fmt(r.cliMedianMs - r.inProcessMs, 1),
        r.found,
        r.cliRunsMs.map((x) => Math.round(x)).join(' '),
      ]);
    }
    qrows.push(['  node -e 0 (Node start-up floor)', fmt(q.nodeFloorMs, 1), '', '', '', '', '', '']);
    for (const line of table(qrows, [false, true, true, true, true, true, false, false])) log(line);
    log(`  opening the store read-only, in process: ${fmt(q.openMs, 2)} ms`);
    log();

    // Verdict.
    const measured = q.results.filter((r) => r.inProcessMs !== null && !NOT_A_QUERY.has(r.query));
    const slowest = measured.reduce((x, y) => (y.cliMedianMs > x.cliMedianMs ? y : x));
    const slowestIn = measured.reduce((x, y) => (y.inProcessMs! > x.inProcessMs! ? y : x));
    const bounded = a3.summary?.added === N;
    const ingestOk = N >= TARGET_DOCS && a2.summary?.added === N && bounded;
    const queriesOk = slowest.cliMedianMs < TARGET_QUERY_MS;
    const verdict =
      `verdict: ingest of ${N.toLocaleString('en-US')} ${a2.summary?.added === N ? 'completed' : 'did NOT complete'} ` +
      `(${fmt(a2.docsPerS, 1)} docs/s, ${fmt(a2.wallS, 0)} s) with ${rssRatio === null ? 'unmeasured' : bounded ? 'bounded' : 'GROWING'} memory ` +
      `(all ${N.toLocaleString('en-US')} with the heap capped at ${HEAP_CAP_MB} MB, peak RSS ${fmt(a3.peakRssMiB, 0)} MiB; uncapped ${fmt(a2.peakRssMiB, 0)} MiB vs ${fmt(a1.peakRssMiB, 0)} MiB at ${FIRST.toLocaleString('en-US')}: ${times(rssRatio)}, ` +
      `analyze --jsonl alone ${times(peerRssRatio)})` +
      (N < TARGET_DOCS ? ` — below the ${TARGET_DOCS.toLocaleString('en-US')}-document target, run with --docs ${TARGET_DOCS}` : '') +
      `; ledger and search (${[...NOT_A_QUERY].join(', ')} aside) ${queriesOk ? `all < ${TARGET_QUERY_MS} ms` : `NOT all < ${TARGET_QUERY_MS} ms`} ` +
      `(slowest CLI: ${slowest.query} ${fmt(slowest.cliMedianMs, 0)} ms; slowest in process: ${slowestIn.query} ${fmt(slowestIn.inProcessMs, 0)} ms) → ` +
      (ingestOk && queriesOk ? 'PASS' : 'MISS');
    log(verdict);

    const totalSeconds = round((Date.now() - t0) / 1000, 1);
    const outFile = process.env['OUT_FILE'];
    if (outFile) {
      const results = {
        meta,
        corpus: { docs: N, first: FIRST, jsonlBytes: corpusBytes, generateMs: round(gen.ms, 1), source: 'examples/batch.jsonl via bench/corpus-gen.ts' },
        steps,
        ratios: {
          peakRssAtNOverFirst: rssRatio === null ? null : round(rssRatio, 3),
          peerPeakRssAtNOverFirst: peerRssRatio === null ? null : round(peerRssRatio, 3),
          ingestOverAnalyzeDocsPerS: round(storeRatio, 3),
          reingestOverIngestDocsPerS: round(c.docsPerS / a2.docsPerS, 2),
        },
        database: { bytes: dbAllBytes, ...counts },
        stories: { generated: STORIES, found: storiesFound, bcubed: { precision: round(truth.precision, 4), recall: round(truth.recall, 4), f1: round(truth.f1, 4) }, largest: `S${truth.largest}` },
        queries: q.results,
        nodeFloorMs: q.nodeFloorMs,
        storeOpenMs: q.openMs,
        targets: { docs: TARGET_DOCS, queryMs: TARGET_QUERY_MS, heapCapMB: HEAP_CAP_MB, notQueries: [...NOT_A_QUERY] },
        verdict: { ingest: ingestOk, queries: queriesOk, pass: ingestOk && queriesOk, line: verdict },
        totalSeconds,
      };
      mkdirSync(dirname(resolve(outFile)), { recursive: true });
      writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
      log(`wrote ${outFile}`);
    }
    log(`done in ${fmt(totalSeconds, 1)} s${args.keep ? `; kept ${tmp}` : ''}`);
  } finally {
    cleanup();
  }
}

if (args.db !== undefined) {
  const { runBackendBench } = await import('./backends.js');
  await runBackendBench({
    pg: args.db,
    docs: N,
    threads: (args.threads ?? '1,2,4').split(',').map((t) => positiveInt(t, 'threads')),
    reps: REPS,
    seed: SEED,
    stories: STORIES,
    queue: args.queue === true,
    ...(process.env['OUT_FILE'] ? { outFile: process.env['OUT_FILE'] } : {}),
  });
} else await main();
