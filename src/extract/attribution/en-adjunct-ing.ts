import { cls, cueForms, is, isBoundary, isCap, isComma, isWord, raw, w, type Ctx, type Draft } from './context.js';
import { npForward } from './phrases.js';
import { absoluteCount, bareOpeningComma, bareOpeningParticiple } from './en-ing-forms.js';
import { perfectOpeningComma } from './en-clause-edges.js';
import { cueBefore, fromAdjunct, passiveFor } from './en-gerunds.js';

/**
 * Participle adjuncts of speech and support (round eleven, spec 5): shapes in which a participle of a cue verb
 * speaks for a speaker that the other participle rules do not see. Each check looks at a bounded window.
 *  - a participle after "in" or "instead of" ("In describing the plan as a failure, the journalists …", "Instead
 *    of calling himself conservative, Trump said …"), where the preposition opens the sentence or follows a
 *    comma: like "by" and "while", it speaks for the subject of its clause;
 *  - a reduced relative whose object opens with a lower-case modifier ("a group backing former Gov. Mike
 *    Huckabee", "super PACs supporting presidential candidates");
 *  - an absolute "with" phrase ("…, with Trump calling for a ban"): its noun phrase speaks;
 *  - the opening adjunct's bounds: its participle's content ends at the comma that closes it, and the speaker
 *    of the main clause's own cue starts after it ("In opposing the request, her lawyer wrote …").
 */

/** Whether the word at k is a preposition after which a participle speaks for its clause's subject: "in", "instead of". */
export function adjunctPreposition(c: Ctx, k: number): boolean {
  if (c.inQuote[k]! >= 0) return false;
  const s = w(c, k);
  if (s === 'of') return w(c, k - 1) === 'instead';
  if (s === 'from') return fromAdjunct(c, k); // "aside from saying …" (en-gerunds.ts)
  if (s === 'for') return passiveFor(c, k); // "was criticized for saying that …" (en-gerunds.ts)
  if (s !== 'in') return false;
  // Only where "in" opens an adjunct (the sentence, after "But", after a comma): after a noun it opens the noun's
  // complement ("the city's delay in releasing the video", "plays a role in determining").
  const sA = c.sents[c.sentOf[k]!]!.firstToken;
  return k === sA || isComma(c, k - 1) || (k - 1 === sA && cls(c, 'coord', sA));
}

/**
 * Whether the object after a participle starts at n with a lower-case modifier of a name or a plural noun
 * ("backing former Florida Gov. Jeb Bush", "supporting presidential candidates", "backing embattled President
 * Assad"): the reduced relative's object, like an article or a name there.
 */
export function modifiedObject(c: Ctx, k: number, n: number): boolean {
  // (Not after a contracted subject: "he's projecting big profits" is a progressive.)
  if (/^(he|she|it|that|there|who|what|where)['’]s$/.test(w(c, k))) return false;
  if (!isWord(c, n) || !/^[a-z][a-z-]*$/.test(raw(c, n)) || /(ly|ing)$/.test(w(c, n)) || cueForms(c, n).length > 0) return false;
  if (['adv', 'aux', 'werden', 'verb', 'prep', 'pron', 'coord', 'sub', 'neg', 'relative', 'det', 'quant'].some((x) => cls(c, x, n))) return false;
  const m = n + 1;
  if (isCap(c, m)) return true;
  return /^[a-z]+[^s]s$/.test(raw(c, m)) && !cls(c, 'aux', m) && !cls(c, 'verb', m) && cueForms(c, m).length === 0;
}

/** The longest opening adjunct before its closing comma, in tokens. */
const OPENING_MAX = 25;

/**
 * The comma that closes a participle adjunct opening the sentence ("In describing the plan as a failure, the
 * journalists …", "While discussing the tweet, Ryan said …", "Instead of calling himself conservative, Trump
 * said …") for the participle at v; -1 when v opens none. The participle's content lies before that comma: the
 * main clause after it is not what the participle says.
 */
export function openingAdjunctComma(c: Ctx, v: number, sA: number): number {
  const perfect = perfectOpeningComma(c, v, sA); // "Having said that …, Ek left" (en-clause-edges.ts)
  if (perfect >= 0) return perfect;
  if (!/ing$/.test(w(c, v)) || c.inQuote[v]! >= 0) return -1;
  if (bareOpeningParticiple(c, v, sA)) return bareOpeningComma(c, v); // "Noting that …, Smith said" (en-ing-forms.ts)
  const o = (w(c, v - 1) === 'of' && w(c, v - 2) === 'instead') || (w(c, v - 1) === 'from' && /^(aside|apart)$/.test(w(c, v - 2))) ? v - 2 : v - 1;
  if (!(o < v - 1 || cls(c, 'prep', o) || cls(c, 'sub', o))) return -1;
  // It opens the sentence (after "But"), or a clause after a comma or dash ("…, instead of denying X, the governor …").
  if (!(o === sA || (o - 1 === sA && cls(c, 'coord', sA)) || isComma(c, o - 1) || is(c, o - 1, '—', '–'))) return -1;
  if (o > sA + 1 && cueBefore(c, o)) return -1; // "…," the governor said, before clarifying that he, X, was …" (en-gerunds.ts)
  for (let k = v + 1; k - v <= OPENING_MAX && k < c.toks.length && c.sentOf[k] === c.sentOf[v]; k++) {
    if (c.inQuote[k]! >= 0) continue;
    if (isComma(c, k)) return k;
    if (isBoundary(c, k)) return -1;
  }
  return -1;
}

/** The contentStart hook: no content for an opening participle when it would start after the adjunct's comma. */
export function adjunctContentStart(c: Ctx, v: number, sA: number, start: number): number {
  const comma = openingAdjunctComma(c, v, sA);
  return comma >= 0 && start >= comma ? -1 : start;
}

/** The contentEnd hook: the content of an opening participle ends before the adjunct's comma. */
export function adjunctContentEnd(c: Ctx, v: number, sA: number, start: number, end: number): number {
  const comma = openingAdjunctComma(c, v, sA);
  return comma > start && end >= comma ? comma - 1 : end;
}

/** The speaker of an opening participle adjunct: the noun phrase after the adjunct's comma ("In describing …, the journalists"), or null. */
export function openingAdjunctSubject(c: Ctx, v: number, sA: number): [number, number] | null {
  const comma = openingAdjunctComma(c, v, sA);
  if (comma < 0) return null;
  const sB = c.sents[c.sentOf[v]!]!.endToken - 1;
  let s = comma + 1;
  while (s <= sB && cls(c, 'adv', s)) s++;
  // (A noun phrase: "Trump, after railing against X, produced …" has its verb there, its subject before the adjunct.)
  if (!(isCap(c, s) || cls(c, 'det', s) || cls(c, 'pron', s) || cls(c, 'quant', s)) || cls(c, 'sub', s) || c.inQuote[s]! >= 0) return null;
  const e = npForward(c, s, sB + 1);
  // The phrase ends before the main clause's verb: "the governor [implemented] …".
  for (let k = s + 1; k <= e; k++) if ((cls(c, 'aux', k) || cls(c, 'werden', k) || cls(c, 'verb', k) || /^[a-z]+ed$/.test(raw(c, k))) && !cls(c, 'det', k - 1)) return [s, k - 1];
  return e >= s ? [s, e] : null;
}

/**
 * The tidySpans hook: a speaker found for the main clause's own cue does not start inside the participle adjunct
 * that opens the sentence ("In opposing the request, her lawyer wrote …": not "the request, her lawyer").
 */
export function adjunctSourceTrim(c: Ctx, d: Draft): void {
  if (!d.source || !d.cue?.length) return;
  const sA = c.sents[d.sentence]?.firstToken;
  if (sA === undefined || d.source[0] > sA + 6) return;
  let v = sA + 1;
  if (cls(c, 'coord', sA) || w(c, sA) === 'instead') v++;
  const comma = openingAdjunctComma(c, v, sA);
  if (comma < 0 || d.cue[0]![0]! <= comma || d.source[0] > comma || d.source[1] <= comma) return;
  d.source = [comma + 1, d.source[1]];
  d.resolved = null;
}

/**
 * Whether the participle at v ends an absolute "with" phrase whose noun phrase ends at k ("with Trump calling for
 * a ban", "with top officials vowing to stay"): the noun phrase speaks, and the cue may take its own preposition
 * after it. At most five words of a noun phrase between "with" and the participle.
 */
export function withAbsolute(c: Ctx, k: number, v: number): boolean {
  for (let j = k; j >= 0 && k - j < 5; j--) {
    if (absoluteCount(c, j) && j < k) continue; // "with three in 10 saying" (en-ing-forms.ts)
    if (c.inQuote[j]! >= 0 || !isWord(c, j)) return false;
    if (w(c, j) === 'with') return j < k && (isComma(c, j - 1) || is(c, j - 1, '—', '–') || j === c.sents[c.sentOf[j]!]!.firstToken);
    if (['aux', 'werden', 'verb', 'prep', 'coord', 'sub', 'neg', 'relative'].some((x) => cls(c, x, j)) || /ing$/.test(w(c, j)) || cueForms(c, j).length > 0) return false;
  }
  return false;
}
