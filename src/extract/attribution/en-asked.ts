import { cls, is, isWord, sentenceRange, w, type Ctx, type Draft } from './context.js';
import type { QuoteCue } from './rules.js';
import { npForward } from './phrases.js';

/**
 * English passives of asking: in 'Lund was asked, "Will the ferry run?"' the subject is the one asked, not the
 * speaker of the question; the asker is unknown ('Lund was asked whether …' makes an unattributed claim,
 * askedQuestion in en-verbshapes.ts) or named after "by" ('Lund was asked by host Ada Brisk, "…"'). A claim
 * whose cue is a passive "asked" or "questioned" and whose source is the subject before it takes the agent
 * after "by" as its source, or none. (PolNeAR: the source of "X was asked" is empty or the asker.)
 */
export function passiveAsker(c: Ctx, d: Draft): void {
  if (!d.cue || !d.source || d.cue.length === 0) return;
  const last = d.cue[d.cue.length - 1]!;
  const v = last[last.length - 1]!;
  if (!/^(asked|questioned)$/.test(w(c, v)) || d.source[1] >= d.cue[0]![0]!) return;
  // The passive's auxiliary in the cue: "was asked", "has been asked", "was also asked".
  let aux = v - 1;
  while (aux >= d.cue[0]![0]! && cls(c, 'adv', aux)) aux--;
  if (aux < d.cue[0]![0]! || !cls(c, 'werden', aux) || w(c, aux) === 'being') return;
  let agent: [number, number] | null = null;
  if (w(c, v + 1) === 'by' && !d.content.some((p) => p[0]! <= v + 2 && v + 2 <= p[p.length - 1]!)) {
    const e = npForward(c, v + 2, Math.min(c.toks.length, v + 20));
    if (e >= v + 2 && !is(c, v + 2, ',')) agent = [v + 2, e];
  }
  d.source = agent;
  d.resolved = null;
  // (A quotation stays direct: its marks belong to it.)
  if (!agent && d.kind !== 'direct' && d.kind !== 'mixed') d.kind = 'unattributed';
}

/**
 * A question in quotation marks, then a sentence that is only its addressee and a passive "asked": '"Will you
 * run again?" Smith was asked.', '"Why?" the mayor was asked by reporters.' The passive is the cue; the subject
 * stands in as the speaker until passiveAsker (a tidy step) gives the source to the agent or to nobody. Tried
 * where the quote rules found no verb of saying after the quotation (the quoteAcross hook).
 */
export function askedAcross(c: Ctx, open: number, close: number, k: number): QuoteCue | null {
  const [qA] = sentenceRange(c, c.sentOf[open]!);
  let q = close - 1;
  while (q > open && is(c, q, ',', '.')) q--;
  if (qA !== open || !is(c, q, '?') || c.text.slice(c.toks[close]!.end, c.toks[k]!.start).includes('\n')) return null;
  const [, sB] = sentenceRange(c, c.sentOf[k]!);
  let v = k + 1;
  while (v <= sB && v - k <= 8 && w(c, v) !== 'asked') v++;
  if (w(c, v) !== 'asked') return null;
  let aux = v - 1;
  while (aux > k && cls(c, 'adv', aux)) aux--;
  if (aux <= k || !cls(c, 'werden', aux)) return null;
  const subj = c.rules.subjectBefore(c, k, aux);
  if (!subj || subj[0] !== k || subj[1] !== aux - 1) return null;
  // Nothing but the asker and the occasion after the verb: "by reporters", "on Monday", "at the rally".
  let e = v + 1;
  if (w(c, e) === 'by' || cls(c, 'prep', e) || c.inTime[e]) {
    while (e < sB && isWord(c, e + 1)) e++;
    e++;
  }
  if (e !== sB || !is(c, sB, '.')) return null;
  return { cue: [[aux, v]], source: subj, stance: 'assert', end: v };
}
