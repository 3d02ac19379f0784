import { cls, cueForms, is, isCap, isComma, isWord, lastSourced, raw, w, type Ctx } from './context.js';
import { infinitiveMarker, perfectOpeningComma } from './en-clause-edges.js';
import { contactRelativeSubject, forInfinitiveSubject, strandedTo } from './en-verb-frames.js';
import { leadingAdverbs, lowerLy, NOUNS_IN_LY } from './en-cues.js';
import { speakerOfSaidClause } from './en-adding.js';
import { articleOfNoun, pastCueVerb, sourceEarlierInSentence } from './en-verbtail.js';
import { leftConjunct } from './en-conjuncts.js';
import { participle } from './en-ing.js';
import { adjunctPreposition, openingAdjunctSubject, modifiedObject, withAbsolute } from './en-adjunct-ing.js';
import { nounPhraseStart, plainNoun, sayingClauseAfter } from './en-content2.js';
import { quoteThenParticiple, throughParticiple } from './en-cue-choice.js';
import { nicknameQuote, scareQuote } from './en-comment.js';
import { modifiersBefore, openingParticipleSubject } from './en-known.js';
import { pronounSpeaker } from './en-relspeaker.js';
import { absoluteSubject, countedNoun, participleObject } from './en-ing-forms.js';
import { bareObject, participleBeforeQuote, thoseHead } from './en-participle-mods.js';
import { descriptive, negatedAux } from './en-np.js';
import { npForward } from './phrases.js';
import { sinceInGroup } from './en-documents.js';
import { postModifiedSubject, subjectAfterOpening } from './en-np-end.js';
import { datelineEnd } from './en-preposed.js';
import { dashAsideSubject } from './en-dash-aside.js';
import { degreeStart, headlessRelativeSubject } from './en-sources.js';
import { serialSubject } from './en-serial.js';
import { sayingRelative, spentTimeVerb } from './en-edges.js';
import { frontedAdjunctsEnd } from './en-inversion.js';

/**
 * English: who speaks — the subject of a cue verb (moved out of en.ts in round twelve). `subjectBefore` finds the
 * speaker before a verb: a relative pronoun ("…, who said"), the noun phrase of a reduced relative ("calls saying
 * …"), the speaker of the clause before for a participle or a coordinated verb ("X said …, adding"), appositions
 * ("X, a spokesperson for Y, said"), else the phrase right before the verb (`subjectBeforeEn`). `mainSubject` is the
 * subject of the sentence's main clause.
 */
export function subjectBeforeEn(c: Ctx, a: number, v: number): [number, number] | null {
  // "A poll released Tuesday showed …": the speaker is the noun phrase with its participle (en-cue-choice.ts).
  const through = throughParticiple(c, a, v, subjectBeforeEn);
  if (through) return through;
  let e = v - 1;
  const lyAdverb = (k: number) => /ly$/.test(w(c, k)) && !isCap(c, k) && (cls(c, 'aux', k - 1) || cls(c, 'werden', k - 1));
  // A time or a manner adverb right after the speaker says when or how it was said, not who: "the senator on
  // Tuesday said", "Clinton immediately said" (a possessive before the -ly word makes it a noun: "Tom's family").
  const manner = (k: number) =>
    /ly$/.test(w(c, k)) && !isCap(c, k) && !NOUNS_IN_LY.test(w(c, k)) && k > a &&
    (cls(c, 'pron', k - 1) || (isCap(c, k - 1) && !cls(c, 'det', k - 1) && !/['’]s$/.test(raw(c, k - 1))));
  const when = (k: number) => c.inTime[k] === 1 || (cls(c, 'prep', k) && c.inTime[k + 1] === 1);
  while (e >= a && (cls(c, 'adv', e) || cls(c, 'aux', e) || cls(c, 'werden', e) || negatedAux(c, e) || lyAdverb(e) || manner(e) || when(e) || (e > a && lowerLy(c, e)) || sinceInGroup(c, e))) e--;
  if (e < a) return null;
  // "Okafor — a teacher from the port — says": the speaker before a dash-enclosed aside (en-dash-aside.ts).
  const dashed = dashAsideSubject(c, a, e, subjectBeforeEn);
  if (dashed) return dashed;
  let s = e;
  // A bracketed acronym or party after the name: "The World Food Programme (WFP) said".
  if (c.toks[e]!.kind === 'bracket' && c.toks[e]!.role === 'close') {
    let k = e - 1;
    while (k > a && e - k < 6 && !(c.toks[k]!.kind === 'bracket' && c.toks[k]!.role === 'open')) k--;
    if (k <= a || !(c.toks[k]!.kind === 'bracket' && c.toks[k]!.role === 'open') || !isWord(c, k - 1)) return null;
    s = k;
  }
  // Back over words of one phrase; a comma-enclosed apposition joins the phrase before it.
  while (s > a) {
    const prev = s - 1;
    if (isComma(c, prev)) {
      if (isComma(c, e + 1) || s === e + 1) break;
      break;
    }
    if (is(c, prev, '/', '&') && isWord(c, prev - 1)) {
      s = prev;
      continue;
    }
    const scare = scareQuote(c, prev, e);
    if (scare >= a) {
      s = scare;
      continue;
    }
    const nick = nicknameQuote(c, prev, s);
    if (nick >= a) {
      s = nick;
      continue;
    }
    // "…, and as the board noted, C": "as" after a coordinator opens the aside; the speaker starts after it.
    if (w(c, prev) === 'as' && prev - 1 >= a && /^(and|but|yet)$/.test(w(c, prev - 1))) break;
    // Coordinated speakers: "he and Brafman said", "Bush and his rivals have said", "Obama, Clinton and other Democrats want".
    if (/^(and|or)$/.test(w(c, prev))) {
      const left = leftConjunct(c, a, prev);
      if (left < 0) break;
      s = left;
      break;
    }
    if (!isWord(c, prev) || cls(c, 'sub', prev) || cls(c, 'relative', prev) || cls(c, 'coord', prev) || cueForms(c, prev).length > 0) break;
    // Verbs and their auxiliaries end the phrase: "… proof was contained in his written …", "rather than …".
    if (cls(c, 'aux', prev) || cls(c, 'werden', prev) || cls(c, 'verb', prev) || w(c, prev) === 'than' || (participle(c, prev) && !isCap(c, prev))) break;
    s = prev;
  }
  // A sentence adverb is no part of the speaker: "Naturally he said …".
  while (s < e && /ly$/.test(w(c, s)) && !isCap(c, s + 1) && cls(c, 'pron', s + 1)) s++;
  // … nor is a time or focus adverb before it: "now she", "then he", "Even an anti-Trump PAC", "This year Camil".
  s = pronounSpeaker(c, leadingAdverbs(c, s, e), e);
  // "The company that runs the reservoir … denied": the walk stopped at a relative pronoun; the speaker is the
  // phrase the relative clause belongs to, not the clause.
  if (s - 2 >= a && cls(c, 'relative', s - 1) && isWord(c, s - 2) && !cls(c, 'aux', s - 2) && cueForms(c, s - 2).length === 0) {
    const head = subjectBeforeEn(c, a, s - 1);
    if (head && (/^(the|a|an)$/.test(w(c, head[0])) || isCap(c, head[0]))) return head;
  }
  const degree = degreeStart(c, a, s); // "At least half of voters", "More than half of voters" (en-sources.ts)
  if (degree >= 0) return [degree, e];
  while (s < e && (cls(c, 'prep', s) && !/^(of)$/.test(w(c, s)))) return null;
  if (cls(c, 'prep', s) || cls(c, 'sub', s)) return null;
  return [s, e];
}

/**
 * The subject of the sentence's main clause, for a cue in a participle or infinitive clause ("…, saying",
 * "X continued to portray …"): the first noun phrase after a dateline ("WASHINGTON (AP) —") and after an
 * opening adverbial that a comma closes ("In response to …, X said").
 */
export function mainSubject(c: Ctx, v: number): [number, number] | null {
  const sA = c.sents[c.sentOf[v]!]!.firstToken;
  let s = sA;
  for (let k = sA; k < v && k - sA < 14; k++) if (is(c, k, '—', '–')) s = k + 1;
  // (A dateline that a spaced hyphen closes, too: "LINDHOLM, Norway - The mayor toured the pier, saying …".)
  if (s === sA) s = datelineEnd(c, sA, v - 1);
  if (cls(c, 'prep', s) || cls(c, 'sub', s) || participle(c, s)) {
    let k = s;
    while (k < v && !isComma(c, k)) k++;
    if (k >= v) return null;
    s = k + 1;
  }
  while (s < v && (cls(c, 'adv', s) || cls(c, 'coord', s))) s++;
  // (Past adjuncts fronted before the subject, each closed by a comma: "Still, Sanders …", "On Monday, the mayor …".)
  if (s < v && isComma(c, s) && s > sA) s++;
  s = frontedAdjunctsEnd(c, s, v);
  const e = npForward(c, s, v);
  return e >= s ? subjectAfterOpening(c, s, e, v) : null;
}

export function subjectBefore(c: Ctx, a: number, v: number): [number, number] | null {
  const rel = relativeSubject(c, a, v) ?? contactRelativeSubject(c, a, v, subjectBeforeEn) ?? forInfinitiveSubject(c, a, v) ?? postModifiedSubject(c, a, v) ?? absoluteSubject(c, a, v) ?? headlessRelativeSubject(c, a, v);
  if (rel) return rel;
  // "Okafor spent the day making claims": the time spent is no speaker; the subject of "spend" is (en-edges.ts).
  const spent = spentTimeVerb(c, a, v);
  if (spent >= 0) return subjectBefore(c, a, spent);
  // "calls saying …", "the Super PAC backing …": the noun phrase the participle belongs to (names, an article, a possessive).
  if (/ing$/.test(w(c, v)) && v - 1 >= a && reducedRelative(c, v - 1, v, true)) {
    let s = v - 1;
    while (s - 1 >= a && (isCap(c, s - 1) || cls(c, 'det', s - 1) || cls(c, 'quant', s - 1) || /['’]s$/.test(raw(c, s - 1)))) s--;
    const article = s === v - 1 ? articleOfNoun(c, s) : -1;
    s = article >= a ? article : modifiersBefore(c, s, a);
    return [nounPhraseStart(c, s, a), v - 1];
  }
  // "X suggested C, called her …": the next act on the speaker's list has the speaker of the claim before it.
  // (So does "X, in the wake of a poll showing C, told Fox News that …": the subject of the main clause.)
  // Only right after the statement before it (not after an apposition: "X, a spokesman, said").
  const before = isComma(c, v - 1) && pastCueVerb(c, v) ? c.claims.find((d) => !d.removed && d.source && d.content.at(-1)![1] === v - 2) : undefined;
  const listed = before ? mainSubject(c, v) ?? before.source : null;
  if (listed && listed[1] < v - 1) return listed;
  let p = v - 1;
  while (p > a && (cls(c, 'adv', p) || cls(c, 'aux', p) || negatedAux(c, p) || lowerLy(c, p))) p--;
  // "X arrived late and said …", "…, but then said": a verb after a coordinator shares the subject of the clause before it.
  if ((/ing$/.test(w(c, v)) && (isComma(c, p) || quoteThenParticiple(c, p) || p < a || MANNER_PREPOSITION.test(w(c, p)) || adjunctPreposition(c, p))) || (infinitiveMarker(c, v) >= 0 && !strandedTo(c, v)) || perfectOpeningComma(c, v, c.sents[c.sentOf[v]!]!.firstToken) >= 0 || (p >= a && p > c.sents[c.sentOf[v]!]!.firstToken && cls(c, 'coord', p))) {
    // The speaker of the sentence's claim so far ("X said …, adding …"), else the main clause's subject.
    const prev = lastSourced(c, c.sentOf[v]!, 0);
    if (prev?.source && prev.source[1] < v) return prev.source;
    const moved = /ing$/.test(w(c, v)) ? sourceEarlierInSentence(c, v) : null;
    if (moved) return moved;
    const subj = speakerOfSaidClause(c, v) ?? openingAdjunctSubject(c, v, c.sents[c.sentOf[v]!]!.firstToken) ?? mainSubject(c, v) ?? openingParticipleSubject(c, v);
    // The subject ends before the first verb of its own clause: "The mayor [resigned] … and said".
    if (subj && cls(c, 'coord', p)) for (let k = subj[0] + 1; k <= subj[1]; k++) if ((/^[a-z]+ed$/.test(raw(c, k)) || cls(c, 'verb', k)) && !cls(c, 'det', k - 1)) return [subj[0], k - 1];
    return subj;
  }
  // "X, a spokesperson for Y, said" / "X, a newspaper, citing residents, reported": the head phrase and its
  // appositions (segments opened by an article); a participle segment ("citing …") is a source chain, not the speaker.
  // (The comma may close a quotation inside the last segment, where the clause seems to start after the
  // quotation: 'X, citing "strong support," said C'. Then the segments start where the sentence does.)
  const quoted = !isComma(c, v - 1) && c.toks[v - 1]?.kind === 'quote' && isComma(c, v - 2) && c.inQuote[v - 2]! >= 0;
  const stop = quoted ? v - 2 : isComma(c, v - 1) ? v - 1 : -1;
  // (After adjuncts fronted before the subject, the head phrase starts behind them: "In March, Smith, the mayor, said".)
  const fronted = stop > 0 && !quoted ? frontedAdjunctsEnd(c, a, stop) : a;
  const from = quoted ? c.sents[c.sentOf[v]!]!.firstToken : fronted < stop ? fronted : a;
  if (stop > 0 && v - 2 > from) {
    const cuts: number[] = [];
    // (There only the comma before the quotation's segment: the speaker is the one phrase before it.)
    if (quoted) {
      for (let k = c.quotes[c.inQuote[v - 2]!]!.open - 1; k >= from && cuts.length === 0; k--) if (isComma(c, k)) cuts.push(k);
    } else for (let k = from; k < stop; k++) if (isComma(c, k)) cuts.push(k);
    if (cuts.length > 0) {
      const head = subjectBeforeEn(c, from, cuts[0]!);
      if (head) {
        let end = cuts[0]! - 1;
        for (let q = 0; q < cuts.length; q++) {
          const segStart = cuts[q]! + 1;
          const segEnd = (cuts[q + 1] ?? stop) - 1;
          // A relative clause closed right before the verb describes the speaker: "Chris Cox, who runs the lobby, said".
          const relative = /^(who|whose)$/.test(w(c, segStart)) && q === cuts.length - 1;
          // (So does the segment of a quotation, unless a participle opens it: 'X, star of "Y," is sure C'.)
          const titled = quoted && !/ing$/.test(w(c, segStart));
          if (!/^(a|an|the)$/.test(w(c, segStart)) && !isCap(c, segStart) && !descriptive(c, segStart, segEnd) && !relative && !titled) break;
          // A relative clause of saying is a claim of its own, not part of the speaker: "X, who said last week that C, warned" (en-edges.ts).
          const said = sayingRelative(c, segStart, segEnd);
          if (said >= 0) {
            if (said > segStart) end = said - 1;
            break;
          }
          end = quoted && q === cuts.length - 1 ? v - 1 : segEnd;
        }
        return [head[0], end];
      }
    }
  }
  // "Okafor, Lund and Ferro told …": the whole serial list of speakers (en-serial.ts).
  const subj = serialSubject(c, subjectBeforeEn(c, a, v));
  // An adverb alone is no speaker ("…, dutifully recounts"): the main clause's subject is.
  if (subj && subj[0] === subj[1] && lowerLy(c, subj[0])) return mainSubject(c, v);
  return subj;
}

/** "…, who said C": the relative pronoun right before the verb is its subject. */
function relativeSubject(c: Ctx, a: number, v: number): [number, number] | null {
  let e = v - 1;
  // (Past a time adjunct too: "Ferro, who on Tuesday endorsed Lund, …", "who last week criticized"; round 19 spec 10.)
  // (And past a manner adverb in -ly, a negation or a negated auxiliary, as the subject walk below: "who strongly supports Lund",
  // "who has openly opposed the tax", "who didn't endorse him".)
  // (And past a form of "be" before an -ing form, a progressive: "who is now supporting Lund", "who has been
  // urging"; not before a past participle, a passive: "who was criticized" has its speaker in the by-phrase.)
  const progressive = /ing$/.test(w(c, v));
  while (e >= a && (cls(c, 'adv', e) || cls(c, 'aux', e) || cls(c, 'neg', e) || (progressive && cls(c, 'werden', e)) || lowerLy(c, e) || negatedAux(c, e) || c.inTime[e] === 1 || (cls(c, 'prep', e) && c.inTime[e + 1] === 1))) e--;
  return e >= a && e > 0 && /^(who|which|that)$/.test(w(c, e)) && (isComma(c, e - 1) || isWord(c, e - 1)) ? [e, e] : null;
}

/** Whether the participle at v stands right after a noun phrase ending at k, before its object or clause (`cueNoun`: k may be a cue word used as a noun). */
export function reducedRelative(c: Ctx, k: number, v: number, cueNoun = false): boolean {
  if (thoseHead(c, k) && /ing$/.test(w(c, v))) return true; // "those supporting Clinton" (en-participle-mods.ts)
  if (!isWord(c, k) || cls(c, 'det', k) || cls(c, 'prep', k) || cls(c, 'sub', k) || cls(c, 'coord', k) || cls(c, 'aux', k) || cls(c, 'werden', k) || negatedAux(c, k) || (!cueNoun && cueForms(c, k).length > 0) || participle(c, k)) return false;
  // (A participle of saying before a clause or a quotation speaks for any noun: "evidence suggesting that …", "50 percent saying she …".)
  const says = cueNoun && sayingClauseAfter(c, v);
  if (!(isCap(c, k) || /s$/.test(w(c, k)) || cls(c, 'pron', k) || (cueNoun && articleOfNoun(c, k) >= 0) || (says && plainNoun(c, k)) || countedNoun(c, k))) return false;
  const n = v + 1;
  return cls(c, 'det', n) || isCap(c, n) || w(c, n) === 'that' || cls(c, 'pron', n) || c.toks[n]?.kind === 'number' || says || modifiedObject(c, k, n) || bareObject(c, v, n) || participleBeforeQuote(c, v) || withAbsolute(c, k, v) || participleObject(c, v, n);
}

/** Prepositions that open a manner or time adjunct before a participle cue: "by saying", "after asking". */
export const MANNER_PREPOSITION = /^(by|after|before|without|while|since|when|despite|upon)$/;
