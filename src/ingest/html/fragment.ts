/**
 * HTML fragments (a feed item's content, a JSON record's "html"): the fragment is the article already, so
 * its text is read with block breaks and without the main-text search — on the same htmlparser2 tree and
 * line builder as whole pages. Also the title line that page and feed texts start with.
 */
import type { ChildNode, Document, Element } from 'domhandler';
import { isElement, parseBounded } from './dom.js';
import { isHidden, lines } from './main-text.js';

/** Elements whose content is never text in a fragment. */
const SKIP = new Set(
  'audio button canvas embed head iframe input link math meta noscript object script select style svg template textarea title video'.split(' '),
);

/** Removes, in place, scripts, styles, controls, media and hidden elements. */
function strip(root: Document | Element): void {
  const kept: ChildNode[] = [];
  for (const child of root.children) {
    if (child.type === 'comment' || child.type === 'directive' || child.type === 'cdata') continue;
    if (isElement(child)) {
      if (child.type !== 'tag' || SKIP.has(child.name) || isHidden(child)) continue;
      strip(child);
    }
    kept.push(child);
  }
  root.children = kept;
}

/**
 * The text of an HTML fragment with block breaks (one line per block element, white space collapsed).
 * Plain text comes back with its white space collapsed. Throws InputError for fragments nested too deep.
 */
export function htmlFragmentText(html: string): string {
  const doc = parseBounded(html);
  strip(doc);
  return lines(doc)
    .map((l) => l.text)
    .join('\n');
}

/** Prefixes the title as the first line unless the text already starts with it. */
export function withTitle(title: string | null, text: string): string {
  if (!title) return text;
  const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const first = text.split('\n', 1)[0] ?? '';
  if (fold(first) === fold(title) || fold(text).startsWith(fold(title))) return text;
  return `${title}\n${text}`;
}
