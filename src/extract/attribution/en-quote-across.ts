import { cls, cueForms, is, isCap, isWord, sentenceRange, w, saysOrTells, type Ctx } from './context.js';
import { statementPhraseEnd, trailerOnly } from './en-cues.js';
import { SUBJECT_PRONOUN } from './en-split.js';
import { listenerEnd } from './en-verbshapes.js';
import { listenerNp } from './en-known.js';
import { npForward } from './phrases.js';
import { approximates } from './en-senses.js';
import type { QuoteCue } from './rules.js';

/**
 * English direct quotes whose speaker stands in the neighbouring sentence: the splitter ends a sentence after
 * `.”`, `?”` and `!”`, so in '“We will win.” Cruz said.' or '“Why?” Obama asked the crowd.' the speaker and the
 * verb of saying make a sentence of their own; and a sentence that is only speaker, verb and frame ("Jeff
 * Weaver, the campaign manager, said in a statement.") introduces the quotation that follows it.
 *
 * Both are taken only where the quotation opens its sentence (a straight quotation mark that pairs wrongly
 * across sentences rarely does), the speaker is a name, a personal pronoun or a noun phrase with an article,
 * the verb is one of saying or telling, and what follows the verb is frame only: a time, a listener after a
 * verb of telling or asking, a medium or occasion ("in a statement", "to People", "on Fox News").
 */


/** Whether the quotation [open, close] ends its sentence with terminal punctuation and opens its own sentence. */
function wholeSentenceQuote(c: Ctx, open: number, close: number): boolean {
  let e = close - 1;
  // A nested quotation closing with the outer one ('“He asked, ‘Why?’” Weaver said.').
  if (c.toks[e]?.kind === 'quote' && c.toks[e]!.role === 'close') e--;
  if (!is(c, e, '.', '!', '?', '…')) return false;
  const [sA] = sentenceRange(c, c.sentOf[open]!);
  return open === sA;
}

/** Whether [s, e] is a speaker: a pronoun, a name, or a noun phrase opened by an article or possessive. */
function speakerPhrase(c: Ctx, s: number, e: number): boolean {
  if (e < s || e - s > 10 || !isWord(c, s)) return false;
  if (SUBJECT_PRONOUN.test(w(c, s))) return s === e;
  if (cls(c, 'pron', s) && !cls(c, 'det', s)) return false;
  if (cls(c, 'det', s)) return e > s;
  return isCap(c, s) && !cls(c, 'sub', s) && !cls(c, 'coord', s) && !cls(c, 'prep', s);
}

/** The frames of the cue verb at v, or null when it is no verb of saying or telling. */
function sayFrames(c: Ctx, v: number): readonly string[] | null {
  const f = cueForms(c, v).find((x) => x.form === 'finite');
  if (!f || f.particle) return null;
  const frames = c.lex.cueLemmas.get(f.lemma)?.frames ?? [];
  return saysOrTells(frames) ? frames : null;
}

/** Whether [a, b] after a verb of saying at a - 1 is frame only (the listener of a verb of telling first). */
function frameOnly(c: Ctx, a: number, b: number, frames: readonly string[]): boolean {
  while (b >= a && is(c, b, '.', '!', '?', '…')) b--;
  if (b < a) return true;
  if (frames.includes('tell') && !cls(c, 'prep', a) && !c.inTime[a]) {
    const e = listenerEnd(c, a, listenerNp(c, a, b + 1));
    if (e < 0 || e > b || !speakerPhrase(c, a, e) && !/s$/.test(w(c, e))) return false;
    a = sizeOf(c, e, b) + 1;
    if (a > b) return true;
  }
  // "said to People", "told to reporters": the one spoken to.
  if (w(c, a) === 'to' && a < b) {
    const e = npForward(c, a + 1, b + 1);
    if (e < 0 || !speakerPhrase(c, a + 1, e) && !/s$/.test(w(c, e))) return false;
    a = sizeOf(c, e, b) + 1;
    if (a > b) return true;
  }
  // "… said as he launched the vote", "… asked when the crowd quieted": a clause of time or manner closes the frame.
  for (let k = a; k < b && k - a <= 8; k++) {
    if (!/^(as|when|while)$/.test(w(c, k)) || !(cls(c, 'pron', k + 1) || cls(c, 'det', k + 1) || isCap(c, k + 1))) continue;
    return k === a || trailerOnly(c, a, k - 1, frames);
  }
  return trailerOnly(c, a, b, frames);
}

/**
 * The end of the size a listener's "of" phrase gives ("to a crowd of 500", "to a crowd of about 2,000 people"), or
 * e where none follows the listener ending at e: "of", an approximator, a number and at most two lower-case words
 * after it. (The listener's noun phrase may have taken "of" and the approximator already: "a crowd of about".)
 */
function sizeOf(c: Ctx, e: number, b: number): number {
  let n: number;
  if (w(c, e + 1) === 'of') n = e + 2;
  else if (w(c, e) === 'of' || (approximates(c, e) && w(c, e - 1) === 'of')) n = e;
  else return e;
  if (w(c, n) === 'of') n++;
  if (approximates(c, n)) n++;
  if (c.toks[n]?.kind !== 'number' || n > b) return e;
  let end = n;
  while (end < b && end - n < 2 && isWord(c, end + 1) && !isCap(c, end + 1) && !cls(c, 'prep', end + 1) && !cls(c, 'sub', end + 1) && !cls(c, 'relative', end + 1) && cueForms(c, end + 1).length === 0) end++;
  return end;
}

/**
 * After a quotation that closes its sentence, at k (the next sentence's first token): that sentence's speaker
 * and cue, when the sentence is only speaker, verb and frame. `find` reads speaker and cue from k.
 */
export function quoteAcross(c: Ctx, open: number, close: number, k: number, find: (c: Ctx, k: number) => QuoteCue | null): QuoteCue | null {
  // A quotation that closes a paragraph is not spoken by the next one ("Eilperin reported from Washington.").
  if (!wholeSentenceQuote(c, open, close) || c.text.slice(c.toks[close]!.end, c.toks[k]!.start).includes('\n')) return null;
  const found = find(c, k);
  if (!found || found.cue.length !== 1) return null;
  const v = found.cue[0]![0]!;
  if (Math.min(found.source[0], v) !== k || !speakerPhrase(c, found.source[0], found.source[1])) return null;
  const frames = sayFrames(c, v);
  if (!frames) return null;
  const [, sB] = sentenceRange(c, c.sentOf[k]!);
  return frameOnly(c, found.end + 1, sB, frames) ? found : null;
}

/**
 * Before a quotation that opens its sentence: the sentence before it, when it is only speaker, verb of saying and
 * frame ("Jeff Weaver, Sanders’ campaign manager, said in a statement."), gives speaker and cue.
 */
export function quoteLead(c: Ctx, open: number): { cue: number[][]; source: [number, number]; stance: QuoteCue['stance'] } | null {
  const si = c.sentOf[open]!;
  if (si === 0 || sentenceRange(c, si)[0] !== open) return null;
  const [pA, pB] = sentenceRange(c, si - 1);
  if (!is(c, pB, '.') || pB !== open - 1 || c.inQuote[pA]! >= 0) return null;
  if (c.text.slice(c.toks[pB]!.end, c.toks[open]!.start).includes('\n\n')) return null;
  for (let v = pA + 1; v < pB && v - pA <= 16; v++) {
    if (c.toks[v]!.kind === 'quote' || c.used[v]) return null;
    const frames = sayFrames(c, v);
    if (!frames) continue;
    const src = c.rules.subjectBefore(c, pA, v);
    if (!src || src[0] !== pA || !speakerPhrase(c, src[0], src[1])) return null;
    if (!frameOnly(c, v + 1, pB, frames)) return null;
    const f = cueForms(c, v).find((x) => x.form === 'finite')!;
    const st = statementPhraseEnd(c, v + 1);
    return { cue: [[v, st > 0 ? st : v]], source: src, stance: c.lex.cueLemmas.get(f.lemma)?.stance ?? 'assert' };
  }
  return null;
}

/** Short words a title leaves in lower case ("Meet the Press", "Guardians of the Galaxy"). */
const TITLE_SMALL = /^(a|an|the|of|and|or|for|to|in|on|at|by|with|&)$/;

/**
 * A quotation that names something rather than quotes a statement: one inside a noun phrase, after an article
 * or a possessive ("the “Never Trump” movement", "ABC’s “Good Morning America”"), or a title in title case
 * after a preposition or conjunction ('on “Fox & Friends,” Rep. X said …', '“Parks and Recreation” and
 * “Guardians of the Galaxy,” posted …'). Its words then belong to the sentence around it.
 */
export function quoteIsName(c: Ctx, open: number, close: number): boolean {
  const p = open - 1;
  if (p < 0 || !isWord(c, p) || c.sentOf[p] !== c.sentOf[open]) return false;
  if (cls(c, 'det', p) || /['’]s$/.test(c.text.slice(c.toks[p]!.start, c.toks[p]!.end))) return !innerSentence(c, open, close);
  // ("the broadcast of “Fox News Sunday,”": "of" is a preposition too.)
  if (!(cls(c, 'prep', p) || cls(c, 'coord', p) || cls(c, 'gen', p))) return false;
  let words = 0;
  for (let k = open + 1; k < close; k++) {
    if (is(c, k, ',') && k === close - 1) continue;
    if (!isWord(c, k) && !is(c, k, '&')) return false;
    // A number stands in a title as a capital would ("60 Minutes", "Meet the Press 2016").
    if (!isCap(c, k) && !TITLE_SMALL.test(w(c, k)) && c.toks[k]!.kind !== 'number') return false;
    words++;
  }
  return words >= 2 && words <= 8;
}

/** Whether a quotation holds terminal punctuation before its end or a verb of saying: a statement, not a name. */
export function innerSentence(c: Ctx, open: number, close: number): boolean {
  for (let k = open + 1; k < close; k++) if (is(c, k, '.', '!', '?', ':', ';')) return true;
  return false;
}
