/**
 * Turns bytes into text, or says in one line why they are not text we can read.
 * Accepts UTF-8 (with or without BOM) and UTF-16 with a BOM; rejects binary files and invalid UTF-8.
 */
export class InputError extends Error {
  override name = 'InputError';
}

const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or an Office document)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable (ELF)'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'an SQLite database'],
];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes a document's bytes. `what` names the input in messages ("notes.txt", "standard input").
 * Throws InputError for empty input, binary data, invalid UTF-8.
 */
export function decodeText(buf: Uint8Array, what: string): string {
  if (buf.length === 0) throw new InputError(`${what} is empty`);
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) buf = buf.subarray(3);
  else if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) {
    const le = buf[0] === 0xff;
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(buf.subarray(2));
    return checkText(text, what);
  }
  for (const [sig, kind] of MAGIC) {
    if (startsWith(buf, sig)) throw new InputError(`${what} is ${kind}, not text: give plain UTF-8 text`);
  }
  const nul = buf.indexOf(0);
  if (nul >= 0) throw new InputError(`${what} looks like binary data (NUL byte at byte ${nul}), not text`);
  const bad = firstInvalidUtf8(buf);
  if (bad >= 0) {
    throw new InputError(
      `${what} is not valid UTF-8 (byte 0x${buf[bad]!.toString(16).padStart(2, '0')} at offset ${bad}); convert it first, e.g. iconv -f latin1 -t utf-8`,
    );
  }
  return checkText(new TextDecoder('utf-8').decode(buf), what);
}

/** Checks already-decoded text (e.g. a JSONL "text" field) the same way. */
export function checkText(text: string, what: string): string {
  if (text.trim() === '') throw new InputError(`${what} is empty${text.length > 0 ? ' (only white space)' : ''}`);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new InputError(`${what} looks like binary data (NUL character at ${nul}), not text`);
  return text;
}
