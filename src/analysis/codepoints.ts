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
