import { cls, isCap, isWord, pronounResolution, w, type Ctx, type Draft } from './context.js';
import { adverbAt } from './en-cues.js';
import { negatedAux } from './en-np.js';

/**
 * The subject of an infinitive cue ends before the word that governs the infinitive. "Lund needs to explain …",
 * "He's trying to call …", "Voters tend to favour …", "Those most willing to attack …": the speaker of "to explain"
 * is the subject of the control or raising word before it ("needs", "trying", "tend", "willing"), and that word,
 * with its auxiliaries, negation and degree adverbs, is no part of the speaker. The main-clause search
 * (en-subject.ts mainSubject) reads forward to the cue and takes the governing word for the end of the noun phrase.
 * Only a control word (class `control` of claim-words.tsv) right before "to" (adverbs between) is cut, and a word must stay before it. From the
 * tidySpans hook; one comparison per claim.
 */
export function infinitiveGovernor(c: Ctx, d: Draft): void {
  if (!d.source || !d.cue || d.cue.length === 0) return;
  const m = d.cue[0]![0]!;
  if (w(c, m) !== 'to' || c.inQuote[m]! >= 0) return;
  const [s, e0] = d.source;
  if (e0 > m) return; // (the phrase may run on into the "to" of the cue)
  let k = m - 1;
  while (k > s && adverbAt(c, k)) k--;
  if (e0 < k) return;
  if (k <= s || isCap(c, k) || !cls(c, 'control', k)) return;
  let e = k - 1;
  // Its auxiliaries, negation and degree words: "is even trying", "are not going", "most willing".
  while (e > s && (cls(c, 'aux', e) || negatedAux(c, e) || adverbAt(c, e) || DEGREE.test(w(c, e)))) e--;
  if (e < s || !isWord(c, e)) return;
  d.source = [s, e];
  d.resolved = pronounResolution(c, d.source, d.sentence);
}

const DEGREE = /^(not|most|more|less|least|so|too|very)$/;

/**
 * A source never ends on an opening quotation mark nor starts on a closing one: 'Lund “bristled” and said, “…”'
 * gave "Lund “" (the subject search stops at the scare-quoted verb and keeps its mark). The mark belongs to the
 * quotation outside the speaker phrase. From the tidySpans hook.
 */
export function strayQuoteMark(c: Ctx, d: Draft): void {
  if (!d.source) return;
  let [s, e] = d.source;
  while (e > s && c.toks[e]!.kind === 'quote' && c.toks[e]!.role === 'open') e--;
  while (s < e && c.toks[s]!.kind === 'quote' && c.toks[s]!.role === 'close') s++;
  if (s === d.source[0] && e === d.source[1]) return;
  d.source = [s, e];
  d.resolved = pronounResolution(c, d.source, d.sentence);
}
