/** Plain-text and HTML-page documents: one decoded input, one document. */
import { extractHtml } from '../html.js';
import type { IncomingDocument } from '../types.js';
import { fileNameDate } from '../validate.js';
import { blankDoc } from './common.js';

/**
 * A plain-text document's title: its first line, when that line is short, is followed by more text and
 * does not read as the start of the body (no closing full stop, comma or colon). A Markdown heading's
 * "#" marks are dropped. The text itself stays whole.
 */
export function textTitle(text: string): string | null {
  const m = /^\s*([^\n]*)\n([\s\S]*)$/.exec(text);
  if (!m || m[2]!.trim() === '') return null;
  const line = m[1]!.replace(/^#{1,6}\s+/, '').trim();
  if (line.length < 2 || line.length > 150 || /[.,;:]$/.test(line) || !/\p{L}/u.test(line)) return null;
  return line;
}

/** A text document; a file's date comes from its name, a fetched text's from nowhere. */
export function textDocument(text: string, origin: string, url: string | null = null): IncomingDocument {
  return { ...blankDoc(origin, text, 'text'), text, title: textTitle(text), url, published: url ? null : fileNameDate(origin) };
}

/** A page: its main text and metadata (html.ts). */
export function htmlDocument(html: string, origin: string, url: string | null): IncomingDocument {
  const page = extractHtml(html, url);
  const { text, title, author, published, lang, siteName } = page;
  return { ...blankDoc(origin, html, 'html'), text, title, author, published, lang, siteName, url: page.url };
}
