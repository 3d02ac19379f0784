import { cls, cueForms, isCap, isWord, w, type Ctx } from './context.js';
import { nounLexicon } from './en-nouns.js';
import { receiveVerbBefore } from './en-noun-frames.js';

/**
 * English attitude, support and poll predicates (PolNeAR counts them as attributions: "Most voters support
 * Sanders", "Clinton drew support from young voters", "27 percent would vote for Trump"). Word lists are in
 * src/lang/en/cue-verbs.tsv and cue-nouns.tsv; this file holds the grammatical conditions that tell a cue
 * from the same word in another role.
 */

/**
 * Whether the cue word at v is a noun that a `receive` verb takes before its speaker ("drew support from X",
 * "won overwhelming support from X", "has the full support of X"): the noun rule reads it (en-noun-frames.ts),
 * so the verb rules must not take "support" for a verb with "drew" as its subject.
 */
export function receivedNoun(c: Ctx, v: number): boolean {
  const lex = nounLexicon();
  if (lex.nouns.get(w(c, v))?.frames.has('+from') !== true) return false;
  const prep = w(c, v + 1);
  if (prep !== 'from' && prep !== 'of') return false;
  return receiveVerbBefore(c, v, -1) >= 0;
}

/**
 * Whether the verb at v is marked `only-prep` in cue-verbs.tsv (a cue only with one of its prepositions: "voted
 * for X", "voted against the bill", "put X at 40 percent") and none of them follows before the clause goes on: then it is
 * no cue ("voters voted on Tuesday", "the states voting Tuesday", "2,383 votes"). Up to three words (an adverb, a
 * time, a score: "voted 6-1 for") may stand between the verb and its preposition; up to nine after a verb that
 * takes an object first ("puts Obama's approval rating at 50 percent").
 */
export function prepositionMissing(c: Ctx, v: number): boolean {
  // Most cue verbs have no `only-prep` reading: ask that first, and gather the frames only for those that do.
  const forms = cueForms(c, v);
  if (!forms.some((f) => c.lex.cueLemmas.get(f.lemma)?.frames.includes('only-prep') === true)) return false;
  const frames = forms.flatMap((f) => c.lex.cueLemmas.get(f.lemma)?.frames ?? []);
  const reach = frames.includes('object') ? 10 : 4;
  for (let k = v + 1; k <= v + reach && k < c.toks.length && c.sentOf[k] === c.sentOf[v]; k++) {
    // A verb that also takes a clause takes it with its infinitive or "that" ("plans to visit Ohio").
    if (frames.includes(w(c, k)) || frames.includes('+' + w(c, k)) || (frames.includes('say') && (w(c, k) === 'to' || w(c, k) === 'that'))) return false;
    if (!isWord(c, k) && c.toks[k]?.kind !== 'number') return true;
  }
  return true;
}

/**
 * Whether the bare form at v of a verb that takes only an object (cue-verbs.tsv frame `object` and no clause or
 * preposition of its own: "support", "oppose", "endorse") has no object after it: a preposition or a
 * punctuation mark follows. Then the form is a noun ("strong support among black voters", "a base of support.",
 * "drum up support in 2013"): a verb of support names whom it supports right after it ("most support Sanders").
 */
export function bareWithoutObject(c: Ctx, v: number): boolean {
  const forms = cueForms(c, v).filter((f) => f.lemma === w(c, v));
  if (forms.length === 0) return false;
  const frames = forms.flatMap((f) => c.lex.cueLemmas.get(f.lemma)?.frames ?? []);
  if (!frames.includes('object') || frames.some((f) => f !== 'object')) return false;
  const n = v + 1;
  return n >= c.toks.length || c.sentOf[n] !== c.sentOf[v] || cls(c, 'prep', n) || !isWord(c, n);
}

/**
 * Whether the past form at v is an attributive participle before its noun ("the pledged delegates"): after an
 * article (after a number or "of", en-filters.ts reads it), before a lower-case word that opens no clause or
 * phrase of its own.
 */
export function attributiveParticiple(c: Ctx, v: number): boolean {
  if (!/ed$/.test(w(c, v)) || v === 0) return false;
  const p = v - 1;
  // (After a possessive the participle keeps its speaker: "the alliance's recommended 2 percent".)
  if (!cls(c, 'det', p)) return false;
  const n = v + 1;
  return isWord(c, n) && !isCap(c, n) && c.sentOf[n] === c.sentOf[v] && cueForms(c, n).length === 0 &&
    !cls(c, 'det', n) && !cls(c, 'prep', n) && !cls(c, 'pron', n) && !cls(c, 'objpron', n) && !cls(c, 'sub', n) && !cls(c, 'coord', n) && !cls(c, 'aux', n) && w(c, n) !== 'that' && w(c, n) !== 'to';
}
