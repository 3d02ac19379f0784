import { cls, cueForms, isCap, isWord, saysNotTells, w, type Ctx } from './context.js';
import { adverbAt, sayingVerb, trailerOnly } from './en-cues.js';
import { predicateAt } from './en-np-end.js';
import { npForward } from './phrases.js';

/** The fewest words of a clause that opens the statement before the colon ("she had warned them"). */
const MIN_CLAUSE = 3;

/**
 * The quoteClauseLead hook (quotes.ts): "Okafor said she had warned every captain twice: “Do you want the pier
 * to close?”", "Lund said in an interview that the toll might work: “…”" — a verb of saying (not of telling,
 * whose listener may stand there) whose clause runs up to the colon before the quotation: the clause and the
 * quotation are one statement, and the clause starts it. The clause follows the verb (after "that", or after a
 * trailer and "that": "said in an interview Friday that …"), or is a subject and its predicate right after it; it
 * holds no quotation and does not end in a verb of saying, which introduces the quotation itself ("…, to which
 * Ferro replied: “…”"). -1 when there is none.
 */
export function colonClauseLead(c: Ctx, v: number, open: number): number {
  const colon = open - 1;
  if (w(c, colon) !== ':' || c.inQuote[v]! >= 0 || /ing$/.test(w(c, v)) || w(c, v - 1) === 'to' || !sayingVerb(c, v)) return -1;
  const frames = cueForms(c, v).flatMap((f) => c.lex.cueLemmas.get(f.lemma)?.frames ?? []);
  if (!saysNotTells(frames)) return -1;
  let s = -1;
  for (let k = v + 1; k < colon; k++) if (w(c, k) === 'that') {
    if (k === v + 1 || trailerOnly(c, v + 1, k - 1, frames)) s = k + 1;
    break;
  }
  if (s < 0) {
    // A subject and its predicate right after the verb: a pronoun, an article or a name opens it.
    const a = v + 1;
    if (!(cls(c, 'pron', a) || cls(c, 'det', a) || isCap(c, a))) return -1;
    const e = npForward(c, a, colon);
    if (e < a || e + 1 >= colon || !predicateAt(c, e + 1, colon)) return -1;
    s = a;
  }
  let words = 0;
  for (let k = s; k < colon; k++) {
    if (c.toks[k]!.kind === 'quote' || c.inQuote[k]! >= 0 || c.used[k]) return -1;
    if (isWord(c, k)) words++;
  }
  // A verb of saying right before the colon introduces the quotation itself ("…, to which Ferro replied: “…”").
  let last = colon - 1;
  while (last > s && adverbAt(c, last)) last--;
  if (sayingVerb(c, last)) return -1;
  return words >= MIN_CLAUSE ? s : -1;
}
