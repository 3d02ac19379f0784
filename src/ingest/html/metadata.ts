/**
 * Page metadata from a parsed page: JSON-LD first, then meta tags, then elements (<time>, itemprop), then
 * the URL and the text (dates only). A publication date in the future or before 1990 is no date.
 */
import type { Document, Element } from 'domhandler';
import { cleanString, firstOf, normalizeAuthor, normalizeDate, normalizeLang } from '../meta.js';
import { elements, textOf } from './dom.js';

export interface PageMetadata {
  title: string | null;
  author: string | null;
  published: string | null;
  lang: string | null;
  siteName: string | null;
  /** link rel=canonical or og:url resolved against the page URL, else the page URL. */
  url: string | null;
  /** JSON-LD articleBody, when the page has one. */
  articleBody: string | null;
}

const ARTICLE_TYPE = /^(?:\w*NewsArticle|Article|ReportageNews|BlogPosting|LiveBlogPosting|Report|TechArticle|Recipe|WebPage)$/;

/** A date only when it falls between 1990 and tomorrow (time zones), else null. */
export function plausibleDate(value: unknown, now = Date.now()): string | null {
  const iso = normalizeDate(value);
  if (iso === null) return null;
  const year = Number(iso.slice(0, 4));
  if (year < 1990) return null;
  const ms = Date.parse(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
  if (Number.isNaN(ms) || ms > now + 86_400_000) return null;
  return iso;
}

function linkedData(doc: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') {
      const node = v as Record<string, unknown>;
      const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t.replace(/^(?:https?:\/\/)?schema\.org\//, '')))) found.push(node);
      visit(node['@graph']);
      visit(node['mainEntity']);
    }
  };
  for (const el of elements(doc)) {
    if (el.name !== 'script' || (el.attribs['type'] ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const source = textOf(el).replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '');
    try {
      visit(JSON.parse(source));
    } catch {
      // A broken JSON-LD block is the page's problem, not a reason to give up on its text.
    }
  }
  // Articles before generic web pages.
  return found.sort((a, b) => Number(a['@type'] === 'WebPage') - Number(b['@type'] === 'WebPage'));
}

const MONTHS: Record<string, number> = {
  jan: 1, januar: 1, january: 1, jänner: 1, feb: 2, februar: 2, february: 2, mär: 3, märz: 3, mar: 3, march: 3, apr: 4, april: 4,
  mai: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, november: 11, dez: 12, dezember: 12, dec: 12, december: 12,
};
const pad = (n: number): string => String(n).padStart(2, '0');

/** A date in a URL path: /2024/10/18/, /2024-10-18-, /20241018. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  const m = /[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url);
  return m ? plausibleDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

/** The first date written out in a text: 18.10.2024, 18. Oktober 2024, October 18, 2024, 2024-10-18. */
export function textDate(text: string): string | null {
  const re =
    /\b(?:(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})|(\d{1,2})\.?\s+([A-Za-zÄäÖöÜü]{3,9})\.?\s+((?:19|20)\d{2})|([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})-(\d{2}))\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let y: string, mo: number | undefined, d: number;
    if (m[1]) [y, mo, d] = [m[3]!, Number(m[2]), Number(m[1])];
    else if (m[4]) [y, mo, d] = [m[6]!, MONTHS[m[5]!.toLowerCase()], Number(m[4])];
    else if (m[7]) [y, mo, d] = [m[9]!, MONTHS[m[7].toLowerCase()], Number(m[8])];
    else [y, mo, d] = [m[10]!, Number(m[11]), Number(m[12])];
    if (mo === undefined) continue;
    const iso = plausibleDate(`${y}-${pad(mo)}-${pad(d)}`);
    if (iso) return iso;
  }
  return null;
}

/** Drops a " | Site", " - Site" or " – Site" part from a page title, when the site is named or the rest is longer. */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|–—·•»]\s+|\s+-\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase() ?? null;
  const named = parts.filter((p) => site === null || !(p.toLowerCase().includes(site) || site.includes(p.toLowerCase())));
  if (site !== null && named.length > 0 && named.length < parts.length) return named.join(' - ');
  // No site name to go by: the last part is the site's name when it is the shorter one.
  return parts[0]!.length >= parts[parts.length - 1]!.length ? parts.slice(0, -1).join(' - ') : title;
}

/** Metadata of a parsed page (read before the extractor changes the tree); `pageUrl` resolves relative URLs. */
export function pageMetadata(doc: Document, pageUrl: string | null): PageMetadata {
  const metas = new Map<string, string>();
  const dateElements: string[] = [];
  let htmlLang: string | null = null;
  let docTitle: string | null = null;
  let h1: string | null = null;
  let canonical: string | null = null;
  for (const el of elements(doc)) {
    const a = el.attribs;
    if (el.name === 'meta') {
      const key = a['property'] ?? a['name'] ?? a['itemprop'] ?? a['http-equiv'];
      const content = cleanString(a['content']);
      if (key && content && !metas.has(key.trim().toLowerCase())) metas.set(key.trim().toLowerCase(), content);
    } else if (el.name === 'html') htmlLang ??= a['lang'] ?? a['xml:lang'] ?? null;
    else if (el.name === 'title') docTitle ??= cleanString(textOf(el));
    else if (el.name === 'h1') h1 ??= cleanString(textOf(el));
    else if (el.name === 'link' && (a['rel'] ?? '').toLowerCase().split(/\s+/).includes('canonical')) canonical ??= a['href'] ?? null;
    if (a['itemprop'] === 'datePublished' || (el.name === 'time' && ('pubdate' in a || a['datetime']))) {
      dateElements.push(a['content'] ?? a['datetime'] ?? textOf(el));
    }
  }
  const meta = (...keys: string[]): string[] => keys.flatMap((k) => (metas.has(k) ? [metas.get(k)!] : []));
  const ld = linkedData(doc);
  const ldField = (key: string): unknown[] => ld.map((n) => n[key]);
  let url: string | null = null;
  try {
    url = (canonical ?? metas.get('og:url')) ? new URL((canonical ?? metas.get('og:url'))!, pageUrl ?? undefined).href : null;
  } catch {
    url = null;
  }
  const siteName =
    firstOf(meta('og:site_name', 'application-name', 'twitter:site'), cleanString)?.replace(/^@/, '') ??
    firstOf(ld.map((n) => (n['publisher'] as { name?: unknown } | undefined)?.name), cleanString);
  const headline = firstOf([...ldField('headline'), ...meta('og:title', 'twitter:title', 'dc.title')], cleanString);
  const title = stripSiteSuffix(headline ?? docTitle ?? h1 ?? '', siteName) || null;
  const body = firstOf(ldField('articleBody'), (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null));
  const published =
    firstOf(
      [
        ...ldField('datePublished'),
        ...meta('article:published_time', 'og:published_time', 'og:article:published_time', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'datepublished', 'sailthru.date', 'parsely-pub-date'),
        ...dateElements,
        ...ldField('dateCreated'),
        ...ldField('dateModified'),
        ...meta('article:modified_time', 'og:updated_time', 'last-modified', 'dcterms.modified'),
      ],
      (v) => plausibleDate(v),
    ) ?? urlDate(url ?? pageUrl);
  return {
    title,
    author: firstOf([...ldField('author'), ...meta('author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author')], normalizeAuthor),
    published,
    lang: normalizeLang(htmlLang) ?? firstOf([...ldField('inLanguage'), ...meta('content-language', 'dc.language', 'og:locale')], normalizeLang),
    siteName,
    url: url ?? pageUrl,
    articleBody: body,
  };
}

export type { Element };
