/**
 * The previous HTML path, kept only for `eval html --baseline` (its dependencies, linkedom and
 * @mozilla/readability, are development dependencies; eval-html.ts imports this module on demand). The
 * page is parsed with linkedom; Readability picks the article and
 * drops navigation, footers, banners and the like; the text is rebuilt from the article's block elements
 * so that paragraphs stay on lines of their own. Metadata comes from JSON-LD first, then meta tags, then
 * what Readability found.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from '../decode.js';
import type { HtmlExtract } from '../html.js';
import { withTitle } from './fragment.js';
import { cleanString, firstOf, normalizeAuthor, normalizeDate, normalizeLang } from '../meta.js';

// linkedom's type declarations lean on the DOM library, which this project does not load; these are the
// few members used here.
interface DomNode {
  nodeType: number;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}
interface DomElement extends DomNode {
  localName: string;
  parentNode: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  appendChild(node: DomNode): DomNode;
  remove(): void;
}
interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  title: string;
  createElement(name: string): DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Parses HTML into a document that always has <html>, <head> and <body>. linkedom does not build those
 * the way a browser does: a fragment or plain text yields no document element at all, and content outside
 * <body> is not put into one.
 */
function parseDocument(html: string): DomDocument {
  let doc = parseHTML(html).document as DomDocument;
  if (doc.documentElement?.localName !== 'html') {
    doc = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as DomDocument;
  }
  const root = doc.documentElement!;
  let body = doc.body;
  if (!body) body = root.appendChild(doc.createElement('body')) as DomElement;
  for (const child of Array.from(root.childNodes)) {
    if (child === body || (child.nodeType === ELEMENT_NODE && (child as DomElement).localName === 'head')) continue;
    body.appendChild(child);
  }
  return doc;
}

/** Elements that end a line of text. */
const BLOCK = new Set(
  ('address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody tfoot thead tr ul').split(' '),
);
/** Elements whose content is never article text. */
const SKIP = new Set(
  ('audio button canvas embed head iframe input link math meta noscript object script select style svg template ' +
    'textarea title video').split(' '),
);

/**
 * The text under an element, one line per block element: runs of white space collapse to one space inside
 * a line (in <pre>, line breaks are kept), empty lines are dropped. Hidden elements are skipped.
 */
function blockText(root: DomElement): string {
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    const s = line.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (s !== '') lines.push(s);
    line = '';
  };
  const walk = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const data = node.textContent ?? '';
      if (!pre) line += data;
      else {
        const parts = data.split('\n');
        parts.forEach((part, i) => {
          if (i > 0) flush();
          line += part;
        });
      }
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as DomElement;
    const tag = el.localName.toLowerCase();
    if (SKIP.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'br') return flush();
    const block = BLOCK.has(tag);
    if (block) flush();
    // Table cells sit side by side: keep them apart with a space.
    if (tag === 'td' || tag === 'th') line += ' ';
    for (const child of Array.from(el.childNodes)) walk(child, pre || tag === 'pre');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return lines.join('\n');
}

/** Boilerplate by element and role: menus, page footers, side columns, dialogs (cookie banners). */
const BOILERPLATE_SELECTOR =
  'nav, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="dialog"]';
/**
 * Boilerplate by class or id: a token that is, or starts with, one of these words ("cookie-consent",
 * "related", "share_bar"), but not one that merely contains it ("has-share-buttons").
 */
const BOILERPLATE_TOKEN =
  /^(?:cookies?|consent|gdpr|newsletter|paywall|breadcrumbs?|share|sharing|social|sidebar|related|comments?|promo|advert|ads?|byline|dateline)(?:$|[-_])/i;

/** Removes boilerplate under an element, in place. */
function stripBoilerplate(root: DomElement): void {
  for (const el of Array.from(root.querySelectorAll(BOILERPLATE_SELECTOR))) el.remove();
  // A page header holds the site's name and menu; a header inside an article holds the headline.
  for (const el of Array.from(root.querySelectorAll('header'))) {
    let inArticle = false;
    for (let p = el.parentNode; p && !inArticle; p = p.parentNode) inArticle = p.localName === 'article' || p.localName === 'main';
    if (!inArticle) el.remove();
  }
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/);
    if (tokens.some((t) => BOILERPLATE_TOKEN.test(t))) el.remove();
  }
}

/**
 * The text of an article element (or of the whole body) without boilerplate. Readability keeps menus on
 * short pages and bylines when the page's metadata names the author. Should the removal leave nothing,
 * the text as it was is the better guess.
 */
function articleText(root: DomElement): string {
  const whole = blockText(root);
  stripBoilerplate(root);
  return blockText(root) || whole;
}

const ARTICLE_TYPE = /^(?:\w*NewsArticle|Article|ReportageNews|BlogPosting|LiveBlogPosting|Report)$/;

interface LinkedData {
  headline: string | null;
  published: string | null;
  author: string | null;
  lang: string | null;
}

/** The first article object in the page's JSON-LD blocks (top level, arrays, @graph), or null. */
function jsonLdArticle(doc: DomDocument): LinkedData | null {
  const isArticle = (node: Record<string, unknown>): boolean => {
    const type = node['@type'];
    const types = Array.isArray(type) ? type : [type];
    return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t.replace(/^(?:https?:\/\/)?schema\.org\//, '')));
  };
  const find = (value: unknown): Record<string, unknown> | null => {
    if (Array.isArray(value)) {
      for (const v of value) {
        const hit = find(v);
        if (hit) return hit;
      }
      return null;
    }
    if (value === null || typeof value !== 'object') return null;
    const node = value as Record<string, unknown>;
    if (isArticle(node)) return node;
    return find(node['@graph']) ?? find(node['mainEntity']);
  };
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    // Some CMSs wrap the JSON in a comment or CDATA section for old browsers.
    const source = (script.textContent ?? '').replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '');
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue; // A broken JSON-LD block is the page's problem, not a reason to give up on its text.
    }
    const article = find(data);
    if (article) {
      return {
        headline: cleanString(article['headline']) ?? cleanString(article['name']),
        published: normalizeDate(article['datePublished']),
        author: normalizeAuthor(article['author']),
        lang: normalizeLang(article['inLanguage']),
      };
    }
  }
  return null;
}

interface PageMetadata extends LinkedData {
  /** The <title> element's text. */
  docTitle: string | null;
  url: string | null;
}

/** Metadata from JSON-LD, meta tags, <time> and <html lang>; read before Readability changes the document. */
function pageMetadata(doc: DomDocument, pageUrl: string | null): PageMetadata {
  // Meta tags by lower-cased name, property, itemprop or http-equiv; the first one with content wins.
  const metas = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv');
    const content = cleanString(meta.getAttribute('content'));
    if (key && content && !metas.has(key.trim().toLowerCase())) metas.set(key.trim().toLowerCase(), content);
  }
  const meta = (...keys: string[]): string[] => keys.flatMap((k) => (metas.has(k) ? [metas.get(k)!] : []));

  // itemprop="datePublished" also sits on <time datetime> and other elements; a <time> in the article
  // is the last resort.
  const dateElements = Array.from(doc.querySelectorAll('[itemprop="datePublished"], article time[datetime], time[pubdate]'));
  const elementDates = dateElements.map((el) => el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent);

  let url: string | null = null;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metas.get('og:url') ?? null;
  if (canonical) {
    try {
      url = new URL(canonical, pageUrl ?? undefined).href;
    } catch {
      url = null;
    }
  }

  const ld = jsonLdArticle(doc);
  return {
    headline: ld?.headline ?? firstOf(meta('og:title', 'twitter:title'), cleanString),
    published:
      ld?.published ??
      firstOf(
        [
          ...meta('article:published_time', 'og:published_time', 'date', 'pubdate', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'datepublished'),
          ...elementDates,
        ],
        normalizeDate,
      ),
    author: ld?.author ?? firstOf(meta('author', 'article:author', 'dc.creator', 'dcterms.creator'), normalizeAuthor),
    lang:
      normalizeLang(doc.documentElement?.getAttribute('lang')) ??
      ld?.lang ??
      firstOf(meta('content-language', 'dc.language', 'og:locale'), normalizeLang),
    docTitle: cleanString(doc.title),
    url: url ?? pageUrl,
  };
}

/** Readability's article element (the serializer hands back the node itself instead of HTML) and metadata. */
function readabilityArticle(doc: DomDocument): { content: DomElement | null; title: string | null; byline: string | null; published: string | null } {
  try {
    const article = new Readability<DomElement>(doc, {
      serializer: (node) => node as unknown as DomElement,
      // Classes let articleText recognise the boilerplate Readability leaves in (bylines, share bars).
      keepClasses: true,
    }).parse();
    return {
      content: article?.content ?? null,
      title: cleanString(article?.title),
      byline: normalizeAuthor(article?.byline),
      published: normalizeDate(article?.publishedTime),
    };
  } catch {
    // Readability gives up on some odd documents; the body-text fallback then takes over.
    return { content: null, title: null, byline: null, published: null };
  }
}

/**
 * Extracts an article's text and metadata from an HTML page. `url` is the page's address (for resolving
 * the canonical URL), or null. Throws InputError (one line) when no text is found or the page cannot be
 * read at all.
 */
export function extractHtml(html: string, url: string | null): Omit<HtmlExtract, 'siteName'> {
  try {
    const doc = parseDocument(html);
    const meta = pageMetadata(doc, url);
    const article = readabilityArticle(doc);
    let body = article.content ? articleText(article.content) : '';
    // When Readability finds nothing, the body, less the usual boilerplate, is the text. The first
    // document was changed by Readability, so parse again.
    if (body === '') body = articleText(parseDocument(html).body!);
    if (body === '') throw new InputError('no article text found');
    const title = meta.headline ?? article.title ?? meta.docTitle;
    return {
      text: withTitle(title, body),
      title,
      author: meta.author ?? article.byline,
      published: meta.published ?? article.published,
      lang: meta.lang,
      url: meta.url,
    };
  } catch (err) {
    if (err instanceof InputError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new InputError(`cannot read the HTML: ${message.split('\n')[0]}`);
  }
}
