import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dateAgreement, loadEvalPages, readPages, runExtractor, scoreTexts, type ExtractorRun, type HtmlScores } from '../eval/html.js';
import { decodeHtml } from '../ingest/charset.js';
import { decodeText, InputError } from '../ingest/decode.js';
import { extractHtml } from '../ingest/html.js';
import { EXIT_OK, UsageError } from './errors.js';
import { progress, write } from './output.js';

export interface EvalHtmlOptions {
  peer: string[];
  baseline: boolean;
  format: 'text' | 'json';
  show: number;
}

const PEER_SCRIPT = fileURLToPath(new URL('../../../bench/trafilatura-peer.sh', import.meta.url));

/** trafilatura through bench/trafilatura-peer.sh (a throwaway venv); its own timing of extraction alone. */
function trafilaturaRun(evaldata: string, dir: string, pages: ReturnType<typeof loadEvalPages>): ExtractorRun {
  if (!existsSync(PEER_SCRIPT)) throw new InputError(`the peer script ${PEER_SCRIPT} is missing (it ships with the repository, not the package)`);
  const r = spawnSync(PEER_SCRIPT, [evaldata, dir], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new InputError(`the trafilatura peer failed (exit ${r.status ?? r.signal}); run ${PEER_SCRIPT} by hand to see why`);
  const out = JSON.parse(r.stdout) as { seconds: number; texts: Record<string, string | null> };
  return scoreTexts('trafilatura 2.3.1', pages, pages.map((p) => out.texts[p.file] ?? null), out.seconds);
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const cell = (s: HtmlScores): string => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;

/** `quellenlage eval html EVALDATA PAGES_DIR`: trafilatura's benchmark metric, our extractor beside the peers. */
export async function runEvalHtml(evaldata: string, dir: string, opts: EvalHtmlOptions): Promise<number> {
  if (!existsSync(evaldata)) throw new UsageError(`no such file: ${evaldata}`);
  if (!existsSync(dir)) throw new UsageError(`no such directory: ${dir}`);
  for (const p of opts.peer) if (p !== 'trafilatura') throw new UsageError(`unknown peer ${p} (known: trafilatura)`);
  const pages = loadEvalPages(evaldata);
  const bytes = readPages(pages, dir);
  const runs: ExtractorRun[] = [];
  const published = new Map<string, string | null>();
  const ours = (): ExtractorRun =>
    runExtractor(
      'quellenlage',
      pages,
      bytes,
      (b, p) => {
        const r = extractHtml(decodeHtml(b, null, p.file).text, p.url);
        published.set(p.url, r.published);
        return r.text;
      },
      progress('quellenlage'),
    );
  runs.push(ours());
  const dates = dateAgreement(pages, published);
  if (opts.baseline) {
    // The path before this extractor: Readability on linkedom, pages read as strict UTF-8. Its libraries
    // are development dependencies, so an installed package has no baseline.
    let baseline: typeof import('../ingest/html/readability.js');
    try {
      baseline = await import('../ingest/html/readability.js');
    } catch {
      throw new InputError('--baseline needs the development dependencies (linkedom, @mozilla/readability): run it from a checkout after npm install');
    }
    runs.push(runExtractor('readability', pages, bytes, (b, p) => baseline.extractHtml(decodeText(b, p.file), p.url).text, progress('readability')));
  }
  if (opts.peer.includes('trafilatura')) {
    runs.push(trafilaturaRun(evaldata, dir, pages));
    // Timed again after the peer, and the mean of both taken, so that a load that changes during the run
    // (a shared machine) weighs on both sides alike; the texts are the same.
    const again = ours();
    const seconds = (runs[0]!.seconds + again.seconds) / 2;
    runs[0] = { ...runs[0]!, seconds, pagesPerSecond: seconds > 0 ? pages.length / seconds : 0 };
  }
  if (opts.format === 'json') {
    await write(JSON.stringify({ runs: runs.map(({ perPage: _, ...r }) => r), dates }, null, 2) + '\n');
    return EXIT_OK;
  }
  const de = pages.filter((p) => p.group === 'de').length;
  const out: string[] = [];
  out.push(`Main text on ${pages.length} pages (${de} German, ${pages.length - de} other), trafilatura's metric`);
  out.push(`  ${'extractor'.padEnd(18)} ${'all: P     R    F1'.padEnd(18)}  ${'German: P  R    F1'.padEnd(18)}  ${'other: P   R    F1'.padEnd(18)}  acc %  empty  pages/s`);
  for (const r of runs) {
    out.push(
      `  ${r.name.padEnd(18)} ${cell(r.all)}  ${cell(r.de)}  ${cell(r.other)}  ${pct(r.all.accuracy)}  ${String(r.empty.length).padStart(5)}  ${r.pagesPerSecond.toFixed(1).padStart(7)}`,
    );
  }
  const peer = runs.find((r) => r.name.startsWith('trafilatura'));
  if (peer && peer.pagesPerSecond > 0) out.push(`  speed: quellenlage ${(runs[0]!.pagesPerSecond / peer.pagesPerSecond).toFixed(2)}× trafilatura (quellenlage timed before and after the peer, mean)`);
  out.push(
    `  dates (quellenlage): of ${dates.pages} pages whose evaldata gives a date, ${dates.sameDay} on the same day, ${dates.none} without a date, ${dates.other} on another day`,
  );
  if (opts.show > 0) {
    const ours = runs[0]!;
    out.push('', `quellenlage, pages that came out empty: ${ours.empty.length}`);
    for (const f of ours.empty.slice(0, opts.show)) out.push(`  ${f}`);
    const worst = pages
      .map((p, i) => ({ p, c: ours.perPage[i]! }))
      .filter(({ c }) => c.fp > 0 || c.fn > 0)
      .sort((a, b) => b.c.fp + b.c.fn - (a.c.fp + a.c.fn));
    out.push(`quellenlage, pages with misses (fn) or boilerplate (fp): ${worst.length}`);
    for (const { p, c } of worst.slice(0, opts.show)) out.push(`  fn ${c.fn} fp ${c.fp}  ${p.file}`);
  }
  await write(out.join('\n') + '\n');
  return EXIT_OK;
}
