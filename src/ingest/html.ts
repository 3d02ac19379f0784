/**
 * HTML → article text and metadata: the entry point the readers (sources.ts) and `extract` use. The page
 * is parsed once with htmlparser2 (bounded in depth and size: html/dom.ts), its metadata read
 * (html/metadata.ts), and its main text found (html/main-text.ts); JSON-LD articleBody stands in when the
 * markup yields little; without article markup, content scoring (html/score.ts) finds it. Fragments
 * (feed items) are read by html/fragment.ts.
 */
import { InputError } from './decode.js';
import { parseBounded } from './html/dom.js';
import { clean, findContainer, leadsFor, lines, textByElement, textUnder } from './html/main-text.js';
import { scoredContainer } from './html/score.js';
import { pageMetadata, textDate, type PageMetadata } from './html/metadata.js';
import { withTitle } from './html/fragment.js';

export { htmlFragmentText, withTitle } from './html/fragment.js';

/** The article text (one block per line, the title on the first line) and the page's metadata. */
export interface HtmlExtract extends Omit<PageMetadata, 'articleBody'> {
  text: string;
}

/** The share of the scored container's text that must remain without its class-marked parts (above). */
const KEEP_STRICT = 0.25;

/** The share of the page's text below which the scored container is not the article (see above). */
const SPREAD = 0.5;

/** Below this many characters, a JSON-LD articleBody that is longer is the better text. */
const SHORT_TEXT = 250;

/**
 * Extracts an article's text and metadata from an HTML page. `url` is the page's address (for resolving
 * the canonical URL, and a date in it), or null. Throws InputError (one line) when no text is found or the
 * page is refused (too deep, too many elements).
 */
export function extractHtml(html: string, url: string | null): HtmlExtract {
  const doc = parseBounded(html);
  const meta = pageMetadata(doc, url);
  const byClass = clean(doc);
  const all = lines(doc, byClass);
  const found = findContainer(all);
  let body = '';
  if (found) body = textUnder(found.els, all);
  else {
    // No markup says where the article is: content scoring on the page with the elements that only
    // their class marks as boilerplate (removing them takes whole wrappers on such pages).
    const lightLines = lines(doc);
    const stats = textByElement(lightLines);
    const scored = scoredContainer(lightLines, stats);
    const els = scored.length > 0 ? [...leadsFor(scored[0]!, lightLines).filter((l) => !scored.some((c) => c === l)), ...scored] : [];
    body = els.length > 0 ? textUnder(els, lightLines) : '';
    // Inside the container, the class-marked parts go too (comments, share bars, image credits), unless
    // that leaves little of it: then the class words mark wrappers of the text itself.
    const strict = els.length > 0 ? textUnder(els, all) : '';
    if (strict.length >= KEEP_STRICT * body.length) body = strict;
    // A best container with under half of the page's text (less menus and class-marked parts) means the
    // text is spread over many small containers (product pages, recipe cards): the page's text is it.
    const whole = textUnder([], all);
    if (body.length < SPREAD * whole.length) body = whole;
  }
  const ld = meta.articleBody?.replace(/[ \t]+/g, ' ').trim() ?? '';
  if (body.length < SHORT_TEXT && ld.length > body.length) body = ld;
  if (body === '') throw new InputError('no article text found');
  return {
    text: withTitle(meta.title, body),
    title: meta.title,
    author: meta.author,
    published: meta.published ?? textDate(body.slice(0, 2000)),
    lang: meta.lang,
    siteName: meta.siteName,
    url: meta.url,
  };
}
