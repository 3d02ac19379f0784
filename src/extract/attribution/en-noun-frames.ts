import { addClaim, cls, cueForms, is, isBoundary, isCap, isComma, isNameLike, isWord, pronounResolution, raw, trim, unused, w, type Ctx } from './context.js';
import { commaAccording, lowerLy } from './en-cues.js';
import { nounLexicon, topicEnd } from './en-nouns.js';
import { npForward, subjectBefore } from './phrases.js';
import { mainSubject } from './en-subject.js';
import { contractedLink } from './en-short-frames.js';

/**
 * English noun cues received by the subject (src/lang/en/cue-nouns.tsv: nouns with the frame `+from`, verbs of
 * kind `receive`): "The plan drew sharp criticism from the mayor", "Lee has the support of most farmers",
 * "Lee is receiving more support from young voters". The speaker follows "from" (or "of" after an article);
 * what the speaker talks about is the subject of the verb (a reported claim). Without a named speaker ("The
 * plan drew criticism") there is no claim.
 */

/** Whether the word at k opens an infinitive after "to": a lower-case word that is no article, pronoun or number. */
export function infinitive(c: Ctx, k: number): boolean {
  return isWord(c, k) && !isCap(c, k) && !/\d/.test(raw(c, k)) && !cls(c, 'det', k) && !cls(c, 'quant', k) && !cls(c, 'pron', k) && !cls(c, 'prep', k) && !/['’]s$/.test(raw(c, k));
}

/**
 * The subject of the verb at v (within its clause) and where the verb's cue starts: its auxiliaries, adverbs and
 * "not" before it belong to the cue ("has quickly drawn criticism from"); null without a subject, or when the
 * subject is a relative pronoun unless `relative` (a copula before a role noun or stance adjective, "who is a
 * fierce critic of", and a light verb before a cue noun, "who has voiced concerns about": round 19, spec 10).
 */
export function verbSubject(c: Ctx, v: number, sA: number, relative = false): { subj: [number, number]; b: number } | null {
  let a = v;
  while (a > sA && v - a < 60 && !isBoundary(c, a - 1)) a--;
  const subj = a < v ? subjectBefore(c, a, v) : null;
  if (!subj || (cls(c, 'relative', subj[0]) && !relative)) return null;
  let b = v;
  while (b - 1 > subj[1] && (cls(c, 'aux', b - 1) || cls(c, 'werden', b - 1) || cls(c, 'adv', b - 1) || lowerLy(c, b - 1) || w(c, b - 1) === 'not')) b--;
  return { subj, b };
}

/**
 * A light verb's participle right after a comma speaks for the subject of the main clause ("Lee toured the pier,
 * delivering a sharp critique of the tolls"): that subject, and the participle as the cue's start; or null.
 */
export function commaParticipleSubject(c: Ctx, v: number, sA: number): { subj: [number, number]; b: number } | null {
  if (!/^[a-z]+ing$/.test(raw(c, v)) || v - 1 <= sA || !isComma(c, v - 1)) return null;
  const subj = mainSubject(c, v);
  return subj && subj[1] < v - 1 && !cls(c, 'relative', subj[0]) ? { subj, b: v } : null;
}

/** The `receive` verb before the noun at i, past up to two modifiers ("drew sharp criticism"), after sA; or -1. */
export function receiveVerbBefore(c: Ctx, i: number, sA: number): number {
  const lex = nounLexicon();
  let v = i - 1;
  while (v > sA && i - v <= 3 && !lex.receive.has(w(c, v)) && isWord(c, v) && !isCap(c, v) && !lex.possessive.has(w(c, v)) && !cls(c, 'prep', v) && !cls(c, 'sub', v) && !cls(c, 'coord', v) && !cls(c, 'aux', v)) v--;
  return v > sA && lex.receive.has(w(c, v)) ? v : -1;
}

/** A cue noun at i: tries "<subject> <receive verb> (the) (up to two adjectives) <noun> from/of <speaker>". */
export function receivedCue(c: Ctx, si: number, i: number, sA: number, sB: number): boolean {
  const lex = nounLexicon();
  const noun = lex.nouns.get(w(c, i));
  if (!noun?.frames.has('+from')) return false;
  const v = receiveVerbBefore(c, i, sA);
  if (v < 0 || c.inQuote[v]! >= 0) return false;
  const prep = w(c, i + 1);
  // "of" names the speaker only after an article ("has the support of X"; "support of the bill" is a topic).
  if (!(prep === 'from' || (prep === 'of' && cls(c, 'det', v + 1)))) return false;
  const e = npForward(c, i + 2, sB + 1);
  if (e < 0 || accordingAfter(c, e + 1, sB)) return false;
  const vs = verbSubject(c, v, sA);
  if (!vs) return false;
  const { subj, b } = vs;
  const source: [number, number] = [i + 2, e];
  if (!unused(c, subj[0], subj[1]) || !unused(c, b, e)) return false;
  for (let k = b; k <= e; k++) c.used[k] = 1;
  for (let k = subj[0]; k <= subj[1]; k++) c.used[k] = 1;
  // "from" leads to the speaker and stays out of the cue ("drew support | from X"); "of" after an article is the
  // noun's ("has the support of | X").
  addClaim(c, { kind: 'reported', content: [subj], cue: [[b, prep === 'from' ? i : i + 1]], source, resolved: null, stance: noun.stance, rule: 'noun-received', sentence: si });
  return true;
}

/** Whether ", according to Y" follows between k and sB: Y's report governs the sentence ("X has support from 52 percent, according to a poll"). */
function accordingAfter(c: Ctx, k: number, sB: number): boolean {
  for (let n = k; n < sB; n++) if (commaAccording(c, n)) return true;
  return false;
}

/** Particles and prepositions between a verb and a possessive that belong to the cue ("toned down his criticism of", "unanimous in their condemnation of"). */
const PARTICLE = /^(up|down|upon|on|off|out|back|in)$/;
/** A possessive pronoun and the subject pronoun it agrees with. */
const AGREES: Record<string, RegExp> = { his: /^he$/, her: /^she$/, their: /^they$/, its: /^it$/, our: /^we$/, my: /^i$/ };

/**
 * "Sanders has toned down his criticism of Clinton", "Republicans were unanimous in their condemnation of X":
 * a possessive pronoun after the verb of its clause points back to the subject, which is the speaker; the cue
 * runs from the verb (with its auxiliaries) through the noun. A pronoun subject must agree with the possessive;
 * a verb of saying takes someone else's words ("She mocked his claim") and is left to the verb rules.
 * Returns [source, cue start] or null.
 */
export function ownerSubject(c: Ctx, p: number, sA: number): { source: [number, number]; cueStart: number } | null {
  const agree = AGREES[w(c, p)];
  if (!agree || p - 1 <= sA) return null;
  let v = p - 1;
  if (PARTICLE.test(w(c, v)) && v - 1 > sA) v--;
  if (!isWord(c, v) || isCap(c, v) || c.inQuote[v]! >= 0 || cls(c, 'det', v) || cls(c, 'prep', v) || cls(c, 'sub', v) || cls(c, 'coord', v) || cls(c, 'pron', v) || cls(c, 'quant', v) || cls(c, 'aux', v) || cls(c, 'relative', v)) return null;
  const lex = nounLexicon();
  // A verb of saying (other than one that only introduces a quotation: "continued") takes someone else's words.
  const saying = cueForms(c, v).some((f) => c.lex.cueLemmas.get(f.lemma)?.frames.some((fr) => fr !== 'quote'));
  if (lex.nouns.has(w(c, v)) || lex.possessive.has(w(c, v)) || saying) return null;
  const vs = verbSubject(c, v, sA);
  if (!vs || (vs.subj[0] === vs.subj[1] && cls(c, 'pron', vs.subj[0]) && !agree.test(w(c, vs.subj[0])))) return null;
  return { source: vs.subj, cueStart: vs.b };
}

/** Forms of "be" and its kin that tie a subject to what it is ("is a supporter of", "has been critical of"). */
const COPULA = /^(is|are|was|were|be|been|being|remains|remain|remained|became|become|becomes|['’]s)$/;

/**
 * A subject with an apposition or a relative clause between commas before the copula at k ("Okafor, the harbour
 * chief, was critical of the plan"): the sentence's subject up to the comma, and where the cue starts.
 */
function apposedCopulaSubject(c: Ctx, k: number, sA: number): { subj: [number, number]; b: number } | null {
  let b = k;
  while (b - 1 > sA && (cls(c, 'aux', b - 1) || cls(c, 'adv', b - 1) || lowerLy(c, b - 1))) b--;
  if (b - 1 <= sA || !isComma(c, b - 1)) return null;
  const subj = c.rules.subjectBefore(c, sA, b);
  return subj && subj[1] === b - 2 && subj[0] < subj[1] && !cls(c, 'relative', subj[0]) ? { subj, b } : null;
}

/**
 * "Lee is a fierce supporter of the ferry", "The mayor has been critical of the plan", "Adelson, a longtime
 * backer of the party, …": a role noun or adjective (kind `role` in cue-nouns.tsv) with "of" after a copula or
 * in an apposition. The subject (or the noun phrase before the apposition) is the speaker, the phrase after
 * "of" what the stance is about (a reported claim).
 */
export function roleCue(c: Ctx, si: number, i: number, sA: number, sB: number): boolean {
  const lex = nounLexicon();
  const stance = lex.role.get(w(c, i));
  if (!stance || w(c, i + 1) !== 'of' || c.used[i]) return false;
  let k = i - 1;
  while (k > sA && i - k <= 3 && isWord(c, k) && !isCap(c, k) && !COPULA.test(w(c, k)) && !cls(c, 'det', k) && !cls(c, 'quant', k) && !cls(c, 'prep', k) && !cls(c, 'sub', k) && !cls(c, 'coord', k) && !cls(c, 'aux', k) && !cls(c, 'werden', k) && !lex.possessive.has(w(c, k))) k--;
  const article = /^(a|an|the)$/.test(w(c, k));
  if (article) k--;
  // A floating quantifier after the copula ("Lund and Ferro were both critical of the plan").
  if (k - 1 > sA && cls(c, 'floating', k) && COPULA.test(w(c, k - 1))) k--;
  let source: [number, number] | null = null;
  let cueStart = k + 1;
  if (k >= sA && contractedLink(c, k)) {
    // "They’re supportive of the plan", "She’s a Lund supporter": the contracted pronoun is source and cue start.
    source = [k, k];
    cueStart = k;
  } else if (k > sA && COPULA.test(w(c, k)) && c.inQuote[k]! < 0) {
    const vs = verbSubject(c, k, sA, true) ?? apposedCopulaSubject(c, k, sA);
    if (!vs) return false;
    source = vs.subj;
    cueStart = vs.b;
  } else if (article && k > sA && isComma(c, k) && isNameLike(c, k - 1)) {
    // An apposition after a name: "Sheldon Adelson, a longtime backer of the party".
    let s = k - 1;
    while (s - 1 >= sA && s > k - 6 && (isNameLike(c, s - 1) || is(c, s - 1, '.')) && !isBoundary(c, s - 1)) s--;
    source = [s, k - 1];
    cueStart = k + 2;
  }
  if (!source) return false;
  const content = trim(c, i + 2, topicEnd(c, i + 1, sB));
  if (!content || (content[0] === content[1] && (cls(c, 'pron', content[0]) || cls(c, 'det', content[0]))) || !isWord(c, content[0])) return false;
  if (!unused(c, source[0], source[1]) || !unused(c, cueStart, content[1])) return false;
  for (let j = source[0]; j <= source[1]; j++) c.used[j] = 1;
  for (let j = cueStart; j <= i + 1; j++) c.used[j] = 1;
  addClaim(c, { kind: 'reported', content: [content], cue: [[cueStart, i + 1]], source, resolved: pronounResolution(c, source, si), stance, rule: 'noun-role', sentence: si });
  return true;
}

/** Nouns whose topic makes a claim even without a speaker ("amid criticism of the plan", "questions about X"). */
const SOURCELESS_TOPIC = /^(criticism|criticisms|concerns|questions|allegations|accusations|calls|complaints|fears|speculation|doubts|warnings|debate|debates|opposition|endorsement|endorsements)$/;

/** Prepositions that make a noun phrase an adverbial of the sentence ("amid allegations that …, X voted"). */
const ADVERBIAL = /^(amid|amidst|despite|after|following|over|with|against|among|given|because|in|on|from)$/;

/**
 * "Allegations that he misused the funds surfaced in May", "amid concerns that the pier may close": a cue noun
 * with a that-clause and no speaker anywhere is an unattributed claim. A "that" followed by a verb opens a
 * relative clause ("a claim that circulated online"), not what was claimed; the clause needs a subject first.
 */
export function unattributedNoun(c: Ctx, si: number, i: number, sB: number, clauseEnd: (from: number) => number): boolean {
  const noun = nounLexicon().nouns.get(w(c, i));
  if (!noun || c.used[i]) return false;
  // The noun phrase must stand after a verb or a preposition: as the sentence's subject ("A claim that the mill
  // would close spread quickly", "Several questions about X remain open") it names a claim without making one.
  let q = i - 1;
  let adjective = 0;
  const first = c.sents[si]!.firstToken;
  while (q >= first && !ADVERBIAL.test(w(c, q)) && (cls(c, 'det', q) || cls(c, 'quant', q) || (adjective++ === 0 && isWord(c, q) && !isCap(c, q)))) q--;
  if (q < first || !isWord(c, q)) return false;
  if (noun.frames.has(w(c, i + 1)) && w(c, i + 1) !== 'that' && SOURCELESS_TOPIC.test(w(c, i)) && !c.used[i + 1]) {
    const content = trim(c, i + 2, topicEnd(c, i + 1, sB));
    if (!content || content[1] - content[0] < 1 || !unused(c, i, content[1]) || !isWord(c, content[0]) || cls(c, 'pron', content[0])) return false;
    c.used[i] = 1;
    c.used[i + 1] = 1;
    addClaim(c, { kind: 'unattributed', content: [content], cue: [[i, i + 1]], source: null, resolved: null, stance: noun.stance, rule: 'noun-unattributed-topic', sentence: si });
    return true;
  }
  if (!noun.frames.has('that') || w(c, i + 1) !== 'that') return false;
  const s = i + 2;
  if (!(cls(c, 'det', s) || cls(c, 'pron', s) || cls(c, 'quant', s) || isCap(c, s) || /\d/.test(raw(c, s)))) return false;
  let end = clauseEnd(s);
  // After a preposition the noun phrase is an adverbial ("Amid allegations that …, Lenton voted"): a comma ends it.
  let p = i - 1;
  while (p >= 0 && i - p <= 3 && isWord(c, p) && !ADVERBIAL.test(w(c, p)) && !isCap(c, p)) p--;
  if (p >= 0 && i - p <= 3 && ADVERBIAL.test(w(c, p))) for (let k = s; k < end; k++) if (isComma(c, k)) end = k - 1;
  const content = trim(c, s, end);
  if (!content || content[1] - content[0] < 3 || !unused(c, i, content[1])) return false;
  c.used[i] = 1;
  c.used[i + 1] = 1;
  addClaim(c, { kind: 'unattributed', content: [content], cue: [[i, i]], source: null, resolved: null, stance: noun.stance, rule: 'noun-unattributed', sentence: si });
  return true;
}
