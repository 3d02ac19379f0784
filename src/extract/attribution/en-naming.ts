import { addClaim, cls, isCap, isComma, isWord, sentenceRange, unused, w, type Ctx } from './context.js';

/**
 * Naming frames: 'a faux thriller titled "The Day of the Donald"', 'the program, known as the Renewable Fuel
 * Standard', 'a video dubbed "Unfit"'. Someone gave the thing its name; PolNeAR counts the name as an
 * attribution without a source: the naming word is the cue, the name (a quotation or a capitalized run) the
 * content. One pass over the sentence's tokens; the name ends within a few tokens.
 */

/** Words that link a name's title words ("Man of the World", "A Child's First Book of Trump"). */
const TITLE_GLUE = /^(of|the|a|an|and|for|in|on|to|at|with|from|by|or)$/;
/** The longest name without quotation marks, in tokens. */
const MAX_NAME = 12;

/** Where the naming cue at k ends ("titled", "entitled", "dubbed", "known as"), or -1. */
function namingCue(c: Ctx, k: number): number {
  const lw = w(c, k);
  if (lw === 'titled' || lw === 'entitled' || lw === 'dubbed') return k;
  if (lw === 'known' && w(c, k + 1) === 'as') return k + 1;
  return -1;
}

/** The name after the cue, starting at s: a quotation that opens there, or a capitalized run up to its last capitalized word. */
function nameAfter(c: Ctx, s: number, sB: number): [number, number] | null {
  if (c.toks[s]?.kind === 'quote' && c.inQuote[s]! >= 0) {
    const q = c.quotes[c.inQuote[s]!]!;
    return q.open === s && q.close <= sB + 1 && q.close - q.open >= 2 ? [q.open, q.close] : null;
  }
  let last = -1;
  for (let k = s; k <= sB && k - s < MAX_NAME; k++) {
    if (isWord(c, k) && isCap(c, k)) last = k;
    else if (!(isWord(c, k) && TITLE_GLUE.test(w(c, k)) && (k > s || /^(the|a|an)$/.test(w(c, k)))) && !(k > s && c.toks[k]!.kind !== 'word' && /^[’':-]$/.test(c.text.slice(c.toks[k]!.start, c.toks[k]!.end)))) break;
  }
  return last >= s ? [s, last] : null;
}

/** Naming frames in sentence si (the continuation hook: after the sentence's other rules). */
export function namingFrame(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  for (let k = sA; k < sB; k++) {
    if (c.inQuote[k]! >= 0 || c.used[k]) continue;
    const e = namingCue(c, k);
    if (e < 0) continue;
    // (A comma may stand between: "The book, titled, Man of the World".)
    const s = isComma(c, e + 1) ? e + 2 : e + 1;
    const name = nameAfter(c, s, sB);
    if (!name || !unused(c, k, name[1])) continue;
    // The verb group before it: "is known as", "became known as", "also known as", "derisively known as".
    let a = k;
    while (a > sA && k - a < 3 && !c.used[a - 1] && (cls(c, 'werden', a - 1) || cls(c, 'adv', a - 1) || /^(became|become|becomes)$/.test(w(c, a - 1)) || (/ly$/.test(w(c, a - 1)) && !isCap(c, a - 1)))) a--;
    addClaim(c, { kind: 'unattributed', content: [name], cue: [[a, e]], source: null, resolved: null, stance: 'assert', rule: 'naming-frame', sentence: si });
    k = name[1];
  }
}
