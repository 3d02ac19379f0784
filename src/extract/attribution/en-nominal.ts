import { readTable } from '../../lang/lexicon.js';
import type { Stance } from '../types.js';
import { addClaim, cls, isBoundary, isCap, isWord, raw, trim, unused, w, type Ctx } from './context.js';
import { nounLexicon, topicEnd } from './en-nouns.js';
import { receiveVerbBefore } from './en-noun-frames.js';
import { npForward } from './phrases.js';

/**
 * English nominal attributions without a named speaker (src/lang/en/cue-nominal.tsv), tried after the noun
 * rules of en-nouns.ts found no speaker for a cue noun:
 * - a stance noun that opens its sentence with its topic: "Support for the plan has grown", "Opposition to the
 *   deal is rising", "Calls for his resignation grew" — people unnamed hold it: an unattributed claim whose
 *   content is the topic (cue: the noun and its preposition);
 * - a noun received with its reason: "Cruz faced criticism for his loans" (no "from X": that is the noun rule's);
 * - "a self-described socialist", "as an independent and self-described socialist": the adjective is the cue and
 *   the noun phrase it modifies what the person calls himself. After "the" the phrase only refers to someone
 *   ("the self-described socialist said …") and makes no claim.
 */

interface NominalLexicon {
  subject: ReadonlySet<string>;
  /** Noun → the prepositions that introduce the reason. */
  reason: ReadonlyMap<string, ReadonlySet<string>>;
  self: ReadonlySet<string>;
}

let compiled: NominalLexicon | null = null;

function nominalLexicon(): NominalLexicon {
  if (compiled) return compiled;
  const sets: Record<string, Set<string>> = { subject: new Set(), self: new Set() };
  const reason = new Map<string, ReadonlySet<string>>();
  for (const [word, kind, preps] of readTable(new URL('../../lang/en/cue-nominal.tsv', import.meta.url))) {
    if (kind === 'reason') reason.set(word!, new Set((preps ?? 'for').split('|')));
    else sets[kind!]?.add(word!);
  }
  compiled = { subject: sets.subject!, reason, self: sets.self! };
  return compiled;
}

/** Determiners before a noun that refer to something known: the phrase names, it does not predicate. */
const DEFINITE = /^(the|this|that|these|those)$/;

/** The topic after the preposition at `after`, ending before a finite verb of the closed class ("Calls for his resignation [grew]"). */
function topic(c: Ctx, after: number, sB: number): [number, number] | null {
  let e = topicEnd(c, after, sB);
  for (let k = after + 2; k <= e; k++) if (cls(c, 'verb', k)) e = k - 1;
  return trim(c, after + 1, e);
}

/** Adds an unattributed claim with cue [a, b] and the given content when all its tokens are free. */
function unattributed(c: Ctx, si: number, a: number, b: number, content: [number, number] | null, stance: Stance, rule: string): boolean {
  if (!content || !isWord(c, content[0]) || !unused(c, a, b) || !unused(c, content[0], content[1])) return false;
  if (content[0] === content[1] && (cls(c, 'pron', content[0]) || cls(c, 'det', content[0]))) return false;
  for (let k = a; k <= b; k++) c.used[k] = 1;
  addClaim(c, { kind: 'unattributed', content: [content], cue: [[a, b]], source: null, resolved: null, stance, rule, sentence: si });
  return true;
}

/** "Support for X has grown": the noun at i opens its sentence (after at most an article and one adjective). */
function subjectTopic(c: Ctx, si: number, i: number, sA: number, sB: number): boolean {
  const noun = nounLexicon().nouns.get(w(c, i));
  const prep = w(c, i + 1);
  if (!noun || !noun.frames.has(prep) || prep === 'that' || !nominalLexicon().subject.has(w(c, i))) return false;
  let k = i - 1;
  if (k >= sA && isWord(c, k) && (!isCap(c, k) || k === sA) && !cls(c, 'det', k) && !cls(c, 'quant', k) && !cls(c, 'prep', k) && !cls(c, 'sub', k) && !cls(c, 'coord', k)) k--;
  if (k >= sA && /^(the|these|growing|widespread)$/.test(w(c, k))) k--;
  if (k >= sA && !(k === sA && cls(c, 'coord', k))) return false;
  return unattributed(c, si, i, i + 1, topic(c, i + 1, sB), noun.stance, 'noun-subject-topic');
}

/** "Cruz faced criticism for his loans": a receive verb, the noun, its preposition ("for", "over") and the reason. */
function receivedReason(c: Ctx, si: number, i: number, sA: number, sB: number): boolean {
  const noun = nounLexicon().nouns.get(w(c, i));
  if (!noun || !nominalLexicon().reason.get(w(c, i))?.has(w(c, i + 1))) return false;
  const v = receiveVerbBefore(c, i, sA);
  // "had no such praise for X": after "have" the subject gives what the noun names.
  if (v < 0 || c.inQuote[v]! >= 0 || /^(has|have|had|having)$/.test(w(c, v))) return false;
  return unattributed(c, si, i, i + 1, topic(c, i + 1, sB), noun.stance, 'noun-received-reason');
}

/** "a self-described socialist": the adjective at i and the noun phrase after it. */
function selfDescribed(c: Ctx, si: number, i: number, sA: number, sB: number): boolean {
  if (!nominalLexicon().self.has(w(c, i)) || (i > sA && DEFINITE.test(w(c, i - 1)))) return false;
  // With "a", the phrase predicates only as an apposition, after a copula, "as" or "and" ("Smith, a self-described
  // X", "He is a self-described X"); as an object it only refers ("a campaign against a self-described X").
  const a = i - 1;
  if (a > sA && /^(a|an)$/.test(w(c, a)) && !(isBoundary(c, a - 1) || cls(c, 'coord', a - 1) || /^(as|is|was|are|were|be|been|remains|remained|became)$/.test(w(c, a - 1)))) return false;
  let e = npForward(c, i + 1, sB + 1);
  if (e < 0) return false;
  // The noun phrase ends before a clause boundary or a relative clause ("a self-described housewife who …").
  for (let k = i + 1; k <= e; k++) if (isBoundary(c, k) || cls(c, 'relative', k)) e = Math.min(e, k - 1);
  if (e < i + 1 || !/[a-z]/i.test(raw(c, e))) return false;
  return unattributed(c, si, i, i, [i + 1, e], 'assert', 'self-described');
}

/** A nominal attribution without a named speaker at token i; true when a claim was made. */
export function nominalCue(c: Ctx, si: number, i: number, sA: number, sB: number): boolean {
  if (c.inQuote[i]! >= 0 || c.used[i]) return false;
  return subjectTopic(c, si, i, sA, sB) || receivedReason(c, si, i, sA, sB) || selfDescribed(c, si, i, sA, sB);
}
