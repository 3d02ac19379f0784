import { createHash } from 'node:crypto';
import { normalizeText, type Normalized } from '../text/normalize.js';
import type { Layer } from './layer.js';
import type { Span } from './span.js';

/**
 * The annotation layers a document can carry, by name. Components add their layer by declaration merging:
 * `declare module '../core/document.js' { interface LayerMap { quantities: Layer<Quantity> } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface LayerMap {}

export type LayerName = keyof LayerMap & string;

/** What a released layer leaves behind: the name stays taken, the items are gone. */
const RELEASED: unique symbol = Symbol('released layer');

export interface DocumentInit {
  /** The raw text, as read. It is normalized; offsets refer to the normalized text. */
  text: string;
  /** ISO 639-1 code, or undefined/`auto` to detect. */
  lang?: string | undefined;
  /** ISO 8601 date or date-time of publication; anchors relative dates. */
  published?: string | null | undefined;
  title?: string | null | undefined;
  url?: string | null | undefined;
  /** An id given by the caller (e.g. from a JSONL batch); default: a hash of the normalized text. */
  id?: string | null | undefined;
}

/** A stable id for a text: the first 16 hex digits of the SHA-256 of its normalized form. */
export function textId(normalizedText: string): string {
  return createHash('sha256').update(normalizedText, 'utf8').digest('hex').slice(0, 16);
}

/**
 * One document: the raw input, its normalized text (with a map back to the raw offsets), metadata, and
 * named annotation layers added by pipeline components. A component adds its own layer and never
 * changes another's.
 */
export class Document {
  readonly raw: string;
  readonly normalized: Normalized;
  readonly id: string;
  /** ISO 639-1 code, or `und` for a language we do not support. */
  lang: string;
  /** How `lang` was decided. */
  langSource: 'given' | 'detected' = 'given';
  readonly published: string | null;
  readonly title: string | null;
  readonly url: string | null;
  private readonly layers = new Map<string, unknown>();

  constructor(init: DocumentInit) {
    this.raw = init.text;
    this.normalized = normalizeText(init.text);
    this.id = init.id ?? textId(this.normalized.text);
    this.lang = init.lang ?? 'auto';
    this.published = init.published ?? null;
    this.title = init.title ?? null;
    this.url = init.url ?? null;
  }

  /** The normalized text all spans refer to. */
  get text(): string {
    return this.normalized.text;
  }

  slice(span: Span): string {
    return this.normalized.text.slice(span.start, span.end);
  }

  /** Whether a layer is there to read (set, and not released). */
  has(name: LayerName): boolean {
    return this.layers.has(name) && this.layers.get(name) !== RELEASED;
  }

  /** A layer by name; throws when no component has added it yet. */
  get<K extends LayerName>(name: K): LayerMap[K] {
    if (!this.layers.has(name)) throw new Error(`layer "${name}" has not been computed for this document`);
    if (this.layers.get(name) === RELEASED) throw new Error(`layer "${name}" has been released`);
    return this.layers.get(name) as LayerMap[K];
  }

  /**
   * Drops a layer once nothing will read it again (toAnalysis with `release`), so that a big document's layers
   * need not all be alive while its output is made; the layer cannot be set again.
   */
  release(name: LayerName): void {
    if (this.layers.has(name)) this.layers.set(name, RELEASED);
  }

  /** Adds a layer; a layer is written once. */
  set<K extends LayerName>(name: K, layer: LayerMap[K]): void {
    if (this.layers.has(name)) throw new Error(`layer "${name}" is already set`);
    this.layers.set(name, layer);
  }
}

export type { Layer };
