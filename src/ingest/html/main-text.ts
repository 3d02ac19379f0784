/**
 * The main text of a parsed page, in three steps (heuristics in the spirit of trafilatura and Readability,
 * written for this project; docs/html.md explains them):
 * 1. clean: drop elements that are never article text (scripts, forms' controls, menus, page headers and
 *    footers, hidden elements) and set aside those whose class or id names a page part that is not
 *    (lexicon src/lang/shared/html-boilerplate-classes.tsv);
 * 2. lines: the remaining text as lines, one per block element, each with its share of link text;
 * 3. container: the element that holds the article — one marked as the article body by its markup
 *    (itemprop=articleBody, article-body/entry-content-like classes, a single <article>), else the one
 *    content scoring finds (html/score.ts); its lines, less lines
 *    that are mostly links and the per-language boilerplate lines (src/lang/<code>/html-boilerplate.txt),
 *    are the text.
 */
import type { ChildNode, Document, Element } from 'domhandler';
import { readList, readTable } from '../../lang/lexicon.js';
import { elements, isElement, textOf } from './dom.js';

const dataFile = (path: string): URL => new URL(`../../lang/${path}`, import.meta.url);
/**
 * Class words: "part" (always a page part), "layout" (also a layout flag on wrappers) or "media" (an
 * image's wrapper: only its caption and credit are text, so it goes when it holds little text).
 */
type ClassKind = 'part' | 'layout' | 'media';
type ClassWords = Map<string, ClassKind>;
interface Lexicons {
  classes: ClassWords;
  lines: Set<string>;
  ends: Set<string>;
  calls: Set<string>;
}
let data: Lexicons | null = null;
const CODES = ['de', 'en', 'shared'];
/** A line lexicon of all languages (German, English, and the shared one for languages the analysis does not cover). */
const allLanguages = (name: string): Set<string> => new Set(CODES.flatMap((code) => [...readList(dataFile(`${code}/${name}`))]));
/** The lexicons, read once per process. */
function lexicons(): Lexicons {
  data ??= {
    classes: new Map(readTable(dataFile('shared/html-boilerplate-classes.tsv')).map(([w, k]) => [w!, k === 'part' || k === 'media' ? k : 'layout'])),
    lines: allLanguages('html-boilerplate.txt'),
    ends: allLanguages('html-section-ends.txt'),
    calls: allLanguages('html-calls-to-action.txt'),
  };
  return data;
}

/** Elements whose content is never article text. */
const SKIP = new Set(
  ('applet aside audio button canvas datalist dialog embed figcaption footer head iframe input link map math menu meta nav noscript object ' +
    'option rp rt script select style svg template textarea title video').split(' '),
);
/** Elements that end a line of text. */
const BLOCK = new Set(
  ('address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'header hgroup hr html li main nav ol p pre section summary table tbody tfoot thead tr td th ul').split(' '),
);
/** Never dropped for their class: the page's frame and the article's own containers. */
const KEEP = new Set(['html', 'body', 'main', 'article']);
/** Class tokens that qualify rather than name a part ("has-sidebar", "comments-open"). */
const QUALIFIER = /^(?:has|no|with|is|show|hide)[-_]|[-_](?:open|closed|enabled|disabled|active|count)$/;

/** The boilerplate class words (html-boilerplate-classes.tsv). */
export const classWords = (): ClassWords => lexicons().classes;

/** The parts of an element's class and id tokens: split at "-", "_" and camelCase, lower-cased; qualifiers skipped. */
export function classParts(el: Element): string[] {
  const attr = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`;
  const out: string[] = [];
  if (attr.trim() === '') return out;
  for (const token of attr.split(/\s+/)) {
    if (token === '' || QUALIFIER.test(token)) continue;
    for (const part of token.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase().split(/[-_]+/)) if (part !== '') out.push(part);
  }
  return out;
}

/** What an element's class and id say: a page part, a layout flag (maybe a wrapper), or nothing. */
function classKind(el: Element, classes: ClassWords): ClassKind | null {
  let kind: ClassKind | null = null;
  for (const part of classParts(el)) {
    const k = classes.get(part);
    if (k === 'part') return k;
    if (k === 'layout' || (k && !kind)) kind = k;
  }
  return kind;
}

/** Most text an image's wrapper holds (a caption and a credit). */
const MAX_CAPTION = 200;

/** Whether an element holds at least `n` paragraphs of running text (100+ characters, not links). */
function hasParagraphs(el: Element, n: number): boolean {
  let found = 0;
  for (const p of elements(el)) {
    if (p.name !== 'p') continue;
    if (textOf(p).trim().length >= 100 && ++found >= n) return true;
  }
  return false;
}

/** Whether the text under an element (white space runs counted as one) reaches `n` characters; stops there. */
function hasText(el: Element, n: number): boolean {
  let length = 0;
  const stack: ChildNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      length += node.data.replace(/\s+/g, ' ').length;
      if (length >= n) return true;
    } else if (node.type === 'tag') for (const c of node.children) stack.push(c);
  }
  return false;
}

export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a['style'];
  return style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * Removes, in place, what is never article text. A <header> inside an article or <main> stays (headline).
 * Returns the elements that only their class or id marks as boilerplate: they stay in the tree (content
 * scoring reads the page with them) and `lines(root, skip)` leaves them out.
 */
export function clean(root: Document | Element): Set<Element> {
  const { classes } = lexicons();
  const byClass = new Set<Element>();
  const visit = (el: Document | Element, inArticle: boolean, marked: boolean): void => {
    const kept: ChildNode[] = [];
    for (const child of el.children) {
      if (child.type === 'comment' || child.type === 'directive' || child.type === 'cdata') continue;
      if (isElement(child)) {
        const name = child.name;
        if (SKIP.has(name) || child.type !== 'tag' || isHidden(child)) continue;
        // A page header holds the site's name and menu; one left unclosed around the whole page holds the article.
        if (name === 'header' && !inArticle && !hasParagraphs(child, 3)) continue;
        let inMarked = marked;
        if (!marked && !KEEP.has(name)) {
          const kind = classKind(child, classes) ?? (name === 'figure' ? 'media' : null);
          if (kind === 'part' || (kind === 'layout' && !hasParagraphs(child, 3)) || (kind === 'media' && !hasText(child, MAX_CAPTION))) {
            byClass.add(child);
            inMarked = true;
          }
        }
        visit(child, inArticle || name === 'article' || name === 'main', inMarked);
      }
      kept.push(child);
    }
    el.children = kept;
  };
  visit(root, false, false);
  return byClass;
}

export interface Line {
  text: string;
  /** Characters of link text in the line. */
  linkChars: number;
  /** The block element the line belongs to. */
  block: Element | null;
}

/**
 * The text under a node as lines, one per block element; white space collapsed, empty lines dropped;
 * the elements in `skip` (and what they hold) left out.
 */
export function lines(root: Document | Element, skip: ReadonlySet<Element> = new Set()): Line[] {
  const out: Line[] = [];
  let text = '';
  let linkChars = 0;
  const blocks: (Element | null)[] = [root.type === 'root' ? null : (root as Element)];
  const flush = (): void => {
    const s = text.replace(/\s+/g, ' ').trim();
    if (s !== '') out.push({ text: s, linkChars: Math.min(linkChars, s.length), block: blocks[blocks.length - 1]! });
    text = '';
    linkChars = 0;
  };
  const walk = (node: ChildNode, inLink: boolean, pre: boolean): void => {
    if (node.type === 'text') {
      if (pre && node.data.includes('\n')) {
        node.data.split('\n').forEach((part, i) => {
          if (i > 0) flush();
          text += part;
        });
      } else text += node.data;
      if (inLink) linkChars += node.data.replace(/\s+/g, ' ').length;
      return;
    }
    if (node.type !== 'tag' || skip.has(node)) return;
    const name = node.name;
    if (name === 'br') return flush();
    const block = BLOCK.has(name);
    if (block) {
      flush();
      blocks.push(node);
    }
    if (name === 'td' || name === 'th') text += ' ';
    for (const child of node.children) walk(child, inLink || name === 'a', pre || name === 'pre');
    if (block) {
      flush();
      blocks.pop();
    }
  };
  for (const child of root.children) walk(child, false, false);
  flush();
  return out;
}

/** Classes and ids that mark an article's body in common CMSs and site templates. */
const BODY_MARK =
  /(?:^|[-_\s])(?:article[-_]?(?:body|content|text|main)|entry[-_]?(?:content|body)|post[-_]?(?:body|content|entry|text)|story[-_]?(?:body|content|text)|content[-_]?(?:body|main|article)|main[-_]?content|news[-_]?(?:text|body|content)|blog[-_]?(?:post|entry)[-_]?(?:content|body)|single[-_]?(?:content|post)|text[-_]?(?:content|body)|field[-_]?name[-_]?body|td[-_]post[-_]content|rich[-_]?text|artikel[-_]?(?:text|inhalt|body))(?:$|[-_\s])/i;

/** Characters of text in lines under each element, and of text outside links (for density). */
export function textByElement(all: Line[]): Map<Element, { chars: number; plain: number }> {
  const by = new Map<Element, { chars: number; plain: number }>();
  for (const line of all) {
    for (let el: Element | null = line.block; el; el = el.parent as Element | null) {
      if (el.type !== 'tag') break;
      const e = by.get(el) ?? { chars: 0, plain: 0 };
      e.chars += line.text.length;
      e.plain += line.text.length - line.linkChars;
      by.set(el, e);
    }
  }
  return by;
}

/**
 * The element holding the article by its markup: a marked one with at least MIN_MARKED characters of
 * plain text, or a single <article>; null when the markup does not say (html/score.ts decides then).
 */
export function findContainer(all: Line[]): { els: Element[]; how: 'marked' | 'article' } | null {
  const stats = textByElement(all);
  const plain = (el: Element): number => stats.get(el)?.plain ?? 0;
  const total = Math.max(1, all.reduce((n, l) => n + l.text.length - l.linkChars, 0));
  const marked: Element[] = [];
  const articles: Element[] = [];
  for (const el of stats.keys()) {
    const a = el.attribs;
    if (el.name !== 'body' && el.name !== 'html' && (a['itemprop'] === 'articleBody' || BODY_MARK.test(`${a['class'] ?? ''} ${a['id'] ?? ''}`))) marked.push(el);
    if (el.name === 'article') articles.push(el);
  }
  const best = (els: Element[]): Element | null => els.reduce<Element | null>((b, e) => (b === null || plain(e) > plain(b) ? e : b), null);
  // A marked body, widened to the marked element that holds the others (split bodies, lead + text).
  const body = best(marked);
  if (body && plain(body) >= MIN_MARKED && plain(body) >= 0.2 * total) {
    const el = widen(body, marked, plain);
    return { els: [...leadsFor(el, all, stats.keys()), el], how: 'marked' };
  }
  const article = best(articles);
  // One <article> holding most of the page's article-like text; several similar ones are teasers.
  if (article && plain(article) >= MIN_MARKED && (articles.length === 1 || plain(article) >= 0.5 * articles.reduce((n, a) => n + plain(a), 0))) return { els: [article], how: 'article' };
  return null;
}

const MIN_MARKED = 200;

/** Classes of an article's lead paragraph, which templates often put outside the body (in the header). */
const LEAD_MARK = /(?:^|[-_\s])(?:intro|lead|leadtext|teaser|excerpt|standfirst|summary|subline|kicker|abstract|vorspann)(?:$|[-_\s])/i;
/** How far up from the body a lead may sit: the body's ancestors up to this many levels share it. */
const LEAD_LEVELS = 3;

/**
 * The article's lead when the template puts it before the body, outside it: running-text lines between the
 * headline and the body, and elements marked as a lead (among `marked`, the elements that hold lines; none
 * when the body was found by content scoring, whose class words are less sure).
 */
export function leadsFor(body: Element, all: Line[], marked: Iterable<Element> = []): Element[] {
  const scope = leadScope(body);
  const leads = leadsOf(body, scope, marked);
  return [...leads, ...leadLinesBefore(body, scope, all).filter((b) => !leads.some((l) => within(b, l)))];
}

/** The body's nearest ancestors that may hold its lead: up to LEAD_LEVELS levels, not beyond an <article>. */
function leadScope(body: Element): Element[] {
  const scope: Element[] = [];
  for (let p = body.parent as Element | null, i = 0; p && p.type === 'tag' && i < LEAD_LEVELS; p = p.parent as Element | null, i++) {
    scope.push(p);
    if (p.name === 'article') break;
  }
  return scope;
}

/**
 * Elements marked as the article's lead that come before the body inside one of its nearest ancestors
 * (an <article> or up to LEAD_LEVELS levels up), and are not inside the body already.
 */
function leadsOf(body: Element, scope: Element[], candidates: Iterable<Element>): Element[] {
  const leads: Element[] = [];
  for (const el of candidates) {
    if (!LEAD_MARK.test(`${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`) || within(el, body)) continue;
    if (scope.some((anc) => within(el, anc)) && !leads.some((l) => within(el, l))) leads.push(el);
  }
  return leads;
}

/** How many lines before the body a lead without a class of its own may sit (date, byline, image between). */
const LEAD_LINES = 4;

/**
 * The blocks of running-text lines (MIN_PARAGRAPH+ characters, almost no links) just before the body and
 * after the headline (an <h1>), inside the body's lead scope: the lead that templates put in the article's
 * header under a class of their own ("article-deck", "perex", "bajada").
 */
function leadLinesBefore(body: Element, scope: Element[], all: Line[]): Element[] {
  const top = scope[scope.length - 1];
  const first = all.findIndex((l) => l.block !== null && within(l.block, body));
  if (!top || first <= 0) return [];
  const out: Element[] = [];
  for (let i = first - 1; i >= 0 && i >= first - LEAD_LINES; i--) {
    const l = all[i]!;
    if (!l.block || !within(l.block, top) || l.block.name === 'h1') break;
    if (l.text.length >= MIN_PARAGRAPH && l.linkChars <= 0.1 * l.text.length && !within(body, l.block)) out.unshift(l.block);
  }
  return out;
}

/** The lowest marked ancestor of `el` that has little more text than the marked ones inside it. */
function widen(el: Element, marked: Element[], plain: (el: Element) => number): Element {
  let out = el;
  for (let p = el.parent as Element | null; p && p.type === 'tag'; p = p.parent as Element | null) {
    if (marked.includes(p) && plain(p) <= 1.5 * plain(out)) out = p;
  }
  return out;
}

/** A line's text as the line lexicons list it: lower case, without leading and trailing punctuation. */
const lineKey = (text: string): string => text.toLowerCase().replace(/[\s.:!?…»«>|•·()-]+$/u, '').replace(/^[\s»«>|•·(¿¡-]+/u, '');

/** Whether the lexicon holds the key or, for phrases of two words or more, a phrase the key starts with ("Mehr zum Thema auf …"). */
function startsWithPhrase(key: string, phrases: Set<string>, minWords: number): boolean {
  if (phrases.has(key)) return true;
  const words = key.split(' ');
  let prefix = '';
  for (let n = 1; n < words.length && n <= MAX_PHRASE_WORDS; n++) {
    prefix = n === 1 ? words[0]! : `${prefix} ${words[n - 1]!}`;
    if (n >= minWords && phrases.has(prefix.replace(/[\s.:!?…,;]+$/u, ''))) return true;
  }
  return false;
}

/** Longest phrase, in words, matched at the start of a line. */
const MAX_PHRASE_WORDS = 6;

/** Lines longer than this are never a lexicon phrase (the phrases are short; saves the key on running text). */
const MAX_PHRASE_LINE = 200;

/** Longest label (not a heading) that can end the article: "Mehr zum Thema:", "Temas relacionados". */
const MAX_END_LABEL = 40;

/**
 * Whether a line starts what follows the article ("Mehr zum Thema", "Comments"): a heading, or a short
 * label line, from the section-end lists.
 */
export function isSectionEnd(l: Line): boolean {
  if (l.block === null || l.text.length > MAX_PHRASE_LINE || !startsWithPhrase(lineKey(l.text), lexicons().ends, 2)) return false;
  return /^h[1-6]$/.test(l.block.name) || (l.block.name !== 'li' && l.text.length <= MAX_END_LABEL);
}

/** Whether a line is boilerplate by its words: a lexicon line, alone or as a "Label:" prefix. */
export function isBoilerplateLine(text: string): boolean {
  if (text.length > MAX_PHRASE_LINE) return false;
  const key = lineKey(text);
  if (lexicons().lines.has(key)) return true;
  const colon = key.indexOf(':');
  if (colon > 0 && colon < 40 && text.length < 80 && lexicons().lines.has(key.slice(0, colon).trim())) return true;
  // An image credit: "© Agentur / Fotograf".
  if (text.length < 80 && /^\(?(?:©|\(c\) )/iu.test(text)) return true;
  // A date stamp: a label of the lexicon and a date ("Letzte Änderung 14.02.2019", "Updated on 3/4/2021").
  const stamp = DATE_STAMP.exec(key);
  return stamp !== null && text.length < 60 && lexicons().lines.has(stamp[1]!.trim());
}

/** A label, maybe a preposition, and a date in digits. */
const DATE_STAMP = /^(\p{L}[\p{L} ]{0,30}?)\s*:?\s*(?:am |on |vom |at |le |el )?\d{1,4}[./\- ]\d{1,2}/u;

/** Longest line that can be a call to action (follow us, subscribe, get the app). */
const MAX_CALL_LINE = 300;

/**
 * Drops, in place, the calls to action at the end of the text: lines that start with a phrase of
 * html-calls-to-action.txt ("Folgen Sie uns", "Subscribe now", "Síguenos en"), from the last line back
 * over short lines, up to the last line of running text that is none.
 */
function dropTrailingCalls(kept: string[]): void {
  const { calls } = lexicons();
  for (let i = kept.length - 1; i > 0; i--) {
    const t = kept[i]!;
    if (t.length <= MAX_CALL_LINE && startsWithPhrase(lineKey(t), calls, 1)) kept.splice(i, 1);
    else if (t.length >= MIN_PARAGRAPH) break;
  }
}

/** Whether a line is mostly links: menus, teaser lists, tag clouds. */
const isLinkLine = (l: Line): boolean => l.linkChars > 0.5 * l.text.length;

/** A line this long is running text (for what follows a section-end box). */
const MIN_PARAGRAPH = 100;
/** Running text after a section end (and its box) for the article to go on after it. */
const MIN_AFTER_BOX = 300;

/** Whether `el` is `anc` or inside it. */
function within(el: Element, anc: Element): boolean {
  for (let e: Element | null = el; e; e = e.parent as Element | null) if (e === anc) return true;
  return false;
}

/** The text of the lines under the containers (all lines when there are none), less link lines and boilerplate lines. */
export function textUnder(containers: Element[], all: Line[]): string {
  const set = new Set(containers);
  const inside = (l: Line): boolean => {
    if (set.size === 0) return true;
    for (let el: Element | null = l.block; el; el = el.parent as Element | null) if (set.has(el)) return true;
    return false;
  };
  // Characters of running text (paragraphs of MIN_PARAGRAPH+ characters, few links) from each line on.
  const rest = new Array<number>(all.length + 1).fill(0);
  for (let i = all.length - 1; i >= 0; i--) {
    const l = all[i]!;
    rest[i] = rest[i + 1]! + (l.text.length >= MIN_PARAGRAPH && !isLinkLine(l) && inside(l) ? l.text.length : 0);
  }
  const kept: string[] = [];
  let skip: Element | null = null;
  for (let i = 0; i < all.length; i++) {
    const l = all[i]!;
    if (!inside(l)) continue;
    if (skip && l.block && within(l.block, skip)) continue;
    skip = null;
    // A "related articles" or "comments" heading or label (unless nothing came before it) ends the text,
    // unless running text follows: then the line is dropped, with the box it heads when it has one of its
    // own ("Lesen Sie auch" and its links inside the article), and the text goes on.
    if (kept.length > 0 && isSectionEnd(l)) {
      const parent = l.block!.parent;
      let box = parent && parent.type === 'tag' && parent.name !== 'body' && !containers.some((c) => within(c, parent)) ? parent : null;
      let j = i + 1;
      while (box && j < all.length && all[j]!.block && within(all[j]!.block!, box)) j++;
      // A "box" with running text before the heading is the wrapper of the article's text: only the line goes.
      let k = i;
      while (box && k > 0 && all[k - 1]!.block && within(all[k - 1]!.block!, box)) k--;
      if (rest[k]! > rest[i]!) [box, j] = [null, i + 1];
      if (rest[j]! < MIN_AFTER_BOX) break;
      skip = box;
      continue;
    }
    if (!isLinkLine(l) && !isBoilerplateLine(l.text)) kept.push(l.text);
  }
  dropTrailingCalls(kept);
  return kept.join('\n');
}
