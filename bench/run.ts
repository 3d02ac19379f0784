/**
 * Quellenlage benchmark: segmentation throughput of our tokenizer + sentence splitter against ICU's
 * Intl.Segmenter (sentence + word granularity) on the SpkAtt training texts and on a synthetic corpus
 * built from the project's own example articles, quantity + time extraction against the Recognizers-Text
 * npm package on the same English documents, plus CLI start-up latency. One run, median of N
 * repetitions after a warm-up; prints a table and writes bench/results/latest.json.
 *
 *   npm run bench                        # build, then run everything
 *   node dist/bench/run.js --reps 3 --mb 5 --skip-cli --skip-ner
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { VERSION } from '../src/version.js';
import { intlSegmenter, intlSentenceOnly, oursAnalyze, oursDirect, type Contender, type PassCounts } from './contenders.js';
import { buildSynthetic, head, loadSpkAtt, type BenchCorpus } from './corpus.js';
import { collectGarbage, median, timed, round } from './stats.js';
import { measureExtraction } from './extract.js';
import { measureNer } from './ner.js';
import { machineMeta } from './machine.js';

const USAGE = `Usage: node dist/bench/run.js [--reps N] [--mb MB] [--skip-cli] [--skip-extract] [--skip-ner] [--no-write]
  --reps N        repetitions per contender after a warm-up (default 5; the median is reported)
  --mb MB         size of the synthetic corpus built from examples/ (default 20)
  --skip-cli      leave out the CLI start-up latency
  --skip-extract  leave out quantity and time extraction against Recognizers-Text
  --skip-ner      leave out the NER taggers
  --no-write      do not write bench/results/latest.json`;

function parseBenchArgs() {
  try {
    return parseArgs({
      options: {
        reps: { type: 'string', default: '5' },
        mb: { type: 'string', default: '20' },
        'skip-cli': { type: 'boolean', default: false },
        'skip-extract': { type: 'boolean', default: false },
        'skip-ner': { type: 'boolean', default: false },
        'no-write': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
}
const args = parseBenchArgs();
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const REPS = Math.max(1, Number.parseInt(args.reps!, 10) || 5);
const SYNTH_MB = Math.max(0.1, Number.parseFloat(args.mb!) || 20);

/** dist/bench/run.js → the repository root, two levels up. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = resolve(ROOT, '..', 'shared');
const SPKATT_TRAIN = join(SHARED, 'data', 'spkatt-news', 'train');
const SEED_ARTICLE = join(SHARED, 'corpus', '000_68d3a7d341889de0.txt');
const EXAMPLES = join(ROOT, 'examples');
const RESULTS = join(ROOT, 'bench', 'results', 'latest.json');
const GERMEVAL_DEV = join(SHARED, 'data', 'germeval2014', 'NER-de-dev.tsv');
const GUM_DEV = join(SHARED, 'data', 'gum-en', 'dev');
const GUM_CONVERTER = join(SHARED, 'tools', 'gum-to-tsv.mjs');

const PEER = intlSegmenter;
const OURS = [oursAnalyze, oursDirect];
/** Extra rows for context: in the table and the JSON, but the ratio is taken against PEER. */
const CONTEXT = [intlSentenceOnly];
const CONTENDERS: Contender[] = [...OURS, PEER, ...CONTEXT];

const log = (s = '') => process.stdout.write(s + '\n');
const note = (s: string) => process.stderr.write(`  … ${s}\n`);

// ---------------------------------------------------------------------------------------------------
// Throughput

interface ContenderResult {
  id: string;
  label: string;
  runsMs: number[];
  medianMs: number;
  mbPerS: number;
  tokensPerS: number;
  counts: PassCounts;
}

interface ThroughputResult {
  corpus: string;
  docs: number;
  bytes: number;
  chars: number;
  notes: Record<string, number | string>;
  contenders: ContenderResult[];
  /** ours MB/s ÷ peer MB/s, by our contender id. */
  ratioVsPeer: Record<string, number>;
  /** ours MB/s ÷ MB/s of Intl.Segmenter's sentence pass alone, by our contender id (context only). */
  ratioVsIntlSentenceOnly: Record<string, number>;
}

function sameCounts(a: PassCounts, b: PassCounts): boolean {
  return a.sentences === b.sentences && a.tokens === b.tokens && a.wordLike === b.wordLike;
}

function measure(corpus: BenchCorpus, warmupBytes: number): ThroughputResult {
  const warm = head(corpus, warmupBytes);
  for (const c of CONTENDERS) {
    c.run(warm);
    c.run(warm);
  }
  const runs = new Map<string, number[]>(CONTENDERS.map((c) => [c.id, []]));
  const counts = new Map<string, PassCounts>();
  for (let r = 0; r < REPS; r++) {
    // Rotate the order each repetition so that no contender always runs right after the same one.
    for (let k = 0; k < CONTENDERS.length; k++) {
      const c = CONTENDERS[(k + r) % CONTENDERS.length]!;
      collectGarbage();
      const { ms, value } = timed(() => c.run(corpus.docs));
      runs.get(c.id)!.push(ms);
      const prev = counts.get(c.id);
      if (prev && !sameCounts(prev, value)) throw new Error(`${c.id}: counts differ between repetitions`);
      counts.set(c.id, value);
    }
  }
  const contenders = CONTENDERS.map((c): ContenderResult => {
    const runsMs = runs.get(c.id)!;
    const medianMs = median(runsMs);
    const cnt = counts.get(c.id)!;
    return {
      id: c.id,
      label: c.label,
      runsMs: runsMs.map((x) => round(x, 2)),
      medianMs: round(medianMs, 2),
      mbPerS: round(corpus.bytes / 1e6 / (medianMs / 1000), 3),
      tokensPerS: Math.round(cnt.tokens / (medianMs / 1000)),
      counts: cnt,
    };
  });
  const peer = contenders.find((c) => c.id === PEER.id)!;
  const ratioVsPeer: Record<string, number> = {};
  const sentOnly = contenders.find((c) => c.id === intlSentenceOnly.id)!;
  const ratioVsIntlSentenceOnly: Record<string, number> = {};
  for (const o of OURS) {
    const mine = contenders.find((c) => c.id === o.id)!.mbPerS;
    ratioVsPeer[o.id] = round(mine / peer.mbPerS, 3);
    ratioVsIntlSentenceOnly[o.id] = round(mine / sentOnly.mbPerS, 3);
  }
  return { corpus: corpus.name, docs: corpus.docs.length, bytes: corpus.bytes, chars: corpus.chars, notes: corpus.notes, contenders, ratioVsPeer, ratioVsIntlSentenceOnly };
}

// ---------------------------------------------------------------------------------------------------
// CLI latency

interface LatencyResult {
  command: string;
  runsMs: number[];
  medianMs: number;
}

function spawnMs(args: string[]): number {
  const { ms, value } = timed(() => spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] }));
  if (value.error) throw value.error;
  if (value.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${value.status}: ${value.stderr.toString().trim()}`);
  return ms;
}

/** Wall times of several commands, run in alternation (so that drift hits all alike), after one unreported run each. */
function latencies(commands: string[][], reps: number): LatencyResult[] {
  for (const args of commands) spawnMs(args);
  const runs = commands.map(() => [] as number[]);
  for (let i = 0; i < reps; i++) commands.forEach((args, k) => runs[k]!.push(spawnMs(args)));
  return commands.map((args, k) => ({
    command: `node ${args.join(' ')}`,
    runsMs: runs[k]!.map((x) => round(x, 1)),
    medianMs: round(median(runs[k]!), 1),
  }));
}

// ---------------------------------------------------------------------------------------------------
// Output


function fmt(x: number, digits = 1): string {
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function table(rows: string[][], rightAlign: boolean[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => (rightAlign[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}

function printThroughput(t: ThroughputResult): void {
  log(`${t.corpus}: ${t.docs.toLocaleString('en-US')} docs, ${fmt(t.bytes / 1e6, 2)} MB UTF-8` + (t.notes['goldSentences'] !== undefined ? `, ${t.notes['goldSentences']} gold sentences` : '') + `, fingerprint ${t.notes['fingerprint']}`);
  const rows = [['  contender', 'median ms', 'MB/s', 'Mtok/s', 'tokens', 'word-like', 'sentences', 'runs ms']];
  for (const c of t.contenders) {
    rows.push([
      '  ' + c.label,
      fmt(c.medianMs, 1),
      fmt(c.mbPerS, 2),
      c.counts.tokens > 0 ? fmt(c.tokensPerS / 1e6, 2) : '–',
      c.counts.tokens > 0 ? c.counts.tokens.toLocaleString('en-US') : '–',
      c.counts.wordLike > 0 ? c.counts.wordLike.toLocaleString('en-US') : '–',
      c.counts.sentences.toLocaleString('en-US'),
      c.runsMs.map((x) => Math.round(x)).join(' '),
    ]);
  }
  for (const line of table(rows, [false, true, true, true, true, true, true, false])) log(line);
  log('  ratio ours/peer (MB/s): ' + OURS.map((o) => `${o.id} ${fmt(t.ratioVsPeer[o.id]!, 2)}×`).join(', '));
  log('  (context) ours / Intl sentence pass alone: ' + OURS.map((o) => `${o.id} ${fmt(t.ratioVsIntlSentenceOnly[o.id]!, 2)}×`).join(', '));
  log();
}

// ---------------------------------------------------------------------------------------------------

function main(): void {
  const t0 = Date.now();
  const meta = {
    ...machineMeta(),
    commit: gitCommit(),
    icu: process.versions.icu,
    reps: REPS,
    mbUnit: '1 MB = 10^6 bytes of UTF-8',
    tokenDefinition: 'ours: every token; Intl.Segmenter: word-like segments (isWordLike)',
  };
  log(`Quellenlage ${VERSION} bench — node ${meta.node} (ICU ${meta.icu}), ${meta.platform}, ${meta.cores}× ${meta.cpu}`);
  log(`Throughput: median of ${REPS} runs after warm-up; peer = Intl.Segmenter sentence pass + word pass over the same text.`);
  log('MB = 10^6 bytes of UTF-8; tokens: all of ours, ICU\'s word-like segments; "Intl.Segmenter s only" is context, not the peer.');
  log();

  const results: Record<string, unknown> = { meta };
  const throughput: Record<string, ThroughputResult | { skipped: string }> = {};
  results['throughput'] = throughput;

  // 1a. SpkAtt
  if (existsSync(SPKATT_TRAIN)) {
    note(`loading ${relative(ROOT, SPKATT_TRAIN)}`);
    const spk = loadSpkAtt(SPKATT_TRAIN);
    const r = measure(spk, Infinity);
    throughput['spkatt'] = r;
    printThroughput(r);
  } else {
    const why = `skipped: ${SPKATT_TRAIN} not found (../shared is absent)`;
    throughput['spkatt'] = { skipped: why };
    log(`spkatt-train: ${why}`);
    log();
  }

  // 1b. Synthetic
  note(`building synthetic corpus (${SYNTH_MB} MB) from examples/`);
  const synth = buildSynthetic(EXAMPLES, SYNTH_MB * 1e6);
  const rs = measure(synth, 2e6);
  throughput['synthetic'] = rs;
  printThroughput(rs);
  const ru = process.resourceUsage();
  const mem = {
    peakRssMiB: round(ru.maxRSS / 1024, 1),
    heapUsedMiB: round(process.memoryUsage().heapUsed / 2 ** 20, 1),
    note: 'peak RSS of the bench process after the synthetic run (covers every measurement so far, corpora held in memory)',
  };
  results['memory'] = mem;
  log(`memory: peak RSS ${fmt(mem.peakRssMiB, 1)} MiB after the synthetic run (heap in use now ${fmt(mem.heapUsedMiB, 1)} MiB)`);
  log();

  // 2. Quantity + time extraction against Recognizers-Text, English documents of the synthetic corpus.
  if (args['skip-extract']) {
    results['extraction'] = { skipped: 'skipped: --skip-extract' };
  } else {
    const english = synth.docs.filter((d) => d.lang === 'en');
    const sample: typeof english = [];
    let n = 0;
    for (const d of english) {
      if (n > 100_000) break;
      sample.push(d);
      n += Buffer.byteLength(d.text, 'utf8');
    }
    note(`quantity + time extraction on ${sample.length} English documents (${fmt(n / 1e6, 2)} MB) against Recognizers-Text`);
    const x = measureExtraction(sample, Math.min(REPS, 3));
    results['extraction'] = x;
    log('extraction (quantities + times), English, same documents');
    log(`  ours analyze()            ${fmt(x.ours.medianMs, 1).padStart(9)} ms  ${fmt(x.ours.mbPerSec, 2).padStart(7)} MB/s  (${x.ours.quantities} quantities, ${x.ours.times} times)`);
    if ('skipped' in x.peer) log(`  Recognizers-Text          ${x.peer.skipped}`);
    else {
      log(`  Recognizers-Text (npm)    ${fmt(x.peer.medianMs, 1).padStart(9)} ms  ${fmt(x.peer.mbPerSec, 2).padStart(7)} MB/s  (${x.peer.results} results: number, percentage, currency, dimension, datetime)`);
      log(`  ratio ours/peer (MB/s): ${fmt(x.ratio!, 1)}×`);
    }
    log();
  }

  // 2b. NER taggers (German, English): model load and tagging throughput.
  if (args['skip-ner']) {
    results['ner'] = { skipped: 'skipped: --skip-ner' };
  } else {
    for (const lang of ['de', 'en'] as const) {
      note(`NER tagger (${lang}): model load and tagging throughput`);
      const r = lang === 'de' ? measureNer('de', GERMEVAL_DEV, '', EXAMPLES, REPS) : measureNer('en', GUM_DEV, GUM_CONVERTER, EXAMPLES, REPS);
      results[lang === 'de' ? 'ner' : 'nerEn'] = r;
      if ('skipped' in r) log(`NER tagger (${lang}): ${r.skipped}`);
      else {
        log(`NER tagger, ${lang} (${r.corpus}: ${r.sentences.toLocaleString('en-US')} sentences, ${r.tokens.toLocaleString('en-US')} tokens), one core`);
        log(`  model ${relative(ROOT, r.modelFile)} ${fmt(r.modelBytes / 1e6, 2)} MB: load ${fmt(r.modelLoadMs, 1)} ms (median of 7); lexicons ${fmt(r.lexiconLoadMs, 1)} ms (once)`);
        log(`  cold (fresh model, every word's features computed): ${fmt(r.coldMs, 1)} ms, ${Math.round(r.coldTokensPerS).toLocaleString('en-US')} tokens/s`);
        log(`  warm (median of ${r.warmRunsMs.length}): ${fmt(r.warmMedianMs, 1)} ms, ${Math.round(r.warmTokensPerS).toLocaleString('en-US')} tokens/s`);
      }
      log();
    }
  }

  // 3. CLI latency
  if (args['skip-cli']) {
    results['cli'] = { skipped: 'skipped: --skip-cli' };
  } else if (existsSync(SEED_ARTICLE)) {
    const seed = relative(ROOT, SEED_ARTICLE);
    const [cli, floor] = latencies([[join('dist', 'src', 'cli', 'main.js'), 'analyze', seed, '--format', 'json'], ['-e', '0']], REPS) as [LatencyResult, LatencyResult];
    results['cli'] = { analyze: cli, nodeFloor: floor, overheadMs: round(cli.medianMs - floor.medianMs, 1) };
    log(`CLI latency (wall ms, ${REPS} runs each, alternating, after one unreported; output discarded)`);
    const rows = [['  command', 'median', 'runs']];
    rows.push(['  ' + cli.command, fmt(cli.medianMs, 1), cli.runsMs.map((x) => fmt(x, 1)).join(' ')]);
    rows.push(['  ' + floor.command + '  (startup floor)', fmt(floor.medianMs, 1), floor.runsMs.map((x) => fmt(x, 1)).join(' ')]);
    for (const line of table(rows, [false, true, false])) log(line);
    log(`  analyze over the floor: ${fmt(cli.medianMs - floor.medianMs, 1)} ms`);
    log();
  } else {
    const why = `skipped: ${SEED_ARTICLE} not found (../shared is absent)`;
    results['cli'] = { skipped: why };
    log(`CLI latency: ${why}`);
    log();
  }

  results['totalSeconds'] = round((Date.now() - t0) / 1000, 1);
  if (!args['no-write']) {
    mkdirSync(dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
    log(`wrote ${relative(ROOT, RESULTS)} (${results['totalSeconds']} s in all)`);
  } else {
    log(`done in ${results['totalSeconds']} s`);
  }
}

function gitCommit(): string | null {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() + (dirty() ? '+dirty' : '') : null;
}

function dirty(): boolean {
  const r = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

main();
