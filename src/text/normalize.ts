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
  /** The normalized text (the raw input itself when normalizing changes nothing). */
  text: string;
  /** `from.at(i)`: UTF-16 offset in the raw input where normalized code unit `i` comes from. */
  from: OffsetMap;
  /** `to.at(i)`: UTF-16 offset in the raw input just past the raw unit(s) normalized code unit `i` comes from. */
  to: OffsetMap;
}

/** A read-only map from normalized code units to raw offsets; `at` is undefined outside [0, length). */
export interface OffsetMap {
  readonly length: number;
  at(i: number): number | undefined;
}

/**
 * The two offset maps, run-length encoded: a run is a stretch of normalized units with the same shift
 * (`from - i`) and the same width (`to - from`), so a text that normalization leaves alone is one run, and
 * each collapsed space, dropped character or composed cluster starts a new one. A few bytes per change
 * instead of eight per character; a look-up is a binary search over the runs.
 */
class OffsetRuns {
  private starts: Int32Array = new Int32Array(16);
  private shifts: Int32Array = new Int32Array(16);
  private widths: Int32Array = new Int32Array(16);
  private count = 0;
  length = 0;

  /** Appends the next normalized unit's origin [from, to). */
  push(from: number, to: number): void {
    const i = this.length++;
    const k = this.count - 1;
    if (k >= 0 && this.shifts[k] === from - i && this.widths[k] === to - from) return;
    if (this.count === this.starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.shifts = grow(this.shifts);
      this.widths = grow(this.widths);
    }
    this.starts[this.count] = i;
    this.shifts[this.count] = from - i;
    this.widths[this.count++] = to - from;
  }

  /** The run holding unit i (i in [0, length)). */
  private run(i: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  fromAt(i: number): number | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    return i + this.shifts[this.run(i)]!;
  }

  toAt(i: number): number | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const r = this.run(i);
    return i + this.shifts[r]! + this.widths[r]!;
  }

  /** The finished maps (the run arrays trimmed to their length). */
  maps(): { from: OffsetMap; to: OffsetMap } {
    this.starts = this.starts.slice(0, this.count);
    this.shifts = this.shifts.slice(0, this.count);
    this.widths = this.widths.slice(0, this.count);
    const length = this.length;
    return { from: { length, at: (i) => this.fromAt(i) }, to: { length, at: (i) => this.toAt(i) } };
  }
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

/** Pass 1: whitespace, line breaks and invisible characters, with the origin of each output unit. */
function normalizeLayout(raw: string): { text: string; runs: OffsetRuns } {
  const n = raw.length;
  const out = new Uint16Array(n + 2);
  const runs = new OffsetRuns();
  let len = 0;
  // Whether every unit written so far equals the raw unit at the same index (then the text is the raw text).
  let same = true;
  const emit = (c: number, from: number, to: number): void => {
    if (same && raw.charCodeAt(len) !== c) same = false;
    out[len++] = c;
    runs.push(from, to);
  };
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
        emit(0x20, pendingAt, pendingAt + 1);
      } else {
        emit(0x0a, pendingAt, pendingAt + 1);
        if (pending === 3) emit(0x0a, pendingAt, pendingAt + 1);
      }
      pending = 0;
    }
    emit(c, i, i + 1);
  }
  if (same && len === n) return { text: raw, runs };
  let text = '';
  const CHUNK = 8192;
  for (let i = 0; i < len; i += CHUNK) {
    text += String.fromCharCode.apply(null, out.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]);
  }
  return { text, runs };
}

const MARK = /\p{M}/u;

/** Pass 2: NFC, cluster by cluster (a base character and the marks after it), mapping each output unit to its cluster. */
function toNfc(src: string, input: OffsetRuns): { text: string; runs: OffsetRuns } {
  const pieces: string[] = [];
  const runs = new OffsetRuns();
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
    const from = input.fromAt(i)!;
    const to = input.toAt(j - 1)!;
    for (let k = 0; k < cluster.length; k++) runs.push(from, to);
    i = j;
  }
  return { text: pieces.join(''), runs };
}

export function normalizeText(raw: string): Normalized {
  let { text, runs } = normalizeLayout(raw);
  if (text.normalize('NFC') !== text) ({ text, runs } = toNfc(text, runs));
  return { text, ...runs.maps() };
}

/** Maps a normalized span back to the raw input it was made from. */
export function toRawSpan(norm: Normalized, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < norm.from.length ? norm.from.at(start)! : norm.to.length > 0 ? norm.to.at(norm.to.length - 1)! : 0;
    return { start: at, end: at };
  }
  return { start: norm.from.at(start)!, end: norm.to.at(end - 1)! };
}
