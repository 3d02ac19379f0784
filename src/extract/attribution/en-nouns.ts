import { readTable } from '../../lang/lexicon.js';
import { pastTimeAdjunct } from './en-verb-frames.js';
import type { Stance } from '../types.js';
import { addClaim, cls, hasClaimIn, is, isBoundary, isCap, isComma, isWord, kindOf, pronounResolution, raw, sentenceRange, trim, unused, w, type Ctx } from './context.js';
import { npForward } from './phrases.js';
import { listenerThat } from './en-noun-copula.js';
import { commaParticipleSubject, infinitive, ownerSubject, receivedCue, roleCue, unattributedNoun, verbSubject } from './en-noun-frames.js';
import { lacksObject } from './en-noun-clauses.js';

/**
 * English noun cues (src/lang/en/cue-nouns.tsv): a noun that names what someone says, believes or wants, tied
 * to its speaker by a possessive ("Trump’s claim that …", "his criticism of …"), by "by/from X" ("the
 * allegation by X that …") or as the object of a light verb ("X made the claim that …", "X voiced support
 * for …"). A that-clause after the noun is the content (indirect); a topic after its preposition ("of", "for",
 * "on", "to", "about") is what the speaker talks about (reported). A noun without a speaker makes no claim
 * ("the report’s author", "a claim that circulated online").
 */

export interface NounLexicon {
  nouns: Map<string, { stance: Stance; frames: ReadonlySet<string> }>;
  possessive: ReadonlySet<string>;
  light: ReadonlySet<string>;
  by: ReadonlySet<string>;
  document: ReadonlySet<string>;
  /** Verbs whose subject receives what the noun names from its speaker ("drew criticism from X"). */
  receive: ReadonlySet<string>;
  /** Nouns and adjectives for someone's stance towards a topic after "of" ("a supporter of", "critical of"). */
  role: Map<string, Stance>;
  /** The `clause` and `copula` rows in file order: nouns with a that-clause (en-noun-clauses.ts) or after a copula (en-noun-copula.ts). */
  clauseRows: ReadonlyArray<{ word: string; kind: 'clause' | 'copula'; stance: Stance; frames: ReadonlySet<string> }>;
  /** Every noun form of the table (kinds noun, document, clause, copula): "reports", "plans", "claims". */
  nounForms: ReadonlySet<string>;
}

let compiled: NounLexicon | null = null;

export function nounLexicon(): NounLexicon {
  if (compiled) return compiled;
  const nouns = new Map<string, { stance: Stance; frames: ReadonlySet<string> }>();
  const possessive = new Set<string>();
  const light = new Set<string>();
  const by = new Set<string>();
  const document = new Set<string>();
  const receive = new Set<string>();
  const role = new Map<string, Stance>();
  const nounForms = new Set<string>();
  const clauseRows: { word: string; kind: 'clause' | 'copula'; stance: Stance; frames: ReadonlySet<string> }[] = [];
  for (const [word, kind, stance, frames] of readTable(new URL('../../lang/en/cue-nouns.tsv', import.meta.url))) {
    if (kind === 'noun' || kind === 'document' || kind === 'clause' || kind === 'copula') nounForms.add(word!);
    if (kind === 'noun') nouns.set(word!, { stance: (stance ?? 'assert') as Stance, frames: new Set((frames ?? 'that').split('|')) });
    else if (kind === 'possessive') possessive.add(word!);
    else if (kind === 'light') light.add(word!);
    else if (kind === 'by') by.add(word!);
    else if (kind === 'document') document.add(word!);
    else if (kind === 'receive') receive.add(word!);
    else if (kind === 'role') role.set(word!, (stance ?? 'assert') as Stance);
    else if (kind === 'clause' || kind === 'copula') clauseRows.push({ word: word!, kind, stance: (stance ?? 'assert') as Stance, frames: new Set((frames ?? '').split('|')) });
  }
  compiled = { nouns, possessive, light, by, document, receive, role, clauseRows, nounForms };
  return compiled;
}

const POSSESSIVE_S = /['’]s$|s['’]$/;

/** A pre-modifier between the speaker and the noun: "Trump’s [repeated] claims", "his [latest] remarks". */
export function modifier(c: Ctx, k: number): boolean {
  return isWord(c, k) && !isCap(c, k) && !POSSESSIVE_S.test(raw(c, k)) && !cls(c, 'det', k) && !cls(c, 'quant', k) && !cls(c, 'prep', k) && !cls(c, 'sub', k) && !cls(c, 'coord', k) && !cls(c, 'aux', k) && !cls(c, 'werden', k);
}

/** The speaker whose possessive ends at k ("Donald Trump’s", "the senator’s", "his"), or null. */
export function possessor(c: Ctx, k: number, sA: number, lex: NounLexicon): [number, number] | null {
  if (lex.possessive.has(w(c, k))) return [k, k];
  if (!POSSESSIVE_S.test(raw(c, k)) || !isWord(c, k)) return null;
  let s = k;
  while (s - 1 >= sA && (isCap(c, s - 1) || (is(c, s - 1, '.') && isCap(c, s - 2))) && !cls(c, 'sub', s - 1) && !cls(c, 'det', s - 1) && !isBoundary(c, s - 1)) s--;
  if (s - 1 >= sA && /^(the|a|an)$/.test(w(c, s - 1))) s--;
  else if (s === k && !isCap(c, k)) return null;
  return [s, k];
}

/** Where the content after a that-clause's "that" at `start` ends: the sentence end, a semicolon or a spaced dash. */
function clauseEnd(c: Ctx, start: number, sB: number): number {
  for (let k = start; k <= sB; k++) if (c.inQuote[k]! < 0 && (is(c, k, ';', '—', '–') || (is(c, k, '-') && isBoundary(c, k)))) return k - 1;
  return sB;
}

/** The last token of a topic after the preposition at `after`: before a clause boundary, a subordinator or the
 * verb of the sentence ("… about the river were old"), and before a time that says when it was said. */
export function topicEnd(c: Ctx, after: number, sB: number): number {
  let e = after + 1;
  const verb = (k: number) => cls(c, 'aux', k) || cls(c, 'werden', k) || (/^[a-z]+ed$/.test(raw(c, k)) && k > after + 2);
  while (e <= sB && e - after < 25 && !isBoundary(c, e) && !is(c, e, '.', '!', '?') && !(cls(c, 'sub', e) && w(c, e) !== 'that') && !verb(e)) e++;
  // A time at the end is when it was said, not what ("support for the bill on Tuesday").
  e--;
  while (e > after + 1 && (c.inTime[e] || (cls(c, 'prep', e) && c.inTime[e + 1]))) e--;
  return e;
}

/** A topic ends before a token that an earlier claim holds: the main clause's cue or speaker after it ("Lee's
 * attack on Okafor | suggests she …", "his endorsement of Lund | to discuss …" where the verb is already read). */
function usedTopicEnd(c: Ctx, after: number, e: number): number {
  for (let k = after + 1; k <= e; k++) if (c.used[k]) return k - 1;
  return e;
}

/** A topic that opens with a quotation of the speaker's words ("his call for “a total ban” on …"): an opening mark and a word. */
function quotedTopic(c: Ctx, content: [number, number]): boolean {
  return content[1] > content[0] + 1 && is(c, content[0], '“', '"', '‘', "''", '``') && isWord(c, content[0] + 1);
}

/** Whether the cue word at v stands as the noun object of a light verb ("voiced support for", "made a claim"). */
export function afterLightVerb(c: Ctx, v: number): boolean {
  const lex = nounLexicon();
  const k = cls(c, 'det', v - 1) || cls(c, 'quant', v - 1) ? v - 2 : v - 1;
  return k >= 0 && lex.light.has(w(c, k)) && lex.nouns.has(w(c, v));
}

/** A cue noun after a light verb that takes a participle ("issued a statement praising X"): the participle is the noun's, no verb cue. */
export function lightNounParticiple(c: Ctx, k: number): boolean {
  return afterLightVerb(c, k) && nounLexicon().nouns.get(w(c, k))?.frames.has('+ing') === true;
}

/** A noun cue at i (called for each free token by the phrase rules); true when a claim was made. `end`: where a that-clause ends (en-noun-clauses.ts). */
export function nounCue(c: Ctx, si: number, i: number, end?: number): boolean {
  const lex = nounLexicon();
  const noun = lex.nouns.get(w(c, i));
  if (c.inQuote[i]! >= 0 || (isCap(c, i) && i > 0 && c.sents[si]!.firstToken !== i && !c.rules.titleCaseLine?.(c, si))) return false;
  const [sA, sB] = sentenceRange(c, si);
  if (!noun) return lex.role.has(w(c, i)) && roleCue(c, si, i, sA, sB);
  if (w(c, i + 1) === 'among') return false; // "has strong support among farmers": a late rule (en-noun-among.ts)
  // The speaker: a possessive before the noun (past up to three modifiers: "his unusually sharp public criticism of"), "by/from X" after it, or the subject of a light verb.
  let m = i - 1;
  // A light verb's form after an article is an adjective ("made a renewed call for"): a modifier, not the verb.
  while (m >= sA && i - m <= 3 && modifier(c, m) && (!lex.light.has(w(c, m)) || (m > sA && cls(c, 'det', m - 1)))) m--;
  // "X threw her support behind Y", "X voiced his concern that …": after a light verb the possessive points
  // back to the subject, which is the speaker (the light-verb branch below).
  const light = m > sA && lex.possessive.has(w(c, m)) && lex.light.has(w(c, m - 1));
  let source: [number, number] | null = m >= sA && !light ? possessor(c, m, sA, lex) : null;
  let cue: [number, number] = [m + 1, i];
  let after = i + 1;
  const owner = source && source[0] === source[1] && lex.possessive.has(w(c, m)) ? ownerSubject(c, m, sA) : null;
  if (owner) {
    source = owner.source;
    cue = [owner.cueStart, i];
  }
  if (!source && lex.by.has(w(c, i + 1)) && (cls(c, 'det', m) || m < sA || !isWord(c, m))) {
    const e = npForward(c, i + 2, sB + 1);
    if (e >= 0 && (w(c, e + 1) === 'that' || noun.frames.has(w(c, e + 1)))) {
      source = [i + 2, e];
      cue = [i, i + 1];
      after = e + 1;
    }
  }
  let verbSpeaker = false; // (the subject of a light verb: no noun phrase before the main verb)
  if (!source) {
    let v = m;
    if (v >= sA && (light || ((cls(c, 'det', v) || cls(c, 'quant', v)) && !lex.possessive.has(w(c, v))))) v--;
    if (v > sA && lex.light.has(w(c, v)) && c.inQuote[v]! < 0) {
      // Auxiliaries and adverbs before the light verb belong to the cue: "has recently made comments about".
      const vs = verbSubject(c, v, sA, true) ?? commaParticipleSubject(c, v, sA);
      if (vs) {
        source = vs.subj;
        cue = [vs.b, i];
        verbSpeaker = true;
      }
    }
  }
  if (!source) return receivedCue(c, si, i, sA, sB) || unattributedNoun(c, si, i, sB, (k) => Math.min(end ?? sB, clauseEnd(c, k, sB)));
  if (!unused(c, source[0], source[1]) || !unused(c, cue[0], cue[1])) return false;
  // "His view is that …": the copula joins the cue, the that-clause after it is the content.
  if (noun.frames.has('that') && after === cue[1] + 1 && /^(is|was|remains)$/.test(w(c, after)) && w(c, after + 1) === 'that') {
    cue[1] = after;
    after++;
  }
  if (noun.frames.has('that') && after === cue[1] + 1) after = listenerThat(c, after, sB); // "made the case to voters that …" (en-noun-copula.ts)
  after = pastTimeAdjunct(c, after, sB); // "comments on Sunday": a time is no topic (en-verb-frames.ts)
  const next = w(c, after);
  // ("Trump’s claim that he made was false": a pronoun and a verb without its object make a relative clause; en-noun-clauses.ts.)
  if (next === 'that' && noun.frames.has('that') && end === undefined && cls(c, 'pron', after + 1) && lacksObject(c, after + 1, sB, false)) return false;
  let content: [number, number] | null = null;
  let kind: 'indirect' | 'reported' = 'indirect';
  let cueEnd = cue[1];
  if (next === ':' && noun.frames.has('that') && after === i + 1) {
    // "Their argument: only the senate can act."
    content = trim(c, after + 1, clauseEnd(c, after + 1, sB));
    cueEnd = after;
  }
  if (!content && next === 'that' && noun.frames.has('that')) {
    // The caller's end, where given, already stops before the main verb (en-noun-clauses.ts).
    const bounded = end === undefined ? null : trim(c, after + 1, Math.min(end, clauseEnd(c, after + 1, sB)));
    content = bounded ?? trim(c, after + 1, clauseEnd(c, after + 1, sB));
    // A noun phrase that opens its clause is the subject: the main verb after the that-clause is not content
    // ("Clinton’s claim that the emails were personal was false": the clause ends before the last auxiliary).
    let first = Math.min(source[0], cue[0]);
    while (first > sA && cls(c, 'det', first - 1)) first--;
    if (!bounded && content && !verbSpeaker && (first === sA || isBoundary(c, first - 1))) {
      let aux = -1;
      let n = 0;
      for (let k = content[0]; k <= content[1]; k++) if (cls(c, 'aux', k) || cls(c, 'werden', k)) {
        n++;
        aux = k;
      }
      if (n >= 2) content = trim(c, content[0], aux - 1);
    }
  } else if (!content && ((noun.frames.has(next) && next !== 'that') || (next === 'to' && noun.frames.has('to+') && infinitive(c, after + 1)))) {
    // The topic: up to the end of its clause. An infinitive is the content with its "to" ("the council’s
    // decision to close the pier").
    const inf = next === 'to' && noun.frames.has('to+') && infinitive(c, after + 1);
    const e = usedTopicEnd(c, after, topicEnd(c, after, sB));
    content = trim(c, inf ? after : after + 1, e);
    kind = 'reported';
    if (!inf) cueEnd = after;
  }
  if (!content && noun.frames.has('+ing') && /^[a-z]+ing$/.test(raw(c, after)) && !c.used[after]) {
    // "The council issued a statement praising the crew": the participle joins the cue, its object is the content.
    content = trim(c, w(c, after + 1) === 'that' ? after + 2 : after + 1, clauseEnd(c, after + 1, sB));
    cueEnd = after;
  }
  // A topic may be a single word ("his remarks about Muslims"); a that-clause has at least two.
  const short = content !== null && content[0] === content[1] && (kind !== 'reported' || cls(c, 'pron', content[0]) || cls(c, 'det', content[0]) || cls(c, 'quant', content[0]));
  if (!content || content[1] < content[0] || short || !unused(c, content[0], content[1]) || !(isWord(c, content[0]) || (kind === 'reported' && quotedTopic(c, content)))) return false;
  // The cue runs from the noun (or the light verb) to the topic's preposition; "the claim by X that": two parts.
  const cueParts: number[][] = source[1] < cue[0] ? [[cue[0], cueEnd]] : [[cue[0], cue[1]], ...(cueEnd > cue[1] ? [[after, cueEnd]] : [])];
  for (const [a, b] of cueParts) for (let k = a!; k <= b!; k++) c.used[k] = 1;
  for (let k = source[0]; k <= source[1]; k++) c.used[k] = 1;
  addClaim(c, {
    kind: kind === 'reported' ? 'reported' : kindOf(c, [content]),
    content: [content],
    cue: cueParts,
    source,
    resolved: pronounResolution(c, source, si),
    stance: noun.stance,
    rule: kind === 'reported' ? 'noun-topic' : 'noun-that',
    sentence: si,
  });
  return true;
}

/**
 * "In a CNN poll, Clinton led by 24 points." / "In the letter, the mayors asked …": a sentence without a claim
 * that opens with "in" and a document or survey speaks for it — the noun phrase is the source, "in" the cue.
 */
export function documentOpening(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  let i = sA;
  if (cls(c, 'coord', i)) i++;
  if (w(c, i) !== 'in' || c.inQuote[i]! >= 0 || hasClaimIn(c, si)) return;
  let k = i + 1;
  while (k <= sB && k - i <= 8 && !isBoundary(c, k)) k++;
  if (!isComma(c, k) || k - 1 <= i + 1 || !nounLexicon().document.has(w(c, k - 1))) return;
  // The phrase holds words only (no verb of its own: "In saying the poll, …" is none).
  for (let j = i + 1; j < k; j++) if (!isWord(c, j) && !is(c, j, '.', '-', '/')) return;
  const content = trim(c, k + 1, sB);
  if (!content || content[1] - content[0] < 2 || !unused(c, i, content[1])) return;
  for (let j = i; j < k; j++) c.used[j] = 1;
  addClaim(c, { kind: kindOf(c, [content]), content: [content], cue: [[i, i]], source: [i + 1, k - 1], resolved: null, stance: 'assert', rule: 'document-opening', sentence: si });
}
