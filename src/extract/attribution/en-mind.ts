import { readTable } from '../../lang/lexicon.js';
import { prepositionAt } from './en-clause-edges.js';
import { notSpeech } from './en-filters.js';
import { addClaim, cls, kindOf, is, isCap, isComma, isWord, pronounResolution, raw, sentenceRange, trim, unused, w, WINDOW, type Ctx } from './context.js';

/**
 * English predicates of desire, appearance and opinion that take no clause, which PolNeAR counts as
 * attributions (the words and their families are data: src/lang/en/mind-frames.tsv):
 *  - appearance before an adjective or participle: "The race appears closer in Ohio", "He sounded confident",
 *    "Both premises look increasingly dubious". Nobody is named who judges: a claim without a source (certainty
 *    possible) whose content is the subject and the complement, the verb left out ("It seems / X appears to …"
 *    is the hedge rule of en.ts);
 *  - desire before a noun phrase: "Most voters want a change" ("want to …" is a verb cue of cue-verbs.tsv);
 *  - "would like" / "'d like" before an infinitive or a noun phrase, "likes" / "liked" before a noun phrase;
 *  - agreement: "X agrees with Y" (cue "agrees with", content Y);
 *  - "in X's view" (opinion, estimation …) set off by commas or opening the sentence: X holds the rest of the
 *    sentence ("In Smith's view, the plan failed": source "Smith's", cue "view").
 * One pass over each sentence from the continuation hook, after the verb rules: only words no claim took.
 */

type Family = 'appear' | 'want' | 'like' | 'agree' | 'degree' | 'particle' | 'opinion' | 'stop';

let table: Map<string, Set<Family>> | null = null;

function lexicon(): Map<string, Set<Family>> {
  if (table) return table;
  table = new Map();
  for (const [word, family] of readTable(new URL('../../lang/en/mind-frames.tsv', import.meta.url))) {
    const set = table.get(word!) ?? new Set<Family>();
    set.add(family as Family);
    table.set(word!, set);
  }
  return table;
}

const has = (c: Ctx, i: number, f: Family): boolean => lexicon().get(w(c, i))?.has(f) === true;

/** Function words that never open a complement or an object. */
function functionWord(c: Ctx, i: number): boolean {
  return cls(c, 'prep', i) || cls(c, 'sub', i) || cls(c, 'aux', i) || cls(c, 'werden', i) || cls(c, 'coord', i) || cls(c, 'relative', i) || cls(c, 'neg', i);
}

/** The start of the verb group ending at v (auxiliaries, negation, adverbs before it), or -1 after an article or a preposition (a noun: "a look", "for want of"). */
function groupStart(c: Ctx, v: number, sA: number): number {
  let j = v;
  while (j - 1 >= sA && (cls(c, 'aux', j - 1) || cls(c, 'werden', j - 1) || cls(c, 'neg', j - 1) || cls(c, 'adv', j - 1) || /^[a-z]+ly$/.test(raw(c, j - 1)))) j--;
  if (j <= sA) return -1;
  const p = j - 1;
  if (cls(c, 'det', p) || cls(c, 'prep', p) || w(c, p) === 'to' || !isWord(c, p) || /['’]s$/.test(raw(c, p))) return -1;
  return j;
}

/** The subject right before the verb group starting at g, unused, or null. */
function subjectAt(c: Ctx, sA: number, g: number): [number, number] | null {
  const s = c.rules.subjectBefore(c, sA, g);
  return s && s[1] === g - 1 && unused(c, s[0], s[1]) ? s : null;
}

/** The end of the clause from k: before a comma, semicolon, colon or dash, a subordinator, or "and"/"but" before a new subject. */
function clauseEnd(c: Ctx, k: number, sB: number): number {
  let e = k;
  while (e + 1 <= sB && e + 1 - k < WINDOW) {
    const n = e + 1;
    if (c.inQuote[n]! < 0 && (isComma(c, n) || is(c, n, ';', ':', '–', '—', '(') || cls(c, 'sub', n) || has(c, n, 'stop'))) break;
    if (cls(c, 'coord', n) && (cls(c, 'det', n + 1) || cls(c, 'pron', n + 1) || isCap(c, n + 1))) break;
    e = n;
  }
  return e;
}

/** Whether token k may open a noun phrase object (a determiner, a pronoun, a number, a name or a content word). */
function objectStart(c: Ctx, k: number): boolean {
  if (c.toks[k]?.kind === 'number') return true;
  if (!isWord(c, k) || c.inQuote[k]! >= 0 || w(c, k) === 'to' || w(c, k) === 'that') return false;
  return !functionWord(c, k) && !cls(c, 'adv', k) && !has(c, k, 'degree') && w(c, k) !== 'most';
}

function appearance(c: Ctx, si: number, v: number, sA: number, sB: number): boolean {
  const g = groupStart(c, v, sA);
  if (g < 0) return false;
  let k = v + 1;
  while (k <= sB && k - v <= 3 && (has(c, k, 'degree') || cls(c, 'adv', k) || /^[a-z]+ly$/.test(raw(c, k)))) k++;
  // The complement: a lower-case content word (an adjective or participle), not a particle, an infinitive or a clause.
  if (k > sB || !isWord(c, k) || isCap(c, k) || c.inQuote[k]! >= 0 || has(c, k, 'particle') || functionWord(c, k) || prepositionAt(c, k) || cls(c, 'det', k) || cls(c, 'pron', k) || cls(c, 'quant', k) || /ing$/.test(w(c, k))) return false;
  const subj = subjectAt(c, sA, g);
  // (Not after an expletive "it" — "it sounds good" judges nothing named — nor in a condition: "if this all seems familiar".)
  if (!subj || /^(it|this|that|there|what|which)$/.test(w(c, subj[0])) || /^(if|unless|whether)$/.test(w(c, subj[0] - 1))) return false;
  const rest = trim(c, v + 1, clauseEnd(c, k, sB));
  if (!rest || !unused(c, rest[0], rest[1])) return false;
  addClaim(c, { kind: 'unattributed', content: [subj, rest], cue: [[v, v]], source: null, resolved: null, stance: 'speculate', rule: 'mind-appearance', sentence: si, certainty: 'possible' });
  c.used[v] = 1;
  return true;
}

/** A speaker's claim with cue a..b and the content from k to the end of its clause (desire, liking, agreement). */
function objectClaim(c: Ctx, si: number, g: number, a: number, b: number, k: number, sA: number, sB: number, rule: string): boolean {
  if (!objectStart(c, k) && !(w(c, k) === 'to' && rule === 'mind-like')) return false;
  const subj = subjectAt(c, sA, g);
  if (!subj) return false;
  const content = trim(c, k, clauseEnd(c, k, sB));
  if (!content || !unused(c, content[0], content[1]) || !unused(c, a, b)) return false;
  addClaim(c, { kind: 'reported', content: [content], cue: [[a, b]], source: subj, resolved: pronounResolution(c, subj, si), stance: 'speculate', rule, sentence: si });
  for (let i = a; i <= b; i++) c.used[i] = 1;
  return true;
}

/** "in X's view, C" / "C, in X's view, C'": the source is the possessive, the content the rest of the sentence. */
function inView(c: Ctx, si: number, n: number, sA: number, sB: number): void {
  // Back from the noun over the possessive phrase to "in" (at most four words: "in Professor Knittel's view").
  let i = n - 1;
  while (i > sA && n - i <= 4 && w(c, i) !== 'in' && isWord(c, i)) i--;
  if (w(c, i) !== 'in' || i === n - 1) return;
  const last = n - 1;
  if (!/['’]s?$/.test(raw(c, last)) && !cls(c, 'det', last)) return;
  if (cls(c, 'det', last) && (last !== i + 1 || /^(the|a|an|this|that)$/.test(w(c, last)))) return;
  // Set off: the sentence start or a comma before "in", a comma or the sentence end after the noun.
  const before = i === sA || isComma(c, i - 1);
  const after = n === sB || isComma(c, n + 1) || is(c, n + 1, '.', '!', '?');
  if (!before || !after || !unused(c, i, n)) return;
  const parts: number[][] = [];
  const head = i > sA ? trim(c, sA, i - 1) : null;
  const tail = n < sB ? trim(c, n + 1, sB) : null;
  if (head && unused(c, head[0], head[1])) parts.push(head);
  if (tail && unused(c, tail[0], tail[1])) parts.push(tail);
  if (parts.length === 0 || parts.reduce((m, [a, b]) => m + b! - a! + 1, 0) < 3) return;
  const source: [number, number] = [i + 1, last];
  addClaim(c, { kind: kindOf(c, parts), content: parts, cue: [[n, n]], source, resolved: pronounResolution(c, source, si), stance: 'speculate', rule: 'mind-in-view', sentence: si });
  for (let k = i; k <= n; k++) c.used[k] = 1;
}

/** Mind predicates in sentence si (see the file comment). */
export function mindFrames(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  for (let v = sA + 1; v < sB; v++) {
    const fams = lexicon().get(w(c, v));
    if (!fams || c.used[v] || c.inQuote[v]! >= 0 || !/^[a-z]+$/.test(raw(c, v))) continue;
    if (fams.has('opinion')) {
      inView(c, si, v, sA, sB);
      continue;
    }
    if (fams.has('appear')) {
      appearance(c, si, v, sA, sB);
      continue;
    }
    if (fams.has('like')) {
      // "would like" / "'d like" (cue with its modal); a bare "like" is a preposition ("leaders like Smith").
      const modal = v - 1 > sA && /^(would|['’]d)$/.test(w(c, v - 1)) ? v - 1 : -1;
      const g = modal >= 0 ? groupStart(c, modal, sA) : w(c, v) === 'like' ? -1 : groupStart(c, v, sA);
      if (g >= 0) objectClaim(c, si, g, modal >= 0 ? modal : v, v, v + 1, sA, sB, 'mind-like');
      continue;
    }
    const g = groupStart(c, v, sA);
    // (The sense filters of the verb cues hold here too: "I want …", "you want …" are no attribution.)
    if (g < 0 || notSpeech(c, v, sA)) continue;
    if (fams.has('want')) objectClaim(c, si, g, v, v, v + 1, sA, sB, 'mind-want');
    else if (fams.has('agree') && w(c, v + 1) === 'with') objectClaim(c, si, g, v, v + 1, v + 2, sA, sB, 'mind-agree');
  }
}
