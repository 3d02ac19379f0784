import { isWord, raw, type Ctx, type Draft } from './context.js';

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
