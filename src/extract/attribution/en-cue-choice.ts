import { cls, cueForms, isComma, sentenceRange, w, type Ctx } from './context.js';
import { npForward } from './phrases.js';
import { adverbAt } from './en-cues.js';
import { reducedParticipleVerb } from './en-filters.js';

/**
 * Which of several cue words in a clause is the speech act. A past participle right after its noun, with only a
 * time or an agent before a finite cue verb, is a reduced relative clause ("A poll released Tuesday showed C",
 * "a news report published Wednesday said C"): en-filters.ts makes it no cue; here the speaker of the finite
 * verb runs through it.
 */

/** The speaker of the finite cue verb v through a reduced-relative participle before it, from `subject` (the noun phrase before the participle). */
export function throughParticiple(c: Ctx, a: number, v: number, subject: (c: Ctx, a: number, v: number) => [number, number] | null): [number, number] | null {
  let pp = -1;
  for (let k = v - 2; k > a && v - k <= 9 && pp < 0; k--) if (reducedParticipleVerb(c, k) === v) pp = k;
  const head = pp >= 0 ? subject(c, a, pp) : null;
  if (!head) return null;
  let e = v - 1;
  while (e > pp && adverbAt(c, e)) e--;
  return [head[0], e];
}

/**
 * A participle after a closing quote and its comma never has its speaker after it: in 'X insisted he had
 * "expanded the party," claiming that …' the participle's subject is X and what follows is its content. Nor does
 * a verb whose noun phrase has an auxiliary of its own: in 'X, citing "strong support," said the delegates would
 * stay' that phrase is the subject of the verb's clause, and X, before the aside, speaks.
 */
export function invertsAfterQuote(c: Ctx, k: number): boolean {
  if (/ing$/.test(w(c, k))) return false;
  const e = npForward(c, k + 1, sentenceRange(c, c.sentOf[k]!)[1] + 1);
  return e < 0 || !(cls(c, 'aux', e + 1) || cls(c, 'werden', e + 1));
}

/** A closing quote after a comma, followed by a participle of saying: '"…," claiming that …' ends the content at k. */
export const quoteThenParticiple = (c: Ctx, k: number): boolean =>
  c.toks[k]?.kind === 'quote' && isComma(c, k - 1) && /ing$/.test(w(c, k + 1)) && cueForms(c, k + 1).length > 0;
