import { addClaim, cls, cueForms, isCap, isComma, isWord, raw, unused, w, saysOrTells, type Ctx, type Draft } from './context.js';
import { adverbAt, lowerLy } from './en-cues.js';
import { participle } from './en-ing.js';
import { withAbsolute } from './en-adjunct-ing.js';
import { issuingVerb } from './en-participle-speakers.js';
import type { VerbSite } from './rules.js';

/**
 * Participles and gerunds of speech (round twelve, spec 3): shapes in which an -ing form of a cue verb speaks
 * and the other participle rules did not let it. Each check looks at a bounded window around the participle.
 *  - the object of a reduced relative that is an object pronoun, the verb's own preposition or an infinitive
 *    ("a petition urging him to resign", "a petition calling on the mayor to resign", "referring to the plan",
 *    "Trump vowing to build a wall"): like an article or a name after the participle;
 *  - a noun counted by a number or a quantifier before the participle ("one pastor supporting Mr. Cruz");
 *  - a participle that opens its sentence and whose clause a comma closes ("Noting that the plan failed, Smith
 *    called for …"): it speaks for the main clause's subject, as "By noting …" does;
 *  - a gerund's object that is a cue word's bare or plural form ("by asking questions", "after issuing
 *    statements"): the object, not a finite verb that makes the -ing word a noun ("a news report shows").
 * Object pronouns are the `objpron` class of src/lang/en/claim-words.tsv.
 */

/** Whether the word at k is an object pronoun ("him", "them"). */
export function objectPronoun(c: Ctx, k: number): boolean {
  return isWord(c, k) && cls(c, 'objpron', k);
}

/** The frames of the cue verb at v (all its readings), or none. */
function framesOf(c: Ctx, v: number): string[] {
  return cueForms(c, v).flatMap((f) => c.lex.cueLemmas.get(f.lemma)?.frames ?? []);
}

/** Whether a noun phrase can start at n: an article, a quantifier, a name, a pronoun, an object pronoun or a number. */
function phraseStart(c: Ctx, n: number): boolean {
  return cls(c, 'det', n) || cls(c, 'quant', n) || isCap(c, n) || cls(c, 'pron', n) || objectPronoun(c, n) || c.toks[n]?.kind === 'number';
}

/**
 * Whether what follows the participle at v (from n = v + 1) is its object in a reduced relative or a gerund
 * with its own subject: an object pronoun ("urging him"), the verb's own preposition before a noun phrase
 * ("calling on the mayor", "referring to Obama"), or an infinitive of a verb of saying or acting ("vowing to
 * build", "calling on him to resign" through the pronoun).
 */
export function participleObject(c: Ctx, v: number, n: number): boolean {
  if (c.inQuote[n]! >= 0 || !participle(c, v)) return false;
  if (objectPronoun(c, n)) return true;
  const frames = framesOf(c, v);
  // An infinitive ("vowing to build"), not the preposition "to" before a noun phrase ("referring to Obama").
  const infinitive = w(c, n) === 'to' && isWord(c, n + 1) && !isCap(c, n + 1) && !phraseStart(c, n + 1);
  // (Not a verb of wanting or planning: "a Republican seeking to replace X" names a goal, not an act of speech.)
  if (infinitive) return frames.some((f) => f === 'say' || f === 'object') && !cueForms(c, v).some((f) => c.lex.cueLemmas.get(f.lemma)?.stance === 'speculate');
  return frames.includes(w(c, n)) && phraseStart(c, n + 1);
}

/** Whether the noun at k is counted by a number or quantifier right before it ("one pastor", "two groups", "several donors"). */
export function countedNoun(c: Ctx, k: number): boolean {
  if (!isWord(c, k) || isCap(c, k) || !/^[a-z]+$/.test(raw(c, k)) || /(ed|ly|ing)$/.test(w(c, k))) return false;
  if (['adv', 'aux', 'werden', 'verb', 'prep', 'pron', 'det', 'quant', 'coord', 'sub', 'neg', 'relative'].some((x) => cls(c, x, k))) return false;
  return c.toks[k - 1]?.kind === 'number' || /^(one|two|three|four|five|six|seven|eight|nine|ten)$/.test(w(c, k - 1)) || (cls(c, 'quant', k - 1) && !/['’]s$/.test(raw(c, k - 1)));
}

/** The longest opening participle clause before its closing comma, in tokens. */
const OPENING_MAX = 25;

/**
 * Whether the participle at v opens its sentence (after "But", "And") with a clause that a comma closes before a
 * subject: "Noting that the plan failed, Smith called for …", "Citing obligations, the spokeswoman said …". Only
 * verbs that take a clause or an object (not "Speaking to reporters, …", "Talking about …").
 */
export function bareOpeningParticiple(c: Ctx, v: number, sA: number): boolean {
  if (!(v === sA || (v === sA + 1 && cls(c, 'coord', sA))) || c.inQuote[v]! >= 0 || !/ing$/.test(w(c, v)) || !participle(c, v)) return false;
  const frames = framesOf(c, v);
  if (!saysOrTells(frames) && !frames.includes('object')) return false;
  // Its object or clause follows it directly ("Noting that …", "Citing an old poll, …"), not a preposition
  // ("Writing for a newspaper, …", "Responding to the criticism, …": the occasion of the main clause's act).
  const n = v + 1;
  if (!(w(c, n) === 'that' || c.toks[n]?.kind === 'quote' || phraseStart(c, n))) return false;
  return bareOpeningComma(c, v) >= 0;
}

/** The comma that closes the opening participle clause at v, or -1 (within OPENING_MAX tokens of its sentence). */
export function bareOpeningComma(c: Ctx, v: number): number {
  for (let k = v + 1; k - v <= OPENING_MAX && k < c.toks.length && c.sentOf[k] === c.sentOf[v]; k++) {
    if (c.inQuote[k]! >= 0) continue;
    if (isComma(c, k)) return k > v + 1 && (isCap(c, k + 1) || cls(c, 'det', k + 1) || cls(c, 'pron', k + 1) || cls(c, 'quant', k + 1)) ? k : -1;
    if (/^[.!?;:]$/.test(raw(c, k))) return -1;
  }
  return -1;
}

/**
 * Whether the cue word at n right after the -ing form at v is the gerund's object ("by asking questions",
 * "after issuing statements"), not a finite verb whose subject the -ing word is ("a news report shows").
 */
export function gerundObject(c: Ctx, v: number, n: number): boolean {
  if (!/ing$/.test(w(c, v)) || !participle(c, v) || isCap(c, v)) return false;
  const s = w(c, n);
  return cueForms(c, n).some((f) => s === f.lemma || s === f.lemma + 's' || s === f.lemma + 'es');
}

/**
 * The shortContent hook: a two-word topic right after the preposition that the cue took as its own particle
 * ("…, Trump said, referring to Barack Obama", "pointed to Clinton's record"): a noun phrase, as the topic of a
 * reported act is.
 */
export function particleTopic(c: Ctx, content: [number, number], site: VerbSite): boolean {
  const p = content[0] - 1;
  if (!site.cue.some(([a, b]) => a! <= p && p <= b!) || !site.info.frames.includes(`+${w(c, p)}`)) return false;
  // (Not a number: "by 0.1 percentage points to 4.2 percent"; not a negated act: "did not respond to my messages".)
  if (c.toks[content[0]]!.kind === 'number' || site.cue.some(([a, b]) => Array.from({ length: b! - a! + 1 }, (_, i) => a! + i).some((k) => cls(c, 'neg', k) || w(c, k) === 'not'))) return false;
  return phraseStart(c, content[0]) && !cueForms(c, content[1]).length;
}

/**
 * Whether the -ing form at v after the coordinator at k ("…, crediting Trump for his instincts and urging him to
 * …") continues a participle claim made earlier in its sentence: it speaks for the same speaker. Its object
 * follows it (an article, a name, a pronoun, "that", the verb's preposition or infinitive).
 */
export function coordinatedIng(c: Ctx, k: number, v: number): boolean {
  if (!/^(and|or|but)$/.test(w(c, k)) || c.inQuote[v]! >= 0 || !/ing$/.test(w(c, v)) || !participle(c, v)) return false;
  const n = v + 1;
  if (!(w(c, n) === 'that' || phraseStart(c, n) || participleObject(c, v, n))) return false;
  const si = c.sentOf[v]!;
  if ((c.bySentence.get(si) ?? []).some((d) => !d.removed && d.cue?.some(([a, b]) => b! < k && k - b! <= 25 && /ing$/.test(w(c, b!)) && participle(c, b!)) === true)) return true;
  // … or a progressive or participle clause of any verb: "X is breaking her silence and talking up his
  // candidacy", "…, holding signs and chanting …" (its object between, no clause boundary).
  for (let j = k - 1; j >= 0 && k - j <= COORDINATED_WINDOW && c.sentOf[j] === si; j--) {
    if (c.inQuote[j]! >= 0) continue;
    if (/ing$/.test(w(c, j)) && participle(c, j)) return cls(c, 'aux', j - 1) || cls(c, 'werden', j - 1) || isComma(c, j - 1);
    if (!isWord(c, j) || cls(c, 'coord', j) || cls(c, 'sub', j) || cls(c, 'relative', j) || cls(c, 'aux', j) || cueForms(c, j).some((f) => f.lemma !== w(c, j) && f.lemma + 's' !== w(c, j))) return false;
  }
  return false;
}

/** How far back the participle that a coordinated one continues may stand. */
const COORDINATED_WINDOW = 10;

/** A word inside the noun phrase of an absolute "with" phrase: a number, or "in"/"of" between counts ("with three in 10 saying", "with most of them saying"). */
export function absoluteCount(c: Ctx, j: number): boolean {
  if (c.toks[j]?.kind === 'number') return true;
  return /^(in|of)$/.test(w(c, j)) && (c.toks[j - 1]?.kind === 'number' || /^(one|two|three|four|five|six|seven|eight|nine|ten|most|many|some|all|half)$/.test(w(c, j - 1)));
}

/** The speaker of a participle that ends an absolute "with" phrase ("with three in 10 saying …"): the words between "with" and it. */
export function absoluteSubject(c: Ctx, a: number, v: number): [number, number] | null {
  if (!/ing$/.test(w(c, v)) || !withAbsolute(c, v - 1, v)) return null;
  let s = v - 1;
  while (s - 1 >= a && w(c, s - 1) !== 'with') s--;
  return w(c, s - 1) === 'with' && s < v ? [s, v - 1] : null;
}

/**
 * The verb of "X emailed supporters saying C" for the participle at v: a verb that issues a message (the
 * document verbs of src/lang/en/document-frames.tsv: "emailed", "texted", "wrote", "sent") with only its
 * listener between ("supporters", "his backers", "them"); -1 if none. The participle says what the message says:
 * the cue runs from the verb to the participle and the verb's subject speaks (as for "issued a statement saying").
 */
export function messageVerb(c: Ctx, v: number, sA: number): number {
  if (!/ing$/.test(w(c, v)) || c.inQuote[v]! >= 0) return -1;
  for (let m = v - 2; m >= sA && v - m <= 4; m--) {
    if (!issuingVerb(w(c, m)) || cueForms(c, m).length === 0 || c.inQuote[m]! >= 0) continue;
    for (let k = m + 1; k < v; k++) {
      const last = k === v - 1;
      const listener = last ? objectPronoun(c, k) || (/^[a-z]+s$/.test(raw(c, k)) && !cueForms(c, k).length && !cls(c, 'aux', k) && !cls(c, 'verb', k)) : cls(c, 'det', k) || cls(c, 'quant', k) || /^[a-z]+$/.test(raw(c, k));
      if (!listener || c.inQuote[k]! >= 0) return -1;
    }
    return m;
  }
  return -1;
}

/** The contentStart hook: a message verb before its listener and a participle of saying has no content of its own ("emailed supporters saying C"). */
export function messageContentStart(c: Ctx, v: number, sA: number, start: number): number {
  if (start < 0) return start;
  for (let p = start; p <= start + 3 && p < c.toks.length; p++) if (messageVerb(c, p, sA) === v && cueForms(c, p).length > 0) return -1;
  return start;
}

/**
 * After the speaker of a message participle moved from its listener to the verb's subject ("The campaign emailed
 * supporters saying C and vowing D"), a participle coordinated after it that took the same listener as speaker
 * takes the subject too.
 */
export function passOnSpeaker(c: Ctx, d: Draft, old: [number, number] | null): void {
  if (!old || !d.source || !d.cue?.length) return;
  const end = d.cue.at(-1)![1]!;
  for (const e of c.bySentence.get(d.sentence) ?? []) {
    if (e === d || e.removed || !e.source || !e.cue?.length || e.source[0] !== old[0] || e.source[1] !== old[1]) continue;
    const v = e.cue[0]![0]!;
    if (v > end && cls(c, 'coord', v - 1)) {
      e.source = d.source;
      e.resolved = null;
    }
  }
}

/** How far after its participle the "that" of the main verb's clause may stand ("said without offering any evidence that …"). */
const ADJUNCT_THAT = 8;

/**
 * The contentStart hook: "X said without offering evidence that C", "X claimed, without citing a source, that C":
 * a participle adjunct of manner between a verb of saying and its "that" clause; the clause is the verb's content
 * (it starts after "that"), and the participle keeps its own object. -1 when there is no such adjunct.
 */
export function adjunctThenThat(c: Ctx, site: VerbSite, after: number): number {
  if (!site.info.frames.includes('say')) return -1;
  let p = after;
  if (isComma(c, p)) p++;
  if (!/^(without|by|while|after|before)$/.test(w(c, p)) || !participle(c, p + 1) || c.inQuote[p]! >= 0) return -1;
  // (A participle that takes a clause itself has the "that": "responded before adding that C", "by saying that C".)
  if (saysOrTells(framesOf(c, p + 1))) return -1;
  for (let k = p + 2; k <= site.sB && k - p <= ADJUNCT_THAT; k++) {
    if (w(c, k) === 'that') return k + 1;
    if (isComma(c, k) && w(c, k + 1) === 'that') return k + 2;
    if (c.inQuote[k]! >= 0 || cls(c, 'sub', k) || cls(c, 'relative', k)) return -1;
    if (!isWord(c, k) && !isComma(c, k)) return -1;
  }
  return -1;
}

/** The topicStop hook: a topic ends before a word another claim has taken ("offering evidence | that C" after "said … that C"). */
export function takenStop(c: Ctx, e: number): boolean {
  return c.used[e] === 1 && w(c, e) === 'that';
}

/**
 * The continuation hook: the participle adjunct of "X said without offering evidence that C" is a claim of its own
 * with X's voice: cue "without offering" (PolNeAR puts "without" into the cue; "by", "while" stay out), content its
 * object up to the "that" of the main verb's clause.
 */
export function adjunctParticipleClaims(c: Ctx, si: number): void {
  for (const d of [...(c.bySentence.get(si) ?? [])]) {
    if (d.removed || !d.source || !d.cue?.length || d.rule !== 'verb-content-after') continue;
    const p = d.cue.at(-1)![1]! + 1 + (isComma(c, d.cue.at(-1)![1]! + 1) ? 1 : 0);
    const that = d.content[0]![0]! - 1;
    if (w(c, that) !== 'that' || !/^(without|by|while|after|before)$/.test(w(c, p)) || !participle(c, p + 1) || cueForms(c, p + 1).length === 0) continue;
    const end = isComma(c, that - 1) ? that - 2 : that - 1;
    if (end < p + 2 || that - p > ADJUNCT_THAT + 1) continue;
    const info = c.lex.cueLemmas.get(cueForms(c, p + 1)[0]!.lemma);
    if (!info) continue;
    const cue = w(c, p) === 'without' ? [p, p + 1] : [p + 1, p + 1];
    c.used[p + 1] = 0;
    for (let k = p + 2; k <= end; k++) c.used[k] = 0;
    if (!unused(c, p + 2, end)) continue;
    addClaim(c, { kind: 'reported', content: [[p + 2, end]], cue: [cue], source: d.source, resolved: d.resolved, stance: info.stance, rule: 'adjunct-participle', sentence: si });
  }
}

/**
 * "X stopped short of endorsing Y", "notably stopped short of fully endorsing": the index of the form of "stop"
 * whose "short of" governs the participle at v, or -1. The participle speaks for the subject of "stopped", and the
 * cue runs from "stopped" to the participle.
 */
export function stoppedShort(c: Ctx, v: number): number {
  if (!/ing$/.test(w(c, v)) || !participle(c, v) || c.inQuote[v]! >= 0) return -1;
  let j = v - 1;
  if (adverbAt(c, j)) j--;
  return w(c, j) === 'of' && w(c, j - 1) === 'short' && /^stop(s|ped|ping)?$/.test(w(c, j - 2)) ? j - 2 : -1;
}

/** The tidySpans hook for "X stopped short of endorsing Y": the cue from "stopped" (with its adverbs) to the participle, the speaker the subject of "stopped". */
export function stoppedShortSpans(c: Ctx, d: Draft): void {
  if (!d.cue?.length) return;
  const v = d.cue[0]![1]!; // (the participle closes the cue's first part: "fully endorsing")
  const m = stoppedShort(c, v);
  if (m < 0) return;
  const sA = c.sents[d.sentence]!.firstToken;
  let start = m;
  while (start - 1 > sA && (cls(c, 'adv', start - 1) || lowerLy(c, start - 1))) start--;
  const subj = c.rules.subjectBefore(c, sA, start);
  d.cue = [[start, d.cue[0]![1]!], ...d.cue.slice(1)];
  if (subj && subj[1] < start) {
    d.source = subj;
    d.resolved = null;
  }
}
