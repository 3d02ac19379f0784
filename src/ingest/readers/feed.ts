/**
 * RSS, RDF and Atom feeds, from a file or a URL: each item is a document — its own content when that is the
 * full article (FULL_TEXT_MIN_CHARS), else the page its link leads to, fetched a few at a time.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { InputError, checkText } from '../decode.js';
import { ACCEPT_FEED, ACCEPT_HTML, decodeBody, fetchUrl } from '../fetch.js';
import { extractHtml, htmlFragmentText, withTitle } from '../html.js';
import { cleanString, normalizeAuthor, normalizeDate, normalizeLang } from '../meta.js';
import { readDocumentInput } from '../read.js';
import type { IngestItem, ReadOptions } from '../types.js';
import { schemeProblem } from '../validate.js';
import { blankDoc, fail, failure, isUrl, kindOfContentType, ok } from './common.js';
import { htmlDocument } from './text.js';

/** Feed items whose content has at least this many characters of text are taken as the full article. */
export const FULL_TEXT_MIN_CHARS = 500;

/** Pages fetched at once for the items of one feed. */
const FEED_CONCURRENCY = 4;

interface ParsedFeedItem {
  title: string | null;
  url: string | null;
  published: string | null;
  author: string | null;
  content: string | null;
}

function parseFeedItems(xml: string, base: string | null): { items: ParsedFeedItem[]; lang: string | null } {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (err) {
    const why = (err as { code?: string }).code === 'INVALID_FEED' ? 'no RSS or Atom feed found' : (err as Error).message.split('\n')[0];
    throw new InputError(`not a readable feed (${why})`);
  }
  const items = feed.items.map((item) => {
    let url = item.url;
    // The parser resolves links against the feed's own link; resolve what is still relative against
    // the address the feed was fetched from.
    if (url && base && !isUrl(url)) {
      try {
        url = new URL(url, base).href;
      } catch {
        // Keep the link as it is; fetching it will say what is wrong.
      }
    }
    return {
      title: cleanString(item.title),
      url,
      published: normalizeDate(item.published ?? item.updated),
      author: normalizeAuthor(item.authors),
      content: item.content ?? item.description,
    };
  });
  return { items, lang: normalizeLang(feed.language) };
}

/** Runs fn over items with at most `limit` running at once, yielding the results in the items' order. */
async function* inOrder<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): AsyncGenerator<R> {
  const running: Promise<R>[] = [];
  let next = 0;
  const launch = (): void => {
    while (next < items.length && running.length < limit) {
      const i = next++;
      running.push(fn(items[i]!, i));
    }
  };
  launch();
  while (running.length > 0) {
    const result = await running.shift()!;
    launch();
    yield result;
  }
}

/**
 * One feed item → document. Content with at least FULL_TEXT_MIN_CHARS characters of text is the article;
 * otherwise the item's link is fetched and the page extracted, the item's metadata filling what the page
 * lacks. Never rejects: a failing item is a failure.
 */
async function feedItemDocument(item: ParsedFeedItem, origin: string, feedLang: string | null, opts: ReadOptions): Promise<IngestItem> {
  try {
    const content = item.content ?? '';
    const full = /<html[\s>]/i.test(content) ? null : htmlFragmentText(content);
    if (full !== null && full.length >= FULL_TEXT_MIN_CHARS) {
      checkText(full, origin);
      return ok({
        ...blankDoc(origin, content, 'feed-item'),
        text: withTitle(item.title, full),
        title: item.title,
        url: item.url,
        published: item.published,
        author: item.author,
        lang: feedLang,
      });
    }
    if (full === null && content.length > 0 && !item.url) {
      // A whole HTML page as the item's content, and no link to fetch instead.
      const page = htmlDocument(content, origin, null);
      return ok({
        ...page,
        rawType: 'feed-item',
        title: page.title ?? item.title,
        published: page.published ?? item.published,
        author: page.author ?? item.author,
        lang: page.lang ?? feedLang,
      });
    }
    if (!item.url) {
      throw new InputError(
        full ? `the item's text is short (${full.length} characters) and it has no link to the full article` : 'the item has neither text nor a link',
      );
    }
    if (!isUrl(item.url)) {
      const scheme = schemeProblem(item.url);
      throw new InputError(
        scheme ? `the item's text is short and its link ${item.url} is not followed: ${scheme}` : `the item's text is short and its link ${item.url} is relative, with no feed address to resolve it against`,
      );
    }
    const fetched = await fetchUrl(item.url, { ...opts.fetch, accept: ACCEPT_HTML });
    // An article link should lead to a page; one sent without a content type is taken as one.
    if (fetched.contentType !== '' && kindOfContentType(fetched.contentType) !== 'html') {
      throw new InputError(`unsupported content type ${fetched.contentType} from ${fetched.finalUrl} (expected an HTML page)`);
    }
    const html = decodeBody(fetched);
    const page = extractHtml(html, fetched.finalUrl);
    const title = page.title ?? item.title;
    return ok({
      ...blankDoc(origin, html, 'html'),
      text: page.title ? page.text : withTitle(title, page.text),
      title,
      url: page.url ?? item.url,
      published: page.published ?? item.published,
      author: page.author ?? item.author,
      lang: page.lang ?? feedLang,
    });
  } catch (err) {
    return failure(origin, err);
  }
}

/** The items of one feed's XML; `location` is its URL (relative links resolve against it) or its path. */
export async function* feedDocuments(xml: string, location: string, opts: ReadOptions): AsyncGenerator<IngestItem> {
  const { items, lang } = parseFeedItems(xml, isUrl(location) ? location : null);
  if (items.length === 0) {
    yield fail(location, 'the feed has no items');
    return;
  }
  yield* inOrder(items, FEED_CONCURRENCY, (item, i) => feedItemDocument(item, item.url ?? `${location}[${i}]`, lang, opts));
}

/** A feed source (--feed): a file read whole, or a URL fetched as a feed. */
export async function* feedSourceDocuments(location: string, opts: ReadOptions): AsyncGenerator<IngestItem> {
  if (!isUrl(location)) {
    yield* feedDocuments(await readDocumentInput(location, opts.maxBytes), location, opts);
    return;
  }
  const fetched = await fetchUrl(location, { ...opts.fetch, accept: ACCEPT_FEED });
  yield* feedDocuments(decodeBody(fetched), fetched.finalUrl, opts);
}
