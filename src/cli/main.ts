#!/usr/bin/env node
import { Command, Option } from 'commander';
import { VERSION } from '../version.js';
import { DEFAULT_MAX_BYTES } from '../ingest/read.js';
import type { OutputFormat } from './analyze.js';
import { EXIT_USAGE, UsageError, reportError } from './errors.js';
import { parseMaxSize, parsePublished, parseSince, parseCount, parseSeconds, parseBudget } from './options.js';
import { exitQuietlyOnClosedPipe } from './output.js';
import { helpSettings } from './help.js';
import { registerQueueCommands } from './queue-commands.js';
import { limitHeapGrowth } from '../core/heap.js';

/** The database path: --db, else $QUELLENLAGE_DB, else ./quellenlage.db. */
function dbPath(option: string | undefined): string {
  return option ?? process.env['QUELLENLAGE_DB'] ?? 'quellenlage.db';
}

// A big document's analysis should not leave the heap at several times what it needs (src/core/heap.ts).
limitHeapGrowth();

// Commands load their modules when they run, so that a quick query does not pay for loading the analyzer.
function wrapUsage<T>(fn: (v: string) => T): (v: string) => T {
  return (v) => {
    try {
      return fn(v);
    } catch (err) {
      if (err instanceof UsageError) {
        process.stderr.write(`quellenlage: ${err.message} (see quellenlage --help)\n`);
        process.exit(EXIT_USAGE);
      }
      throw err;
    }
  };
}

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('quellenlage')
    .description('Who says what, how sure, according to whom, with which numbers: claims from German and English news.')
    .version(VERSION, '-V, --version')
    .configureHelp(helpSettings)
    .configureOutput({
      // Commander's own usage errors, as one line like ours.
      outputError: (str, out) => out(`quellenlage: ${str.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')} (see quellenlage --help)\n`),
    })
    .exitOverride((err) => {
      process.exit(err.exitCode === 0 ? 0 : EXIT_USAGE);
    });

  program
    .command('analyze')
    .summary('analyse one article (or a JSONL batch) into quellenlage.analysis/1')
    .description(
      'Analyse a news text: normalize it, split it into sentences and tokens, and find entities (people, ' +
        'organisations, places, with cross-language keys), times, quantities and claims (who says what, how sure, ' +
        'according to whom). Reads FILE, or standard input when FILE is "-" or missing.',
    )
    .argument('[file]', 'a UTF-8 text file, or - for standard input')
    .addOption(new Option('--lang <code>', 'language of the text').choices(['auto', 'de', 'en']).default('auto'))
    .option('--published <date>', 'publication date (ISO 8601), anchors relative dates such as "gestern"', wrapUsage(parsePublished))
    .option('--title <text>', 'the article title')
    .option('--url <url>', 'where the article was published')
    .addOption(
      new Option('--format <format>', 'output: a readable report, or quellenlage.analysis/1 JSON (default: text, and jsonl with --jsonl)').choices([
        'text',
        'json',
        'jsonl',
      ]),
    )
    .option('--jsonl', 'batch mode: read one JSON object per line ({"id","text","published","lang","title","url"}, only "text" required), write one analysis per line')
    .option('--tokens', 'include the token layer in JSON output')
    .addOption(
      new Option('--max-size <MB>', 'largest document accepted, in MB').argParser(wrapUsage(parseMaxSize)).default(DEFAULT_MAX_BYTES, String(DEFAULT_MAX_BYTES / 1024 / 1024)),
    )
    .addHelpText(
      'after',
      `
Examples:
  quellenlage analyze examples/2025-03-04-de-talblick-rundschau.txt
  quellenlage analyze article.txt --format json --published 2024-10-18 > article.json
  cat article.txt | quellenlage analyze - --lang de
  quellenlage analyze --jsonl < batch.jsonl > analyses.jsonl

Offsets in JSON output count Unicode code points in document.text (the normalized text).
Exit codes: 0 done, 1 an input could not be analysed (in --jsonl: at least one line failed), 2 bad usage.`,
    )
    .action(async (file: string | undefined, o: Record<string, unknown>) => {
      setExit(
        await (await import('./analyze.js')).runAnalyze(file, {
          lang: o['lang'] as string,
          published: o['published'] as string | undefined,
          title: o['title'] as string | undefined,
          url: o['url'] as string | undefined,
          format: (o['format'] as OutputFormat | undefined) ?? (o['jsonl'] === true ? 'jsonl' : 'text'),
          jsonl: o['jsonl'] === true,
          tokens: o['tokens'] === true,
          maxSize: o['maxSize'] as number,
        }),
      );
    });

  const dbOption = () => new Option('--db <path|url>', 'the database: a file, or postgres://user@host/db (default: $QUELLENLAGE_DB, else ./quellenlage.db)');
  const sinceOption = () => new Option('--since <date>', 'only documents published on or after this ISO 8601 date').argParser(wrapUsage(parseSince));

  program
    .command('extract')
    .summary('the main text of a web page (or any input ingest reads), without analysing it')
    .description(
      'Print the main text of a page as ingest sees it: HTML in any encoding a browser reads, boilerplate (menus,\n' +
        'banners, teasers, comments) removed, the title on the first line. --format json prints one JSON object per\n' +
        'document with title, author, published, lang, siteName, url and text.',
    )
    .argument('[input]', 'a file, an http(s) URL, or - for standard input')
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .addOption(new Option('--max-size <MB>', 'largest document or page accepted, in MB').argParser(wrapUsage(parseMaxSize)).default(DEFAULT_MAX_BYTES, String(DEFAULT_MAX_BYTES / 1024 / 1024)))
    .addOption(new Option('--timeout <seconds>', 'for a URL').argParser(wrapUsage(parseSeconds)).default(20))
    .addHelpText('after', '\nExamples:\n  quellenlage extract page.html\n  quellenlage extract https://example.org/story.html --format json')
    .action(async (input: string | undefined, o: { format: 'text' | 'json'; maxSize: number; timeout: number }) => {
      const read = { maxBytes: o.maxSize, fetch: { timeoutMs: o.timeout * 1000, maxBytes: o.maxSize, maxRedirects: 5 } };
      setExit(await (await import('./extract.js')).runExtract(input, { format: o.format, read }));
    });

  program
    .command('ingest')
    .summary('analyse articles and keep them in the store (files, directories, URLs, feeds, stdin)')
    .description(
      'Read articles, analyse each one and store document, analysis, claims, quantities, times, entities and ledger\n' +
        'estimates in an SQLite database, one transaction per document. Inputs: .txt, .html, .json (an object or an\n' +
        'array), .jsonl (one object per line: "text" or "html", plus "title", "url", "published", "author", "lang"),\n' +
        'directories (recursive), http(s) URLs, RSS/Atom feeds (--feed, or .rss/.atom/.xml files), and - for standard input.\n' +
        '.md files are read when named, not in folder walks (a README is no article). Only http(s) URLs are fetched or stored.\n' +
        'The same text again is skipped; a changed article at a known URL becomes a new version of it. A bad document is\n' +
        'reported and skipped, the rest go on; if the process is killed, run the same command again to finish.',
    )
    .argument('[inputs...]', 'files, directories, URLs, or - for standard input')
    .addOption(dbOption())
    .option('--feed <url|file>', 'an RSS or Atom feed; items without full text have their page fetched (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addOption(new Option('--lang <code>', 'language of documents that do not say').choices(['auto', 'de', 'en']).default('auto'))
    .addOption(new Option('--max-size <MB>', 'largest document or page accepted, in MB').argParser(wrapUsage(parseMaxSize)).default(DEFAULT_MAX_BYTES, String(DEFAULT_MAX_BYTES / 1024 / 1024)))
    .addOption(new Option('--timeout <seconds>', 'per URL fetched').argParser(wrapUsage(parseSeconds)).default(20))
    .option('--max-redirects <n>', 'redirects followed per URL', wrapUsage(parseCount), 5)
    .addOption(
      new Option('--doc-timeout <seconds>', 'time budget of one document\'s analysis; past it the document fails and the batch goes on (0: none)')
        .argParser(wrapUsage(parseBudget))
        .default(60),
    )
    .option('-q, --quiet', 'no progress bar and no summary (failures are still reported)')
    .option('--threads <n>', 'documents analysed at once, one worker thread each (default: one per core)', wrapUsage(parseCount))
    .option('--queue', 'queue the documents (and feeds) as jobs for quellenlage worker instead of analysing them (PostgreSQL)')
    .addHelpText(
      'after',
      `
Examples:
  quellenlage ingest examples/                       # every article in a folder, into ./quellenlage.db
  quellenlage ingest --db news.db articles.jsonl https://example.org/story.html
  quellenlage ingest --feed https://example.org/rss.xml
  cat page.html | quellenlage ingest -

Ends with a summary: added / unchanged / updated / failed, with a reason per failure.
Exit codes: 0 all stored, 1 some inputs failed (the others are stored), 2 bad usage.`,
    )
    .action(async (inputs: string[], o: Record<string, unknown>) => {
      const maxBytes = o['maxSize'] as number;
      setExit(
        await (await import('./ingest.js')).runIngest(inputs, {
          db: dbPath(o['db'] as string | undefined),
          feeds: o['feed'] as string[],
          lang: o['lang'] as string,
          quiet: o['quiet'] === true,
          docTimeout: o['docTimeout'] as number,
          ...(o['threads'] !== undefined ? { threads: Math.max(1, o['threads'] as number) } : {}),
          queue: o['queue'] === true,
          read: { maxBytes, fetch: { timeoutMs: (o['timeout'] as number) * 1000, maxBytes, maxRedirects: o['maxRedirects'] as number } },
        }),
      );
    });

  program
    .command('ledger')
    .summary('estimates of the same thing across sources, documents and languages, side by side')
    .description(
      'Topics group the estimates of one countable thing (what is counted, what happens to it, which countries define\n' +
        'it) across all stored documents; each shows its estimates in date order with source, via, stance and figure, a\n' +
        'range chart, and the denials of the topic.',
    )
    .addOption(dbOption())
    .option('--topic <text>', 'only topics whose label, counted thing, predicate or countries contain this text')
    .addOption(sinceOption())
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json', 'csv', 'md']).default('text'))
    .option('--limit <n>', 'estimates shown per topic in the text view (0: all)', wrapUsage(parseCount), 30)
    .option('--story <id>', 'the ledger of one story (see quellenlage stories): its topics never mix events')
    .addHelpText('after', '\nExamples:\n  quellenlage ledger\n  quellenlage ledger --topic evacuate --format md\n  quellenlage ledger --since 2025-03-10 --format json > ledger.json\n  quellenlage ledger --story S3')
    .action(async (o: Record<string, unknown>) => {
      if (o['story']) {
        const db = dbPath(o['db'] as string | undefined);
        setExit(await (await import('./stories.js')).runStoryLedger(o['story'] as string, { db, format: o['format'] as 'text', limit: o['limit'] as number }));
        return;
      }
      setExit(
        await (await import('./store-views.js')).runLedger({
          db: dbPath(o['db'] as string | undefined),
          ...(o['topic'] ? { topic: o['topic'] as string } : {}),
          ...(o['since'] ? { since: o['since'] as string } : {}),
          format: o['format'] as 'text',
          limit: o['limit'] as number,
        }),
      );
    });

  program
    .command('stories')
    .summary('stories: the stored articles grouped by the event they report')
    .description(
      'Each new document joins the most similar story around its date or opens one (entities, names, figures, topic\n' +
        'keys; online clustering with time decay). Lists each story with dates, languages, outlets, entities and topics.',
    )
    .addOption(dbOption())
    .addOption(sinceOption())
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json', 'md']).default('text'))
    .action(async (o: Record<string, unknown>) => {
      const db = dbPath(o['db'] as string | undefined);
      setExit(await (await import('./stories.js')).runStories({ db, ...(o['since'] ? { since: o['since'] as string } : {}), format: o['format'] as 'text' }));
    });

  program
    .command('story')
    .summary("one story: its documents and its ledger")
    .argument('<id>', 'a story id from quellenlage stories, e.g. S3')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json', 'md']).default('text'))
    .action(async (id: string, o: Record<string, unknown>) => {
      setExit(await (await import('./stories.js')).runStory(id, { db: dbPath(o['db'] as string | undefined), format: o['format'] as 'text' }));
    });

  program
    .command('trace')
    .summary('where a figure came from: its first appearance in its story and who repeated it')
    .argument('<what>', 'DOCUMENT:C3 (a claim), DOCUMENT:Q2 (a quantity) or text of the figure, e.g. "4.200"')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .action(async (what: string, o: Record<string, unknown>) => {
      setExit(await (await import('./stories.js')).runTrace(what, { db: dbPath(o['db'] as string | undefined), format: o['format'] as 'text' }));
    });

  program
    .command('search')
    .summary('full-text search over stored documents and claims')
    .description('Search stored documents and claims (words match by prefix and all must occur; "quoted phrases" match as phrases).')
    .argument('<query>', 'words to look for')
    .addOption(dbOption())
    .option('--source <name>', 'only claims whose source name or key contains this')
    .addOption(new Option('--kind <kind>', 'only claims of this kind or stance').choices(['direct', 'indirect', 'mixed', 'reported', 'unattributed', 'assert', 'estimate', 'deny', 'confirm', 'speculate', 'warn']))
    .addOption(sinceOption())
    .option('--limit <n>', 'results per section', wrapUsage(parseCount), 20)
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExamples:\n  quellenlage search Evakuierte\n  quellenlage search warning --kind deny\n  quellenlage search "more than" --source district')
    .action(async (query: string, o: Record<string, unknown>) => {
      setExit(
        await (await import('./store-views.js')).runSearch(query, {
          db: dbPath(o['db'] as string | undefined),
          ...(o['source'] ? { source: o['source'] as string } : {}),
          ...(o['kind'] ? { kind: o['kind'] as string } : {}),
          ...(o['since'] ? { since: o['since'] as string } : {}),
          limit: o['limit'] as number,
          format: o['format'] as 'text',
        }),
      );
    });

  program
    .command('sources')
    .summary('who is quoted in the store, how often, and on which topics they give figures')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .action(async (o: Record<string, unknown>) => {
      setExit(await (await import('./store-views.js')).runSources({ db: dbPath(o['db'] as string | undefined), format: o['format'] as 'text' }));
    });

  program
    .command('export')
    .summary('export stored claims as CSV or schema.org Claim JSON-LD')
    .description('Claims with their source, kind, stance, certainty and article, as CSV or as schema.org Claim objects in JSON-LD\n(text, author = the source, datePublished, appearance = the article), ready for ClaimReview workflows.')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output').choices(['csv', 'jsonld']).default('csv'))
    .option('--source <name>', 'only claims whose source name or key contains this')
    .addOption(new Option('--kind <kind>', 'only claims of this kind or stance'))
    .addOption(sinceOption())
    .addHelpText('after', '\nExamples:\n  quellenlage export > claims.csv\n  quellenlage export --format jsonld --kind deny > denials.jsonld')
    .action(async (o: Record<string, unknown>) => {
      setExit(
        await (await import('./store-views.js')).runExport({
          db: dbPath(o['db'] as string | undefined),
          format: o['format'] as 'csv',
          ...(o['source'] ? { source: o['source'] as string } : {}),
          ...(o['kind'] ? { kind: o['kind'] as string } : {}),
          ...(o['since'] ? { since: o['since'] as string } : {}),
        }),
      );
    });

  program
    .command('serve')
    .summary('the web app and HTTP API on the store (analyze, ledger chart, sources, search, upload)')
    .description(
      'Serve web pages and an HTTP API (OpenAPI 3.1 at /openapi.json) on the store the other commands use. Binds to\n' +
        '127.0.0.1; another address needs a token (--token or QUELLENLAGE_TOKEN), checked on every request. URLs given to\n' +
        'the server are not fetched from private, loopback or link-local addresses unless --allow-private-urls.',
    )
    .addOption(dbOption())
    .option('--port <n>', 'the port (0: any free port)', wrapUsage(parseCount), 8080)
    .option('--host <address>', 'the address to bind to', '127.0.0.1')
    .option('--token <token>', 'required on every request (default: $QUELLENLAGE_TOKEN); needed when --host is not loopback')
    .option('--allow-private-urls', 'let the server fetch URLs on private, loopback and link-local addresses')
    .option('--demo', 'load the example articles (examples/) when the store is empty')
    .addOption(new Option('--max-size <MB>', 'largest document accepted, in MB').argParser(wrapUsage(parseMaxSize)).default(DEFAULT_MAX_BYTES, String(DEFAULT_MAX_BYTES / 1024 / 1024)))
    .addOption(new Option('--doc-timeout <seconds>', "time budget of one document's analysis").argParser(wrapUsage(parseSeconds)).default(30))
    .option('--workers <n>', 'analysis worker threads (default: CPU cores - 1, at most 4)', wrapUsage(parseCount))
    .option('--max-batch <n>', 'documents per upload request at most', wrapUsage(parseCount), 1000)
    .addHelpText('after', '\nExamples:\n  quellenlage serve --demo\n  quellenlage serve --db news.db --port 9000\n  QUELLENLAGE_TOKEN=… quellenlage serve --host 0.0.0.0')
    .action(async (o: Record<string, unknown>) => {
      setExit(
        await (await import('./serve.js')).runServe({
          db: dbPath(o['db'] as string | undefined),
          host: o['host'] as string,
          port: o['port'] as number,
          token: o['token'] as string | undefined,
          allowPrivateUrls: o['allowPrivateUrls'] === true,
          demo: o['demo'] === true,
          maxSize: o['maxSize'] as number,
          docTimeout: o['docTimeout'] as number,
          workers: o['workers'] as number | undefined,
          maxQueue: 64,
          maxBatch: o['maxBatch'] as number,
          fetchTimeoutMs: 20_000,
        }),
      );
    });

  const evalCmd = program
    .command('eval')
    .summary('measure the analyzer against evaluation data')
    .description('Evaluation commands: each prints precision, recall and F1 on real data, beside a peer where there is one.');
  evalCmd
    .command('sentences')
    .description(
      'Sentence boundaries on GermEval 2023 SpkAtt documents: rebuild each text from its tokens, split it, and compare\n' +
        'the boundaries with the gold sentences, beside Intl.Segmenter (ICU) on the same text.',
    )
    .argument('<dir>', 'a SpkAtt split directory, e.g. ../shared/data/spkatt-news/train')
    .option('--show <n>', 'how many errors of each kind to list', (v) => Math.max(0, Number.parseInt(v, 10) || 0), 10)
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExample:\n  quellenlage eval sentences ../shared/data/spkatt-news/train --show 20')
    .action(async (dir: string, o: { show: number; format: 'text' | 'json' }) => {
      setExit(await (await import('./eval.js')).runEvalSentences(dir, o));
    });

  evalCmd
    .command('spkatt')
    .description(
      'Speaker attribution on GermEval 2023 SpkAtt, Task 2 (German news): rebuild each text from its tokens, extract\n' +
        'claims, match them one-to-one with the gold messages (maximal token overlap) and print token-level P/R/F1 for\n' +
        'Message, Source and Cue, overall and per gold Form, with our kinds against the gold Forms.',
    )
    .argument('<dir>', 'a SpkAtt split directory, e.g. ../shared/data/spkatt-news/train')
    .option('--show <n>', 'how many of the worst documents, missed gold and unmatched predictions to list', (v) => Math.max(0, Number.parseInt(v, 10) || 0), 10)
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExample:\n  quellenlage eval spkatt ../shared/data/spkatt-news/train --show 20')
    .action(async (dir: string, o: { show: number; format: 'text' | 'json' }) => {
      setExit(await (await import('./eval.js')).runEvalSpkAtt(dir, o));
    });

  evalCmd
    .command('polnear')
    .description(
      'English attribution on PolNeAR (US political news, brat standoff): extract claims from each text/*.txt, match them\n' +
        'one-to-one with the gold attributions of attributions/*.ann (maximal content-token overlap) and print token-level\n' +
        'P/R/F1 for Message (= Content), Source and Cue, overall and for contents starting with a quotation mark vs. the rest.\n' +
        'Articles annotated twice (one .ann per annotator) are scored on the first annotator; the second annotator scored\n' +
        'against the first is printed as the human agreement, the ceiling the figures can be read against.',
    )
    .argument('<dir>', 'a PolNeAR split folder with text/ and attributions/, e.g. PolNeAR/data/dev')
    .option('--show <n>', 'how many missed gold attributions and unmatched predictions to list', (v) => Math.max(0, Number.parseInt(v, 10) || 0), 10)
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExample:\n  quellenlage eval polnear PolNeAR/data/dev --show 20')
    .action(async (dir: string, o: { show: number; format: 'text' | 'json' }) => {
      setExit(await (await import('./eval.js')).runEvalPolnear(dir, o));
    });

  evalCmd
    .command('specs')
    .description(
      'Runs the Microsoft Recognizers-Text test specifications (German numbers, ranges, per cent, currency, dimension,\n' +
        'dates; English numbers and ranges …) against our extractors, and the same cases against the\n' +
        '@microsoft/recognizers-text-suite npm package, printing the pass rate per file side by side.',
    )
    .argument('<dir>', 'the specs directory, e.g. ../shared/data/recognizers-specs')
    .option('--failures', 'list the inputs of the cases we fail')
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExample:\n  quellenlage eval specs ../shared/data/recognizers-specs --failures')
    .action(async (dir: string, o: { failures?: boolean; format: 'text' | 'json' }) => {
      setExit(await (await import('./eval.js')).runEvalSpecs(dir, { failures: o.failures === true, format: o.format }));
    });
  evalCmd
    .command('gold')
    .description(
      'Compares our analysis of a text with a hand-made gold annotation (quellenlage.gold/1): quantities (qualifier,\n' +
        'value, bounds, unit; none of the not-quantities), times (ISO value).',
    )
    .argument('<gold>', 'the gold JSON, e.g. ../shared/gold/000_68d3a7d341889de0.gold.json')
    .argument('<text>', 'the article text, e.g. ../shared/corpus/000_68d3a7d341889de0.txt')
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .action(async (gold: string, text: string, o: { format: 'text' | 'json' }) => {
      setExit(await (await import('./eval.js')).runEvalGold(gold, text, o));
    });

  evalCmd
    .command('ledger')
    .description(
      'Scores the ledger\'s topics against the "group" labels of a gold annotation\'s quantities (quellenlage.gold/1):\n' +
        'analyses the text, builds the ledger of that document and prints B-cubed precision, recall and F1.',
    )
    .argument('<gold>', 'the gold JSON, e.g. ../shared/gold/000_68d3a7d341889de0.gold.json')
    .argument('<text>', 'the article text, e.g. ../shared/corpus/000_68d3a7d341889de0.txt')
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .action(async (gold: string, text: string, o: { format: 'text' | 'json' }) => {
      setExit(await (await import('./eval.js')).runEvalLedger(gold, text, o));
    });

  evalCmd
    .command('stories')
    .description(
      'Scores stories, the ledger topics within stories and claim threads against DIR/.gold.json\n' +
        '(quellenlage.stories-gold/1, see test/data/stories/README.md): story and topic B-cubed P/R/F1, and the share of\n' +
        'threads whose first appearance is right.',
    )
    .argument('<dir>', 'a folder with articles and .gold.json (or gold.json), e.g. test/data/stories')
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .action(async (dir: string, o: { format: 'text' | 'json' }) => {
      setExit(await (await import('./eval.js')).runEvalStories(dir, o));
    });

  evalCmd
    .command('ner')
    .description(
      'Named entities on GermEval 2014 (a TSV file: token, outer and nested BIO labels): tags every sentence with the\n' +
        'NER model of --lang and prints strict span P/R/F1 per type and overall, (a) for PER, ORG, LOC, MISC (OTH; -deriv and\n' +
        '-part labels as outside) and (b) for the twelve outer-level types of the shared task.',
    )
    .argument('<file>', 'a GermEval 2014 file, e.g. ../shared/data/germeval2014/NER-de-dev.tsv')
    .addOption(new Option('--lang <lang>', 'the language whose committed model tags the file').choices(['de', 'en']).default('de'))
    .option('--model <file>', 'a model file other than the committed models/ner-<lang>.bin')
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      '\nExamples:\n  quellenlage eval ner ../shared/data/germeval2014/NER-de-dev.tsv\n' +
        '  node ../shared/tools/gum-to-tsv.mjs ../shared/data/gum-en/dev > /tmp/gum-dev.tsv && quellenlage eval ner /tmp/gum-dev.tsv --lang en',
    )
    .action(async (file: string, o: { model?: string; lang: 'de' | 'en'; format: 'text' | 'json' }) => {
      setExit(await (await import('./eval.js')).runEvalNer(file, o));
    });

  evalCmd
    .command('html')
    .description(
      "Main text of web pages on trafilatura's benchmark (an evaldata.json-style file: per page URL, the HTML file and\n" +
        'snippets that must appear ("with") and must not ("without")): precision, recall, F1 and accuracy of whitespace-\n' +
        'normalised substring matches, for all pages, German pages and the rest, with the pages that came out empty and\n' +
        'pages per second. --baseline adds the previous Readability path; --peer trafilatura runs trafilatura 2.3.1\n' +
        'through bench/trafilatura-peer.sh (a throwaway Python venv under /tmp) in the same run.',
    )
    .argument('<evaldata>', 'e.g. ../shared/data/trafilatura-eval/dev.json')
    .argument('<pages>', 'the folder holding the HTML files the evaldata names')
    .option('--peer <name>', 'also run a peer tool (trafilatura)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--baseline', 'also run the previous Readability-only path')
    .option('--show <n>', 'list empty pages and the N pages with most errors', wrapUsage(parseCount), 0)
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExample:\n  quellenlage eval html ../shared/data/trafilatura-eval/dev.json PAGES_DIR --baseline --peer trafilatura')
    .action(async (evaldata: string, pages: string, o: { peer: string[]; baseline?: boolean; show: number; format: 'text' | 'json' }) => {
      setExit(await (await import('./eval-html.js')).runEvalHtml(evaldata, pages, { ...o, baseline: o.baseline === true }));
    });

  program.addHelpText(
    'after',
    `
Examples:
  quellenlage analyze examples/2025-03-04-de-talblick-rundschau.txt
  quellenlage analyze article.txt --format json
  quellenlage ingest examples/ && quellenlage ledger
  quellenlage search Evakuierte
  quellenlage eval sentences ../shared/data/spkatt-news/train

Run "quellenlage help <command>" for a command's options.`,
  );
  registerQueueCommands(program, { dbOption, dbPath, wrapUsage, setExit });
  return program;
}

async function main(): Promise<void> {
  exitQuietlyOnClosedPipe();
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    code = reportError(err);
  }
  process.exitCode = code;
}

process.on('uncaughtException', (err) => {
  process.exitCode = reportError(err);
});

void main();
