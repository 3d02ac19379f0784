/**
 * Text normalization with an offset map back to the raw input, so nothing is lost.
 *
 * What changes: line breaks (\r\n, \r, U+2028) become \n and U+2029 a blank line; tabs, no-break and
 * other Unicode spaces become a plain space; runs of spaces collapse to one; spaces at line edges and
 * more than one blank line are dropped; soft hyphens, zero-width spaces, BOMs and C0 control characters
 * are removed; the result is Unicode NFC. What is kept: every letter, digit and punctuation mark,
 * typographic quotation marks and dashes included.
 */
export interface Normalized {
  /** The normalized text. */
  text: string;
  /** `from[i]`: UTF-16 offset in the raw input where normalized code unit `i` comes from. */
  from: Int32Array;
  /** `to[i]`: UTF-16 offset in the raw input just past the raw unit(s) normalized code unit `i` comes from. */
  to: Int32Array;
}

const REMOVED = new Set([0x00ad, 0x200b, 0x2060, 0xfeff]);

function isSpace(c: number): boolean {
  if (c > 0x20 && c < 0x7f) return false;
  return (
    c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

function isRemovedControl(c: number): boolean {
  if (c >= 0x20 && c < 0x7f) return false;
  return (c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0x0b && c !== 0x0c) || c === 0x7f || REMOVED.has(c);
}

/** Pass 1: whitespace, line breaks and invisible characters, with a per-code-unit origin map. */
function normalizeLayout(raw: string): Normalized {
  const n = raw.length;
  const out = new Uint16Array(n + 2);
  const from = new Int32Array(n + 2);
  const to = new Int32Array(n + 2);
  let len = 0;
  // What is waiting to be written before the next visible character: 0 nothing, 1 a space, 2 a newline, 3 a blank line.
  let pending = 0;
  let pendingAt = 0;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    let brk = 0;
    if (c === 0x0a || c === 0x2028) brk = 2;
    else if (c === 0x0d) {
      brk = 2;
      if (raw.charCodeAt(i + 1) === 0x0a) i++;
    } else if (c === 0x2029) brk = 3;
    if (brk > 0) {
      if (len > 0) {
        if (pending >= 2) {
          pending = 3;
        } else {
          pending = brk;
          pendingAt = i;
        }
      }
      continue;
    }
    if (isSpace(c)) {
      if (len > 0 && pending === 0) {
        pending = 1;
        pendingAt = i;
      }
      continue;
    }
    if (isRemovedControl(c)) continue;
    if (pending > 0) {
      if (pending === 1) {
        out[len] = 0x20;
        from[len] = pendingAt;
        to[len++] = pendingAt + 1;
      } else {
        out[len] = 0x0a;
        from[len] = pendingAt;
        to[len++] = pendingAt + 1;
        if (pending === 3) {
          out[len] = 0x0a;
          from[len] = pendingAt;
          to[len++] = pendingAt + 1;
        }
      }
      pending = 0;
    }
    out[len] = c;
    from[len] = i;
    to[len++] = i + 1;
  }
  let text = '';
  const CHUNK = 8192;
  for (let i = 0; i < len; i += CHUNK) {
    text += String.fromCharCode.apply(null, out.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]);
  }
  return { text, from: from.slice(0, len), to: to.slice(0, len) };
}

const MARK = /\p{M}/u;

/** Pass 2: NFC, cluster by cluster (a base character and the marks after it), mapping each output unit to its cluster. */
function toNfc(input: Normalized): Normalized {
  const src = input.text;
  const pieces: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < src.length) {
    let j = i + 1;
    if (src.charCodeAt(i) >= 0xd800 && src.charCodeAt(i) <= 0xdbff && j < src.length) j++;
    while (j < src.length) {
      const cp = src.codePointAt(j)!;
      if (!MARK.test(String.fromCodePoint(cp))) break;
      j += cp > 0xffff ? 2 : 1;
    }
    const cluster = src.slice(i, j).normalize('NFC');
    pieces.push(cluster);
    for (let k = 0; k < cluster.length; k++) {
      from.push(input.from[i]!);
      to.push(input.to[j - 1]!);
    }
    i = j;
  }
  return { text: pieces.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}

export function normalizeText(raw: string): Normalized {
  const layout = normalizeLayout(raw);
  if (layout.text.normalize('NFC') === layout.text) return layout;
  return toNfc(layout);
}

/** Maps a normalized span back to the raw input it was made from. */
export function toRawSpan(norm: Normalized, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < norm.from.length ? norm.from[start]! : norm.to.length > 0 ? norm.to[norm.to.length - 1]! : 0;
    return { start: at, end: at };
  }
  return { start: norm.from[start]!, end: norm.to[end - 1]! };
}
