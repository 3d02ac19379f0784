import { addClaim, cls, cueForms, isBoundary, isCap, isWord, raw, unused, w, type Ctx } from './context.js';
import { nounLexicon } from './en-nouns.js';
import { npForward, subjectBefore } from './phrases.js';

/**
 * English noun cues received by the subject (src/lang/en/cue-nouns.tsv: nouns with the frame `+from`, verbs of
 * kind `receive`): "The plan drew sharp criticism from the mayor", "Lee has the support of most farmers",
 * "Lee is receiving more support from young voters". The speaker follows "from" (or "of" after an article);
 * what the speaker talks about is the subject of the verb (a reported claim). Without a named speaker ("The
 * plan drew criticism") there is no claim.
 */

/** Whether the word at k opens an infinitive after "to": a lower-case word that is no article, pronoun or number. */
export function infinitive(c: Ctx, k: number): boolean {
  return isWord(c, k) && !isCap(c, k) && !/\d/.test(raw(c, k)) && !cls(c, 'det', k) && !cls(c, 'quant', k) && !cls(c, 'pron', k) && !cls(c, 'prep', k) && !/['’]s$/.test(raw(c, k));
}

/** A cue noun at i: tries "<subject> <receive verb> (the) (up to two adjectives) <noun> from/of <speaker>". */
export function receivedCue(c: Ctx, si: number, i: number, sA: number, sB: number): boolean {
  const lex = nounLexicon();
  const noun = lex.nouns.get(w(c, i));
  if (!noun?.frames.has('+from')) return false;
  let v = i - 1;
  while (v > sA && i - v <= 3 && !lex.receive.has(w(c, v)) && isWord(c, v) && !isCap(c, v) && !lex.possessive.has(w(c, v)) && !cls(c, 'prep', v) && !cls(c, 'sub', v) && !cls(c, 'coord', v) && !cls(c, 'aux', v)) v--;
  if (v <= sA || !lex.receive.has(w(c, v)) || c.inQuote[v]! >= 0) return false;
  const prep = w(c, i + 1);
  // "of" names the speaker only after an article ("has the support of X"; "support of the bill" is a topic).
  if (!(prep === 'from' || (prep === 'of' && cls(c, 'det', v + 1)))) return false;
  const e = npForward(c, i + 2, sB + 1);
  if (e < 0) return false;
  let a = v;
  while (a > sA && v - a < 60 && !isBoundary(c, a - 1)) a--;
  const subj = a < v ? subjectBefore(c, a, v) : null;
  if (!subj || cls(c, 'relative', subj[0])) return false;
  // Auxiliaries and adverbs before the verb belong to the cue: "has quickly drawn criticism from".
  let b = v;
  while (b - 1 > subj[1] && (cls(c, 'aux', b - 1) || cls(c, 'adv', b - 1) || /^[a-z]+ly$/.test(raw(c, b - 1)))) b--;
  const source: [number, number] = [i + 2, e];
  if (!unused(c, subj[0], subj[1]) || !unused(c, b, e)) return false;
  for (let k = b; k <= e; k++) c.used[k] = 1;
  for (let k = subj[0]; k <= subj[1]; k++) c.used[k] = 1;
  addClaim(c, { kind: 'reported', content: [subj], cue: [[b, i + 1]], source, resolved: null, stance: noun.stance, rule: 'noun-received', sentence: si });
  return true;
}

/** Particles and prepositions between a verb and a possessive that belong to the cue ("toned down his criticism of", "unanimous in their condemnation of"). */
const PARTICLE = /^(up|down|upon|on|off|out|back|in)$/;
/** A possessive pronoun and the subject pronoun it agrees with. */
const AGREES: Record<string, RegExp> = { his: /^he$/, her: /^she$/, their: /^they$/, its: /^it$/, our: /^we$/, my: /^i$/ };

/**
 * "Sanders has toned down his criticism of Clinton", "Republicans were unanimous in their condemnation of X":
 * a possessive pronoun after the verb of its clause points back to the subject, which is the speaker; the cue
 * runs from the verb (with its auxiliaries) through the noun. A pronoun subject must agree with the possessive;
 * a verb of saying takes someone else's words ("She mocked his claim") and is left to the verb rules.
 * Returns [source, cue start] or null.
 */
export function ownerSubject(c: Ctx, p: number, sA: number): { source: [number, number]; cueStart: number } | null {
  const agree = AGREES[w(c, p)];
  if (!agree || p - 1 <= sA) return null;
  let v = p - 1;
  if (PARTICLE.test(w(c, v)) && v - 1 > sA) v--;
  if (!isWord(c, v) || isCap(c, v) || c.inQuote[v]! >= 0 || cls(c, 'det', v) || cls(c, 'prep', v) || cls(c, 'sub', v) || cls(c, 'coord', v) || cls(c, 'pron', v) || cls(c, 'quant', v) || cls(c, 'aux', v) || cls(c, 'relative', v)) return null;
  const lex = nounLexicon();
  // A verb of saying (other than one that only introduces a quotation: "continued") takes someone else's words.
  const saying = cueForms(c, v).some((f) => c.lex.cueLemmas.get(f.lemma)?.frames.some((fr) => fr !== 'quote'));
  if (lex.nouns.has(w(c, v)) || lex.possessive.has(w(c, v)) || saying) return null;
  let a = v;
  while (a > sA && v - a < 60 && !isBoundary(c, a - 1)) a--;
  const subj = a < v ? subjectBefore(c, a, v) : null;
  if (!subj || cls(c, 'relative', subj[0])) return null;
  if (subj[0] === subj[1] && cls(c, 'pron', subj[0]) && !agree.test(w(c, subj[0]))) return null;
  let b = v;
  while (b - 1 > subj[1] && (cls(c, 'aux', b - 1) || cls(c, 'werden', b - 1) || cls(c, 'adv', b - 1) || /^[a-z]+ly$/.test(raw(c, b - 1)) || w(c, b - 1) === 'not')) b--;
  return { source: subj, cueStart: b };
}
