import type { Token } from '../text/tokenize.js';
import { dayNumber } from './times-calendar.js';
import type { TimeMention } from './times.js';

/**
 * Quarters and half-years written as codes, as business news does: "Q3 2016", "2016 Q3", "Q1/2024",
 * "H1 2016", "2016H2" → "2016-Q3", "2016-H1" (same notation as "im dritten Quartal 2023"). A half-year code
 * needs its year ("H2" alone is hydrogen). A quarter without a year ("in Q3") is the latest such period that began on or before the publication date (news looks back),
 * relative; without a publication date its value is null. A year the tagger already read next to the code
 * ("in 2016 Q3", "Q3 this year") is replaced by the longer expression.
 */

const CODE = /^([QH])([1-4])$/;
const GLUED = /^(\d{4})([QH])([1-4])$|^([QH])([1-4])\/?(\d{4})$/;
const YEAR = /^(19|20|21)\d{2}$/;

export function addQuarterTimes(text: string, tokens: readonly Token[], found: TimeMention[], published: { y: number; n: number } | null): TimeMention[] {
  const added: TimeMention[] = [];
  const word = (k: number) => (tokens[k] ? text.slice(tokens[k]!.start, tokens[k]!.end) : '');
  const near = (k: number, j: number) => tokens[j] !== undefined && tokens[k] !== undefined && Math.abs(tokens[Math.max(k, j)]!.start - tokens[Math.min(k, j)]!.end) <= 1;
  for (let i = 0; i < tokens.length; i++) {
    // Only a word starting with Q, H or a digit can be a code.
    const ch = text.charCodeAt(tokens[i]!.start);
    if (tokens[i]!.kind !== 'word' || !(ch === 81 || ch === 72 || (ch >= 48 && ch <= 57))) continue;
    const w = word(i);
    let kind: string;
    let n: number;
    let year: number | null = null;
    let first = i;
    let last = i;
    const glued = GLUED.exec(w);
    const code = CODE.exec(w);
    if (glued) {
      kind = glued[2] ?? glued[4]!;
      n = Number(glued[3] ?? glued[5]);
      year = Number(glued[1] ?? glued[6]);
    } else if (code) {
      kind = code[1]!;
      n = Number(code[2]);
      if (YEAR.test(word(i + 1)) && near(i, i + 1)) {
        year = Number(word(i + 1));
        last = i + 1;
      } else if (word(i + 1) === '/' && YEAR.test(word(i + 2)) && near(i, i + 1) && near(i + 1, i + 2)) {
        year = Number(word(i + 2));
        last = i + 2;
      } else if (YEAR.test(word(i - 1)) && near(i - 1, i)) {
        year = Number(word(i - 1));
        first = i - 1;
      }
    } else continue;
    // "H2" alone is hydrogen more often than a half-year: a half-year needs its year.
    if (kind === 'H' && (n > 2 || year === null)) continue;
    let rel = false;
    let end = tokens[last]!.end;
    // "Q3 this year", "Q1 next year": the year the tagger read right after the code.
    const after = year === null ? found.find((m) => m.grain === 'year' && m.relative && m.value !== null && m.start - end === 1) : undefined;
    if (after) {
      year = Number(after.value);
      rel = true;
      end = after.end;
    }
    if (year === null) {
      if (published === null) {
        added.push({ start: tokens[first]!.start, end: tokens[last]!.end, value: null, relative: true, grain: kind === 'Q' ? 'quarter' : 'half' });
        continue;
      }
      const startMonth = kind === 'Q' ? 3 * (n - 1) + 1 : 6 * (n - 1) + 1;
      year = dayNumber(published.y, startMonth, 1) <= published.n ? published.y : published.y - 1;
      rel = true;
    }
    added.push({ start: tokens[first]!.start, end, value: `${year}-${kind}${n}`, relative: rel, grain: kind === 'Q' ? 'quarter' : 'half' });
    i = last;
  }
  if (added.length === 0) return found;
  // The code's expression replaces a year the tagger read inside it ("2016" of "2016 Q3"), and a preposition
  // the tagger took with that year stays with it: "in 2016 Q3".
  const kept = found.filter((m) => {
    const over = added.find((a) => m.start < a.end && m.end > a.start);
    if (!over) return true;
    if (m.start < over.start && m.end <= over.end) over.start = m.start;
    return false;
  });
  return [...kept, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
