import { Help } from 'commander';

/**
 * Help texts in the source break their long sentences over several lines; commander keeps every line break it
 * is given, so a sentence would come out broken where the source line ended, then wrapped again at the terminal
 * width. This joins a single line break inside a paragraph into a space before commander wraps; a blank line
 * (a new paragraph) and a line that starts a list item ("- ", "* ") stay as they are.
 */
export function reflow(text: string): string {
  // A word hyphenated across the break ("whitespace-⏎normalised") joins without a space.
  return text.replace(/(\p{L}-)\n(?=\p{L})/gu, '$1').replace(/([^\n])[^\S\n]*\n(?![\n\s]|[-*•] )/g, '$1 ');
}

/** Commander's help formatter with `reflow` applied to every text it wraps. */
export const helpSettings: Partial<Help> = {
  boxWrap(str: string, width: number): string {
    return Help.prototype.boxWrap.call(this, reflow(str), width);
  },
};
