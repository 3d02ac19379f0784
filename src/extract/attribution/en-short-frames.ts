import { readTable } from '../../lang/lexicon.js';
import type { Stance } from '../types.js';
import { addClaim, cls, is, isBoundary, isCap, isComma, isWord, kindOf, pronounResolution, raw, sentenceRange, trim, unused, w, type Ctx } from './context.js';
import { adverbAt } from './en-cues.js';
import { npForward } from './phrases.js';
import { passiveFor } from './en-gerunds.js';
import { contractedSubject } from './en-known.js';
import { contentWord } from './en-filters.js';
import type { VerbSite } from './rules.js';

/**
 * English frames of attitude and blame that are no plain verb of saying:
 *  - an adjective of certainty, hope or fear after a linking verb, with a clause: "X is confident (that) C",
 *    "X was adamant that C", "X is worried that C", "X made (it) clear that C", "It is clear to X that C";
 *  - the passive of a verb of blame with its preposition: "X has been accused of C" (no speaker),
 *    "X was criticized by Y for C" (Y speaks; the cue keeps no "by").
 * The adjectives and their stances are data (src/lang/en/cue-adjectives.tsv). One pass over each sentence,
 * called from the continuation hook after the verb rules, and from the passive verb rule.
 */

interface Adjective {
  stance: Stance;
  /** Whether the clause may come without "that" ("is confident the plan will work"). */
  bare: boolean;
  /** Whether an indirect question may be its clause ("is not sure whether C", "was unsure why C"). */
  ask: boolean;
}

let adjectives: Map<string, Adjective> | null = null;

function lexicon(): Map<string, Adjective> {
  if (adjectives) return adjectives;
  adjectives = new Map();
  for (const [word, stance, that, ask] of readTable(new URL('../../lang/en/cue-adjectives.tsv', import.meta.url))) {
    adjectives.set(word!, { stance: stance as Stance, bare: that !== 'that', ask: ask === 'ask' });
  }
  return adjectives;
}

/** Linking verbs before an adjective of attitude ("is", "remained", "seemed", "grew"). */
/**
 * Degree words between the linking verb and its adjective: "far less sure", "not so sure", "not entirely convinced",
 * "more divided on", "most proud of", "just as interested in", "well aware of", "still upset about".
 */
const DEGREE = /^(so|too|very|quite|entirely|completely|totally|fully|less|least|far|pretty|all|that|more|most|as|just|even|still|well|much|rather|somewhat|no|not|n['’]t)$/;
const LINKING = /^(is|was|are|were|am|be|been|being|'s|’s|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|grew|became|become|feel|feels|felt|sounded)$/;
const MAKE = /^(make|makes|made|making)$/;

/** A personal subject pronoun contracted with a form of "be": "he’s", "I'm", "they're" (not "it's", "that's"). */
const CONTRACTED_BE = /^(he|she|i|we|they|you)['’](s|m|re)$/;

/**
 * The first token of a linking verb group ending right before `k` (auxiliaries and adverbs before it), or -1.
 * A subject pronoun contracted with "be" is the whole group and its own subject ("He’s not so sure C": PolNeAR
 * marks "He’s" as the source and opens the cue with it): see contractedLink.
 */
export function linkStart(c: Ctx, k: number, sA: number): number {
  let j = k - 1;
  while (j > sA && (adverbAt(c, j) || DEGREE.test(w(c, j)))) j--;
  if (j >= sA && contractedLink(c, j)) return j;
  if (j < sA || !(LINKING.test(w(c, j)) || cls(c, 'werden', j))) return -1;
  while (j - 1 >= sA && (cls(c, 'aux', j - 1) || cls(c, 'werden', j - 1) || cls(c, 'neg', j - 1) || cls(c, 'adv', j - 1))) j--;
  return j;
}

/** Whether the linking group found by linkStart is a contracted subject pronoun ("he’s", "I'm"): source and cue start. */
export const contractedLink = (c: Ctx, j: number): boolean => CONTRACTED_BE.test(w(c, j)) && c.inQuote[j]! < 0;

/** The words that open an indirect question ("not sure whether C", "unsure why C", "unsure how to C"). */
const ASKING = /^(whether|if|how|why|where|what|who|when|which)$/;

/**
 * Where a clause after the frame starts at k ("that" dropped), or -1: a subject, not a preposition or infinitive;
 * with `ask`, an indirect question, whose word stays in the content.
 */
function clauseAt(c: Ctx, k: number, bare: boolean, ask = false): number {
  if (w(c, k) === 'that') return k + 1;
  if (!isWord(c, k) || c.inQuote[k]! >= 0) return -1;
  if (ask && ASKING.test(w(c, k)) && isWord(c, k + 1)) return k;
  if (!bare) return -1;
  // (A subject pronoun contracted with its verb opens a clause too: "aren't sure they've won".)
  if (cls(c, 'det', k) || cls(c, 'pron', k) || contractedSubject(c, k) || cls(c, 'quant', k) || (isCap(c, k) && !cls(c, 'prep', k)) || barePluralSubject(c, k)) return k;
  return -1;
}

/**
 * A bare plural noun with its auxiliary opens the clause too: "He is confident voters will say no." (not the
 * adjective's noun: "confident voters" has no verb of its own after it). A lower-case word in -s of no function
 * class, right before an auxiliary or modal.
 */
function barePluralSubject(c: Ctx, k: number): boolean {
  return /^[a-z]+s$/.test(raw(c, k)) && !/(ss|us|is)$/.test(w(c, k)) && contentWord(c, k) && !cls(c, 'verb', k) && (cls(c, 'aux', k + 1) || cls(c, 'werden', k + 1));
}

/** The "that" among the next few words from k (no comma, quotation or verb of saying before it), else k. */
function thatWithin(c: Ctx, k: number, sB: number): number {
  for (let j = k; j <= sB && j - k <= 8; j++) {
    if (w(c, j) === 'that') return j;
    if (!isWord(c, j) || c.inQuote[j]! >= 0 || cls(c, 'aux', j) || cls(c, 'sub', j) || cls(c, 'relative', j)) return k;
  }
  return k;
}

/** The content from k to the end of its sentence (a semicolon or a spaced dash ends it), at least three tokens. */
function contentFrom(c: Ctx, k: number, sB: number): [number, number] | null {
  let e = sB;
  for (let j = k; j <= sB; j++) if (c.inQuote[j]! < 0 && is(c, j, ';', '–', '—')) {
    e = j - 1;
    break;
  }
  const content = trim(c, k, e);
  return content && content[1] - content[0] >= 2 && unused(c, content[0], content[1]) ? content : null;
}

/** Adjective frames in sentence si: "X is confident (that) C", "X made (it) clear that C", "It is clear to X that C". */
export function adjectiveFrames(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  const lex = lexicon();
  for (let i = sA + 1; i < sB; i++) {
    const adj = lex.get(w(c, i));
    if (!adj || c.used[i] || c.inQuote[i]! >= 0 || !/^[a-z]+$/.test(raw(c, i))) continue;
    adjectiveAt(c, si, i, adj, sA, sB);
  }
}

function adjectiveAt(c: Ctx, si: number, i: number, adj: Adjective, sA: number, sB: number, cueTaken = false): boolean {
  let cueA = -1;
  let subjEnd = -1;
  let after = i + 1;
  let source: [number, number] | null = null;
  // "made (it) clear": the subject of "made" speaks.
  // (Only "clear": "make sure / certain that C" is seeing to it, not saying it.)
  const made = w(c, i) !== 'clear' ? -1 : MAKE.test(w(c, i - 1)) ? i - 1 : w(c, i - 1) === 'it' && MAKE.test(w(c, i - 2)) ? i - 2 : -1;
  if (made >= 0 && made > sA) {
    cueA = made;
    while (cueA - 1 > sA && (cls(c, 'aux', cueA - 1) || cls(c, 'adv', cueA - 1))) cueA--;
    subjEnd = cueA - 1;
  } else {
    cueA = linkStart(c, i, sA);
    if (cueA >= 0 && contractedLink(c, cueA)) source = [cueA, cueA];
    else if (cueA <= sA) return false;
    subjEnd = cueA - 1;
    // "It is clear to X that C": X is the one it is clear to.
    if (!source && w(c, subjEnd) === 'it' && w(c, i + 1) === 'to') {
      const e = npForward(c, i + 2, sB);
      if (e < 0 || w(c, e + 1) !== 'that') return false;
      source = [i + 2, e];
      after = e + 1;
    }
  }
  if (!source) {
    if (isBoundary(c, subjEnd) || isComma(c, subjEnd) || w(c, subjEnd) === 'it' || w(c, subjEnd) === 'there') return false;
    source = c.rules.subjectBefore(c, sA, subjEnd + 1);
    if (!source || source[1] !== subjEnd) return false;
  }
  // "X is worried about Y": the topic (up to a comma) is what X's attitude is about.
  if (made < 0 && w(c, after) === 'about' && c.inQuote[after]! < 0) {
    const topic = toComma(c, after + 1, sB, true);
    if (!topic || !unused(c, source[0], source[1]) || (!cueTaken && !unused(c, cueA, i))) return false;
    for (let k = cueA; k <= after; k++) if (k < source[0] || k > source[1]) c.used[k] = 1;
    addClaim(c, { kind: 'reported', content: [topic], cue: [[cueA, after]], source, resolved: pronounResolution(c, source, si), stance: adj.stance, rule: 'adjective-topic', sentence: si });
    return true;
  }
  // "made it clear to House members on Monday that C": a listener or a time may stand before "that".
  if (made >= 0) after = thatWithin(c, after, sB);
  const start = clauseAt(c, after, adj.bare || made >= 0, adj.ask && made < 0);
  if (start < 0) return false;
  const content = contentFrom(c, start, sB);
  if (!content || !unused(c, source[0], source[1]) || (!cueTaken && !unused(c, cueA, i))) return false;
  const cue: number[][] = source[0] > i ? [[cueA, i + 1]] : [[cueA, i]];
  for (let k = cueA; k < start; k++) if (k < source[0] || k > source[1]) c.used[k] = 1;
  addClaim(c, { kind: kindOf(c, [content]), content: [content], cue, source, resolved: pronounResolution(c, source, si), stance: adj.stance, rule: 'adjective-frame', sentence: si });
  return true;
}

/** How far back from a cue verb the adjective of a frame whose clause holds that verb may stand, in tokens. */
const OVER_VERB = 8;

/**
 * The verbFirst hook: a cue verb inside the clause of an adjective frame ("Smith is not sure she can vote for
 * Trump", "He is confident voters will say no"). The frame reports, as "said" does before such a clause: the verb
 * stays in its content instead of speaking for the clause's subject. The adjective stands a few words before the
 * verb in the same clause (no comma, quotation or other boundary between); a topic ("worried about what he
 * said") is left to the verb. True when the frame made its claim.
 */
export function adjectiveOverVerb(c: Ctx, site: VerbSite): boolean {
  const { v, si, sA, sB } = site;
  for (let i = v - 1; i > sA && v - i <= OVER_VERB; i--) {
    if (isBoundary(c, i) || c.inQuote[i]! >= 0) return false;
    const adj = lexicon().get(w(c, i));
    if (!adj) continue;
    if (c.used[i] || w(c, i + 1) === 'about' || !/^[a-z]+$/.test(raw(c, i))) return false;
    // (The verb's cue words, marked by the verb rule, become content.)
    const freed: number[] = [];
    for (const [a, b] of site.cue) for (let k = a!; k <= b!; k++) if (k !== v && c.used[k]) {
      c.used[k] = 0;
      freed.push(k);
    }
    if (adjectiveAt(c, si, i, adj, sA, sB)) return true;
    for (const k of freed) c.used[k] = 1;
    return false;
  }
  return false;
}

/**
 * From the passive verb rule: an adjective of attitude that is also a participle ("is worried that C", "was
 * convinced that C"): the subject speaks. True when a claim was made.
 */
export function participleAdjective(c: Ctx, site: VerbSite): boolean {
  const adj = lexicon().get(w(c, site.v));
  return !!adj && adjectiveAt(c, site.si, site.v, adj, site.sA, site.sB, true);
}

/**
 * The phrase from p up to a comma, semicolon or the sentence end, at least two tokens and unused; with `word`, a
 * single word that is no pronoun or determiner will do ("is worried about turnout", "was nervous about Trump").
 */
function toComma(c: Ctx, p: number, sB: number, word = false): [number, number] | null {
  let e = p + 1;
  while (e <= sB && !(isComma(c, e) && c.inQuote[e]! < 0) && !is(c, e, ';')) e++;
  const rest = trim(c, p, e - 1);
  const one = word && rest !== null && rest[0] === rest[1] && isWord(c, rest[0]) && !cls(c, 'pron', rest[0]) && !cls(c, 'det', rest[0]) && !cls(c, 'quant', rest[0]);
  return rest && (rest[1] - rest[0] >= 1 || one) && unused(c, rest[0], rest[1]) ? rest : null;
}

/** Verbs of judging and naming whose passive takes a noun phrase after it ("was declared the winner"). */
const JUDGE = /^(considered|declared|named|called|deemed|labeled|labelled|branded|nominated|elected)$/;

/**
 * The passive of a verb of judging or naming with a noun phrase after it, no agent: "X is considered an asset",
 * "X was declared the winner", "X was named the director of Y". Somebody unnamed judges: the content is the
 * subject and the noun phrase (up to a comma). ("X is seen as Y" is left alone: on PolNeAR dev its content
 * lost more Message than it gained Cue.) True when a claim was made.
 */
export function judgedAs(c: Ctx, site: VerbSite, subj: [number, number]): boolean {
  const { v, sB, si, cue, info } = site;
  if (!JUDGE.test(w(c, v)) || !/^(a|an|the)$/.test(w(c, v + 1))) return false;
  const rest = toComma(c, v + 1, sB);
  if (!rest || !unused(c, subj[0], subj[1])) return false;
  addClaim(c, { kind: 'unattributed', content: [subj, rest], cue, source: null, resolved: null, stance: info.stance, rule: 'passive-judged', sentence: si });
  return true;
}

/**
 * The passive of a verb of blame with its preposition (frames "object|of", "object|for"): "X has been accused of
 * C", "X was criticized by Y for C". The content is the subject and the preposition's phrase (up to a comma);
 * the agent after "by", cut before the preposition, speaks; without one there is no speaker. True when a claim was made.
 */
export function blamePassive(c: Ctx, site: VerbSite, subj: [number, number]): boolean {
  const { v, sB, si, limit, cue, info } = site;
  const preps: string[] = info.frames.filter((f) => f === 'of' || f === 'for');
  if (preps.length === 0 || !unused(c, subj[0], subj[1]) || passiveFor(c, v + 1)) return false;
  let p = v + 1;
  let source: [number, number] | null = null;
  if (w(c, p) === 'by') {
    const e = npForward(c, v + 2, limit);
    if (e < 0) return false;
    let cut = e;
    for (let k = v + 3; k <= e; k++) {
      if (preps.includes(w(c, k)) && (w(c, k) === 'for' || /ing$/.test(w(c, k + 1)))) {
        cut = k - 1;
        break;
      }
    }
    source = [v + 2, cut];
    p = cut + 1;
  }
  if (!preps.includes(w(c, p))) return false;
  const rest = toComma(c, p, sB);
  if (!rest) return false;
  const content = [subj, rest];
  if (source) {
    addClaim(c, { kind: 'reported', content, cue, source, resolved: pronounResolution(c, source, si), stance: info.stance, rule: 'passive-agent', sentence: si });
  } else {
    addClaim(c, { kind: 'unattributed', content, cue, source: null, resolved: null, stance: info.stance, rule: 'passive-blame', sentence: si });
  }
  return true;
}

/** A finite verb that shows itself without a cue lexicon: a regular past or third person, an auxiliary, a common irregular past. */
export const FINITE = /^(?:[a-z]+(?:ed|es)|had|has|have|gave|sent|took|made|wrote|put|got|felt|found|kept|held|brought|left|set|struck|spoke|drew|went|shot)$/;

/**
 * English colon clauses before a quotation (the engine's colonSpeaker hook), when no cue verb stands in the
 * clause: "X had a message for voters: “…”", "X sent the party an unmistakable message: “…”", "I had an
 * epiphany: “…”". The clause's subject speaks; the verb up to the colon is the cue. A clause without a finite
 * verb after its subject ("More from the report: “…”") is left to other rules.
 */
export function colonClause(c: Ctx, a: number, open: number): { cue: number[][] | null; source: [number, number]; stance: Stance } | null {
  const colon = open - 1;
  // A conjunction opening the sentence is no part of the subject: "And Mr. Christie gloated: “…”".
  if (cls(c, 'coord', a) && colon - a > 2) a++;
  if (!is(c, colon, ':') || colon - a < 2) return null;
  for (let v = a + 1; v < colon && v - a <= 12; v++) {
    if (!isWord(c, v) || c.inQuote[v]! >= 0 || !/^[a-z]+$/.test(raw(c, v))) continue;
    if (cls(c, 'coord', v) || cls(c, 'sub', v) || cls(c, 'relative', v)) return null;
    if (cls(c, 'det', v) || cls(c, 'prep', v) || !(FINITE.test(raw(c, v)) || cls(c, 'aux', v) || cls(c, 'werden', v))) continue;
    // "There was one problem: …", "It was simple: …": the subject names nobody. It may end in a time or place
    // that the noun-phrase walk leaves out ("A rally by X on Wednesday had one message: “…”").
    const subj = c.rules.subjectBefore(c, a, v);
    // (An adverb may stand between subject and verb: "She then addressed the crowd again: “…”".)
    let u = v - 1;
    while (subj && u > subj[1] && cls(c, 'adv', u)) u--;
    if (!subj || subj[0] !== a || (subj[1] !== u && !cls(c, 'prep', subj[1] + 1)) || colon - v < 1 || /^(there|it|this|that)$/.test(w(c, a))) return null;
    // The rest up to the colon is a short object or adverbial, not a clause of its own ("she is sure that …:").
    if (colon - v > 10) return null;
    return { cue: [[v, colon]], source: [a, subj[1] === u ? u : v - 1], stance: 'assert' };
  }
  return null;
}

/**
 * "X is quoted as saying C" / "X was reported as having said that C": a passive cue followed by "as" and a
 * participle of saying makes its subject the speaker of what follows. True when a claim was made.
 */
export function quotedAs(c: Ctx, site: VerbSite, subj: [number, number]): boolean {
  const { v, sB, si, cue } = site;
  const as = quotedByAs(c, v);
  if (as < 0) return false;
  let p = as + 1;
  if (w(c, p) === 'having') p++;
  if (!/^(saying|said|telling|told|writing|written|claiming|claimed)$/.test(w(c, p))) return false;
  const start = w(c, p + 1) === 'that' ? p + 2 : p + 1;
  const content = contentFrom(c, start, sB);
  if (!content || !unused(c, subj[0], subj[1])) return false;
  for (let k = v + 1; k < start; k++) c.used[k] = 1;
  addClaim(c, { kind: kindOf(c, [content]), content: [content], cue: as === v + 1 ? [...cue, [v + 1, p]] : [...cue, [as, p]], source: subj, resolved: pronounResolution(c, subj, si), stance: site.info.stance, rule: 'quoted-as', sentence: si });
  return true;
}

/** The "as" of "was quoted as saying", also after the reporter's by-phrase ("was quoted by the Times as saying"); -1 if none. */
function quotedByAs(c: Ctx, v: number): number {
  if (w(c, v + 1) === 'as') return v + 1;
  if (w(c, v + 1) !== 'by') return -1;
  for (let k = v + 2; k <= v + 9 && k < c.toks.length && !isBoundary(c, k) && !isComma(c, k) && c.inQuote[k]! < 0; k++) if (w(c, k) === 'as') return k;
  return -1;
}
