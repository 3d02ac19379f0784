import { readSetTable, readTable } from '../../lang/lexicon.js';
import { addClaim, cls, cueForms, is, isBoundary, isWord, pronounResolution, trim, unused, w, type Ctx } from './context.js';
import { adverbAt } from './en-cues.js';
import { npForward } from './phrases.js';
import { numberAgentEnd } from './en-relspeaker.js';
import type { VerbSite } from './rules.js';

/**
 * Passives of acts (round twelve, spec 2). PolNeAR counts an act told in the passive as an attribution: "The bill
 * was signed into law by Obama" (agent = source, the verb group = cue, the subject and what it was made = message),
 * and an act announced without its actor too: "The plan was announced on Monday", "Smith was named chairman of
 * the committee" (no source). Called from the English passive rule (en.ts passiveCue) with the subject found.
 */

let agentless: Map<string, string> | null = null;

/** Participles whose agentless passive still reports an act or a naming (src/lang/en/passive-acts.tsv). */
function agentlessActs(): Map<string, string> {
  agentless ??= new Map(readTable(new URL('../../lang/en/passive-acts.tsv', import.meta.url)).map(([p, kind]) => [p!, kind ?? 'act']));
  return agentless;
}

/** Whether the act verb at v is a passive participle: after a form of "be" (past adverbs: "was formally nominated"). */
export function passiveParticiple(c: Ctx, v: number): boolean {
  let k = v - 1;
  while (k > 0 && adverbAt(c, k)) k--;
  return k >= 0 && k < v && cls(c, 'werden', k) && /(?:ed|en|wn)$/.test(w(c, v));
}

/**
 * A short phrase between the participle and its agent: "was signed into law by", "was appointed to the Supreme
 * Court by", "was nominated to the bench in 2010 by". Returns the index of "by" (-1: none) — words and numbers
 * only, at most eight, opening with a preposition or a time, and no cue word or clause word among them.
 */
export function agentAfterPhrase(c: Ctx, v: number, sB: number): number {
  const p = v + 1;
  if (p > sB || !(cls(c, 'prep', p) || w(c, p) === 'to' || c.inTime[p]) || w(c, p) === 'by') return -1;
  for (let k = p; k <= sB && k - p <= 8; k++) {
    if (w(c, k) === 'by' && k > p && !c.inTime[k]) return k;
    if (!(isWord(c, k) || c.toks[k]!.kind === 'number') || cueForms(c, k).length > 0 || cls(c, 'sub', k) || cls(c, 'relative', k) || cls(c, 'coord', k) || cls(c, 'werden', k) || cls(c, 'aux', k)) return -1;
  }
  return -1;
}

/** The phrase from p up to a time, a clause boundary or the agent's "by" (the part of the message after the participle). */
function phraseUpTo(c: Ctx, p: number, end: number): [number, number] | null {
  let e = p + 1;
  while (e <= end && !c.inTime[e] && !isBoundary(c, e) && !is(c, e, '.', '!', '?', '(', ')') && w(c, e) !== 'by' && !cls(c, 'sub', e) && !cls(c, 'relative', e) && !cls(c, 'coord', e) && e - p < 14) e++;
  return e > p ? trim(c, p, e - 1) : null;
}

/**
 * "X was signed into law by Y", "X was nominated to the bench in 2010 by Y": the passive rule reads an agent
 * right after the participle; this one reads it after a short phrase, which joins the message (the time does
 * not). True when a claim was made.
 */
export function passiveAgentAfterPhrase(c: Ctx, site: VerbSite, subj: [number, number]): boolean {
  const { v, sB, si, limit, cue, info } = site;
  const by = agentAfterPhrase(c, v, sB);
  // "a study being released on Tuesday by X shows …": a participle clause inside the subject is no statement.
  if (by < 0 || !unused(c, subj[0], subj[1]) || w(c, cue[0]![0]!) === 'being') return false;
  const e = Math.max(npForward(c, by + 1, limit), numberAgentEnd(c, by + 1, limit));
  if (e < 0) return false;
  const mid = phraseUpTo(c, v + 1, by - 1);
  const content = mid && unused(c, mid[0], mid[1]) ? [subj, mid] : [subj];
  addClaim(c, { kind: 'reported', content, cue, source: [by + 1, e], resolved: pronounResolution(c, [by + 1, e], si), stance: info.stance, rule: 'passive-agent', sentence: si });
  return true;
}

/**
 * "The plan was announced on Monday", "Smith was named chairman of the committee", "who was formally nominated
 * as Mr. Trump's running mate": an act in the agentless passive is an attribution without a source. The message is
 * the subject and the participle's complement (a noun phrase, or "as"/"for"/"to" and one; a time is left out);
 * the cue is the verb group. Not in an infinitive ("declined to be named") nor after "there"/"what". True when a
 * claim was made.
 */
export function agentlessAct(c: Ctx, site: VerbSite): boolean {
  const { v, sA, sB, si, info } = site;
  if (!agentlessActs().has(w(c, v)) || w(c, v + 1) === 'after') return false;
  // The verb group: auxiliaries, modals and adverbs before the participle ("will soon be named", "was being formally nominated").
  let cueA = v;
  const inGroup = (k: number) => cls(c, 'aux', k) || cls(c, 'werden', k) || cls(c, 'neg', k) || cls(c, 'modal', k) || INNER.test(w(c, k)) || (adverbAt(c, k) && !cls(c, 'quant', k) && !cls(c, 'det', k) && !/^(all|both|each)$/.test(w(c, k)));
  while (cueA - 1 > sA && inGroup(cueA - 1)) cueA--;
  if (w(c, cueA - 1) === 'to' || w(c, cueA) === 'to' || w(c, cueA) === 'being' || (cueA < site.cue[0]![0]! && !unused(c, cueA, site.cue[0]![0]! - 1))) return false;
  // A relative pronoun is the subject of its clause ("the show, which was nominated for an Emmy").
  // A condition states no act: "If the figures are confirmed, …".
  if (/^(if|unless|whether|until|once)$/.test(w(c, clauseOpening(c, cueA, sA)))) return false;
  const subj: [number, number] | null = /^(who|which|that)$/.test(w(c, cueA - 1)) ? [cueA - 1, cueA - 1] : c.rules.subjectBefore(c, sA, cueA);
  if (!subj || subj[1] !== cueA - 1 || !unused(c, subj[0], subj[1]) || (subj[0] === subj[1] && /^(there|what)$/.test(w(c, subj[0])))) return false;
  let p = v + 1;
  while (p <= sB && c.inTime[p]) p++;
  const n = w(c, p);
  const quoted = c.toks[p]?.kind === 'quote' && c.toks[p]!.role === 'open';
  const takes = p <= sB && (quoted || c.inQuote[p]! < 0) && (quoted || /^(as|for|to)$/.test(n) || cls(c, 'det', p) || (cls(c, 'prep', p) === false && isWord(c, p) && !cls(c, 'adv', p) && !cls(c, 'aux', p) && !cls(c, 'werden', p) && !cls(c, 'sub', p) && !cls(c, 'coord', p) && !cls(c, 'relative', p) && cueForms(c, p).length === 0));
  const comp = takes ? phraseUpTo(c, p, sB) : null;
  if (!comp && agentlessActs().get(w(c, v)) === 'naming') return false;
  const content = comp && unused(c, comp[0], comp[1]) ? [subj, comp] : [subj];
  for (let k = cueA; k <= v; k++) c.used[k] = 1;
  addClaim(c, { kind: 'unattributed', content, cue: [[cueA, v]], source: null, resolved: null, stance: info.stance, rule: 'passive-act', sentence: si });
  return true;
}

/** Adverbs of time and manner inside a verb group that the word classes do not hold ("will soon be named"). */
const INNER = /^(soon|now|also|still|already|later|then|once|never|not|first|finally|eventually|just|since)$/;

let objects: Map<string, Set<string>> | null = null;

/** Act verbs that are acts only on some objects (src/lang/en/act-objects.tsv): "passed a bill", not "passed the ball". */
function actObjects(): Map<string, Set<string>> {
  objects ??= readSetTable(new URL('../../lang/en/act-objects.tsv', import.meta.url), ' ');
  return objects;
}

/**
 * Whether the act verb at v (object from n) is one that acts only on certain objects and its object is none of
 * them: "The House passed a bill that would …" and "the legislature passed its own religious-freedom law" are acts,
 * "passed the ball", "passed the House", "passed three background checks" are not. The object's head is the
 * last word of its noun phrase (or a word of it before a participle or relative clause: "a bill restricting").
 */
export function wrongObject(c: Ctx, v: number, n: number): boolean {
  const lemmas = restricted(c, v);
  if (lemmas.length === 0) return false;
  const e = npForward(c, n, c.sents[c.sentOf[v]!]!.endToken);
  for (let k = n; k <= Math.max(e, n) && k - n < 8; k++) if (lemmas.some((l) => actObjects().get(l)!.has(w(c, k)))) return false;
  return true;
}


const restricted = (c: Ctx, v: number): string[] => cueForms(c, v).map((f) => f.lemma).filter((l) => actObjects().has(l));

/**
 * Whether the act verb at v is a passive participle that the passive rules read ("was signed by", "was
 * announced"); a verb that is an act only on certain objects is one only in the active, with its object ("was
 * passed" names no object to check).
 */
export function passiveAct(c: Ctx, v: number): boolean {
  return passiveParticiple(c, v) && restricted(c, v).length === 0;
}

/** The first token of the clause that ends before k (after the last comma, semicolon or dash, or the sentence start). */
function clauseOpening(c: Ctx, k: number, sA: number): number {
  let a = k;
  while (a > sA && k - a < 30 && !isBoundary(c, a - 1)) a--;
  return a;
}
