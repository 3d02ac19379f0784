/**
 * The article's container on a page whose markup does not say where it is: content scoring on the
 * htmlparser2 tree (the ideas of Readability and trafilatura — text density, commas, link density, class
 * words — written for this project; docs/html.md). Each line of running text in a paragraph-like block
 * scores its ancestors (fully the parent, half the grandparent, less further up); an element's score starts
 * from its tag and class words and is scaled by its share of text outside links. The best element, moved
 * up where its ancestors score as well, and its siblings that score or read like paragraphs are the article.
 */
import type { Element } from 'domhandler';
import { readTable } from '../../lang/lexicon.js';
import { textOf } from './dom.js';
import { classParts, classWords, type Line } from './main-text.js';

let weights: Map<string, number> | null = null;
/** Class words and their weights, read once per process. */
function classWeights(): Map<string, number> {
  if (!weights) {
    weights = new Map();
    for (const [w] of classWords()) weights.set(w, -25);
    for (const [w, n] of readTable(new URL('../../lang/shared/html-content-classes.tsv', import.meta.url))) weights.set(w!, Number(n));
  }
  return weights;
}

/** Blocks whose lines count as paragraphs (a <div> with text of its own is one, as Readability makes it). */
const SCORED = new Set(['p', 'td', 'pre', 'div', 'section', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Lines shorter than this are not scored. */
const MIN_LINE = 25;
/** How many ancestors a line scores. */
const LEVELS = 5;

function tagWeight(el: Element): number {
  switch (el.name) {
    case 'div':
    case 'article':
    case 'main':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

function classWeight(el: Element): number {
  const w = classWeights();
  let n = 0;
  const seen = new Set<string>();
  for (const part of classParts(el)) {
    const k = w.get(part);
    if (k !== undefined && !seen.has(part)) {
      seen.add(part);
      n += k;
    }
  }
  return Math.max(-50, Math.min(50, n));
}

const COMMAS = /[,;\u060C\u3001\uFE10\uFE11\uFE50\uFF0C]/g;
const isTag = (n: unknown): n is Element => n !== null && typeof n === 'object' && (n as Element).type === 'tag';

/** Characters in lines under each element, and of those outside links. */
export type TextStats = Map<Element, { chars: number; plain: number }>;

/**
 * The elements that hold the article on a page without article markup (the best-scoring container and
 * its siblings that belong to it), or [] when no line of running text is found.
 */
export function scoredContainer(all: Line[], stats: TextStats): Element[] {
  const raw = new Map<Element, number>();
  for (const l of all) {
    if (!l.block || !SCORED.has(l.block.name) || l.text.length < MIN_LINE) continue;
    const points = 1 + (l.text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(l.text.length / 100), 3);
    let el = l.block.parent;
    for (let level = 0; level < LEVELS && isTag(el); level++, el = el.parent) {
      const s = raw.get(el) ?? tagWeight(el) + classWeight(el);
      raw.set(el, s + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  if (raw.size === 0) return [];
  const score = (el: Element): number => {
    const s = raw.get(el);
    if (s === undefined) return 0;
    const st = stats.get(el);
    return st && st.chars > 0 ? (s * st.plain) / st.chars : s;
  };
  const ranked = [...raw.keys()].map((el) => ({ el, s: score(el) })).sort((a, b) => b.s - a.s);
  let top = ranked[0]!.el;
  const topScore = ranked[0]!.s;
  // Several near-best candidates under one ancestor: the article is split, take the ancestor.
  const near = ranked.slice(1, 5).filter((c) => c.s >= 0.75 * topScore).map((c) => c.el);
  if (near.length >= 3) {
    for (let p = top.parent; isTag(p); p = p.parent) {
      if (near.filter((c) => contains(p as Element, c)).length >= 3) {
        top = p;
        break;
      }
    }
  }
  // Up while the parent scores higher (the container of the scored block), or the top is an only child.
  let last = score(top);
  for (let p = top.parent; isTag(p) && p.name !== 'body'; p = p.parent) {
    const s = raw.has(p) ? score(p) : null;
    if (s === null) continue;
    if (s < last / 3) break;
    if (s > last) {
      top = p;
      break;
    }
    last = s;
  }
  while (isTag(top.parent) && top.parent.name !== 'body' && top.parent.children.filter(isTag).length === 1) top = top.parent;
  return withSiblings(top, score, stats);
}

function contains(anc: Element, el: Element): boolean {
  for (let e: Element | null = el; e; e = isTag(e.parent) ? e.parent : null) if (e === anc) return true;
  return false;
}

/** The top element and those of its siblings that score well or read like paragraphs. */
function withSiblings(top: Element, score: (el: Element) => number, stats: TextStats): Element[] {
  const parent = top.parent;
  if (!isTag(parent)) return [top];
  const topScore = score(top);
  const threshold = Math.max(10, 0.2 * topScore);
  const cls = top.attribs['class'] ?? '';
  const out: Element[] = [];
  for (const sib of parent.children) {
    if (!isTag(sib)) continue;
    if (sib === top) {
      out.push(sib);
      continue;
    }
    const bonus = cls !== '' && sib.attribs['class'] === cls ? 0.2 * topScore : 0;
    if (score(sib) + bonus >= threshold) {
      out.push(sib);
      continue;
    }
    if (sib.name !== 'p') continue;
    const st = stats.get(sib);
    if (!st || st.chars === 0) continue;
    const density = 1 - st.plain / st.chars;
    if ((st.chars > 80 && density < 0.25) || (st.chars <= 80 && density === 0 && /\.( |$)/.test(textOf(sib)))) out.push(sib);
  }
  return out;
}
