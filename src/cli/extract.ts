import { listSources, readSource } from '../ingest/sources.js';
import type { ReadOptions } from '../ingest/types.js';
import { EXIT_FAILURE, EXIT_OK, UsageError } from './errors.js';
import { write } from './output.js';

export interface ExtractOptions {
  format: 'text' | 'json';
  read: ReadOptions;
}

/**
 * `quellenlage extract [FILE|URL|-]`: the main text of a page (or any input `ingest` reads), through the
 * same readers `ingest` uses, without analysing or storing it. JSON adds the metadata.
 */
export async function runExtract(input: string | undefined, opts: ExtractOptions): Promise<number> {
  if (input === undefined) {
    if (process.stdin.isTTY) throw new UsageError('nothing to extract: give a file, a URL, or - for standard input');
    input = '-';
  }
  const { sources, failures } = await listSources([input], {});
  if (failures.length > 0) {
    process.stderr.write(`quellenlage: ${failures[0]!.origin}: ${failures[0]!.reason}\n`);
    return EXIT_FAILURE;
  }
  let code = EXIT_OK;
  for (const src of sources) {
    for await (const item of readSource(src, { ...opts.read })) {
      if (!item.ok) {
        process.stderr.write(`quellenlage: ${item.failure.origin}: ${item.failure.reason}\n`);
        code = EXIT_FAILURE;
        continue;
      }
      const d = item.doc;
      if (opts.format === 'json') {
        const record = { title: d.title, author: d.author, published: d.published, lang: d.lang, siteName: d.siteName ?? null, url: d.url, origin: d.origin, text: d.text };
        await write(JSON.stringify(record) + '\n');
      } else await write(d.text.endsWith('\n') ? d.text : `${d.text}\n`);
    }
  }
  return code;
}
