import { cls, cueForms, isBoundary, isCap, isComma, isWord, sentenceRange, w, type Ctx } from './context.js';
import { modifiersBefore } from './en-known.js';
import { participle } from './en-ing.js';

/**
 * English contents without "that" after an adjunct: "Pence said in politics it takes time …", "she said in a
 * statement the company had lost money", "told reporters on a call the vote would wait". The prepositional
 * phrase after the verb belongs to the speech act (it joins the cue, as in "said in a statement that …"); the
 * clause after it — a subject and a finite verb — is the content. Bounded window: linear in the sentence.
 */

const SUBJECT = /^(he|she|it|they|we|i|you|there)$/;
const BE = /^(is|was|are|were|am)$/;
const MAX_ADJUNCT = 10;
/** Prepositions of a topic or an agent ("said of", "released by", "responded with") open no adjunct of the act. */
const NOT_ADJUNCT = /^(by|of|about|for|with|as|like|than|to|into)$/;

/** A finite verb at v after a subject (`pronoun`: a subject pronoun, which also takes a verb in -s). */
function finiteAt(c: Ctx, v: number, pronoun: boolean): boolean {
  if (!isWord(c, v) || isCap(c, v) || c.inQuote[v]! >= 0) return false;
  if (cls(c, 'aux', v) || BE.test(w(c, v)) || cls(c, 'verb', v) || cls(c, 'neg', v)) return true;
  if (participle(c, v) || cls(c, 'prep', v) || cls(c, 'det', v)) return false;
  return /[a-z]ed$/.test(w(c, v)) || (pronoun && /[^su]s$/.test(w(c, v)));
}

/**
 * Whether a clause (a subject, then a finite verb) starts at k: a subject pronoun, a short noun phrase opened by
 * an article or a quantifier, or a name (capitalized words), then a finite verb after at most two adverbs.
 */
export function clauseAt(c: Ctx, k: number, sB: number, bare = false): boolean {
  const pronoun = SUBJECT.test(w(c, k)) && !isCap(c, k + 1);
  let v = k + 1;
  if (!pronoun) {
    const name = isCap(c, k) && !isCap(c, k - 1) && !cls(c, 'det', k);
    const article = cls(c, 'det', k) || cls(c, 'quant', k);
    // (`bare`: a noun without an article may open it too: "shots have been fired", "race relations are …".)
    const bareNoun = bare && !name && !article && plainNoun(c, k) && cueForms(c, k).length === 0;
    if (!name && !article && !bareNoun) return false;
    // The noun phrase: words of a name, or lower-case words, up to five.
    v = article ? k + 1 : k;
    while (v <= sB && v - k <= 5 && isWord(c, v) && (name ? isCap(c, v) : !isCap(c, v)) && !finiteAt(c, v, false) && !cls(c, 'prep', v) && cueForms(c, v).length === 0) v++;
    if (v === k || (article && v === k + 1)) return false;
  }
  while (v <= sB && v - k <= 7 && cls(c, 'adv', v)) v++;
  return v <= sB && finiteAt(c, v, pronoun);
}

/**
 * The start of a clause after the prepositional phrase at p ("in a statement", "on Twitter on Monday"), or -1:
 * the phrase holds a noun after its preposition, no boundary but a comma right before the clause, no cue verb.
 */
export function clauseAfterAdjunct(c: Ctx, v: number, p: number, sB: number): number {
  if (!cls(c, 'prep', p) || NOT_ADJUNCT.test(w(c, p)) || c.inQuote[p]! >= 0) return -1;
  // A form in -s or -ing may be a noun or an attribute ("reports on …", "views on …"): only "says"/"tells".
  if (/ing$/.test(w(c, v)) || (/s$/.test(w(c, v)) && !/^(says|tells)$/.test(w(c, v)))) return -1;
  for (let k = p + 2; k <= sB && k - p <= MAX_ADJUNCT; k++) {
    if (c.toks[k]!.kind === 'quote' || c.inQuote[k]! >= 0 || cueForms(c, k).length > 0 || w(c, k) === 'that') return -1;
    if (cls(c, 'relative', k) || cls(c, 'sub', k) || /^(where|when|how|why|what)$/.test(w(c, k))) return -1;
    if (isComma(c, k)) {
      if (clauseAt(c, k + 1, sB)) return k + 1;
      return -1;
    }
    if (isBoundary(c, k)) return -1;
    if (cls(c, 'prep', k - 1) || cls(c, 'det', k - 1)) continue;
    if (clauseAt(c, k, sB)) return k;
  }
  return -1;
}

/**
 * Whether the participle of saying at v ("saying", "suggesting", "asking") is followed by what is said: a
 * quotation, "that", or a clause (a subject and a finite verb: "calls saying shots have been fired").
 */
export function sayingClauseAfter(c: Ctx, v: number): boolean {
  if (!/ing$/.test(w(c, v)) || c.inQuote[v]! >= 0) return false;
  if (!cueForms(c, v).some((f) => c.lex.cueLemmas.get(f.lemma)?.frames.includes('say') === true)) return false;
  const n = v + 1;
  const t = c.toks[n];
  if (!t) return false;
  if ((t.kind === 'quote' && t.role !== 'close') || w(c, n) === 'that') return true;
  const [, sB] = sentenceRange(c, c.sentOf[v]!);
  return clauseAt(c, n, sB, true);
}

/** A lower-case noun before a participle ("evidence", "percent"): no verb, auxiliary, adverb, article or preposition. */
export function plainNoun(c: Ctx, k: number): boolean {
  if (!isWord(c, k) || isCap(c, k) || !/^[a-z]+$/.test(w(c, k)) || /(ed|ly|ing)$/.test(w(c, k))) return false;
  return !['adv', 'aux', 'werden', 'verb', 'prep', 'gen', 'det', 'pron', 'coord', 'sub', 'neg', 'relative'].some((x) => cls(c, x, k));
}

/**
 * The start of the noun phrase whose last words begin at s, going left over a number and an "of" phrase's head:
 * "911 calls", "the share of Republicans", "62 percent of voters" (the speaker of a participle after it).
 */
export function nounPhraseStart(c: Ctx, s: number, a: number): number {
  let k = s;
  for (let steps = 0; steps < 3 && k - 1 >= a; steps++) {
    if (c.toks[k - 1]!.kind === 'number') k--;
    else if (w(c, k - 1) === 'of' && k - 2 >= a && plainNoun(c, k - 2) && !c.used[k - 2]) {
      // (An adjective before that head too: "the recent crop of stories".)
      k = modifiersBefore(c, k - 2, a);
      while (k - 1 >= a && k - 1 > s - 6 && (cls(c, 'det', k - 1) || cls(c, 'quant', k - 1) || c.toks[k - 1]!.kind === 'number')) k--;
    } else break;
  }
  return k;
}

/**
 * "…, pointing to his record and saying that …": a participle of saying after "and"/"but" that goes on a
 * participle clause of the same sentence (one opened by a comma or the sentence start, or a claim whose cue is a
 * participle) is a speech act of that clause's speaker. Only a cue before a clause or a quotation.
 */
export function coordinatedParticiple(c: Ctx, k: number, v: number, sA: number): boolean {
  if (!/^(and|but)$/.test(w(c, k)) || !sayingClauseAfter(c, v)) return false;
  const si = c.sentOf[v]!;
  if (c.claims.some((d) => !d.removed && d.sentence === si && d.cue && d.cue[0]![0]! < k && /ing$/.test(w(c, d.cue[0]![0]!)))) return true;
  for (let j = k - 1; j >= sA && k - j <= 25; j--) {
    if (/^[a-z]+ing$/.test(w(c, j)) && (j === sA || isComma(c, j - 1)) && cueForms(c, j).length > 0) return true;
  }
  return false;
}

/** Subordinators of an adverbial clause that a content may open with before its main clause. */
const FRONTED = /^(while|although|though|because|since|once|unless|whereas|until)$/;
const MAX_FRONTED = 20;

/**
 * Whether the content after a verb of saying opens at s0 with a fronted adverbial clause: "said while he respects
 * the court, the ruling was wrong", "said once the bill passes, prices will fall" (a main clause follows the
 * comma), or with "just/even because …" ("said just because taxes rose did not mean …", a clause as subject).
 * Without a main clause after the comma the subordinate clause gives the reason or time of the act, no content
 * ("said so because he was tired"). Bounded window.
 */
export function frontedClause(c: Ctx, s0: number, sB: number): boolean {
  if (/^(just|even)$/.test(w(c, s0)) && w(c, s0 + 1) === 'because') return true;
  if (!FRONTED.test(w(c, s0)) || c.inQuote[s0]! >= 0) return false;
  for (let k = s0 + 2; k < sB && k - s0 <= MAX_FRONTED; k++) {
    if (c.toks[k]!.kind === 'quote' || (isBoundary(c, k) && !isComma(c, k)) || w(c, k) === 'that') return false;
    if (isComma(c, k)) return clauseAt(c, k + 1, sB, true);
  }
  return false;
}
