import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { InputError, decodeText } from './decode.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function tooLarge(what: string, size: number | null, max: number): InputError {
  const how = size === null ? 'over' : `${formatBytes(size)}, over`;
  return new InputError(
    `${what} is ${how} the ${formatBytes(max)} limit for one document; raise it with --max-size MB, or split it and use --jsonl`,
  );
}

/**
 * Reads one document from a file path or `-` (standard input), checking size and encoding; `decode` turns
 * the bytes into text (strict UTF-8 unless a reader knows better, as HTML's charset decoder does).
 */
export async function readDocumentInput(
  path: string,
  maxBytes = DEFAULT_MAX_BYTES,
  decode: (buf: Uint8Array, what: string) => string = decodeText,
): Promise<string> {
  if (path === '-') {
    const what = 'standard input';
    const buf = await readAll(process.stdin, maxBytes, what);
    return decode(buf, what);
  }
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(`${path} is a directory; give a text file (or use --jsonl for many documents)`);
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read ${path}: ${describeFsError(err)}`);
  }
  if (size > maxBytes) throw tooLarge(path, size, maxBytes);
  const buf = await readAll(createReadStream(path), maxBytes, path);
  return decode(buf, path);
}

/** Reads a whole stream, at most maxBytes; InputError (one line) when it is larger or cannot be read. */
export async function readAll(stream: Readable, maxBytes: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const b = chunk as Buffer;
      total += b.length;
      if (total > maxBytes) {
        stream.destroy();
        throw tooLarge(what, null, maxBytes);
      }
      chunks.push(b);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read ${what}: ${describeFsError(err)}`);
  }
  return Buffer.concat(chunks, total);
}

export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return e.message ?? String(err);
  }
}

export interface InputLine {
  /** 1-based line number. */
  lineNo: number;
  /** The line's bytes without the line break, or null when it was longer than the limit. */
  bytes: Buffer | null;
  /** Length in bytes (also for an over-long line). */
  length: number;
}

/**
 * Splits a byte stream into lines without decoding it first, so that each line can be checked on its
 * own (invalid UTF-8 on line 7 does not spoil line 8). Memory stays bounded by the longest line kept;
 * lines over `maxLineBytes` are reported with `bytes: null` instead of being held.
 */
export async function* readLines(stream: Readable, maxLineBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let dropped = false;
  let lineNo = 0;
  const finish = (): InputLine => {
    lineNo++;
    let bytes = dropped ? null : parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
    if (bytes && bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    const line = { lineNo, bytes, length };
    parts = [];
    length = 0;
    dropped = false;
    return line;
  };
  for await (const chunk of stream) {
    let buf = chunk as Buffer;
    let nl = buf.indexOf(0x0a);
    while (nl >= 0) {
      const piece = buf.subarray(0, nl);
      length += piece.length;
      if (!dropped && length <= maxLineBytes) parts.push(piece);
      else {
        dropped = true;
        parts = [];
      }
      yield finish();
      buf = buf.subarray(nl + 1);
      nl = buf.indexOf(0x0a);
    }
    length += buf.length;
    if (!dropped && length <= maxLineBytes) parts.push(Buffer.from(buf));
    else {
      dropped = true;
      parts = [];
    }
  }
  if (length > 0 || parts.length > 0) yield finish();
}
