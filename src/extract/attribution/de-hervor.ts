import { addClaim, cls, isBoundary, isCap, isComma, kindOf, sentenceRange, trim, unused, w, type Ctx } from './context.js';
import { npForward } from './phrases.js';
import { aroundWie, indirectQuestion } from './de-frames.js';

/**
 * "aus X" with "hervorgehen" or "verlauten" (rounds 11 and 12): the text or circle X says it. "Wie aus dem Bericht
 * hervorgeht, C", "C, wie aus Regierungskreisen verlautete.", "Aus dem Bericht geht hervor, dass C", "Aus Kreisen
 * der Partei verlautete, C", "Dies geht aus einer Mitteilung hervor." (the sentence before), "Dass C, geht aus dem
 * Bericht hervor." A relative clause about the text may follow it ("aus einem Bericht hervor, der am Montag
 * erschien"; "Aus dem Papier, das der Zeitung vorliegt, geht hervor, …"): it is neither source nor statement.
 */

/** Verb-final forms of "hervorgehen" and "verlauten" in a "wie"-clause ("wie aus dem Bericht hervorgeht"). */
const FROM_FINAL = /^(hervorgeht|hervorging|hervorgegangen|verlautet|verlautete|verlautbart)$/;
/** Verb-second forms: "Aus dem Bericht geht hervor, dass …", "Aus Kreisen verlautete, …". */
const FROM_SECOND = /^(geht|ging|gehen|gingen)$/;
const VERLAUTEN = /^(verlautet|verlautete)$/;
/** Relative pronouns that are also articles ("den", "dem"): a relative pronoun only before a lower-case word ("…, den das Amt vorlegte"). */
const ARTICLE_RELATIVE = /^(den|dem)$/;

/** Whether a relative clause opens at k: "der am Montag …", "den das Amt …", "dessen Verkündung …", "über das die Zeitung …". */
export function relativeAt(c: Ctx, k: number): boolean {
  const rel = (q: number) => (cls(c, 'relative', q) || ARTICLE_RELATIVE.test(w(c, q))) && cls(c, 'sub', q) === false;
  if (/^(dessen|deren)$/.test(w(c, k))) return true;
  if (rel(k) && !isCap(c, k + 1) && c.toks[k + 1]?.kind === 'word') return true;
  return cls(c, 'prep', k) && rel(k + 1) && !isCap(c, k + 2) && c.toks[k + 2]?.kind === 'word';
}

/** The last token of a clause opening at k: before the next boundary, or sB. */
function clauseEnd(c: Ctx, k: number, sB: number): number {
  let e = k;
  while (e + 1 <= sB && !isBoundary(c, e + 1)) e++;
  return e;
}

/** Past a relative clause after a comma at `comma` (the comma closing it, or sB + 1 at the sentence end); `comma` itself when none opens there. */
function pastRelative(c: Ctx, comma: number, sB: number): number {
  if (!isComma(c, comma) || !relativeAt(c, comma + 1)) return comma;
  return clauseEnd(c, comma + 1, sB) + 1;
}

/** Whether nothing but punctuation, or a relative clause about the source, follows `k`. */
function closes(c: Ctx, k: number, sB: number): boolean {
  return trim(c, k, sB) === null || trim(c, pastRelative(c, k, sB), sB) === null;
}

/** Adverbs and times from k on (not a negation: "geht nicht hervor" says nothing); the first token past them. */
function pastAdverbs(c: Ctx, k: number, end: number): number {
  while (k < end && (cls(c, 'adv', k) || c.inTime[k] || (cls(c, 'prep', k) && c.inTime[k + 1]))) k++;
  return k;
}

export function ausFrame(c: Ctx, si: number, i: number, sA: number, sB: number): boolean {
  if (w(c, i) !== 'aus') return false;
  const e = npForward(c, i + 1, sB + 1);
  if (e <= i || e + 1 > sB) return false;
  let cap = false;
  for (let k = i + 1; k <= e; k++) if (isCap(c, k)) cap = true;
  if (!cap) return false;
  const src: [number, number] = [i + 1, e];
  // The verb after the source, past a relative clause about it ("Aus dem Papier, das … vorliegt, geht hervor").
  const verb = pastRelative(c, e + 1, sB) + (isComma(c, e + 1) && relativeAt(c, e + 2) ? 1 : 0);
  let cue: number[][];
  const parts: number[][] = [];
  let h = -1;
  if (w(c, i - 1) === 'wie' && FROM_FINAL.test(w(c, e + 1))) {
    const wie = i - 1;
    let end = e + 1;
    while (end + 1 <= sB && cls(c, 'aux', end + 1)) end++;
    if (wie > sA && (!isComma(c, wie - 1) || indirectQuestion(c, wie))) return false;
    // "Wie aus einem Bericht hervorgeht, der am Montag erschien, C": the relative clause is about the text.
    const around = aroundWie(c, wie, pastRelative(c, end + 1, sB) - 1, sA, sB);
    if (!around) return false;
    parts.push(...around);
    cue = [[wie, wie], [e + 1, end]];
  } else if (i === sA && FROM_SECOND.test(w(c, verb)) && w(c, (h = pastAdverbs(c, verb + 1, sB))) === 'hervor' && isComma(c, h + 1)) {
    const post = trim(c, h + 2, sB);
    if (post) parts.push(post);
    cue = h === verb + 1 ? [[verb, h]] : [[verb, verb], [h, h]];
  } else if (i === sA && VERLAUTEN.test(w(c, verb)) && isComma(c, verb + 1)) {
    const post = trim(c, verb + 2, sB);
    if (post) parts.push(post);
    cue = [[verb, verb]];
  } else if (si > 0 && cls(c, 'demonstrative', sA) && FROM_SECOND.test(w(c, sA + 1)) && pastAdverbs(c, sA + 2, i) === i && w(c, e + 1) === 'hervor' && closes(c, e + 2, sB)) {
    // "Dies geht (am Montag) aus einer Mitteilung hervor.": the statement is the sentence before, with the demonstrative.
    const prev = trim(c, ...sentenceRange(c, si - 1));
    if (prev) parts.push(prev, [sA, sA]);
    cue = [[sA + 1, sA + 1], [e + 1, e + 1]];
  } else if (w(c, sA) === 'dass' && i >= sA + 4 && isComma(c, i - 2) && FROM_SECOND.test(w(c, i - 1)) && w(c, e + 1) === 'hervor' && closes(c, e + 2, sB)) {
    // "Dass C, geht aus dem Bericht hervor.": the statement stands before.
    const pre = trim(c, sA, i - 3);
    if (pre) parts.push(pre);
    cue = [[i - 1, i - 1], [e + 1, e + 1]];
  } else return false;
  if (parts.length === 0 || !parts.every((p) => unused(c, p[0]!, p[1]!))) return false;
  for (const [a, b] of cue) for (let k = a!; k <= b!; k++) c.used[k] = 1;
  for (let k = src[0]; k <= src[1]; k++) c.used[k] = 1;
  addClaim(c, { kind: kindOf(c, parts.slice(0, 1)), content: parts, cue, source: src, resolved: null, stance: 'assert', rule: 'phrase-aus', sentence: si });
  return true;
}
