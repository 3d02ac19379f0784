/**
 * An analysis as JSON text in pieces, so that a big document's output is never one string: the same bytes as
 * `JSON.stringify(a)` (compact) or `JSON.stringify(a, null, 2)` (pretty), with each element of the top-level
 * arrays (sentences, entities, quantities, times, claims, tokens) serialized on its own and the pieces joined
 * up to about `pieceChars` characters.
 */
import type { AnalysisJSON } from './format.js';

const PIECE_CHARS = 1 << 16;

/** `JSON.stringify(value, null, 2)` for a value nested `depth` levels deep (its lines indented to match). */
function nested(value: unknown, depth: number, pretty: boolean): string {
  const json = JSON.stringify(value ?? null, null, pretty ? 2 : undefined);
  // JSON escapes line breaks inside strings, so every "\n" here is one of the layout's own.
  return pretty && depth > 0 ? json.replace(/\n/g, '\n' + '  '.repeat(depth)) : json;
}

function* parts(a: AnalysisJSON, pretty: boolean): Generator<string> {
  const nl = pretty ? '\n  ' : '';
  const colon = pretty ? ': ' : ':';
  let first = true;
  yield '{';
  for (const [key, value] of Object.entries(a) as [string, unknown][]) {
    // JSON.stringify leaves out properties whose value is undefined (an analysis has no functions or symbols).
    if (value === undefined) continue;
    const head = `${first ? '' : ','}${nl}${JSON.stringify(key)}${colon}`;
    first = false;
    if (!Array.isArray(value) || value.length === 0) {
      yield head + nested(value, 1, pretty);
      continue;
    }
    yield head + '[';
    for (let i = 0; i < value.length; i++) yield `${i > 0 ? ',' : ''}${pretty ? '\n    ' : ''}${nested(value[i], 2, pretty)}`;
    yield pretty ? '\n  ]' : ']';
  }
  yield pretty && !first ? '\n}' : '}';
}

/** The analysis's JSON text in pieces of about `pieceChars` characters (a single long value stays whole). */
export function* analysisJsonPieces(a: AnalysisJSON, opts: { pretty: boolean; pieceChars?: number }): Generator<string> {
  const limit = opts.pieceChars ?? PIECE_CHARS;
  let buf = '';
  for (const p of parts(a, opts.pretty)) {
    buf += p;
    if (buf.length >= limit) {
      yield buf;
      buf = '';
    }
  }
  if (buf !== '') yield buf;
}
