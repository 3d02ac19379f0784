import { addClaim, is, isComma, isWord, kindOf, pronounResolution, sentenceRange, trim, unused, w, type Ctx } from './context.js';
import { nounLexicon } from './en-nouns.js';
import { mainSubject } from './en-subject.js';

/**
 * "Lee toured the coast in hopes of winning over fishermen", "The board cut fares in the hope that riders would
 * return": an adjunct "in (the) hope(s) of/that" names what the subject of its clause hopes for. The subject of
 * the main clause is the speaker, "in (the) hope(s) of" (or "that") the cue, and the phrase after it, up to a
 * comma, a semicolon, a dash or the sentence end, the content. An adjunct that opens the sentence ("In hopes of
 * …, Lee …") and a subject already used by another claim's speaker make no claim here.
 * A late rule (the continuation hook of en.ts): a claim that holds the phrase in its content comes first.
 */
export function hopeFrames(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  for (let k = sA + 2; k < sB - 2; k++) if (w(c, k) === 'in' && c.inQuote[k]! < 0 && !c.used[k]) hopeAdjunct(c, si, k, sA, sB);
}

function hopeAdjunct(c: Ctx, si: number, k: number, sA: number, sB: number): boolean {
  const n = w(c, k + 1) === 'the' ? k + 2 : k + 1;
  if (!/^hopes?$/.test(w(c, n))) return false;
  const prep = w(c, n + 1);
  if (prep !== 'of' && prep !== 'that') return false;
  let e = n + 2;
  while (e <= sB && !isComma(c, e) && !is(c, e, ';', '—', '–', '.', '!', '?', '(')) e++;
  const content = trim(c, n + 2, e - 1);
  if (!content || content[1] - content[0] < 1 || !isWord(c, content[0])) return false;
  const subj = mainSubject(c, k);
  if (!subj || subj[0] < sA || subj[1] >= k - 1 || c.inQuote[subj[0]]! >= 0) return false;
  const cueEnd = prep === 'of' ? n + 1 : n;
  if (!unused(c, subj[0], subj[1]) || !unused(c, k, content[1])) return false;
  for (let j = k; j <= n + 1; j++) c.used[j] = 1;
  for (let j = subj[0]; j <= subj[1]; j++) c.used[j] = 1;
  addClaim(c, {
    kind: prep === 'of' ? 'reported' : kindOf(c, [content]),
    content: [content],
    cue: [[k, cueEnd]],
    source: subj,
    resolved: pronounResolution(c, subj, si),
    stance: nounLexicon().nouns.get(w(c, n))?.stance ?? 'speculate',
    rule: 'noun-hope',
    sentence: si,
  });
  return true;
}
