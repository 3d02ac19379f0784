import { cls, cueForms, isBoundary, isWord, raw, w, type Ctx, type Draft } from './context.js';
import { lowerLy } from './en-cues.js';

/**
 * How far an English cue reaches to the left over a contracted auxiliary: "he’s said", "she's predicting",
 * "they’ve argued", "who’d previously endorsed". The auxiliary belongs to the verb group (PolNeAR's cue runs from
 * "’s"), but the tokenizer keeps the pronoun and its contraction in one token, so the cue takes that token too:
 * it is then shared by the source ("He") and the cue ("’s said"), as the token is in the annotation.
 * Only personal and relative pronouns: after a name the clitic is mostly a possessive ("Trump’s comments"), and
 * "it’s"/"there’s" open an adjective or noun frame ("it’s unclear"), whose cue is the frame's own.
 * A per-claim check of one token, called from the tidySpans hook.
 */
const CONTRACTED_SUBJECT = /^(he|she|i|we|they|you|who)['’](s|ve|d|ll|re|m)$/i;

export function contractedAuxiliary(c: Ctx, d: Draft): void {
  if (!d.cue || d.cue.length === 0) return;
  const a = d.cue[0]![0]!;
  const k = a - 1;
  if (k < 0 || !isWord(c, k) || c.inQuote[k] !== c.inQuote[a] || c.sentOf[k] !== c.sentOf[a]) return;
  if (!CONTRACTED_SUBJECT.test(raw(c, k))) return;
  // The pronoun must be the token right before the cue (no space is missing: "he’s" + "said").
  d.cue = [[k, d.cue[0]![1]!], ...d.cue.slice(1)];
}

/** Whether token k lies in one of the spans (token ranges). */
const covers = (spans: readonly number[][], k: number): boolean => spans.some((p) => p[0]! <= k && k <= p[p.length - 1]!);

/**
 * A manner or time adverb right after the cue verb, where it closes the verb group: "Ms. Lund said dryly.",
 * "he noted repeatedly that …", "Mr. Ek wrote recently." (PolNeAR's cue keeps it with the verb). Only when the
 * adverb is followed by punctuation, "that" or the sentence end: before a phrase it may modify what follows
 * ("said nearly every …", "said recently in an interview" stays as it is). A particle joins the cue wherever it stands.
 */
/** A verb's particle ("talked up", "lashed out", "shot back", "backed down"): part of the verb wherever it stands. */
const PARTICLE = /^(up|out|back|down|off)$/;

export function trailingAdverb(c: Ctx, d: Draft): void {
  if (!d.cue || d.cue.length === 0) return;
  const part = d.cue[d.cue.length - 1]!;
  const v = part[part.length - 1]!;
  const a = v + 1;
  if (!isWord(c, v) || c.inQuote[v]! >= 0 || cueForms(c, v).length === 0 || !(lowerLy(c, a) || PARTICLE.test(w(c, a)) || cls(c, 'phrasalend', a)) || c.inQuote[a]! >= 0) return;
  if (c.sentOf[a] !== c.sentOf[v] || covers(d.content, a) || (d.source && d.source[0] <= a && a <= d.source[1])) return;
  const next = a + 1;
  if (PARTICLE.test(w(c, a))) {
    d.cue = [...d.cue.slice(0, -1), [part[0]!, a]];
    return;
  }
  const ends = next >= c.toks.length || c.sentOf[next] !== c.sentOf[a] || isBoundary(c, next) || /^[.!?]$/.test(raw(c, next));
  // "…," he went on. — a particle that closes the clause ("on", class `phrasalend`): not before "that" or a phrase.
  if (cls(c, 'phrasalend', a)) {
    if (ends) d.cue = [...d.cue.slice(0, -1), [part[0]!, a]];
    return;
  }
  const closes = ends || w(c, next) === 'that';
  if (!closes) return;
  d.cue = [...d.cue.slice(0, -1), [part[0]!, a]];
}

/**
 * Verbs that are the speech act themselves and take an infinitive as what they refuse, seek or promise:
 * "declined to say whether …", "refused to answer", "has sought to assure …", "promised to explain …". PolNeAR's
 * cue is the verb alone and the infinitive with its "to" is the content (unlike "tried to explain", "went on to
 * say", "continued to insist", where the cue runs through the infinitive: en.ts's CATENATIVE).
 */
const GOVERNING = /^(refuse[sd]?|refusing|decline[sd]?|declining|sought|seeks?|seeking|promised|promises?|promising|decided|decides?|deciding)$/;

/** Whether the cue verb at v is an infinitive that such a verb governs (then the governing verb is the cue). */
export function governedInfinitive(c: Ctx, v: number): boolean {
  if (w(c, v - 1) !== 'to' || c.inQuote[v - 1]! >= 0) return false;
  return GOVERNING.test(w(c, v - 2));
}

/** "agree", whose "to" before a noun phrase is its own preposition ("agreed to a settlement"). */
const AGREE = /^agree(s|d|ing)?$/;

/**
 * "agree" with content that opens with "to" and a noun phrase, the verb's own preposition: "The firm agreed to a $7
 * million settlement" (cue "agreed to", content "a $7 million settlement", as PolNeAR marks it). An infinitive keeps
 * its "to" in the content ("agreed to pay $7 million": cue "agreed"). Other verbs keep the "to" in the content:
 * measured for all cue verbs ("spoke to the crowd", "wrote to her", "apologized to …"), PolNeAR train and dev Cue
 * dropped. A per-claim check of two tokens, from the tidySpans hook.
 */
export function prepositionalTo(c: Ctx, d: Draft): void {
  if (!d.cue || d.cue.length === 0 || d.content.length === 0) return;
  const part = d.cue[d.cue.length - 1]!;
  const v = part[part.length - 1]!;
  const first = d.content[0]!;
  const to = first[0]!;
  if (to !== v + 1 || w(c, to) !== 'to' || first[first.length - 1]! <= to + 1 || c.inQuote[to]! >= 0 || !AGREE.test(w(c, v))) return;
  const n = to + 1;
  if (!(cls(c, 'det', n) || cls(c, 'quant', n) || c.toks[n]!.kind === 'number' || is$(c, n))) return;
  d.cue = [...d.cue.slice(0, -1), [part[0]!, to]];
  d.content = [[n, first[first.length - 1]!], ...d.content.slice(1)];
}

/** A currency sign opening an amount ("$7 million"). */
const is$ = (c: Ctx, k: number): boolean => /^[$€£]$/.test(raw(c, k));

/**
 * A particle or preposition of a phrasal cue verb that the content would otherwise open with: "Okafor talked up the
 * plan", "Lund remarked upon the cost", "Ferro shouted out that …", "was tweeting out claims that …" (PolNeAR's cue
 * runs through the particle: counted on train, gold longer in every such pair). The words are the class `phrasal` of
 * claim-words.tsv; not before "to" or "of", where they open an amount or a phrase of their own ("said up to 40
 * boats", "out of respect"). A per-claim check of two tokens, from the tidySpans hook.
 */
export function phrasalParticle(c: Ctx, d: Draft): void {
  if (!d.cue || d.cue.length === 0 || d.content.length === 0) return;
  const part = d.cue[d.cue.length - 1]!;
  const v = part[part.length - 1]!;
  const first = d.content[0]!;
  const a = first[0]!;
  const end = first[first.length - 1]!;
  if (a !== v + 1 || end <= a || !isWord(c, v) || c.inQuote[a]! >= 0 || c.inQuote[v]! >= 0 || !cls(c, 'phrasal', a)) return;
  if (cueForms(c, v).length === 0 || w(c, a + 1) === 'to' || w(c, a + 1) === 'of' || isBoundary(c, a + 1)) return;
  d.cue = [...d.cue.slice(0, -1), [part[0]!, a]];
  d.content = [[a + 1, end], ...d.content.slice(1)];
}
