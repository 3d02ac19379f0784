/**
 * Converts UTF-16 offsets (what JS strings index) to Unicode code-point offsets (what the output
 * contract uses). Texts without characters outside the BMP — nearly all news — convert by identity;
 * others get a prefix table built once.
 */
export function codePointMapper(text: string): (utf16: number) => number {
  let firstAstral = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      firstAstral = i;
      break;
    }
  }
  if (firstAstral < 0) return (u) => u;
  const table = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    // The low half of a surrogate pair does not start a new code point.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1)))) cp++;
    else table[i] = cp - 1;
  }
  table[text.length] = cp;
  return (u) => table[u]!;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

export interface CodePointSlicer {
  readonly length: number;
  slice(from: number, to: number): string;
}

/**
 * Slices by code point without an array of the text's characters (8 bytes and more per character, which made
 * the ledger step the largest memory cost of a big document): a text without surrogates slices as it is; others
 * get one table from code-point to UTF-16 offsets. A lone surrogate counts as one code point, as in `[...text]`.
 */
export function codePointSlicer(text: string): CodePointSlicer {
  if (!/[\uD800-\uDFFF]/.test(text)) return { length: text.length, slice: (from, to) => text.slice(from, to) };
  const step = (u: number) => (text.codePointAt(u)! > 0xffff ? 2 : 1);
  let n = 0;
  for (let u = 0; u < text.length; u += step(u)) n++;
  const at = new Int32Array(n + 1);
  for (let u = 0, k = 0; u < text.length; u += step(u)) at[k++] = u;
  at[n] = text.length;
  const u16 = (cp: number) => at[Math.min(Math.max(cp, 0), n)]!;
  return { length: n, slice: (from, to) => (to <= from ? '' : text.slice(u16(from), u16(to))) };
}
