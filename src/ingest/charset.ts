/**
 * HTML bytes → text in whatever encoding a browser would read them, following the order of the WHATWG
 * encoding sniffing algorithm: a byte order mark, then the HTTP Content-Type charset, then a
 * <meta charset> or <meta http-equiv="Content-Type"> in the first 1024 bytes, then detection (valid UTF-8
 * is UTF-8; otherwise a <meta> charset later in <head>, where a browser would change encoding; anything else
 * is windows-1252, the web's default for Western pages). Labels are resolved by
 * TextDecoder, which in Node (full ICU) knows every WHATWG encoding label; the bytes are decoded by
 * iconv-lite, because Node 20's TextDecoder reads windows-1252 as ISO-8859-1 (0x80–0x9F become control
 * characters instead of “ ” € …). Plain-text files do not come here: they stay strict UTF-8 (decode.ts).
 */
import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import { InputError, checkText, decodeText } from './decode.js';

/** The WHATWG name of an encoding label ("latin1" → "windows-1252"), or null for an unknown label. */
export function encodingOf(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** How far into the page the prescan looks for a <meta> charset, as browsers do. */
const PRESCAN_BYTES = 1024;
/**
 * How far into the page's <head> a <meta> charset is still read when the bytes are not UTF-8: a browser
 * that meets one while parsing changes the encoding and reads the page again (archived pages put
 * kilobytes of scripts before it).
 */
const HEAD_SCAN_BYTES = 65536;

/**
 * The charset a page declares in a <meta> tag within its first 1024 bytes, or null. Reads the bytes as
 * Latin-1 (every byte one character), so it works for any ASCII-compatible encoding.
 */
export function metaCharset(bytes: Uint8Array, limit = PRESCAN_BYTES): string | null {
  let head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, limit)).toString('latin1');
  const end = limit > PRESCAN_BYTES ? head.search(/<\/head\s*>/i) : -1;
  if (end >= 0) head = head.slice(0, end);
  head = head.replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (!direct) continue;
    // <meta charset="x">, or <meta http-equiv="Content-Type" content="text/html; charset=x">: the same
    // pattern finds both.
    return direct[1]!;
  }
  return null;
}

export interface DecodedHtml {
  text: string;
  /** The WHATWG name of the encoding used ("utf-8", "windows-1252", …). */
  encoding: string;
  /** Where the encoding came from. */
  source: 'bom' | 'http' | 'meta' | 'detected';
}

/**
 * Decodes an HTML page's bytes. `httpCharset` is the charset parameter of the HTTP Content-Type, if any.
 * A declared UTF-8 page that is not valid UTF-8 is read as windows-1252, as such pages almost always are.
 * Throws InputError for empty input and binary data (decodeText's reasons).
 */
export function decodeHtml(bytes: Uint8Array, httpCharset: string | null, what: string): DecodedHtml {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { text: decodeText(bytes, what), encoding: bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', source: 'bom' };
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeText(bytes, what), encoding: 'utf-8', source: 'bom' };
  }
  let declared: string | null = null;
  let source: DecodedHtml['source'] = 'detected';
  const fromHttp = httpCharset ? encodingOf(httpCharset) : null;
  if (fromHttp) {
    declared = fromHttp;
    source = 'http';
  } else {
    const label = metaCharset(bytes);
    // A page cannot declare itself UTF-16 in a <meta> it could only have been read in as ASCII.
    const fromMeta = label ? encodingOf(label) : null;
    if (fromMeta) {
      declared = fromMeta.startsWith('utf-16') ? 'utf-8' : fromMeta;
      source = 'meta';
    }
  }
  if (declared === null || declared === 'utf-8') {
    // isUtf8 is native (one fast pass); decodeText checks again for its own one-line reasons.
    if (isUtf8(bytes)) return { text: decodeText(bytes, what), encoding: 'utf-8', source };
    const late = declared === null ? metaCharset(bytes, HEAD_SCAN_BYTES) : null;
    const fromLate = late ? encodingOf(late) : null;
    if (fromLate && fromLate !== 'utf-8' && !fromLate.startsWith('utf-16') && fromLate !== 'replacement' && iconv.encodingExists(fromLate)) {
      if (bytes.indexOf(0) >= 0) decodeText(bytes, what);
      return { text: checkText(iconv.decode(Buffer.from(bytes), fromLate), what), encoding: fromLate, source: 'meta' };
    }
    // Declared UTF-8 (or nothing) but not UTF-8: the windows-1252 guess a browser's detector would make
    // for a Western page. Binary data still gets decodeText's reason.
    if (bytes.indexOf(0) >= 0) decodeText(bytes, what);
    return { text: checkText(iconv.decode(Buffer.from(bytes), 'windows-1252'), what), encoding: 'windows-1252', source: 'detected' };
  }
  if (declared === 'replacement') throw new InputError(`${what} declares an encoding (${httpCharset ?? metaCharset(bytes)}) that cannot be read safely`);
  if (bytes.indexOf(0) >= 0 && !declared.startsWith('utf-16')) decodeText(bytes, what);
  if (!iconv.encodingExists(declared)) throw new InputError(`${what} is in the ${declared} encoding, which this tool cannot read`);
  return { text: checkText(iconv.decode(Buffer.from(bytes), declared), what), encoding: declared, source };
}
