import { cls, cueForms, isBoundary, isCap, isComma, isWord, w, type Ctx } from './context.js';
import { asideThenThat } from './en-known.js';
import { nounLexicon } from './en-nouns.js';
import { SUBJECT_PRONOUN } from './en-split.js';

/**
 * English verb frames (spec 3, round 13): adjuncts between a verb of saying and its clause, and odd subjects
 * before it. Each function is a grammatical condition that en.ts asks at one place.
 */

/**
 * Where the clause starts when an adjunct between the verb (and its listener) and "that" holds commas: a
 * prepositional phrase that ends in a place name ("says at a campaign stop in Toledo, Ohio, that …", "told reporters
 * in Dayton, Ohio, on Saturday that …") or an aside between commas after it or after a time ("said on CNN, where he
 * is a contributor, that …", "said on Tuesday, after the vote, that …").
 * The verb alone stays the cue: the adjunct is where it was said, no part of the act. -1 otherwise.
 */
export function commaAdjunctThenThat(c: Ctx, s0: number, sB: number): number {
  if (c.inQuote[s0]! >= 0) return -1;
  let k = s0;
  // A prepositional adjunct up to its first comma.
  if (cls(c, 'prep', k)) {
    while (k <= sB && k - s0 <= 12 && !isBoundary(c, k) && w(c, k) !== 'that' && c.toks[k]!.kind !== 'quote') k++;
    if (!isComma(c, k)) return -1;
  } else if (!isComma(c, k) || k === 0 || isComma(c, k - 1)) return -1;
  // The rest of a place name: ", Ohio," (up to three capitalized words between commas).
  while (isComma(c, k) && isCap(c, k - 1) && isCap(c, k + 1)) {
    let e = k + 1;
    while (e <= sB && e - k <= 3 && isCap(c, e)) e++;
    if (!isComma(c, e)) return -1;
    k = e;
  }
  if (isComma(c, k) && w(c, k + 1) === 'that' && k + 2 <= sB) return k + 2;
  // A time after the place name: "…, Iowa, on Monday that …".
  if (isComma(c, k) && c.inTime[k + 1]) {
    let t = k + 1;
    while (t <= sB && t - k <= 6 && (c.inTime[t] || cls(c, 'prep', t)) && w(c, t) !== 'that') t++;
    if (w(c, t) === 'that' && t + 1 <= sB) return t + 1;
  }
  // An aside between commas: "said on CNN, where he is a paid contributor, that …".
  return asideThenThat(c, k, sB);
}

/**
 * Whether the bare form at k of a verb that takes a clause (frame `say`: "say", "believe", "think") is the finite
 * verb of a plural subject: a clause opens right after it ("Voters who backed Trump say the economy …",
 * "People who know her believe that …"). Its noun reading takes no clause ("have their say", "a say in it").
 */
export function bareClauseVerb(c: Ctx, k: number): boolean {
  const word = w(c, k);
  if (!cueForms(c, k).some((f) => f.lemma === word && c.lex.cueLemmas.get(f.lemma)?.frames.includes('say') === true)) return false;
  const n = k + 1;
  if (!isWord(c, n) || c.sentOf[n] !== c.sentOf[k]) return false;
  return w(c, n) === 'that' || cls(c, 'det', n) || cls(c, 'pron', n);
}

/**
 * A time right after a cue noun is no topic: "made similar comments on Sunday", "his statement on Wednesday that
 * …". Where the noun's frame goes on after the time (its "that" or topic preposition), or `after` unchanged when
 * no time stands there. A time that ends the clause leaves the noun without a topic (the caller makes no claim).
 */
export function pastTimeAdjunct(c: Ctx, after: number, sB: number): number {
  let k = after;
  if (cls(c, 'prep', k) && c.inTime[k + 1]) k++;
  if (!c.inTime[k] || w(c, k) === 'that') return after;
  while (k <= sB && c.inTime[k] && w(c, k) !== 'that') k++;
  return k;
}

/**
 * Whether the "to" right before the verb at v is a stranded preposition, not the infinitive marker: a contact
 * relative clause (a noun, a subject pronoun, its verb and "to") stands before a finite verb ("an FBI official she
 * spoke to said …", "aides I talked to told me …"), so the "to" joins neither the cue nor an infinitive's governor.
 * A form that is also a cue noun ("she pointed to reports", "respond to requests") stays the preposition's object.
 */
export function strandedTo(c: Ctx, v: number): boolean {
  if (w(c, v - 1) !== 'to' || v < 4) return false;
  const word = w(c, v);
  const forms = cueForms(c, v);
  if (forms.length === 0 || nounLexicon().nouns.has(word) || !forms.every((f) => f.form === 'finite' && word !== f.lemma && !/ing$/.test(word))) return false;
  const verb = v - 2;
  const noun = v - 4;
  if (!isWord(c, verb) || isCap(c, verb) || cls(c, 'aux', verb) || !SUBJECT_PRONOUN.test(w(c, v - 3))) return false;
  return isWord(c, noun) && !cls(c, 'sub', noun) && !cls(c, 'relative', noun) && !cls(c, 'coord', noun) && !cls(c, 'prep', noun) && !cls(c, 'det', noun) && !cls(c, 'aux', noun) && !cls(c, 'adv', noun) && cueForms(c, noun).length === 0 && w(c, noun) !== 'that';
}

/**
 * The subject of a finite verb after a stranded "to" (`strandedTo`): the noun phrase with its contact relative
 * clause, a subject pronoun and its verb ("an FBI official she spoke to | said"), or null. `np` finds the phrase
 * before a position (the language's subject walk).
 */
export function contactRelativeSubject(c: Ctx, a: number, v: number, np: (c: Ctx, a: number, v: number) => [number, number] | null): [number, number] | null {
  const pron = v - 3;
  if (!strandedTo(c, v) || pron <= a) return null;
  const head = np(c, a, pron);
  return head && head[1] === pron - 1 ? [head[0], v - 1] : null;
}

/**
 * The rules' verbAfterDeterminer hook: "her" is also an object pronoun, the last word of a relative clause in the
 * subject ("Anyone who met her says she was kind"); a cue form after it that is no noun is the main verb: a past
 * form or the -s form of a verb that takes a clause ("said", "says", "believes") before its clause. Cue nouns stay nouns
 * ("her claims", "her report").
 */
export function verbAfterHer(c: Ctx, i: number): boolean {
  if (w(c, i - 1) !== 'her' || !isWord(c, i - 2)) return false;
  const word = w(c, i);
  if (/ing$/.test(word) || nounLexicon().nouns.has(word)) return false;
  // A clause, a listener or a quotation follows the verb ("her said she …", "her told reporters"), no noun that a
  // participle before it modifies ("her alleged ties", "her continued struggles").
  const n = i + 1;
  const clause = w(c, n) === 'that' || cls(c, 'det', n) || cls(c, 'pron', n) || isCap(c, n) || !isWord(c, n);
  return (c.lex.cueForms.get(word) ?? []).some((f) => {
    const frames = c.lex.cueLemmas.get(f.lemma)?.frames ?? [];
    if (word === f.lemma || (word === f.lemma + 's' && !frames.includes('say'))) return false;
    return clause || frames.includes('tell');
  });
}

/**
 * The subject of an infinitive cue that "for" introduces: "make it difficult for Trump to attack them", "a chance for
 * the mayor to respond": the noun phrase between "for" and "to" (up to five words), or null.
 */
export function forInfinitiveSubject(c: Ctx, a: number, v: number): [number, number] | null {
  if (w(c, v - 1) !== 'to') return null;
  let k = v - 2;
  while (k > a && v - 2 - k < 5 && isWord(c, k) && w(c, k) !== 'for' && !cls(c, 'prep', k) && !cls(c, 'aux', k) && !cls(c, 'sub', k)) k--;
  if (w(c, k) !== 'for' || k >= v - 2 || !isWord(c, v - 2)) return null;
  // (Not a time: "waited for hours to say".)
  for (let j = k + 1; j <= v - 2; j++) if (c.inTime[j] || /^(?:hours|days|weeks|months|years|minutes|decades|a|an|the)$/.test(w(c, j)) && j === v - 2) return null;
  return [k + 1, v - 2];
}
