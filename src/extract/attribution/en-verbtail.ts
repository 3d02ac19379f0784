import { cls, cueForms, is, isCap, isWord, raw, w, lemmaSays, saysNotTells, type Ctx } from './context.js';
import type { VerbSite } from './rules.js';
import { shortAnswer, twoWordClause } from './en-short-clause.js';

/** Words that stand for a whole statement after a verb of saying: "said no", "said so", "doesn't believe it". */
const PRO_STATEMENT = /^(yes|no|so|not|that|this|it|thanks)$/;

/**
 * English verb cues, the long tail (used by en.ts): a statement of one word that closes its sentence right after
 * a verb of saying or thinking ("He said no.", "Half said so.", "He doesn't believe it.", "Asked who leads the
 * party, he said Ryan."). The verb rules ask for three tokens of content; one word is a statement too when it
 * stands for one (a pro-form, "yes", "no") or is a name, and nothing follows it but the sentence end — not a
 * time ("said Tuesday"), an adverb ("said again"), a listener ("told her") or a noun ("felt fear").
 */
export function shortContent(c: Ctx, content: [number, number], site: VerbSite): boolean {
  const [a, b] = content;
  if (b === a + 1) return twoWordClause(c, a, b, site) || shortAnswer(c, a, b, site);
  if (a !== b || !saysNotTells(site.info.frames)) return false;
  // Only the sentence end (or a closing bracket) may follow.
  if (b + 1 <= site.sB && !is(c, b + 1, '.', '!', '?', ')')) return false;
  if (!isWord(c, a) || c.inTime[a] || c.inQuote[a]! >= 0) return false;
  // (So does a question word that stands for its whole question, as after a negated verb: "did not say when", "would not say why".)
  return PRO_STATEMENT.test(w(c, a)) || SLUICED.test(raw(c, a)) || (isCap(c, a) && !cls(c, 'pron', a) && !cls(c, 'det', a));
}

/** A question word left alone for its whole question (the rest is understood from the sentence before): "…, but did not say when." */
const SLUICED = /^(when|why|how|where|whether|who|what|which)$/;

/**
 * Where a singular noun at k opens with its article ("a poll", "a new poll", "the outside group"), so that a
 * participle after it speaks for that noun phrase (a reduced relative clause: "a new poll showing Clinton ahead",
 * "a group backing Rubio", "a letter urging …"); -1 when k is no such noun. The noun is not a verb form ("the
 * mayor kept saying" has a verb before the participle: "kept", "-ed" forms and adverbs are refused).
 */
export function articleOfNoun(c: Ctx, k: number): number {
  if (!isWord(c, k) || isCap(c, k) || !/^[a-z]+$/.test(raw(c, k)) || /(ed|ly|ing)$/.test(w(c, k)) || cls(c, 'adv', k) || cls(c, 'aux', k) || cls(c, 'werden', k) || cls(c, 'prep', k) || cls(c, 'pron', k) || cls(c, 'det', k)) return -1;
  if (cls(c, 'det', k - 1) && w(c, k - 1) !== 'that') return k - 1;
  // One adjective between article and noun: "a new poll".
  const adj = k - 1;
  if (cls(c, 'det', k - 2) && w(c, k - 2) !== 'that' && isWord(c, adj) && /^[a-z-]+$/.test(raw(c, adj)) && !/(ed|ly|ing)$/.test(w(c, adj)) && !cls(c, 'adv', adj) && !cls(c, 'aux', adj) && !cls(c, 'prep', adj) && !cls(c, 'det', adj)) return k - 2;
  return -1;
}

/**
 * The speaker named earlier in the sentence of token v by a claim that has since moved on ('“A,” X said,
 * referring to Y. “B.”': the quotation that carries on the statement moves its claim to the next sentence,
 * but the participle after "X said" still speaks for X): the last such source that ends before v.
 */
export function sourceEarlierInSentence(c: Ctx, v: number): [number, number] | null {
  const sA = c.sents[c.sentOf[v]!]!.firstToken;
  let best: [number, number] | null = null;
  for (const d of c.claims) {
    if (d.removed || !d.source || d.source[0] < sA || d.source[1] >= v) continue;
    if (!best || d.source[1] > best[1]) best = d.source;
  }
  return best;
}

/**
 * Whether a listener after a verb of asking or telling, starting at `after` (its noun phrase ending at `e`), is
 * followed by what it is asked to do: "asked the council to delay the vote", "told reporters not to worry" —
 * then the listener and the infinitive are the content, wherever the sentence puts the speaker.
 */
export function listenerInfinitive(c: Ctx, after: number, e: number): boolean {
  for (let k = after + 1; e >= 0 && k <= e + 1 && k - after <= 6; k++) {
    // ("told Megyn not to worry": a negation before the infinitive.)
    if (w(c, k) === 'not' && k === e + 1 && w(c, k + 1) === 'to') k++;
    // (An opening quotation mark may stand before the verb: 'asked them to “carefully consider” it'.)
    const n = c.toks[k + 1]?.kind === 'quote' && c.quotes.some((q) => q.open === k + 1) ? k + 2 : k + 1;
    if (w(c, k) === 'to' && isWord(c, n) && !cls(c, 'det', n) && !isCap(c, n) && !cls(c, 'pron', n)) return true;
  }
  return false;
}

/**
 * Whether the word at n is the past tense of a cue verb that goes on a list of the speaker's acts after a
 * comma ("…, called her “third-rate” and boycotted …", "…, told Fox News that …"): a past form with an object or clause after it, not a
 * passive participle ("…, called by critics …") nor an aside ("…, added, …").
 */
export function pastCueVerb(c: Ctx, n: number): boolean {
  if (!/^[a-z]+$/.test(raw(c, n)) || /(s|ing)$/.test(raw(c, n)) || c.inQuote[n]! >= 0) return false;
  if (w(c, n + 1) === 'by' || is(c, n + 1, ',', '.', ';', ':') || cls(c, 'prep', n + 1)) return false;
  return cueForms(c, n).some((f) => f.lemma !== w(c, n) && (lemmaSays(c, f.lemma) || c.lex.cueLemmas.get(f.lemma)?.frames.includes('object') === true));
}

/** Whether [a, b] is nothing but a time, its preposition and the sentence end ("on Tuesday.", "last week"). */
export function onlyTime(c: Ctx, a: number, b: number): boolean {
  let time = false;
  for (let k = a; k <= b; k++) {
    if (k === b && is(c, k, '.', '!', '?')) continue;
    if (c.inTime[k]) time = true;
    else if (!(cls(c, 'prep', k) && c.inTime[k + 1])) return false;
  }
  return time;
}
