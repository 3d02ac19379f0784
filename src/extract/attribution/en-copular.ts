import { readSetTable, readTable } from '../../lang/lexicon.js';
import type { Stance } from '../types.js';
import { addClaim, cls, is, isBoundary, isComma, isWord, pronounResolution, raw, sentenceRange, trim, unused, w, type Ctx } from './context.js';
import { adverbAt, lowerLy } from './en-cues.js';
import { topicEnd } from './en-nouns.js';
import { contractedLink, linkStart } from './en-short-frames.js';
import { npForward } from './phrases.js';
import type { VerbSite } from './rules.js';

/**
 * English stance frames after a linking verb that take a preposition or an infinitive, not a clause:
 * "X is opposed to C", "X is in favor of C", "X is against C", "X has been vocal about C", "X are evenly split on
 * whether C", "X is eager to C". The subject holds the stance; the cue is the verb group with the adjective (or
 * prepositional phrase) and its preposition; the content is the topic after it (for an infinitive: "to C", as
 * the infinitive is what the subject wants). The phrases are data (src/lang/en/cue-stance-adjectives.tsv). One
 * pass over each sentence, called from the continuation hook after the adjective frames of en-short-frames.ts.
 */

interface Frame {
  /** The words of the phrase after its first one ("in favor": ["favor"]). */
  rest: string[];
  /** Prepositions after the phrase that join the cue. */
  preps: Set<string>;
  /** Whether an infinitive may follow ("eager to C"). */
  infinitive: boolean;
  /** Whether the phrase ends in its own preposition ("against C"). */
  self: boolean;
  stance: Stance;
}

let frames: Map<string, Frame[]> | null = null;

function lexicon(): Map<string, Frame[]> {
  if (frames) return frames;
  frames = new Map();
  for (const [phrase, follow, stance] of readTable(new URL('../../lang/en/cue-stance-adjectives.tsv', import.meta.url))) {
    const [first, ...rest] = phrase!.split(' ');
    const parts = follow!.split('|');
    const f: Frame = { rest, preps: new Set(parts.filter((p) => p !== 'to+' && p !== '-')), infinitive: parts.includes('to+'), self: parts.includes('-'), stance: stance as Stance };
    const list = frames.get(first!) ?? [];
    list.push(f);
    frames.set(first!, list);
  }
  return frames;
}

/** Words that open a clause as the topic ("are split on whether C"): the topic runs to a comma or the sentence end. */
const WH = /^(whether|how|what|who|whom|why|when|where|which|if)$/;

/** The end of the topic starting at s: a clause after a wh-word up to a comma or semicolon, else a noun phrase (topicEnd). */
function topicFrom(c: Ctx, s: number, sB: number, clause: boolean): [number, number] | null {
  let e = s;
  if (clause || WH.test(w(c, s))) {
    while (e + 1 <= sB && !(c.inQuote[e + 1]! < 0 && (isComma(c, e + 1) || is(c, e + 1, ';', '–', '—')))) e++;
  } else {
    e = topicEnd(c, s - 1, sB);
  }
  const t = trim(c, s, e);
  return t && isWord(c, t[0]) && unused(c, t[0], t[1]) ? t : null;
}

/** Copular stance frames in sentence si ("X is opposed to C", "X is eager to C"). */
export function copularFrames(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  const lex = lexicon();
  for (let i = sA + 1; i < sB; i++) {
    const list = lex.get(w(c, i));
    if (!list || c.used[i] || c.inQuote[i]! >= 0 || !/^[a-z]+$/.test(raw(c, i))) continue;
    for (const f of list) if (frameAt(c, si, i, f, sA, sB)) break;
  }
}

/**
 * From the verb rules, before the passive and hedge rule: a participle of a cue verb that is a stance adjective
 * ("X is opposed to C", "X were divided over C"), or "seem"/"appear" before one ("X seemed eager to C"), makes the
 * frame's claim instead of a passive or a source-less hedge. True when a claim was made.
 */
export function copularParticiple(c: Ctx, site: VerbSite): boolean {
  const { v, si, sA, sB } = site;
  if (passiveFrame(c, site)) return true;
  let i = v;
  if (site.info.frames.includes('hedge')) {
    i = v + 1;
    while (i < sB && adverbAt(c, i)) i++;
  }
  const list = lexicon().get(w(c, i));
  if (!list || c.inQuote[i]! >= 0 || !/^[a-z]+$/.test(raw(c, i))) return false;
  return list.some((f) => frameAt(c, si, i, f, sA, sB, true));
}

function frameAt(c: Ctx, si: number, i: number, f: Frame, sA: number, sB: number, cueTaken = false): boolean {
  let last = i;
  for (const word of f.rest) if (w(c, ++last) !== word) return false;
  let cueEnd = -1;
  let start = -1;
  let clause = false;
  const next = w(c, last + 1);
  if (f.self) [cueEnd, start] = [last, last + 1];
  else if (f.preps.has(next)) [cueEnd, start] = [last + 1, last + 2];
  else if (f.infinitive && next === 'to' && isWord(c, last + 2) && !cls(c, 'det', last + 2) && !cls(c, 'pron', last + 2)) [cueEnd, start, clause] = [last, last + 1, true];
  if (start < 0 || start > sB || c.inQuote[start]! >= 0) return false;
  const cueA = linkStart(c, i, sA);
  const contracted = cueA >= 0 && contractedLink(c, cueA);
  if (cueA <= sA && !contracted) return false;
  const subjEnd = cueA - 1;
  if (!contracted && (isBoundary(c, subjEnd) || isComma(c, subjEnd) || /^(it|there|this|that)$/.test(w(c, subjEnd)))) return false;
  const source: [number, number] | null = contracted ? [cueA, cueA] : c.rules.subjectBefore(c, sA, subjEnd + 1);
  if (!source || (!contracted && source[1] !== subjEnd) || !unused(c, source[0], source[1]) || (!cueTaken && !unused(c, cueA, cueEnd))) return false;
  const content = topicFrom(c, start, sB, clause);
  if (!content) return false;
  for (let k = cueA; k <= cueEnd; k++) c.used[k] = 1;
  addClaim(c, { kind: 'reported', content: [content], cue: [[cueA, cueEnd]], source, resolved: pronounResolution(c, source, si), stance: f.stance, rule: 'copular-stance', sentence: si });
  return true;
}

let passives: Map<string, Set<string>> | null = null;

function passiveLexicon(): Map<string, Set<string>> {
  passives ??= readSetTable(new URL('../../lang/en/cue-passive-frames.tsv', import.meta.url), '|');
  return passives;
}

/** Words that may stand inside a passive verb group besides -ly adverbs ("is best known", "are both seen", "has long been seen"). */
const INNER = /^(best|both|all|also|still|perhaps|now|often|long|even|most|more|less|already|once|well|always|sometimes|mostly)$/;

/** A modal or "to" before the verb group: "can be seen as", "could have been seen as", "to be viewed as" weigh a judgement. */
const modalOrTo = (c: Ctx, k: number) => cls(c, 'modal', k) || /^(to|being)$/.test(w(c, k));

/**
 * From the verb rules: a finite passive of judging or naming with its preposition (cue-passive-frames.tsv):
 * "X is widely seen as Y", "X is best known for Y", "X was charged with Y" (nobody named judges: unattributed), "X
 * was seen by Z as Y" (Z judges, the agent cut before the preposition). The content is the subject and the phrase
 * after the preposition up to a comma; the cue is the verb group and the preposition. Not after a modal or "to
 * be", nor negated ("X has never been charged with Y"). True when a claim was made.
 */
function passiveFrame(c: Ctx, site: VerbSite): boolean {
  const { v, sA, sB, si, limit, info } = site;
  const preps = passiveLexicon().get(w(c, v));
  if (!preps) return false;
  const inner = (k: number) => cls(c, 'adv', k) || INNER.test(w(c, k)) || lowerLy(c, k);
  let aux = v - 1;
  while (aux > sA && inner(aux)) aux--;
  if (!/^(is|are|was|were|been|am|['’]s|['’]re)$/.test(w(c, aux))) return false;
  let cueA = aux;
  while (cueA - 1 > sA && (cls(c, 'aux', cueA - 1) || cls(c, 'werden', cueA - 1) || cls(c, 'neg', cueA - 1) || inner(cueA - 1) || modalOrTo(c, cueA - 1))) cueA--;
  for (let k = cueA; k < v; k++) if (modalOrTo(c, k) || cls(c, 'neg', k) || /^(never|not|n't|n’t)$/.test(w(c, k))) return false;
  const subj = c.rules.subjectBefore(c, sA, cueA);
  if (!subj || subj[1] !== cueA - 1 || !unused(c, subj[0], subj[1]) || /^(it|there|this|that|what)$/.test(w(c, subj[1]))) return false;
  // A denied act is none: "Neither X nor Y have been charged with Z", "No one was charged with Z".
  if (/^(neither|no|none|nobody)$/.test(w(c, subj[0]))) return false;
  let p = v + 1;
  let source: [number, number] | null = null;
  if (w(c, p) === 'by') {
    const e = npForward(c, v + 2, limit);
    let cut = -1;
    for (let k = v + 3; k <= e + 1 && cut < 0; k++) if (preps.has(w(c, k))) cut = k - 1;
    if (cut < v + 2) return false;
    source = [v + 2, cut];
    p = cut + 1;
  }
  if (!preps.has(w(c, p)) || c.inQuote[p]! >= 0) return false;
  const rest = topicFrom(c, p + 1, sB, true);
  if (!rest) return false;
  for (let k = cueA; k <= v; k++) c.used[k] = 1;
  c.used[p] = 1;
  const content = [subj, rest];
  const cue = p === v + 1 ? [[cueA, p]] : [[cueA, v], [p, p]];
  if (source) addClaim(c, { kind: 'reported', content, cue, source, resolved: pronounResolution(c, source, si), stance: info.stance, rule: 'passive-frame-agent', sentence: si });
  else addClaim(c, { kind: 'unattributed', content, cue, source: null, resolved: null, stance: info.stance, rule: 'passive-frame', sentence: si });
  return true;
}

/**
 * Semi-modal passives that state an obligation or the odds, not what anyone says: "X is supposed to C" (X ought
 * to), "X is favored to win" (X will likely win). No cue (called from the English notACue).
 */
export function semiModal(c: Ctx, v: number): boolean {
  if (!/^(supposed|favored|favoured)$/.test(w(c, v)) || w(c, v + 1) !== 'to') return false;
  let aux = v - 1;
  while (aux > 0 && (cls(c, 'adv', aux) || cls(c, 'neg', aux) || lowerLy(c, aux))) aux--;
  return cls(c, 'werden', aux) || /^(is|are|was|were|be|been|being|am|['’]s|['’]re)$/.test(w(c, aux));
}
