/**
 * Parsing a page with htmlparser2 into a domhandler tree, bounded: a page nested deeper than MAX_DEPTH
 * elements or holding more than MAX_ELEMENTS elements is refused while it is being parsed (one streaming
 * pass, linear in the input), before any extraction walks the tree. Hostile pages (100,000 nested <div>s)
 * thus fail fast with a reason instead of exhausting the stack or the clock.
 */
import { Parser } from 'htmlparser2';
import { DomHandler, type ChildNode, type Document, type Element } from 'domhandler';
import { InputError } from '../decode.js';

/** Deeper than any real page (browsers flatten beyond 512); deep enough for sloppy nesting of unclosed tags. */
export const MAX_DEPTH = 1000;
/** Far more elements than any article page holds (a 60,000-paragraph page has 60,000). */
export const MAX_ELEMENTS = 500_000;

class BoundedHandler extends DomHandler {
  depth = 0;
  elements = 0;
  override onopentag(name: string, attribs: Record<string, string>): void {
    this.depth++;
    this.elements++;
    if (this.depth > MAX_DEPTH) throw new InputError(`the page nests elements more than ${MAX_DEPTH} deep; refused as malformed or hostile HTML`);
    if (this.elements > MAX_ELEMENTS) throw new InputError(`the page has more than ${MAX_ELEMENTS.toLocaleString('en')} elements; refused as too large to extract`);
    super.onopentag(name, attribs);
  }
  override onclosetag(): void {
    this.depth--;
    super.onclosetag();
  }
}

/** Parses HTML within the bounds above; throws InputError (one line) beyond them. */
export function parseBounded(html: string): Document {
  const handler = new BoundedHandler();
  const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(html);
  return handler.root;
}

export const isElement = (n: ChildNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** All elements under a node, in document order (iterative: no recursion limit). */
export function* elements(root: Document | Element): Generator<Element> {
  const stack: ChildNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    yield n;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
}

/** The concatenated text under a node. */
export function textOf(root: Document | Element): string {
  let s = '';
  const stack: ChildNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') s += n.data;
    else if (n.type === 'tag') for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return s;
}

/** Detaches an element from its parent. */
export function remove(el: Element): void {
  const p = el.parent;
  if (!p) return;
  const i = p.children.indexOf(el);
  if (i >= 0) p.children.splice(i, 1);
  el.parent = null;
}
