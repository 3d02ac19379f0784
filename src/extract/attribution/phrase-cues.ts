import type { PhraseRole } from '../claims-lexicon.js';
import type { ClaimKind, Stance } from '../types.js';
import { addClaim, clauseOf, cls, isBoundary, isCap, isComma, isWord, kindOf, lastSourced, phraseAt, pronounResolution, sentenceRange, trim, unused, w, WINDOW, type Ctx, type Draft } from './context.js';
import { npForward, subjectBefore } from './phrases.js';

/**
 * Phrase cues (src/lang/<code>/cue-phrases.tsv): laut X, …  ·  X zufolge  ·  according to X  ·  …, so X.  ·
 * Demnach …  ·  …, wonach …  ·  unattributed: Es heißt, …  ·  Die Rede ist von …  ·  It is understood that …
 */

export function phraseCues(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  const limit = sB + 1;
  for (let i = sA; i <= sB; i++) {
    if (c.used[i]) continue;
    if (c.rules.statementPhrase(c, si, i, sA, sB, limit)) continue;
    const m = phraseAt(c, c.lex.phrases, i);
    if (!m) continue;
    const { role, stance } = m.p.value;
    const cue: number[][] = [[i, m.last]];
    const made = phraseClaim(c, si, i, m.last, role, stance, cue, sA, sB, limit);
    if (made) i = m.last;
  }
}


/** Whether a span holds a word. */
function wordIn(c: Ctx, span: [number, number] | null): boolean {
  if (span) for (let k = span[0]; k <= span[1]; k++) if (isWord(c, k)) return true;
  return false;
}

/** The possessive word inside a phrase cue ("by his count"), or -1. */
function m1(c: Ctx, i: number, last: number): number {
  for (let k = i; k <= last; k++) if (cls(c, 'pron', k) || cls(c, 'quant', k) || /['’]s$/.test(w(c, k))) return k;
  return -1;
}

/** The noun phrase that ends right before the comma before token i (the earliest start that reaches it), or null. */
function antecedent(c: Ctx, i: number, sA: number): [number, number] | null {
  const end = i - 2;
  if (end < sA || !isComma(c, i - 1) || !(isCap(c, end) || c.toks[end]!.role === 'close')) return null;
  for (let k = Math.max(sA, end - 12); k <= end; k++) if ((cls(c, 'det', k) || isCap(c, k)) && npForward(c, k, i - 1) === end) return [k, end];
  return null;
}

/** German prepositions of an attribute that belongs to the noun before it ("Angaben des Instituts von Kiel zufolge"). */
const ATTRIBUTE_PREP = /^(von|vom|für|aus|in|im|bei|beim)$/;
/** An inflected past participle used as an adjective: "veröffentlichten", "vorgelegte", "geschriebenen". */
const PARTICIPLE_ADJECTIVE = /^[a-zäöüß]+(?:t|en)(?:e|en|er|es|em)$/;

function phraseClaim(c: Ctx, si: number, i: number, last: number, role: PhraseRole, stance: Stance, cue: number[][], sA: number, sB: number, limit: number): boolean {
  /** Adds the claim; a continuing cue ("Demnach") takes the speaker of `carried`. */
  const add = (kind: ClaimKind, content: number[][] | null, source: [number, number] | null, resolved: [number, number] | null, rule: string, carried?: Draft) => {
    const parts = (content ?? []).filter((p) => p[0]! <= p[1]!);
    if (parts.length === 0 || !parts.every((p) => unused(c, p[0]!, p[1]!))) return false;
    if (source) for (let k = source[0]; k <= source[1]; k++) c.used[k] = 1;
    for (let k = cue[0]![0]!; k <= cue[0]![1]!; k++) c.used[k] = 1;
    addClaim(c, {
      kind: kind === 'indirect' ? kindOf(c, parts) : kind,
      content: parts,
      cue,
      source: carried?.source ?? source,
      resolved: carried ? carried.resolved : resolved,
      stance,
      rule,
      sentence: si,
    });
    return true;
  };
  /** The sentence (or the cue's clause, when it has other words) without [x, y]. */
  const around = (x: number, y: number): number[][] => {
    // A cue that opens the sentence ("Nach Angaben der X wurden …") governs all of it; commas of an
    // enumeration inside are no clause ends.
    if (x <= sA) {
      const rest = trim(c, y + 1, sB);
      return rest ? [rest] : [];
    }
    const [c0, cb] = clauseOf(c, x, sA, sB);
    const ca = c.rules.phraseClauseStart?.(c, c0, sA) ?? c0;
    // (A closing quotation mark before the cue is no clause of its own: '"…," according to X'.)
    const clauseHasMore = wordIn(c, trim(c, ca, x - 1)) || wordIn(c, trim(c, y + 1, cb));
    const [a, b] = clauseHasMore && !(ca === sA && cb === sB) ? [ca, cb] : [sA, sB];
    return [trim(c, a, x - 1), trim(c, y + 1, b)].filter((p): p is [number, number] => p !== null);
  };
  switch (role) {
    case 'source-after': {
      let s = last + 1;
      if (/^(von|des|der|vom|aus)$/.test(w(c, s)) && !cls(c, 'det', last) && w(c, last) !== 'von') s += /^(von|vom|aus)$/.test(w(c, s)) ? 1 : 0;
      const np = npForward(c, s, limit);
      if (np < 0) return false;
      const e = c.rules.sourceAfterPhraseEnd?.(c, i, s, np, sB) ?? np;
      if (e < s) return false;
      const source: [number, number] = [s, e];
      // "Laut Polizei, die vor Ort war, wurde …": a relative clause after the speaker is not the statement.
      let skip = e;
      if (isComma(c, e + 1) && cls(c, 'relative', e + 2)) {
        let k = e + 2;
        while (k <= sB && k - e < WINDOW && !isComma(c, k)) k++;
        // (One that runs to the sentence end is the speaker's too: "…, according to X, who spoke in Ohio.")
        if (isComma(c, k) || k > sB) skip = Math.min(k, sB);
      }
      // "…, according to X on Wednesday.": a time that ends the clause is when it was said, not what.
      let t = skip;
      while (t + 1 <= sB && c.inTime[t + 1]) t++;
      if (t > skip && trim(c, t + 1, clauseOf(c, i, sA, sB)[1]) === null) skip = t;
      // A speaker never swallows the whole statement: "According to Smith, the plan failed." is no apposition.
      if (around(i, skip).length === 0) {
        let k = s + 1;
        while (k < e && !isComma(c, k)) k++;
        const rest = k < e ? around(i, k - 1) : [];
        // (A statement of three words at least: "According to MSNBC, basically." is none.)
        if (rest.length > 0 && rest.reduce((n, p) => n + p[1]! - p[0]! + 1, 0) >= 3) {
          source[1] = k - 1;
          skip = k - 1;
        }
      }
      return add('indirect', around(i, skip), source, pronounResolution(c, source, si), 'phrase-source-after');
    }
    case 'possessive': {
      // "By his count, …", "by their estimate": the possessive is the speaker.
      const k = m1(c, i, last);
      if (k < 0) return false;
      const source: [number, number] = [k, k];
      return add('indirect', around(i, last), source, pronounResolution(c, source, si), 'phrase-possessive');
    }
    case 'source-before': {
      // "X zufolge": the speaker is the noun phrase right before.
      let s = i - 1;
      // A lower-case word right after a noun is no adjective of this phrase but the verb or an adverb before it
      // ("Am Samstag starben behördlichen Angaben zufolge"); nor is a conjunction ("aber dem Zeugen zufolge").
      // An attribute with "von"/"für" after a noun belongs to it ("Angaben des Instituts von Kiel zufolge").
      // An extended attribute is part of it: "Einer am Freitag veröffentlichten Umfrage zufolge" (a preposition, its
      // noun and an inflected participle).
      const attribute = (k: number) => PARTICIPLE_ADJECTIVE.test(w(c, k)) && k - 2 >= sA && cls(c, 'prep', k - 2) && isCap(c, k - 1);
      const afterNoun = (k: number) =>
        !isCap(c, k) && !cls(c, 'det', k) && !cls(c, 'prep', k) && !ATTRIBUTE_PREP.test(w(c, k)) && k > sA && isCap(c, k - 1) && !cls(c, 'det', k - 1) && !attribute(k);
      while (s > sA && !isBoundary(c, s - 1) && (isCap(c, s - 1) || cls(c, 'det', s - 1) || /(?:e|en|er|es|em)$/.test(w(c, s - 1)) || (ATTRIBUTE_PREP.test(w(c, s - 1)) && isCap(c, s - 2)) || (cls(c, 'prep', s - 1) && attribute(s + 1))) && !afterNoun(s - 1) && !cls(c, 'coord', s - 1) && i - s < 8) s--;
      if (s >= i || !Array.from({ length: i - s }, (_, k) => s + k).some((k) => isCap(c, k))) return false;
      const source: [number, number] = [s, i - 1];
      return add('indirect', around(s, last), source, null, 'phrase-source-before');
    }
    case 'so': {
      // ", so X." — only right after a comma and up to the end of the sentence.
      if (!isComma(c, i - 1)) return false;
      const e = npForward(c, last + 1, limit);
      if (e < 0) return false;
      const pre = trim(c, sA, i - 2);
      // Interposed: "Alles sei, so der Bericht, möglich gewesen": the statement goes on after the comma.
      if (isComma(c, e + 1) && e + 2 <= sB) {
        const post = trim(c, e + 2, sB);
        const parts = [pre, post].filter((p): p is [number, number] => p !== null);
        return add('indirect', parts, [last + 1, e], pronounResolution(c, [last + 1, e], si), 'phrase-so');
      }
      // What may follow the speaker: adverbs and prepositional phrases ("so X weiter", "so X gegenüber der Zeitung").
      const rest = trim(c, e + 1, sB);
      if (rest !== null && !(cls(c, 'adv', rest[0]) || cls(c, 'prep', rest[0]) || w(c, rest[0]) === 'gegenüber')) return false;
      return add('indirect', pre ? [pre] : null, [last + 1, e], pronounResolution(c, [last + 1, e], si), 'phrase-so');
    }
    case 'continue': {
      if (i !== sA) return false;
      const prev = lastSourced(c, si, 2);
      // "Demnach" stands for a source named earlier; "Danach" is mostly temporal unless a speaker precedes it.
      if (!prev?.source && w(c, i) === 'danach') return false;
      const rest = trim(c, last + 1, sB);
      if (rest && c.rules.referenceOk && !c.rules.referenceOk(c, i, rest[0], rest[1])) return false;
      return add('indirect', rest ? [rest] : null, null, null, 'phrase-continue', prev ?? undefined);
    }
    case 'relative': {
      const rest = trim(c, last + 1, sB);
      // The source: an office in the sentence ("sein Büro"), else the sentence's subject. The noun phrase the comma
      // closes comes first where it names its author ("Berichte der Agentur, wonach …") or opens the sentence
      // ("Spekulationen, wonach …"), and where no subject is found ("Es gibt eine Schätzung, wonach …"); not "Die
      // Zeitung verbreitete eine Meldung, wonach …" (the subject wrote it).
      const before = antecedent(c, i, sA);
      const authored = before !== null && (before[0] === sA || Array.from({ length: before[1] - before[0] }, (_, q) => before[0] + q + 1).some((q) => cls(c, 'gen', q) || c.toks[q]!.kind === 'quote' || w(c, q) === 'von'));
      let source: [number, number] | null = authored ? before : null;
      if (!source) for (let k = sA; k < i; k++) {
        if (c.lex.office.has(w(c, k)) && k > sA && cls(c, 'det', k - 1)) source = [k - 1, k];
      }
      if (!source) {
        const subj = subjectBefore(c, sA, i);
        const np = subj ? npForward(c, subj[0], i) : -1;
        source = subj && np >= subj[0] ? [subj[0], Math.min(np, subj[1])] : subj;
      }
      source ??= before;
      const resolved = source ? pronounResolution(c, source, si) : null;
      // A phrase that opens the sentence is the subject or object of the main clause after the relative one:
      // "Spekulationen, wonach C, bestätigte die Polizei nicht" (C ends at its comma).
      let body = rest;
      const verbAfter = (k: number) => isWord(c, k) && !isCap(c, k) && !['det', 'pron', 'sub', 'relative', 'coord', 'prep', 'adv'].some((x) => cls(c, x, k));
      if (rest && source && source[0] === sA) for (let k = rest[0]; k < rest[1]; k++) if (isComma(c, k) && c.inQuote[k]! < 0 && verbAfter(k + 1)) {
        body = trim(c, rest[0], k - 1);
        break;
      }
      return add('indirect', body ? [body] : null, source, resolved, 'phrase-relative');
    }
    case 'unattributed-adverb': {
      // "The rebels reportedly seized the airport": the whole sentence is hearsay.
      const whole = trim(c, sA, sB);
      return add('unattributed', whole ? [whole] : null, null, null, 'phrase-unattributed');
    }
    case 'unattributed': {
      // "Die Rede ist von X": the content starts at the preposition; "…, heißt es." takes what precedes.
      const lastWord = w(c, last);
      const startsWithPrep = lastWord === 'von' || lastWord === 'of';
      const atEnd = trim(c, last + 1, sB) === null;
      let content: number[][] | null;
      if (atEnd) {
        const pre = trim(c, sA, i - 1);
        content = pre ? [pre] : null;
      } else {
        let from = startsWithPrep ? last : last + 1;
        // English leaves out "that" ("It is understood that …"); German keeps "dass", as the reference annotation does.
        if (c.rules.dropThatAfterPhrase && w(c, from) === 'that') from++;
        const rest = trim(c, from, sB);
        content = rest ? [rest] : null;
        if (startsWithPrep) cue[0] = [i, last - 1];
      }
      // Where it is said ("In dem Bericht heißt es", "hieß es aus Paris"), where the language finds such a place.
      const where = c.rules.saidIn?.(c, i, last, sA, sB) ?? null;
      if (where && content && where.contentFrom !== undefined) content = where.contentFrom <= sB ? [[where.contentFrom, sB]] : null;
      return where ? add('indirect', content, where.source, null, 'phrase-said-in') : add('unattributed', content, null, null, 'phrase-unattributed');
    }
  }
  return false;
}

// ---------------------------------------------------------------- 4. continuation
