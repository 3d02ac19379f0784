/**
 * POST /api/analyze and the Analyze page: one article given as text, an HTML page or a URL, read by the same
 * readers as `ingest` and analysed in the pool, with the CLI's one-line messages for what is wrong with it.
 */
import type { AnalysisJSON } from '../analysis/format.js';
import { readSource } from '../ingest/sources.js';
import type { IngestItem } from '../ingest/types.js';
import { formatBytes } from '../ingest/read.js';
import { keptUrl, recordLang, recordPublished, textProblem } from '../ingest/validate.js';
import type { ServerContext } from './context.js';
import { bodyDocuments } from './data.js';
import { HttpError } from './problem.js';
import { privateUrlProblem } from './private-urls.js';

export interface AnalyzeInput {
  text?: string | undefined;
  html?: string | undefined;
  url?: string | undefined;
  lang?: string | undefined;
  published?: string | null | undefined;
  title?: string | null | undefined;
  tokens?: boolean | undefined;
}

async function first(items: AsyncGenerator<IngestItem>): Promise<IngestItem | null> {
  for await (const item of items) {
    await items.return(undefined);
    return item;
  }
  return null;
}

export async function analyzeInput(input: AnalyzeInput, ctx: ServerContext): Promise<AnalysisJSON> {
  const given = (['text', 'html', 'url'] as const).filter((k) => typeof input[k] === 'string' && input[k] !== '');
  if (given.length !== 1) throw new HttpError(400, given.length === 0 ? 'nothing to analyse: give "text", "html" or "url"' : `give one of "text", "html" and "url", not ${given.map((k) => `"${k}"`).join(' and ')}`);
  const lang = recordLang(input.lang ?? 'auto');
  if (lang.problem) throw new HttpError(400, lang.problem);
  const published = recordPublished(input.published ?? null);
  if (published.problem) throw new HttpError(400, published.problem);
  const limit = ctx.options.maxSize;
  let doc: { text: string; title: string | null; url: string | null; published: string | null; lang: string | null };
  if (given[0] === 'text') {
    const text = input.text!;
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > limit) throw new HttpError(413, `${formatBytes(bytes)}, over the ${formatBytes(limit)} limit for one document (raise it with --max-size MB)`);
    doc = { text, title: null, url: null, published: null, lang: null };
  } else {
    if (given[0] === 'url' && !ctx.options.allowPrivateUrls) {
      const refused = privateUrlProblem(input.url!);
      if (refused) throw new HttpError(422, refused);
    }
    const items = given[0] === 'url' ? readSource({ kind: 'url', url: input.url! }, ctx.read) : bodyDocuments(input.html!, ctx.read);
    const item = await first(items);
    if (item === null) throw new HttpError(422, 'no article text found');
    if (!item.ok) throw new HttpError(/over the .* limit/.test(item.failure.reason) ? 413 : 422, item.failure.reason.replace(/standard input/g, 'the request body').split('\n')[0]!);
    doc = item.doc;
  }
  const noText = textProblem(doc.text);
  if (noText) throw new HttpError(422, noText);
  const url = keptUrl(doc.url);
  const r = await ctx.analyzer.run({
    text: doc.text,
    lang: lang.lang ?? doc.lang ?? 'auto',
    published: published.published ?? doc.published,
    title: input.title ?? doc.title,
    url: url.url,
    tokens: input.tokens === true,
    records: false,
  });
  return r.analysis;
}
