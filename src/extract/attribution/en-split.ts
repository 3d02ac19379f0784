import { predicateAt } from './en-np-end.js';
import { bareRelativeSubject, clauseAfterWhat, freeRelative, relativeClauseEnd } from './en-relative-subject.js';
import { cls, cueForms, index, is, isBoundary, isCap, isComma, isWord, kindOf, pronounResolution, trim, w, lemmaSays, saysOrTells, type Ctx } from './context.js';
import { npForward } from './phrases.js';
import { adverbAt } from './en-cues.js';
import type { VerbSite } from './rules.js';

/**
 * English: one claim per speech act.
 *  - A content ends before a coordinated main clause that is a speech act of its own ("X said C1 and she
 *    accused Y of C2", "…, but he insisted that C2"): that clause gets its own claim from the verb rules.
 *  - A relative clause with a speaker inside ("a finish that he said defied expectations", "the changes,
 *    which officials said will go into effect …") is that speaker's claim: the relative pronoun and the rest of
 *    the clause (PolNeAR's convention).
 * Each test looks at a bounded window around its verb: linear in the sentence's length.
 */

/** Verbs of saying and belief that a speaker puts inside a relative clause ('which officials said will …', 'who he thinks is …'). */
const RELATIVE_SAY = /^(said|says|say|told|tells|claimed|claims|claim|estimated|estimates|estimate|believes|believed|believe|thinks|thought|think)$/;

/** Personal subject pronouns that speak: they may open a coordinated clause ("and she accused …") or a quotation's frame ("it" and the demonstratives rarely speak). */
export const SUBJECT_PRONOUN = /^(i|we|you|he|she|they)$/;

/** Whether the verb at v is a finite form of a cue verb of saying (`sayOnly`: frames say/tell) — no participle in -ing, no bare form unless `bare`. */
function finiteCue(c: Ctx, v: number, bare: boolean, sayOnly: boolean): boolean {
  if (c.inQuote[v]! >= 0 || /ing$/.test(w(c, v)) || isCap(c, v)) return false;
  return cueForms(c, v).some((f) => (bare || f.lemma !== w(c, v)) && (!sayOnly || lemmaSays(c, f.lemma)) && c.lex.cueLemmas.get(f.lemma)?.frames.includes('hedge') !== true);
}

/** Past adverbs and auxiliaries between a subject and its verb ("he also said", "she has repeatedly claimed"). */
function skipAux(c: Ctx, k: number, end: number): number {
  let n = k;
  while (n <= end && n - k < 3 && (cls(c, 'adv', n) || cls(c, 'aux', n) || (/ly$/.test(w(c, n)) && !isCap(c, n)))) n++;
  return n;
}

/**
 * Whether the coordinator at k (after a content's start) opens a main clause that is a speech act: a subject
 * pronoun or a short noun phrase, then a finite cue verb ("and she accused", "but Smith insisted", "and
 * Democrats said"). A noun phrase needs a verb of saying ("and wages expected" is no speech act).
 */
export function coordinatedAct(c: Ctx, k: number, end: number): boolean {
  if (!cls(c, 'coord', k) || !/^(and|but)$/.test(w(c, k)) || c.inQuote[k]! >= 0) return false;
  const s = k + 1;
  if (s > end) return false;
  if (SUBJECT_PRONOUN.test(w(c, s))) {
    const v = skipAux(c, s + 1, end);
    return v <= end && finiteCue(c, v, w(c, s) !== 'he' && w(c, s) !== 'she', false);
  }
  // A verb phrase of the same speaker after an auxiliary: "… and has called for …", "… but did note that …".
  let n = s;
  while (n <= end && n - s < 3 && (cls(c, 'aux', n) || cls(c, 'adv', n) || cls(c, 'neg', n))) n++;
  if (n > s && n <= end && cls(c, 'aux', s) && cueForms(c, n).length > 0 && !/ing$/.test(w(c, n)) && c.inQuote[n]! < 0) return true;
  if (!isWord(c, s) || cls(c, 'sub', s) || cls(c, 'relative', s) || cls(c, 'prep', s) || cueForms(c, s).length > 0) return false;
  const e = npForward(c, s, Math.min(end + 1, s + 8));
  if (e < s) return false;
  const v = skipAux(c, e + 1, end);
  return v <= end && finiteCue(c, v, false, true);
}

/**
 * "a finish that he said defied expectations", "the changes, which officials said will go into effect, …":
 * a verb of saying whose subject stands right after a relative pronoun. The claim's content is the relative
 * pronoun and the rest of its clause; the subject is the source. True when a claim was made.
 */
export function relativeSaid(c: Ctx, site: VerbSite): boolean {
  const { v, sA, sB, si, cue, info } = site;
  if (!RELATIVE_SAY.test(w(c, v)) || c.inQuote[v]! >= 0) return false;
  let e = v - 1;
  while (e > sA && (cls(c, 'adv', e) || cls(c, 'aux', e))) e--;
  // The subject: a pronoun or a short noun phrase right after the relative pronoun.
  let rel = -1;
  if (cls(c, 'pron', e) && e - 1 >= sA) rel = e - 1;
  else {
    for (let s = e; s > sA && e - s < 5; s--) {
      if (!isWord(c, s) || cls(c, 'relative', s)) {
        if (cls(c, 'relative', s) && npForward(c, s + 1, e + 1) === e) rel = s;
        break;
      }
    }
  }
  const bare = e - 1 > sA && /^(that|which|who|whom)$/.test(w(c, e - 1)) && bareRelativeSubject(c, e);
  if (bare && rel < 0) rel = e - 1;
  if (rel < 0) rel = freeRelative(c, e, sA);
  const what = rel >= 0 && w(c, rel) === 'what';
  if (rel < sA || !/^(that|which|who|whom|what)$/.test(w(c, rel)) || c.used[rel]) return false;
  // A verb right after the pronoun makes it the subject: "People who attended the meeting said …" (en-np-end.ts).
  // ("who" takes a subject that opens with an article, a pronoun, a quantifier or a name: "who run the port" is none.)
  if (predicateAt(c, rel + 1, rel + 2) || (w(c, rel) === 'who' && !bare && !isCap(c, rel + 1) && !cls(c, 'det', rel + 1) && !cls(c, 'pron', rel + 1) && !cls(c, 'quant', rel + 1))) return false;
  // "that" after a verb or a comma-less cue opens a complement, not a relative clause ("said that he said").
  const before = rel - 1;
  if ((before < sA && !what) || (w(c, rel) === 'that' && (!isWord(c, before) || cueForms(c, before).length > 0 || cls(c, 'aux', before) || cls(c, 'prep', before) || cls(c, 'sub', before) || /(?:ed|ing)$/.test(w(c, before))))) return false;
  if (w(c, v + 1) === 'that') return false;
  let end = v + 1;
  while (end <= sB && !(isBoundary(c, end) && c.inQuote[end]! < 0)) end++;
  // (After a free relative "what" the rest is the verb's listener or adjuncts; "what" alone is the content.)
  const rest = what && !clauseAfterWhat(c, v, end - 1, info.frames) ? null : trim(c, v + 1, end - 1);
  if (rest && !isComma(c, rel - 1)) rest[1] = relativeClauseEnd(c, rest[0], rest[1]);
  if (!what && (!rest || rest[1] - rest[0] < 1)) return false;
  if (rest) for (let k = rest[0]; k <= rest[1]; k++) if (c.used[k]) return false;
  const src: [number, number] = [rel + 1, e];
  const parts: number[][] = rest ? [[rel, rel], rest] : [[rel, rel]];
  for (const part of parts) for (let k = part[0]!; k <= part[1]!; k++) c.used[k] = 1;
  for (const [a, b] of cue) for (let k = a!; k <= b!; k++) c.used[k] = 1;
  for (let k = src[0]; k <= src[1]; k++) c.used[k] = 1;
  const d = { kind: kindOf(c, parts), content: parts, cue, source: src, resolved: pronounResolution(c, src, si), stance: info.stance, rule: 'relative-said', sentence: si };
  c.claims.push(d);
  index(c, d);
  return true;
}

/**
 * Whether the comma at k closes a content after a cue at v: before ", while …" (a contrast the writer adds), and
 * after a cue other than "say"/"tell" before ", but …" or ", which …" (what such a verb reports is a shorter
 * proposition or topic than a report of speech, and the clause after it is the writer's).
 */
export function contrastAfter(c: Ctx, k: number, v: number): boolean {
  if (!isComma(c, k) || c.inQuote[k]! >= 0) return false;
  const next = w(c, k + 1);
  if (next === 'while' || next === 'whereas') return true;
  if (next !== 'but' && next !== 'which') return false;
  return !cueForms(c, v).some((f) => /^(say|tell|add)$/.test(f.lemma));
}

/**
 * Where the topic of a reported cue ("criticized X", "praised Y") stops at e: before a further speech act of
 * the speaker ("… and has called for …", "… and she accused …"), before ", which …" (a comment on the topic)
 * and before a spaced dash or a semicolon.
 */
export function topicStop(c: Ctx, e: number, end: number): boolean {
  if (c.inQuote[e]! >= 0) return false;
  if (isComma(c, e) && w(c, e + 1) === 'which') return true;
  // A spaced dash opens the writer's aside: "praised Pence for cutting taxes - moves that he said …".
  if (isBoundary(c, e) && !isComma(c, e) && !is(c, e, ':')) return true;
  if (coordinatedVerbAct(c, e, end)) return true;
  return coordinatedAct(c, e, end);
}

/**
 * "called the merger a bad deal and even questioned …", "played down the remarks and reportedly argued …": "and",
 * then up to three adverbs, auxiliaries or negations, then a cue verb of the same subject — a second act with a claim
 * of its own (a cue verb right after "and" already ends the topic in verbs.ts).
 */
export function coordinatedVerbAct(c: Ctx, e: number, end: number): boolean {
  if (w(c, e) !== 'and' || c.inQuote[e]! >= 0) return false;
  let n = e + 1;
  while (n <= end && n - e <= 3 && (adverbAt(c, n) || cls(c, 'aux', n) || cls(c, 'neg', n))) n++;
  if (n === e + 1 || n > end || c.inQuote[n]! >= 0 || /ing$/.test(w(c, n)) || isCap(c, n)) return false;
  const afterAux = cls(c, 'aux', n - 1) || cls(c, 'neg', n - 1);
  return cueForms(c, n).some((f) => afterAux || f.lemma !== w(c, n));
}

/**
 * "Some officials fear that C1 and warn that C2": a bare present verb of saying after "and" with its own "that", where
 * the cue v is a bare present too, is the speaker's second act (a verb of perception or belief goes on a modal in C1:
 * "we should wait and see that …").
 */
export function bareSecondAct(c: Ctx, v: number, k: number): boolean {
  if (w(c, k) !== 'and' || c.inQuote[k]! >= 0 || w(c, k + 2) !== 'that' || c.inQuote[k + 1]! >= 0) return false;
  const bare = (i: number): boolean => cueForms(c, i).some((f) => f.lemma === w(c, i));
  if (/ing$/.test(w(c, v)) || !bare(v)) return false;
  return cueForms(c, k + 1).some((f) => {
    const info = c.lex.cueLemmas.get(f.lemma);
    return f.lemma === w(c, k + 1) && info !== undefined && info.stance !== 'speculate' && saysOrTells(info.frames);
  });
}
