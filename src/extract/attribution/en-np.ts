import { cls, cueForms, is, isCap, isComma, isWord, raw, w, type Ctx } from './context.js';
import { participle } from './en-ing.js';
import { auxEndsPhrase } from './en-np-end.js';
import { npForward } from './phrases.js';
import type { NpState, NpStep } from './rules.js';
import { quoteOnly } from './en-documents.js';

/**
 * English noun-phrase steps (used by en.ts as the `npStep` hook of the engine's npForward, phrases.ts): which
 * words a speaker phrase takes, where it ends (a verb, an auxiliary, a clause boundary), and the short
 * descriptive apposition a name may carry ("Faiza Patel, co-director of the program, said").
 */

/** English: content words up to a verb, a clause boundary or a function word; "of/for/at/in" after a head. */
export function npStep(c: Ctx, st: NpState, _i: number, _limit: number): NpStep {
  const j = st.j;
  const t = c.toks[j]!;
  const lw = w(c, j);
  // An apposition without an article after a name: "Faiza Patel, co-director of the program, said".
  if (st.head && isComma(c, j) && t.kind === 'punct' && c.toks[j + 1]?.kind === 'word' && !isCap(c, j + 1) && !cls(c, 'det', j + 1) && descriptive(c, j + 1, j + 1)) {
    const e = npForward(c, j + 1, _limit, 1);
    if (e > j && (e + 1 >= _limit || isComma(c, e + 1) || is(c, e + 1, '.', '!', '?'))) {
      st.last = e;
      st.j = e + 1;
      return 'next';
    }
  }
  // A past-tense verb with its object after the head ends the phrase: "the former secretary of state attended the …".
  // So does one after a name, or before a preposition or pronoun: "McCain voted against the bill".
  if (st.head && t.kind === 'word' && /^[a-z]+ed$/.test(raw(c, j)) && !/ly$/.test(w(c, j - 1)) && (cls(c, 'det', j + 1) || cls(c, 'prep', j + 1) || cls(c, 'pron', j + 1) || (isCap(c, j - 1) && !cls(c, 'det', j - 2)))) return 'stop';
  if (st.head && (cls(c, 'verb', j) || auxEndsPhrase(c, j))) return 'stop';
  // A number before the head is an attribute: "a 2015 Pew Research survey", "the 2009 paper".
  // (A cue word after it is a noun, as after the article: "a 2016 report by the inspector general".)
  // So is a number that opens the phrase after a preposition: "(support of) 41 percent of voters", "(from) 60 senators".
  if (!st.head && t.kind === 'number' && ((j === _i && _i > 0 && (cls(c, 'prep', _i - 1) || w(c, _i - 1) === 'of')) || (cls(c, 'det', j - 1) && w(c, j - 1) !== 'that')) && isWord(c, j + 1) && !cls(c, 'prep', j + 1)) {
    const noun = cueForms(c, j + 1).length > 0 && !/ed$/.test(w(c, j + 1));
    if (noun) [st.head, st.last] = [true, j + 1];
    st.j += noun ? 2 : 1;
    return 'next';
  }
  // Coordinated names: "Ukrainian and U.S. officials", "Clinton and Sanders".
  if (st.head && lw === 'and' && isCap(c, j + 1) && cueForms(c, j + 1).length === 0) {
    st.j++;
    return 'next';
  }
  // A cue word in its bare or plural form before a preposition, after a head, is a noun: "a congressional report on Wednesday".
  // So is its bare form after a lower-case head, before a comma or the sentence end: "according to a pool report, …".
  const endsPhrase = isComma(c, j + 1) || is(c, j + 1, '.', '!', '?', ';', ')');
  const nounHead = endsPhrase && isWord(c, j - 1) && !isCap(c, j - 1) && !cls(c, 'pron', j - 1);
  // Its plural form too, after a modifier that follows a preposition: "criticism from rival campaigns."
  const plural = nounHead && j - 1 === _i && _i > 0 && cls(c, 'prep', _i - 1);
  if (st.head && t.kind === 'word' && (cls(c, 'prep', j + 1) || nounHead) && cueForms(c, j).some((f) => (f.lemma === lw || (f.lemma + 's' === lw && (plural || !nounHead))) && f.lemma !== 'say' && f.lemma !== 'tell' && !quoteOnly(c, f.lemma))) {
    st.last = j;
    st.j++;
    return 'next';
  }
  if ((t.kind === 'word' || t.kind === 'abbrev') && !cls(c, 'sub', j) && !cls(c, 'relative', j) && !cls(c, 'coord', j) && cueForms(c, j).length === 0 && !cls(c, 'adv', j) && !cls(c, 'werden', j)) {
    if (cls(c, 'prep', j) || lw === 'of') {
      if (st.head && /^(of|for|at|in|by|from)$/.test(lw) && isWord(c, j + 1)) {
        st.j++;
        return 'next';
      }
      return 'stop';
    }
    st.head = true;
    st.last = j;
    st.j++;
    return 'next';
  }
  return 'other';
}

/** A short apposition without a verb: "vice chairwoman for the campaign", "35", "who runs the lobby" is none. */
export function descriptive(c: Ctx, a: number, b: number): boolean {
  if (b < a || b - a > 10 || participle(c, a)) return false;
  for (let k = a; k <= b; k++) {
    if (!isWord(c, k) && !is(c, k, '’', "'", '-', '/', '(', ')')) return false;
    if (cls(c, 'aux', k) || cls(c, 'werden', k) || cls(c, 'sub', k) || cls(c, 'relative', k) || cueForms(c, k).length > 0) return false;
  }
  return true;
}

/** A contracted negation ("didn’t", "won't") stands where an auxiliary does. */
export const negatedAux = (c: Ctx, k: number): boolean => /n['’]t$/.test(w(c, k));
