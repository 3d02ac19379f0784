import type { Stance } from '../types.js';
import { addClaim, cls, cueForms, is, isBoundary, isComma, isCap, isWord, kindOf, pronounResolution, raw, sentenceRange, trim, unused, w, type Ctx } from './context.js';
import { nounLexicon, possessor } from './en-nouns.js';

/**
 * English speech nouns in a copular clause: the noun phrase is the subject, a form of "be" the verb and the
 * that- or whether-clause after it the content — "Sanders’s argument on Sunday was that the banks were too big",
 * "His message long has been that he is a winner", "The fear among Democrats is that turnout will drop",
 * "The question is whether he knew". The cue runs from the noun (with its modifiers, a prepositional phrase and
 * the copula) to the copula; the speaker is a possessive before the noun, or a group after "among", "within",
 * "inside" (or "in"/"at" a name: "The hope in the White House is that …"); else the claim is unattributed and
 * its cue takes the determiner ("The idea is that …"). The noun phrase opens its clause: after a verb of saying
 * ("said his biggest worry is that …") the verb rules read it. A noun that names no speech ("the problem is
 * that", "the fact is that", "the reason is that") is not in the lexicon and makes nothing.
 */

let copulaNouns: Map<string, { stance: Stance; whether: boolean }> | null = null;

/** The noun lexicon of this rule: the that-nouns of en-nouns.ts, the `clause` and `copula` rows of cue-nouns.tsv. */
function copulaNoun(word: string): { stance: Stance; whether: boolean } | null {
  if (!copulaNouns) {
    copulaNouns = new Map();
    for (const [k, v] of nounLexicon().nouns) if (v.frames.has('that')) copulaNouns.set(k, { stance: v.stance, whether: false });
    for (const row of nounLexicon().clauseRows) copulaNouns.set(row.word, { stance: row.stance, whether: row.frames.has('whether') });
  }
  return copulaNouns.get(word) ?? null;
}

/** Adverbs that may stand around the copula: "long has been", "has always been", "is simply that". */
const ADVERB = /^(long|always|still|now|also|simply|often|basically|essentially|ultimately|consistently|repeatedly|generally|usually|apparently|clearly|increasingly|largely|mostly|merely|just)$/;
/** Prepositions of a phrase between the noun and the copula ("argument on Sunday", "worry about Trump"). */
const PREPOSITION = /^(of|on|about|in|at|for|from|among|amongst|within|inside|during|over|against|behind|toward|towards|with|to|since|after|before|around|across|throughout|among)$/;
/** Prepositions whose object holds the noun ("the fear among Democrats"); "in"/"at" only before a name. */
const HOLDER = /^(among|amongst|within|inside)$/;
/** Words before the noun phrase that leave it at the opening of its clause ("But the hope is that …"). */
const OPENER = /^(but|and|so|yet|perhaps|still|instead|now|meanwhile|indeed|or|again|rather|thus|hence|then)$/;

/**
 * The copula that ends before `k` (the "that"/"whether"), past adverbs: [first, last] of "is", "was", "has been",
 * "will be", "would be", "remains"; or null.
 */
function copulaBefore(c: Ctx, k: number, sA: number): [number, number] | null {
  let e = k - 1;
  while (e > sA && ADVERB.test(w(c, e))) e--;
  if (/^(is|was|are|were|remains|remained)$/.test(w(c, e))) return [e, e];
  if (!/^(been|be)$/.test(w(c, e))) return null;
  let b = e - 1;
  while (b > sA && ADVERB.test(w(c, b))) b--;
  const aux = w(c, b);
  if (w(c, e) === 'been' ? /^(has|have|had)$/.test(aux) : /^(will|would|may|might|could|should|must)$/.test(aux)) return [b, e];
  return null;
}

/** The speech noun before a relative clause of at most eight words that ends at e ("question that has emerged"), or -1. */
function relativeHead(c: Ctx, e: number, sA: number, comp: string): number {
  for (let r = e - 1; r > sA && e - r <= 8; r--) {
    if (c.inQuote[r]! >= 0 || isBoundary(c, r) || !isWord(c, r)) return -1;
    if (!/^(that|which)$/.test(w(c, r))) continue;
    const noun = copulaNoun(w(c, r - 1));
    return noun && !isCap(c, r - 1) && (comp === 'that' || noun.whether) ? r - 1 : -1;
  }
  return -1;
}

/** Whether the words [a, b] form a plain phrase (no verb, clause boundary, quotation or subordinator). */
function plainPhrase(c: Ctx, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    if (!isWord(c, k) && !is(c, k, '.', '-', '’', "'")) return false;
    if (c.inQuote[k]! >= 0 || cls(c, 'aux', k) || cls(c, 'werden', k) || cls(c, 'sub', k) || cls(c, 'relative', k) || w(c, k) === 'that') return false;
  }
  return true;
}

/** A pre-modifier of the noun: "most surprising", "oft-stated", "key" (no determiner, possessive, name or function word). */
function modifier(c: Ctx, k: number): boolean {
  if (/^(most|more|least|less|very)$/.test(w(c, k))) return true; // ("most surprising suggestion")
  return isWord(c, k) && !isCap(c, k) && !/['’]s$|s['’]$/.test(raw(c, k)) && !cls(c, 'det', k) && !cls(c, 'quant', k) && !cls(c, 'prep', k) && !cls(c, 'sub', k) && !cls(c, 'coord', k) && !cls(c, 'aux', k) && !cls(c, 'werden', k) && !cls(c, 'pron', k) && !PREPOSITION.test(w(c, k)) && !/^(one|another)$/.test(w(c, k));
}

/** Whether the phrase starting at a opens its clause: the sentence, after a boundary, or after "But", "Perhaps". */
function opensClause(c: Ctx, a: number, sA: number): boolean {
  if (a === sA || isBoundary(c, a - 1) || (is(c, a - 1, '-') && is(c, a - 2, '-')) || (c.toks[a - 1]?.kind === 'quote' && c.inQuote[a]! < 0)) return true;
  return a - 1 === sA && OPENER.test(w(c, sA));
}

/** The copular speech-noun claims of sentence si (read before its verbs, so that "was" finds no subject of its own). */
export function nounCopula(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  for (let k = sA + 2; k < sB; k++) {
    const comp = w(c, k);
    if ((comp !== 'that' && comp !== 'whether') || c.inQuote[k]! >= 0 || c.used[k]) continue;
    const cop = copulaBefore(c, k, sA);
    if (!cop) continue;
    let e = cop[0] - 1;
    while (e > sA && ADVERB.test(w(c, e))) e--;
    // An aside between commas or dashes before the copula ("Her argument, much akin to Cameron’s, is that …"): the cue is the noun phrase.
    const aside = asideBefore(c, e, sA);
    if (aside >= 0) e = aside;
    // The head noun: right before the copula, or before a prepositional phrase of up to eight words.
    let head = -1;
    for (let j = e; j >= sA && e - j <= 8; j--) {
      const noun = copulaNoun(w(c, j));
      if (noun && c.inQuote[j]! < 0 && !isCap(c, j) && (j === e || (PREPOSITION.test(w(c, j + 1)) && plainPhrase(c, j + 2, e))) && (comp === 'that' || noun.whether)) {
        head = j;
        break;
      }
      if (!plainPhrase(c, j, j)) break;
    }
    // A relative clause after the noun: "One question that has emerged is whether …" (the cue holds it).
    if (head < 0) head = relativeHead(c, e, sA, comp);
    if (head < 0) continue;
    const noun = copulaNoun(w(c, head))!;
    let m = head - 1;
    while (m >= sA && head - m <= 3 && modifier(c, m)) m--;
    // The speaker: a possessive before the noun phrase, or the group after "among X".
    const lex = nounLexicon();
    let source: [number, number] | null = m >= sA ? possessor(c, m, sA, lex) : null;
    // ("Perhaps Mr. Comey’s …": a capitalized opener is no part of the name.)
    if (source && source[0] < source[1] && OPENER.test(w(c, source[0]))) source = [source[0] + 1, source[1]];
    let start = source ? source[0] : m + 1;
    if (!source && m >= sA && (cls(c, 'det', m) || cls(c, 'quant', m) || /^(one|another)$/.test(w(c, m)))) start = m;
    if (!opensClause(c, start, sA)) continue;
    const cueStart = source ? m + 1 : start;
    let cueEnd = aside >= 0 ? head : cop[1];
    const holder = head + 1 < cop[0] && (HOLDER.test(w(c, head + 1)) || (/^(in|at)$/.test(w(c, head + 1)) && (isCap(c, head + 2) || (cls(c, 'det', head + 2) && isCap(c, head + 3)))));
    if (!source && holder) {
      source = [head + 2, e];
      cueEnd = head;
    }
    const content = trim(c, k, contentEnd(c, k + 1, sB));
    if (!content || content[1] - content[0] < 2 || reportTail(c, content[0], content[1]) || !unused(c, start, cop[1]) || !unused(c, content[0], content[1])) continue;
    const cue: number[][] = [[cueStart, cueEnd]];
    for (let j = start; j <= cop[1]; j++) c.used[j] = 1;
    addClaim(c, {
      kind: source ? kindOf(c, [content]) : 'unattributed',
      content: [[content[0] + 1, content[1]]],
      cue,
      source,
      resolved: source ? pronounResolution(c, source, si) : null,
      stance: noun.stance,
      rule: source ? 'noun-copula' : 'noun-copula-unattributed',
      sentence: si,
    });
    c.used[k] = 1;
    k = content[1];
  }
}

/** The last token before an aside that ends at e (a comma or a spaced dash, opened by the same mark at most twenty tokens back), or -1. */
function asideBefore(c: Ctx, e: number, sA: number): number {
  if (!isBoundary(c, e) || is(c, e, ';', ':')) return -1;
  for (let k = e - 1; k > sA && e - k <= 20; k--) {
    // (A verb of saying in it takes the sentence: "The concern, aides said, is that …".)
    if (c.inQuote[k]! >= 0 || is(c, k, ';', ':', '.') || cueForms(c, k).length > 0) return -1;
    if (isBoundary(c, k)) return raw(c, k) === raw(c, e) && k - 1 > sA ? k - 1 : -1;
  }
  return -1;
}

/**
 * "made the case to Democrats gathered in Philadelphia that …", "gave assurances to allies that …": a listener
 * after "to" between a speech noun and its that-clause (not an infinitive of saying: "the case to argue that …"; an infinitive without a that-clause is none). Returns the
 * "that" (at most fifteen tokens on, no clause boundary or subordinator before it), or `after` (the "to").
 */
export function listenerThat(c: Ctx, after: number, sB: number): number {
  if (w(c, after) !== 'to' || cueForms(c, after + 1).length > 0) return after;
  for (let k = after + 1; k <= sB && k - after <= 15; k++) {
    if (w(c, k) === 'that') return k > after + 1 && c.inQuote[k]! < 0 ? k : after;
    if (isBoundary(c, k) || c.inQuote[k]! >= 0 || cls(c, 'sub', k) || cls(c, 'relative', k) || cls(c, 'aux', k) || !isWord(c, k) && !is(c, k, '.', '’', "'")) return after;
  }
  return after;
}

/**
 * "… the notion that priorities are getting less attention, he said.": a clause of saying after a comma closes
 * the sentence, so the noun's clause lies inside its content (the verb rules' claim; PolNeAR does not nest).
 * Whether [s, e] ends in such a clause: a comma, at most six words, a verb of saying among the last three.
 */
export function reportTail(c: Ctx, s: number, e: number): boolean {
  while (e > s && !isWord(c, e)) e--;
  let saying = false;
  for (let k = e; k > s && e - k <= 6; k--) {
    if (isComma(c, k)) return saying && k < e;
    if (c.inQuote[k]! >= 0 || !isWord(c, k) && !is(c, k, '.')) return false;
    if (e - k < 3 && cueForms(c, k).some((f) => c.lex.cueLemmas.get(f.lemma)?.frames.includes('say') === true)) saying = true;
  }
  return false;
}

/** Where a copular content ends: the sentence end, a semicolon or a spaced dash outside a quotation. */
function contentEnd(c: Ctx, s: number, sB: number): number {
  for (let k = s; k <= sB; k++) if (c.inQuote[k]! < 0 && (is(c, k, ';', '—', '–') || (is(c, k, '-') && isBoundary(c, k)))) return k - 1;
  return sB;
}
