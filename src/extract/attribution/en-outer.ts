import { addClaim, cls, hasClaimIn, is, isCap, isComma, isWord, kindOf, sentenceRange, trim, unused, w, type Ctx } from './context.js';
import { npForward } from './phrases.js';

/**
 * English attributions around a whole sentence (used by en.ts): an opinion poll named in a prepositional phrase
 * is the source of the statement it measures ("Clinton holds a 10-point lead in a CNN poll released Monday.").
 */

/** Participles that describe a poll after its noun: "a poll released Monday", "a survey conducted by X". */
const POLL_PARTICIPLE = /^(released|conducted|published|taken|commissioned|carried)$/;

/**
 * "X leads Y among Latinos in a CNN/ORC poll released Monday." / "In the latest Gallup survey, X trails.": when a
 * sentence has no claim, "in" + a noun phrase whose head is a poll noun (the `poll` class of claim-words.tsv) is
 * the cue and source of the rest of the sentence (its content, in up to two parts around the phrase). The
 * phrase takes in a time, a participle with its agent or time, and places after "in" up to a comma-free end.
 */
export function pollPhrase(c: Ctx, si: number): void {
  if (hasClaimIn(c, si)) return;
  const [sA, sB] = sentenceRange(c, si);
  for (let k = sA; k < sB; k++) {
    if (w(c, k) !== 'in' || c.inQuote[k]! >= 0) continue;
    // The phrase: articles, names, adjectives, numbers and "/" or "-" up to a poll noun.
    let head = -1;
    for (let n = k + 1; n <= sB && n - k <= 8; n++) {
      if (cls(c, 'poll', n) && !isCap(c, n + 1)) {
        head = n;
        break;
      }
      if (!(isWord(c, n) || is(c, n, '/', '-', '’', "'")) || cls(c, 'aux', n) || cls(c, 'werden', n) || cls(c, 'sub', n) || cls(c, 'relative', n) || cls(c, 'coord', n) || cls(c, 'pron', n) || (cls(c, 'prep', n) && w(c, n) !== 'of') || w(c, n) === 'to') break;
    }
    // "in the polls" alone is where a candidate stands in general ("mired in single digits in the polls"): a
    // poll of its own is singular or named ("in a CNN poll", "in New Hampshire surveys", "in recent polls").
    if (head < 0 || (!/^(poll|survey)$/.test(w(c, head)) && head - k <= 2 && (head === k + 1 || w(c, k + 1) === 'the'))) continue;
    let end = head;
    for (;;) {
      if (c.inTime[end + 1] === 1) end++;
      else if (POLL_PARTICIPLE.test(w(c, end + 1))) {
        end++;
        if (w(c, end + 1) === 'by') {
          const e = npForward(c, end + 2, sB + 1);
          if (e < end + 2) break;
          end = e;
        }
      } else if (/^(of|in|among)$/.test(w(c, end + 1)) && (isCap(c, end + 2) || (cls(c, 'det', end + 2) && isWord(c, end + 3)))) {
        const e = npForward(c, end + 2, sB + 1);
        if (e < end + 2) break;
        end = e;
      } else break;
    }
    // (A dateline or lead-in that a spaced dash closes is no part of the statement: "CHARLESTON, S.C. — …".)
    let a = sA;
    for (let n = sA; n < k; n++) if (is(c, n, '—', '–') && c.inQuote[n]! < 0) a = n + 1;
    const before = k > a ? trim(c, a, k - 1) : null;
    const after = trim(c, end + 1, sB);
    const parts: [number, number][] = [];
    if (before) parts.push(before);
    if (after && !(before && isComma(c, end + 1) && after[1] - after[0] < 2)) parts.push(after);
    let size = 0;
    for (const [a, b] of parts) size += b - a + 1;
    if (size < 3 || parts.some(([a, b]) => !unused(c, a, b))) return;
    addClaim(c, { kind: kindOf(c, parts), content: parts, cue: [[k, k]], source: [k + 1, end], resolved: null, stance: 'assert', rule: 'poll-phrase', sentence: si });
    return;
  }
}
