#!/usr/bin/env node
import { Command, Option } from 'commander';
import { VERSION } from '../version.js';
import { DEFAULT_MAX_BYTES } from '../ingest/read.js';
import { runAnalyze, type OutputFormat } from './analyze.js';
import { EXIT_USAGE, UsageError, reportError } from './errors.js';
import { runEvalGold, runEvalNer, runEvalSentences, runEvalSpecs, runEvalSpkAtt } from './eval.js';
import { parseMaxSize, parsePublished } from './options.js';
import { exitQuietlyOnClosedPipe } from './output.js';

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
        await runAnalyze(file, {
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
      setExit(await runEvalSentences(dir, o));
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
      setExit(await runEvalSpkAtt(dir, o));
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
      setExit(await runEvalSpecs(dir, { failures: o.failures === true, format: o.format }));
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
      setExit(await runEvalGold(gold, text, o));
    });

  evalCmd
    .command('ner')
    .description(
      'Named entities on GermEval 2014 (a TSV file: token, outer and nested BIO labels): tags every sentence with the\n' +
        'German NER model and prints strict span P/R/F1 per type and overall, (a) for PER, ORG, LOC, MISC (OTH; -deriv and\n' +
        '-part labels as outside) and (b) for the twelve outer-level types of the shared task.',
    )
    .argument('<file>', 'a GermEval 2014 file, e.g. ../shared/data/germeval2014/NER-de-dev.tsv')
    .option('--model <file>', 'a model file other than the committed models/ner-de.bin')
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExample:\n  quellenlage eval ner ../shared/data/germeval2014/NER-de-dev.tsv')
    .action(async (file: string, o: { model?: string; format: 'text' | 'json' }) => {
      setExit(await runEvalNer(file, o));
    });

  program.addHelpText(
    'after',
    `
Examples:
  quellenlage analyze examples/2025-03-04-de-talblick-rundschau.txt
  quellenlage analyze article.txt --format json
  quellenlage eval sentences ../shared/data/spkatt-news/train

Run "quellenlage help <command>" for a command's options.`,
  );
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
