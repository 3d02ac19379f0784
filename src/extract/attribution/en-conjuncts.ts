import { cls, cueForms, is, isBoundary, isCap, isComma, isWord, w, type Ctx } from './context.js';

/** English coordinated speakers: "Bush and Christie said", "Obama, Hillary Clinton, and aides said". */

/**
 * The start of the names coordinated before "and"/"or" at `and` ("he and …", "Bush and …", "Obama, Hillary
 * Clinton, and …"), or -1: each conjunct is a pronoun or a capitalized name (with an article or possessive before
 * it) that starts right after the clause's start, a comma of the list, or a preposition-free boundary — so "The
 * bill passed the House and Republicans said" keeps "Republicans" alone.
 */
export function leftConjunct(c: Ctx, a: number, and: number): number {
  let k = and - 1;
  if (isComma(c, k)) k--;
  for (let items = 0; items < 6; items++) {
    if (k < a) return -1;
    let s = k;
    if (cls(c, 'pron', k)) s = k;
    else {
      if (!isCap(c, k)) return -1;
      while (s - 1 >= a && (isCap(c, s - 1) || is(c, s - 1, '.')) && !cls(c, 'sub', s - 1)) s--;
      if (s - 1 >= a && (cls(c, 'det', s - 1) || cls(c, 'quant', s - 1))) s--;
    }
    if (s === a || s === c.sents[c.sentOf[s]!]!.firstToken) return s;
    if (isComma(c, s - 1)) {
      // A list goes on before the comma only with another name; otherwise the comma closes the clause before.
      if (isCap(c, s - 2) || cls(c, 'pron', s - 2)) {
        k = s - 2;
        continue;
      }
      return s;
    }
    if (isBoundary(c, s - 1) || cls(c, 'sub', s - 1)) return s;
    // Words that describe the names all the way from the clause's start join them: "Republican presidential
    // hopefuls Jeb Bush and Chris Christie", "former Gov. Ann Lund and …" (a verb among them: "The bill passed
    // the House and Republicans said" keeps "Republicans" alone).
    let p = s - 1;
    while (p >= a && s - p <= 8 && (isCap(c, p) || is(c, p, '.') || cls(c, 'det', p) || premodifier(c, p))) p--;
    return p < a || isBoundary(c, p) || cls(c, 'sub', p) ? p + 1 : -1;
  }
  return -1;
}

/** A lower-case word that may describe a name before it: not a verb, auxiliary, pronoun, subordinator or cue. */
function premodifier(c: Ctx, k: number): boolean {
  return isWord(c, k) && !/(?:ed|ing)$/.test(w(c, k)) && !cls(c, 'aux', k) && !cls(c, 'werden', k) && !cls(c, 'pron', k) && !cls(c, 'sub', k) && !cls(c, 'relative', k) && !cls(c, 'coord', k) && !cls(c, 'adv', k) && !(cls(c, 'prep', k) && w(c, k) !== 'of') && cueForms(c, k).length === 0;
}
