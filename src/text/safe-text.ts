/**
 * Text output for people and spreadsheets that cannot be turned against its reader:
 *   - bidirectional control characters (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C) reorder what a
 *     terminal shows; in text reports they are written as visible escapes (<U+202E>);
 *   - a CSV cell that starts with = + - @ tab or carriage return is a formula to a spreadsheet; such a cell
 *     gets a leading apostrophe (OWASP's CSV-injection rule). JSON output keeps the text as it is.
 */

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** Bidi controls as visible escapes: "a\u202Eb" → "a<U+202E>b". */
export function escapeBidi(text: string): string {
  return text.replace(BIDI, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet will not run as a formula. */
export function neutralizeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
