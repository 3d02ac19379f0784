import type { Stance } from '../types.js';
import { addClaim, cls, cueForms, is, isBoundary, isCap, isComma, isWord, kindOf, pronounResolution, raw, sentenceRange, trim, unused, w, type Ctx, type Draft } from './context.js';
import { adverbAt, lowerLy, sayingVerb } from './en-cues.js';
import { finiteVerb, matrixVerb, trimEnd } from './en-known.js';
import { nounCue, nounLexicon } from './en-nouns.js';
import { verbSubject } from './en-noun-frames.js';
import { reportTail } from './en-noun-copula.js';
import { objectVerb } from './en-transitive.js';
import { infinitiveAfter, receivable, relativeReport, subjectBeforeAux, twoWordClause } from './en-noun-subjects.js';
import { npForward } from './phrases.js';

/**
 * English speech nouns with a that-clause, wherever the noun phrase stands (tried on each sentence before its
 * verbs, so that a verb inside the clause does not take the noun phrase for its subject):
 * - as the subject of the sentence: "Trump’s claim that he opposed the war is false", "The allegation that the
 *   vote was rigged has been debunked" — the content ends before the main verb;
 * - after a preposition or a verb: "amid allegations that …", "pushing back against claims by intelligence
 *   agencies that …", "an allegation from his first wife, Ivana Trump, that …";
 * - in a headline without "that": "Carson Defends Himself Against Claims He Exaggerated His Life Story".
 * A "that" whose clause lacks its subject or object is a relative pronoun ("the claim that he made was false").
 * The speaker is found as in en-nouns.ts (a possessive, "by/from X", the subject of a light verb); without one
 * the claim is unattributed and its cue takes the determiner ("The idea that …").
 */

let clauseNouns: Map<string, Stance> | null = null;

/** The stance of a noun that is a cue with a that-clause: the noun cues of en-nouns.ts and the kind `clause` of cue-nouns.tsv; or null. */
function clauseNoun(word: string): Stance | null {
  if (!clauseNouns) {
    clauseNouns = new Map();
    for (const row of nounLexicon().clauseRows) if (row.kind === 'clause') clauseNouns.set(row.word, row.stance);
  }
  const noun = nounLexicon().nouns.get(word);
  return noun ? (noun.frames.has('that') ? noun.stance : null) : clauseNouns.get(word) ?? null;
}

/** Subject pronouns that open a that-less clause after a noun ("allegations he beat his ex-wife"). */
const SUBJECT_PRONOUN = /^(he|she|they|we|i|it|there)$/;

/** Whether the tokens from k open a noun phrase (an object): an article, a pronoun, a number, a name, a quotation. */
function opensPhrase(c: Ctx, k: number): boolean {
  return cls(c, 'det', k) || cls(c, 'quant', k) || cls(c, 'pron', k) || isCap(c, k) || /\d/.test(raw(c, k)) || c.toks[k]?.kind === 'quote';
}

/**
 * Whether the clause from s is a complement (what the noun says), not a relative clause about the noun. It needs
 * a subject ("that the vote …", "that tariffs help …"; not "that circulated online", "that was made"); a light or
 * receiving verb right after a pronoun subject without an object is a relative clause ("the claim that he made
 * was false", "the allegations that she has").
 */
function complement(c: Ctx, s: number, sB: number, noun: string): boolean {
  if (s > sB || !isWord(c, s) && c.toks[s]?.kind !== 'quote') return false;
  if (cls(c, 'aux', s) || cls(c, 'werden', s) || adverbAt(c, s) || cls(c, 'prep', s) || cls(c, 'relative', s)) return false;
  // (A verb right after "that": "concerns that give voters pause", "a claim that circulated online".)
  const lex = nounLexicon();
  // (A noun before a modal or an auxiliary is the clause's subject: "that wages would rise".)
  if (!opensPhrase(c, s) && !(subjectBeforeAux(c, s) && !/ing$/.test(noun)) && (/^[a-z]+ed$/.test(raw(c, s)) || cls(c, 'verb', s) || lex.light.has(w(c, s)) || lex.receive.has(w(c, s)) || cls(c, 'det', s + 1) || cls(c, 'pron', s + 1))) return false;
  return !lacksObject(c, s, sB, true, receivable(noun));
}

/**
 * Whether the clause from s is a subject and a verb that takes an object without one: a relative clause ("that he
 * made", "that it had commissioned"). `cues`: whether a verb of saying or receiving counts as one that takes an
 * object ("that the leaders denied"; not where an intransitive sense is common: "that they had won").
 */
export function lacksObject(c: Ctx, s: number, sB: number, cues = true, receive = cues): boolean {
  const lex = nounLexicon();
  let v = subjectEnd(c, s, sB) + 1;
  let passive = false;
  for (; v <= sB && (cls(c, 'aux', v) || cls(c, 'werden', v) || adverb(c, v)); v++) if (cls(c, 'werden', v)) passive = true;
  let n = v + 1;
  while (n <= sB && adverb(c, n)) n++;
  // A verb without its object or complement: "a charge that the leaders strongly denied, …", "a proposal that Manchin pushed in 2013".
  const needsObject = objectVerb(c, v);
  const transitive = (cues && cueForms(c, v).length > 0) || (receive && lex.receive.has(w(c, v))) || lex.light.has(w(c, v)) || needsObject;
  // ("a report that it had commissioned found no fraud", "… that Lund published in 2013": a verb or a preposition
  // after a verb that needs its object; en-transitive.ts.)
  if (!passive && needsObject && (PREPOSITION.test(w(c, n)) || cls(c, 'verb', n) || cls(c, 'past', n) || finiteVerb(c, n))) return true;
  if (!passive && transitive && !/ing$/.test(w(c, v)) && (n > sB || is(c, n, '.', ',', ';', ':', '?', '!') || cls(c, 'coord', n) || cls(c, 'aux', n) || cls(c, 'werden', n) || c.inTime[n] || (cueForms(c, v).length > 0 && PREPOSITION.test(w(c, n)) && !infinitiveAfter(c, n)))) return true;
  const takesObject = lex.light.has(w(c, v)) || (receive && lex.receive.has(w(c, v))) || /^(said|heard|read|saw|believed|cited|made|did)$/.test(w(c, v));
  if (takesObject && !opensPhrase(c, v + 1) && !(isWord(c, v + 1) && !cls(c, 'prep', v + 1) && !cls(c, 'adv', v + 1) && !lowerLy(c, v + 1) && !cls(c, 'aux', v + 1) && !cls(c, 'werden', v + 1) && !cls(c, 'sub', v + 1) && !cls(c, 'coord', v + 1))) return true;
  return false;
}

/** An adverb in a verb group: "never", "also", "briefly". */
export function adverb(c: Ctx, k: number): boolean {
  return adverbAt(c, k) || /^(not|never|also|just|still|already|even|only|ever|now)$/.test(w(c, k));
}

/** The last token of the subject that opens the clause at s: a pronoun, or a noun phrase up to its first verb. */
export function subjectEnd(c: Ctx, s: number, end: number): number {
  if (cls(c, 'pron', s) || SUBJECT_PRONOUN.test(w(c, s))) return s;
  const e = npForward(c, s, end + 1);
  if (e < s) return s;
  // (A word before an auxiliary is the head noun: "the harbour vote was rigged".)
  for (let k = s + 1; k <= e; k++) {
    if (cls(c, 'aux', k) || cls(c, 'werden', k) || adverb(c, k) || (finiteVerb(c, k) && !cls(c, 'aux', k + 1) && !cls(c, 'werden', k + 1))) return k - 1;
    // (A verb that needs its object, before an auxiliary too: "that the board commissioned was …"; en-transitive.ts.)
    if (objectVerb(c, k) && !cls(c, 'det', k - 1) && !cls(c, 'quant', k - 1) && !cls(c, 'prep', k - 1)) return k - 1;
  }
  return e;
}

/** Where the clause from s (after "that") ends when its noun phrase is the subject of the sentence: before the main verb (en-known.ts). */
function beforeMainVerb(c: Ctx, s: number, end: number): number {
  const m = matrixVerb(c, s, end, 1);
  const k = m > s ? m : hiddenMainVerb(c, s, end);
  if (k <= s) return end;
  let b = k;
  while (b - 1 > s && adverb(c, b - 1)) b--;
  const e = trimEnd(c, s, b - 1);
  return e >= s ? e : end;
}

/**
 * The main verb of a sentence whose subject holds the clause from s, where the finite-verb test found none after
 * the clause's own verb group: an irregular past ("The allegation that the vote was rigged spread online") or a
 * past form it reads as an adjective ("The report that the plant closed shocked workers"). A subject needs its
 * verb, so the last such form after the clause's verb group is it; a clause with an object and no such form
 * runs on ("… that officials closed roads"). Or -1.
 */
function hiddenMainVerb(c: Ctx, s: number, end: number): number {
  let group = -1;
  let found = -1;
  const pastLike = (k: number) => /^[a-z]+$/.test(raw(c, k)) && (cls(c, 'past', k) || cls(c, 'verb', k) || /ed$/.test(w(c, k)));
  for (let k = s + 1; k <= end; k++) {
    if (c.inQuote[k]! >= 0 || isBoundary(c, k) || cls(c, 'sub', k) || cls(c, 'relative', k) || cls(c, 'coord', k)) break;
    if (group < 0) {
      if (!finiteVerb(c, k) && !(pastLike(k) && !cls(c, 'det', k - 1) && !cls(c, 'prep', k - 1))) continue;
      // The clause's own verb group: auxiliaries, adverbs and the verb after them ("was rigged", "would close").
      group = k;
      while (group + 1 <= end && (cls(c, 'aux', group + 1) || cls(c, 'werden', group + 1) || adverb(c, group + 1) || ((cls(c, 'aux', group) || cls(c, 'werden', group)) && /^[a-z]+$/.test(raw(c, group + 1)) && !cls(c, 'det', group + 1) && !cls(c, 'quant', group + 1) && !cls(c, 'pron', group + 1) && !cls(c, 'prep', group + 1)))) group++;
      k = group;
      continue;
    }
    if (pastLike(k) && !cls(c, 'det', k - 1) && !cls(c, 'quant', k - 1) && !cls(c, 'prep', k - 1) && !PREPOSITION.test(w(c, k - 1)) && !lowerLy(c, k - 1) && w(c, k - 1) !== 'to' && !/['’]s$|s['’]$/.test(raw(c, k - 1))) found = k;
  }
  return found;
}

/** Where a content after the noun ends when nothing else closes it: ", which …" about the whole, a semicolon, a spaced dash. */
function objectEnd(c: Ctx, s: number, sB: number): number {
  for (let k = s; k <= sB; k++) {
    if (c.inQuote[k]! >= 0) continue;
    if (is(c, k, ';', '—', '–') || (is(c, k, '-') && isBoundary(c, k))) return k - 1;
    if (isComma(c, k) && /^(which)$/.test(w(c, k + 1))) return k - 1;
  }
  return sB;
}

/** A past form after a possessive or an article is an adjective: "the mayor’s repeated assertion", "a rigged vote". */
function attributive(c: Ctx, k: number): boolean {
  return /ed$/.test(w(c, k)) && (cls(c, 'det', k - 1) || /['’]s$|s['’]$/.test(raw(c, k - 1)));
}

/** A verb that no modifier can be: a light or receiving verb, an irregular form ("The mayor gave assurances that …"). */
function verbForm(c: Ctx, k: number): boolean {
  return nounLexicon().light.has(w(c, k)) || nounLexicon().receive.has(w(c, k)) || cls(c, 'verb', k) || cls(c, 'past', k);
}

/** The first token of the noun phrase around the noun at i: its determiner, quantifier and up to two modifiers. */
function phraseStart(c: Ctx, i: number, sA: number): number {
  let m = i;
  while (m - 1 >= sA && i - m < 3 && isWord(c, m - 1) && !isCap(c, m - 1) && !/['’]s$|s['’]$/.test(raw(c, m - 1)) && !cls(c, 'det', m - 1) && !cls(c, 'quant', m - 1) && !cls(c, 'prep', m - 1) && !cls(c, 'sub', m - 1) && !cls(c, 'coord', m - 1) && !cls(c, 'aux', m - 1) && !cls(c, 'werden', m - 1) && !cls(c, 'pron', m - 1) && !PREPOSITION.test(w(c, m - 1)) && !verbForm(c, m - 1) && ((cueForms(c, m - 1).length === 0 && !/(?:ed|ing)$/.test(w(c, m - 1))) || attributive(c, m - 1))) m--;
  if (m - 1 >= sA && (cls(c, 'det', m - 1) || cls(c, 'quant', m - 1)) && !nounLexicon().possessive.has(w(c, m - 1))) m--;
  return m;
}

/** Where a possessive before the noun phrase at a starts ("Donald Trump’s claim", "the senator’s claim", "his claim"), or a. */
function ownerStart(c: Ctx, a: number, sA: number): number {
  const p = a - 1;
  if (p < sA || !(nounLexicon().possessive.has(w(c, p)) || (isWord(c, p) && /['’]s$|s['’]$/.test(raw(c, p))))) return a;
  let f = p;
  while (f - 1 >= sA && isCap(c, p) && (isCap(c, f - 1) || is(c, f - 1, '.')) && !isBoundary(c, f - 1) && !cls(c, 'prep', f - 1) && !cls(c, 'det', f - 1) && !cls(c, 'sub', f - 1) && !cls(c, 'coord', f - 1)) f--;
  if (f - 1 >= sA && cls(c, 'det', f - 1)) f--;
  return f;
}

/** Whether [sA, a) holds no finite verb: the phrase at a stands in an adverbial that opens the sentence. */
function opening(c: Ctx, sA: number, a: number): boolean {
  for (let k = sA; k < a; k++) if (finiteVerb(c, k) || isBoundary(c, k)) return false;
  return a > sA;
}

/** Whether the noun phrase starting at a opens its clause (the sentence, or after a comma or an opening conjunction). */
function opensClause(c: Ctx, a: number, sA: number): boolean {
  if (a === sA || isBoundary(c, a - 1)) return true;
  return a - 1 === sA && (cls(c, 'coord', sA) || /^(so|yet|still)$/.test(w(c, sA)));
}

/**
 * "Cruz’s allies bristle at the suggestion that …", "He rejected the notion that …": the subject of a finite verb
 * right before the phrase (past a particle and a preposition) holds the idea; the cue runs from the verb (with its
 * auxiliaries) to the noun. A verb of saying takes the phrase as the subject of its own clause ("said the claim
 * that … was false") and is left to the verb rules.
 */
function verbObject(c: Ctx, si: number, a: number, i: number, s: number, e: number, sA: number): boolean {
  let v = a - 1;
  if (v > sA && OBJECT_PREPOSITION.test(w(c, v))) v--;
  if (v > sA && PARTICLE.test(w(c, v))) v--;
  if (v <= sA || c.inQuote[v]! >= 0 || !isWord(c, v) || isCap(c, v) || /ing$/.test(w(c, v)) || cls(c, 'werden', v - 1)) return false;
  if (cls(c, 'det', v) || cls(c, 'quant', v) || cls(c, 'prep', v) || cls(c, 'sub', v) || cls(c, 'coord', v) || cls(c, 'pron', v) || cls(c, 'relative', v) || cls(c, 'aux', v) || cls(c, 'werden', v)) return false;
  // (A verb of saying or denying takes the phrase as its topic: the verb rules' claim.)
  if (cueForms(c, v).length > 0) return false;
  const vs = verbSubject(c, v, sA);
  // (A bare form only right after a plural subject: "Cruz’s allies bristle at …".)
  if (!(/ed$/.test(w(c, v)) || cls(c, 'verb', v) || (vs && vs.subj[1] === v - 1 && vs.subj[1] > vs.subj[0] && /s$/.test(w(c, v - 1))))) return false;
  if (!vs) return false;
  return nounClaim(c, si, s, e, [vs.subj, [vs.b, i]], { cue: [[vs.b, i]], source: vs.subj, resolved: pronounResolution(c, vs.subj, si), stance: clauseNoun(w(c, i))!, rule: 'noun-clause-object' });
}

/**
 * Makes a claim of a speech noun: its content [s, e] (three tokens at least) and the `held` spans (the speaker,
 * the cue and what stands between them) must be free, and are then used. Kind `unattributed` without a source.
 */
function nounClaim(c: Ctx, si: number, s: number, e: number, held: [number, number][], d: Pick<Draft, 'cue' | 'source' | 'resolved' | 'stance' | 'rule'>): boolean {
  const content = trim(c, s, e);
  if (!content || (content[1] - content[0] < 2 && !twoWordClause(c, content)) || held.some(([a, b]) => !unused(c, a, b)) || !unused(c, content[0], content[1])) return false;
  for (const [a, b] of held) for (let k = a; k <= b; k++) c.used[k] = 1;
  addClaim(c, { kind: d.source ? kindOf(c, [content]) : 'unattributed', content: [content], cue: d.cue, source: d.source, resolved: d.resolved, stance: d.stance, rule: d.rule, sentence: si });
  return true;
}

const OBJECT_PREPOSITION = /^(at|to|with|against|on|about|upon)$/;
/** Prepositions that open an adverbial of the whole clause ("amid growing concerns that …"), never a verb's object. */
const ADVERBIAL = /^(amid|amidst|despite|following|including)$/;
const PREPOSITION = /^(of|to|about|in|on|at|for|from|with|by|into|over|under|amid|amidst|despite|against|among|after|before|following|including|upon|toward|towards)$/;
const PARTICLE = /^(back|up|down|off|out|away)$/;

/**
 * Where the noun phrase starting at a stands: 'cue' when a cue verb takes it (past a preposition: "dismissed the
 * idea", "responded to accusations") or a verb of saying stands before it in its clause ("said in a statement
 * that …") — the verb rules' claim; 'verb' after another verb ("floated the notion"); 'free' when it opens its clause or follows a conjunction or an adverbial
 * preposition ("amid allegations that …"); else 'other'.
 */
function standing(c: Ctx, a: number, sA: number): 'cue' | 'verb' | 'free' | 'other' {
  if (ADVERBIAL.test(w(c, a - 1))) return 'free';
  for (let k = a - 1; k >= sA && a - k <= 25 && !isBoundary(c, k); k--) {
    if (c.inQuote[k]! < 0 && sayingVerb(c, k) && !cls(c, 'det', k - 1) && !cls(c, 'quant', k - 1) && !/['’]s$/.test(raw(c, k - 1)) && !nounLexicon().nouns.has(w(c, k))) return 'cue';
  }
  if (opensClause(c, a, sA) || cls(c, 'coord', a - 1)) return 'free';
  const p = a - 1;
  const verbLike = (k: number) => isWord(c, k) && !isCap(c, k) && c.inQuote[k]! < 0 && !cls(c, 'det', k) && !cls(c, 'quant', k) && !cls(c, 'pron', k) && !cls(c, 'prep', k) && !cls(c, 'sub', k) && !cls(c, 'coord', k) && !PREPOSITION.test(w(c, k)) && !nounLexicon().nouns.has(w(c, k)) && (cueForms(c, k).length > 0 || /(?:ed|ing)$/.test(w(c, k)) || cls(c, 'verb', k) || nounLexicon().receive.has(w(c, k)));
  const v = PREPOSITION.test(w(c, p)) ? (PARTICLE.test(w(c, p - 1)) ? p - 2 : p - 1) : p;
  if (verbLike(v)) return cueForms(c, v).length > 0 ? 'cue' : 'verb';
  // ("in hopes that …" is the purpose of the clause's subject, no claim without a speaker.)
  return v < p && w(c, p) !== 'in' ? 'free' : 'other';
}

/** A claim for the noun at i with the content [s, e], the cue [a, i] and no speaker. */
function unattributed(c: Ctx, si: number, a: number, i: number, s: number, e: number): boolean {
  return nounClaim(c, si, s, e, [[a, i]], { cue: [[a, i]], source: null, resolved: null, stance: clauseNoun(w(c, i))!, rule: 'noun-clause-unattributed' });
}

/** The speech nouns of sentence si with a that-clause (or a that-less one in a headline): made into claims before the verbs run. */
export function nounClauses(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  const lex = nounLexicon();
  for (let i = sA; i < sB; i++) {
    const stance = clauseNoun(w(c, i));
    if (!stance || c.inQuote[i]! >= 0 || c.used[i]) continue;
    const headline = isCap(c, i) && i > sA && c.rules.titleCaseLine?.(c, si) === true;
    if (isCap(c, i) && i > sA && !headline) continue;
    let t = i + 1;
    // "claims by intelligence agencies that …", "an allegation from his first wife, Ivana Trump, that …".
    let byEnd = -1;
    if (lex.by.has(w(c, t))) {
      let e = npForward(c, t + 1, sB + 1);
      // (Up to a comma when the walk stops early: "from his first wife, …".)
      if (e < 0) {
        let k = t + 1;
        while (k <= sB && k - t <= 6 && isWord(c, k) && w(c, k) !== 'that') k++;
        if (k > t + 1 && isComma(c, k)) e = k - 1;
      }
      // (An apposition after the speaker: "from his first wife, Ivana Trump, that …".)
      if (e >= 0 && w(c, e + 1) !== 'that') for (let k = e + 1; k <= sB && k - e <= 8 && (isWord(c, k) || isComma(c, k) || is(c, k, '.')); k++) if (w(c, k) === 'that') {
        if (isComma(c, k - 1) && isComma(c, e + 1) || isComma(c, e)) e = k - 1;
        break;
      }
      if (e >= 0 && w(c, e + 1) === 'that') {
        byEnd = e;
        t = e + 1;
      }
    }
    const that = w(c, t) === 'that';
    const thatless = !that && t === i + 1 && SUBJECT_PRONOUN.test(w(c, t)) && (headline || (w(c, t) === 'there' && complementWithoutThat(c, t, sB)));
    if (!that && !thatless) continue;
    const s = that ? t + 1 : t;
    if (!complement(c, s, sB, w(c, i))) {
      if (that) relativeReport(c, si, phraseStart(c, i, sA), i, s, sB); // "the rumor that the senator quoted" (en-noun-subjects.ts)
      continue;
    }
    const a = phraseStart(c, i, sA);
    // A form that is also a verb ("claims", "fears", "reports") is a noun only after an article, a possessive or a preposition.
    // (With modifiers only after a possessive: "Trump’s false claims that …", but "The newspaper reports that …".)
    const owned = ownerStart(c, a, sA) < a;
    if (cueForms(c, i).length > 0 && !headline && i > sA && !(cls(c, 'det', i - 1) || cls(c, 'quant', i - 1) || cls(c, 'prep', i - 1) || PREPOSITION.test(w(c, i - 1)) || lex.light.has(w(c, i - 1)) || owned)) continue;
    let end = objectEnd(c, s, sB);
    if (opensClause(c, ownerStart(c, a, sA), sA)) end = beforeMainVerb(c, s, end);
    else if (opening(c, sA, a)) for (let k = s; k < end; k++) if (isComma(c, k) && c.inQuote[k]! < 0) {
      // An adverbial before the main clause ("Amid allegations that …, the senator resigned"): the comma ends it.
      end = k - 1;
      break;
    }
    if (reportTail(c, s, end)) continue; // ("… the notion that …, he said.": the verb's content)
    const place = standing(c, a, sA);
    // (A speaker after "by/from" holds the claim wherever the phrase stands, but as a cue verb's object: "dismissed suggestions from X that …".)
    if (place === 'cue' && !lex.light.has(w(c, a - 1)) && !(byEnd >= 0 && PREPOSITION.test(w(c, a - 1)))) continue;
    // "the allegation by the union that …": the noun rule's own reading (cue "allegation by").
    if (byEnd >= 0 && !isComma(c, byEnd) && nounCue(c, si, i, end)) continue;
    if (byEnd >= 0) {
      // The speaker after "by/from" (with its apposition); the cue is the noun and its preposition.
      nounClaim(c, si, s, end, [[a, byEnd]], { cue: [[a, i]], source: [i + 2, isComma(c, byEnd) ? byEnd - 1 : byEnd], resolved: null, stance, rule: 'noun-clause-by' });
      continue;
    }
    // A possessive or a light verb names the speaker (en-nouns.ts).
    if (that && (owned || lex.light.has(w(c, a - 1))) && nounCue(c, si, i, end)) continue;
    if (c.used[i]) continue;
    if (owned) {
      // "Trump’s assertion there are generals …": the possessive speaks.
      const source: [number, number] = [ownerStart(c, a, sA), a - 1];
      nounClaim(c, si, s, end, [[source[0], i]], { cue: [[a, i]], source, resolved: pronounResolution(c, source, si), stance, rule: 'noun-clause-possessive' });
      continue;
    }
    if (!owned && verbObject(c, si, a, i, s, end, sA)) continue;
    if (place === 'free' || headline) unattributed(c, si, a, i, s, end);
  }
}

/** A that-less clause after a noun opened by "there" and a form of "be" ("Trump’s assertion there are generals …"). */
function complementWithoutThat(c: Ctx, p: number, sB: number): boolean {
  return p + 1 <= sB && /^(is|are|was|were|will|would)$/.test(w(c, p + 1));
}
