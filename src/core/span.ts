/**
 * Spans are half-open ranges over a document's normalized text.
 * Internally offsets are UTF-16 code-unit indices (what JS strings use); they are converted to
 * Unicode code points once, when an analysis is serialized (see `analysis/format.ts`).
 */
export interface Span {
  start: number;
  end: number;
}

/** A discontinuous span (a separable verb, a quote interrupted by its cue) keeps its pieces. */
export interface MultiSpan extends Span {
  parts?: Span[];
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function spanLength(span: Span): number {
  return span.end - span.start;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}
