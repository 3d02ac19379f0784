import { cls, cueForms, isCap, isComma, isWord, raw, w, type Ctx } from './context.js';
import { lowerLy } from './en-cues.js';
import { npForward } from './phrases.js';

/**
 * Which of several cue words in a clause is the speech act. A past participle right after its noun, with only
 * a time or an agent between it and a finite cue verb, is a reduced relative clause that says how the source
 * came about, not what it says: "A poll released Tuesday showed C", "a news report published Wednesday said C",
 * "emails released this week by the State Department show C". The finite verb is the cue; the participle
 * belongs to the source.
 */
export function participleBeforeCue(c: Ctx, v: number, sA: number): boolean {
  return participleEnd(c, v, sA) >= 0;
}

/** The finite cue verb that a reduced-relative participle at `v` stands before, or -1. */
function participleEnd(c: Ctx, v: number, sA: number): number {
  if (v <= sA || !/^[a-z]+ed$/.test(raw(c, v))) return -1;
  // Right after a noun: not after an auxiliary ("was released"), a pronoun ("he released"), a comma or an adverb.
  const p = v - 1;
  if (!isWord(c, p) || cls(c, 'aux', p) || cls(c, 'werden', p) || cls(c, 'pron', p) || cls(c, 'det', p) || cls(c, 'prep', p) || cls(c, 'coord', p) || cls(c, 'sub', p) || cls(c, 'relative', p) || cls(c, 'adv', p) || lowerLy(c, p)) return -1;
  let k = v + 1;
  const sent = c.sentOf[v];
  const inSentence = (i: number) => i < c.toks.length && c.sentOf[i] === sent;
  // A time ("Tuesday", "on Tuesday", "last week") and an agent or place ("by X", "in X") may follow.
  for (let guard = 0; guard < 3 && inSentence(k); guard++) {
    if (c.inTime[k]) {
      while (inSentence(k) && c.inTime[k]) k++;
      continue;
    }
    if (cls(c, 'prep', k) && c.inTime[k + 1]) {
      k++;
      continue;
    }
    if (/^(by|in|on|for)$/.test(w(c, k)) && isWord(c, k + 1)) {
      const e = npForward(c, k + 1, k + 12);
      if (e < k + 1) return -1;
      k = e + 1;
      continue;
    }
    break;
  }
  if (k === v + 1) return -1;
  while (inSentence(k) && (cls(c, 'adv', k) || lowerLy(c, k))) k++;
  if (!inSentence(k) || isComma(c, k) || isCap(c, k)) return -1;
  // The finite verb: a past or third-person form ("showed", "says", "show" after a plural), not a participle in "-ing".
  const forms = cueForms(c, k);
  if (forms.length === 0 || /ing$/.test(w(c, k))) return -1;
  return k;
}

/** The reduced-relative participle whose finite cue verb is `v` ("A poll released Tuesday | showed"), or -1. */
export function participleBefore(c: Ctx, a: number, v: number): number {
  for (let k = v - 2; k > a && v - k <= 14; k--) if (participleEnd(c, k, a) === v) return k;
  return -1;
}

/**
 * A participle after a closing quote and its comma never has its speaker after it: in 'X insisted he had
 * "expanded the party," claiming that …' the participle's subject is X and what follows is its content.
 */
export const invertsAfterQuote = (c: Ctx, k: number): boolean => !/ing$/.test(w(c, k));

/** A closing quote after a comma, followed by a participle of saying: '"…," claiming that …' ends the content at k. */
export const quoteThenParticiple = (c: Ctx, k: number): boolean =>
  c.toks[k]?.kind === 'quote' && isComma(c, k - 1) && /ing$/.test(w(c, k + 1)) && cueForms(c, k + 1).length > 0;
