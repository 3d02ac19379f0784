import { approximator, degreeClause } from './en-approximator.js';
import { cls, cueForms, is, isBoundary, isCap, isComma, isWord, raw, sentenceRange, addClaim, pronounResolution, trim, unused, w, saysOrTells, type Ctx } from './context.js';
import { coordinatedSayVerb } from './en-coordinated-say.js';
import { colonClauseLead } from './en-colon-clause.js';
import { afterLightVerb, documentOpening, lightNounParticiple, nounCue } from './en-nouns.js';
import { nominalCue } from './en-nominal.js';
import { nounClauses } from './en-noun-clauses.js';
import { nounCopula } from './en-noun-copula.js';
import { adverbAt, commaAccording, lowerLy, sayingVerb, sourceToSentenceEnd, statementPhraseEnd, titleCaseLine, trailerOnly } from './en-cues.js';
import { datelineEnd, contentThenSubject, quoteSpeakerApposition } from './en-preposed.js';
import { invertedSourceOk, tidySpans } from './en-spans.js';
import { speakerAfterVerb } from './en-inversion.js';
import { closingQuoteMark } from './en-quote-close.js';
import { quoteComplement, quoteComplementEnd, quoteRightAfter } from './en-quote-cues.js';
import { askedActive } from './en-questions.js';
import { askedQuestion, listenerEnd, quantifierSubject, shareSubject } from './en-verbshapes.js';
import { colonFrames } from './en-colon.js';
import { colonQuote, pollPhrase } from './en-outer.js';
import { listenerInfinitive, pastCueVerb, shortContent } from './en-verbtail.js';
import { verbGroup, floatingQuantifier } from './en-verbgroup.js';
import { aspectBefore, sourceBeforeCue } from './en-aspect.js';
import { infinitiveGovernor, strayQuoteMark } from './en-source-edges.js';
import { contractedAuxiliary, governedInfinitive, phrasalParticle, prepositionalTo, trailingAdverb } from './en-cue-extent.js';
import { spentTimeCue } from './en-edges.js';
import { cueReach, mannerPhrase, quantifiedObject, saidAsConnective } from './en-cue-reach.js';
import { occasionEnd, occasionPhrase, settingPhrase } from './en-occasion.js';
import { participle } from './en-ing.js';
import { adjunctParticipleClaims, adjunctThenThat, bareOpeningParticiple, coordinatedIng, gerundObject, messageContentStart, particleTopic, stoppedShort, stoppedShortSpans, takenStop } from './en-ing-forms.js';
import { adjunctContentEnd, adjunctContentStart, adjunctPreposition, adjunctSourceTrim, withAbsolute } from './en-adjunct-ing.js';
import { headlineColon, headlineSpeaker } from './en-headline.js';
import { transcriptTurns } from './en-transcript.js';
import { signedQuotes } from './en-signatures.js';
import { askedAcross, passiveAsker } from './en-asked.js';
import { noStatementVerb } from './en-precision.js';
import { namingFrame } from './en-naming.js';
import { bareSecondAct, contrastAfter, coordinatedAct, relativeSaid, topicStop } from './en-split.js';
import { secondPredicate } from './en-topic-coord.js';
import { notSpeech, pastForm } from './en-filters.js';
import { clauseAfterInverted, frontedSayVerb, invertedSourceEnd, participleClause, relativeAct } from './en-inverted.js';
import { invertedTrailer } from './en-leftover.js';
import { amongFrames } from './en-noun-among.js';
import { hopeFrames } from './en-noun-hope.js';
import { splitQuoteGap } from './en-split-quote.js';
import { clauseAfterAdjunct, coordinatedParticiple, frontedClause } from './en-content2.js';
import { invertsAfterQuote, quoteThenParticiple } from './en-cue-choice.js';
import { mindFrames } from './en-mind.js';
import { attributiveParticiple, bareWithoutObject, prepositionMissing, receivedNoun } from './en-attitude.js';
import { quoteAcross, quoteIsName, quoteLead } from './en-quote-across.js';
import { nestedClaims } from './en-nested.js';
import { accordingOuter } from './en-according-outer.js';
import { inOpenQuote } from './en-open-quote.js';
import { objectRelatives, relativeSources } from './en-object-relative.js';
import { embeddedFragment, frontedAdjunct, insideFrontedAdjunct, presenceNotHedge, reportedSegmentStart } from './en-level.js';
import { connectiveSource } from './en-siblings.js';
import { notAnAct, adverbialClause } from './en-acts.js';
import { agentlessAct, passiveAgentAfterPhrase } from './en-passive-acts.js';
import { quoteOnly, sinceInGroup } from './en-documents.js';
import { quoteOnlyAway } from './en-quote-only.js';
import { aloud, objectOfNegatedVerb, particleApart, refusedInfinitive } from './en-comment.js';
import { asideThenThat, contractedClause, contractedSubject, coordinatedCue, finiteVerb, listenerNp, nounPhraseContent, quoteSpeakerRelative, relativeContentEnd, saidThings, relativeTopicStop } from './en-known.js';
import { contactRelatives, numberAgentEnd } from './en-relspeaker.js';
import { negatedAux, npStep } from './en-np.js';
import { npForward } from './phrases.js';
import { adjectiveFrames, adjectiveOverVerb, blamePassive, colonClause, judgedAs, participleAdjective, quotedAs } from './en-short-frames.js';
import { asClauseContent } from './en-as-clause.js';
import { coordinatedVerbs, parentheticalSpeaker } from './en-asides.js';
import { copularFrames, copularParticiple, semiModal } from './en-copular.js';
import { afterAuxiliaries, postModifiedSubject } from './en-np-end.js';
import { asideSpeakerAfter, documentParticiple, participleSpeaker, perceivedParticiple, relativeDocumentVerb } from './en-participle-speakers.js';
import { MANNER_PREPOSITION, mainSubject, reducedRelative, subjectBefore, subjectBeforeEn } from './en-subject.js';
import type { LanguageRules, QuoteCue, VerbSite } from './rules.js';
import { bareNeedsInfinitive, ownParticle } from './en-idioms.js';
import { commaAdjunctThenThat, strandedTo, verbAfterHer } from './en-verb-frames.js';
import { framedSense } from './en-frames-pp.js';
import { topicSpan } from './en-topic-pp.js';
import { favorFrames, particleLemma, phrasalMisfit } from './en-phrasal.js';
import { apposedParticipleEnd, cueTopicCloses, infinitiveMarker } from './en-clause-edges.js';
import { relativeObjectVerb } from './en-readings.js';
import { participleAfterThose, participleBeforeQuote, relativeSayVerb } from './en-participle-mods.js';
import { contentGoesOn, coordinatedGerund, verbAfterAux, distributiveParticiple, gerundContentStop, gerundTopicStop } from './en-gerunds.js';
import { contactRelativeSaid, nounAfterVerb, pollVerdict, smallClause, verbInSubjectRelative, verbOnly } from './en-sources.js';

/**
 * English attribution rules: subject–verb order ("X said (that) C", "C, X said", "C, said X"), appositions
 * around the speaker ("X, a spokesperson for Y, said"), '"…," the minister said'. Word lists are in src/lang/en/.
 */

/**
 * The statement before "…, X said": without a dateline or lead-in that a spaced dash closes ("WASHINGTON (AP) —
 * …") and without a leading conjunction ("But …").
 */
function preposedContent(c: Ctx, a: number, b: number): [number, number] | null {
  let s = datelineEnd(c, a, b);
  for (let k = a; k < b; k++) if (is(c, k, '—', '–') && c.inQuote[k]! < 0) s = k + 1;
  while (s < b && cls(c, 'coord', s)) s++;
  return trim(c, s, b);
}

/** Words between the subject and an infinitive cue belong to the cue: "continued to portray", "used his speech to call for". */
function infinitiveCue(c: Ctx, v: number, src: [number, number] | null, set: Set<number>): void {
  if (w(c, v - 1) !== 'to' || !src || src[1] >= v - 1 || v - src[1] > 7) return;
  // (A time right after the subject is an adjunct of a verb the subject took in, no part of the cue: "Harbour
  // councillors assembled | Friday to discuss …".)
  if (c.inTime[src[1] + 1] === 1) return;
  for (let k = src[1] + 1; k < v; k++) if (isBoundary(c, k)) return;
  for (let k = src[1] + 1; k < v; k++) set.add(k);
}


/** The cue from a (its auxiliaries) to the verb v after a quotation's speaker; "said of the repairs": the topic's preposition joins it. */
function speakerCue(c: Ctx, source: [number, number], a: number, v: number): QuoteCue {
  const end = TOPIC_PREPOSITION.test(w(c, v + 1)) && !approximator(c, v + 1) && !is(c, v + 2, '.', ',', '!', '?') ? v + 1 : v;
  return { cue: [[a, end]], source, stance: c.lex.cueLemmas.get(cueForms(c, v)[0]!.lemma)?.stance ?? 'assert', end };
}

/** '"…," the minister said.' */
function quoteSubjectVerb(c: Ctx, k: number, limit: number): QuoteCue | null {
  // 'told ABC’s “Good Morning America” that he agrees …': a clause after a quoted title is no speaker phrase.
  if (w(c, k) === 'that') return null;
  const e = npForward(c, k, limit);
  const v = afterAuxiliaries(c, e + 1, limit);
  if (e >= 0 && cueForms(c, v).length > 0) return speakerCue(c, [k, e], e + 1, v);
  // '“…,” Blunt, after a long pause, said of Cruz.': a prepositional aside between speaker and cue is skipped
  // (not "of": 'Blunt, of Texas, said' names where the speaker is from).
  const m = e >= 0 && isComma(c, e + 1) && cls(c, 'prep', e + 2) && w(c, e + 2) !== 'of' ? asideEnd(c, e + 2, limit) : -1;
  const u = m > 0 ? afterAuxiliaries(c, m + 1, limit) : -1;
  if (u > 0 && cueForms(c, u).length > 0) return speakerCue(c, [k, e], m + 1, u);
  const app = quoteSpeakerApposition(c, k, limit) ?? quoteSpeakerRelative(c, k, limit);
  if (app) return { cue: [[app.v, app.v]], source: app.source, stance: c.lex.cueLemmas.get(cueForms(c, app.v)[0]!.lemma)?.stance ?? 'assert', end: app.v };
  return null;
}

/** The comma that closes a short aside starting at a (words only, no quotation or cue word), or -1. */
function asideEnd(c: Ctx, a: number, limit: number): number {
  for (let k = a + 1; k < limit && k - a <= 6; k++) {
    if (isComma(c, k)) return k;
    if (!isWord(c, k) || cueForms(c, k).length > 0) return -1;
  }
  return -1;
}

/**
 * An apposition or relative clause after an inverted speaker at the end of the sentence ('"…," said Y, who runs
 * the lobby.', '"…," said voters who backed Y.') is part of the source, up to a dash, a semicolon, a quotation, or a comma before a new clause or
 * a further attribution (", adding that …", ", according to …", ", and …").
 */
function quoteTrailer(c: Ctx, found: QuoteCue): void {
  // '"…," the mayor said in a statement.': the phrase joins the cue.
  const st = statementPhraseEnd(c, found.end + 1);
  if (st > 0 && found.cue.at(-1)![1] === found.end) {
    for (let k = found.end + 1; k <= st; k++) c.used[k] = 1;
    found.cue.at(-1)![1] = st;
    found.end = st;
  }
  const from = found.end + 1;
  const inverted = found.source[0] > found.cue[0]![0]!;
  if (!inverted || found.source[1] !== found.end) return;
  const [, sB] = sentenceRange(c, c.sentOf[found.end]!);
  // '"…," said voters who backed Lund.': a relative clause without commas restricts the speaker and is part of it —
  // up to a second act of the speaker ('… who runs the lobby and described the plan as …'); one whose verb is a
  // speech act is an act of its own ('said an aide who spoke on condition of anonymity').
  if (/^(who|whose)$/.test(w(c, from)) && from < sB) {
    let verb = from + 1;
    while (verb < sB && (cls(c, 'adv', verb) || cls(c, 'aux', verb) || cls(c, 'neg', verb))) verb++;
    if (speechAct(c, verb)) return;
    let stop = from + 1;
    while (stop <= sB && c.toks[stop]!.kind !== 'quote' && !is(c, stop, '—', '–', ';', '(', ':', ',', '.', '!', '?') && !(cls(c, 'coord', stop) && cueForms(c, stop + 1).length > 0)) stop++;
    // ('… who identified X but spoke on condition of anonymity': a clause about the speaking is no part of the speaker.)
    if (cls(c, 'coord', stop) && speechAct(c, stop + 1)) return;
    if (stop > from + 1) found.source = [found.source[0], stop - 1];
    return;
  }
  if (!isComma(c, from)) return;
  let stop = from + 1;
  for (; stop <= sB; stop++) {
    if (c.toks[stop]!.kind === 'quote' || is(c, stop, '—', '–', ';', '(', ':')) break;
    if (isComma(c, stop) && (cueForms(c, stop + 1).length > 0 || cls(c, 'coord', stop + 1) || cls(c, 'sub', stop + 1) || w(c, stop + 1) === 'according')) break;
  }
  const rest = trim(c, from, stop - 1);
  // (A participle clause says what the speaker did while saying it, not who: '"…," said Tusk, summing up the talks.')
  if (rest && participleClause(c, rest[0])) for (let k = rest[0]; k <= rest[1]; k++) c.used[k] = 1;
  else if (rest && cueForms(c, rest[0]).length === 0 && !/^(though|although|but|and)$/.test(w(c, rest[0])) && !relativeAct(c, rest[0], sB) && !clauseAfterInverted(c, found.cue[0]![0]!, found.end, sB)) found.source = [found.source[0], rest[1]];
}

/** A verb of saying or telling, or "spoke". */
function speechAct(c: Ctx, k: number): boolean {
  return sayingVerb(c, k) || cueForms(c, k).some((f) => f.lemma === 'speak');
}

/**
 * The clause follows the verb directly ("said (that) …", "told reporters (that) …", "denied that …"); a verb
 * that takes an object needs "that" to take a clause.
 */
function contentStart(c: Ctx, site: VerbSite, after: number): number {
  const { sB, limit, info } = site;
  let s0 = after;
  const aside = saysOrTells(info.frames) ? asideThenThat(c, after, sB) : -1;
  if (aside >= 0) return aside;
  const asStart = asClauseContent(c, site, after);
  if (asStart > 0) return asStart;
  if (info.frames.includes('tell')) {
    const e = listenerEnd(c, after, listenerNp(c, after, limit));
    // "asked the council to delay the vote": the listener and what it is asked to do are the content.
    if (listenerInfinitive(c, after, e)) return after;
    if (e >= 0) s0 = e + 1;
  }
  while (s0 <= sB && (cls(c, 'adv', s0) || (c.inTime[s0] && w(c, s0) !== 'that')) && !frontedClause(c, s0, sB)) s0++; // (not "once" opening the content's clause: en-content2.ts)
  // "reported at least six boats had sunk": "at least"/"at most" before a number opens the clause's subject, no adjunct (en-approximator.ts).
  if (degreeClause(c, s0, sB)) return s0;
  const late = commaAdjunctThenThat(c, s0, sB); // "said at a stop in Toledo, Ohio, that …" (en-verb-frames.ts)
  if (late > 0) return late;
  // "tweeted on Monday, saying …", "said, adding that …": a participle of saying after a comma makes a claim of its own.
  if (isComma(c, s0) && /ing$/.test(w(c, s0 + 1)) && cueForms(c, s0 + 1).length > 0) return -1;
  if (s0 === after && asideSpeakerAfter(c, s0, sB)) return -1; // "X knew, the report said, but …" (en-participle-speakers.ts)
  if (is(c, s0, ':', ',') && s0 === after) s0++;
  if (w(c, s0) === 'that') return s0 + 1;
  // "said in a statement that …", "told reporters on a conference call that …": the phrase is part of the speech act.
  if (cls(c, 'prep', s0) && !info.frames.includes(w(c, s0))) { // (not the verb's own topic: "backed away from a pledge that …")
    const occasion = occasionEnd(c, s0 - 1, sB); // its noun is no verb: "in a Facebook post that …"
    for (let k = s0 + 1; k <= sB && k - s0 <= 14; k++) {
      if (isBoundary(c, k) || (k > occasion && cueForms(c, k).length > 0 && !notSpeech(c, k, site.sA))) break;
      if (w(c, k) === 'that' && k > s0 + 1) {
        const last = site.cue.at(-1)!;
        if (occasion >= k - 1 && settingPhrase(c, s0 - 1, occasion)) return k + 1; // ("said at a rally that …": no cue's)
        if (last[1] === s0 - 1) last[1] = k - 1;
        else site.cue.push([s0, k - 1]);
        return k + 1;
      }
    }
  }
  // "said in a statement the company had …": the clause after the adjunct (en-content2.ts).
  const adj = saysOrTells(info.frames) ? clauseAfterAdjunct(c, site.v, s0, sB) : -1;
  if (adj > 0) return adj;
  // An indirect question: "asked whether …", "wondered how …", "said if elected he would …".
  if (/^(whether|if|how|what|who|why|when|where)$/.test(w(c, s0)) && s0 < sB) return s0;
  if (info.frames.includes('say') && frontedClause(c, s0, sB)) return s0;
  if (!info.frames.includes('object') && !cls(c, 'prep', s0) && !cls(c, 'sub', s0) && !info.frames.includes(w(c, s0))) return s0;
  // A verb that takes a clause as well as an object ("predicted a landslide", "predicted the ferry will run"): a
  // noun phrase with a finite verb after it opens a bare clause, which stays the content.
  if (info.frames.includes('say') && !cls(c, 'prep', s0) && !cls(c, 'sub', s0)) {
    const np = npForward(c, s0, sB + 1);
    if (np >= s0 && finiteVerb(c, np + 1)) return s0;
  }
  return -1;
}

/** Auxiliaries, modals, negation and adverbs right before the verb belong to the cue: "has said", "might recall", "did not deny". */
function auxChain(c: Ctx, v: number, clauseA: number, set: Set<number>): void {
  // A verb's particle right after it ("pointed out", "spelled out"): the lexicon lists it as a frame "+out".
  const lemma = particleLemma(c, v) ?? cueForms(c, v)[0]?.lemma;
  if (lemma && c.lex.cueLemmas.get(lemma)?.frames.includes(`+${w(c, v + 1)}`)) set.add(v + 1);
  let head = v;
  const to = infinitiveMarker(c, v);
  if (to >= 0 && !strandedTo(c, v)) {
    // The infinitive marker is part of the cue, and so is a verb that governs it: "refused to say", "went on to describe".
    for (let k = to; k < v; k++) set.add(k);
    const gov = catenative(c, to - 1);
    if (gov >= 0) {
      for (let k = gov; k < to; k++) set.add(k);
      head = gov;
    } else infinitiveCue(c, to + 1, mainSubject(c, v), set);
  }
  // "kept asking", "started saying": the aspect verb heads the cue (en-aspect.ts).
  const aspect = aspectBefore(c, v);
  if (aspect >= 0) {
    for (let k = aspect; k < v; k++) set.add(k);
    head = aspect;
  }
  // The preposition of the topic right after the verb: "said of the plan", "talked about the debt".
  // ("said about half of the voters …": "about" before a number approximates it and opens the content, en-serial.ts.)
  if (TOPIC_PREPOSITION.test(w(c, v + 1)) && !approximator(c, v + 1) && !(lemma && c.lex.cueLemmas.get(lemma)?.frames.includes(w(c, v + 1))) && !/^(be|have)$/.test(w(c, v + 2)) && c.inQuote[v + 1]! < 0) set.add(v + 1);
  for (let k = head - 1; k >= clauseA && head - k <= 4; k--) {
    // (A manner adverb right before the verb too: "initially said", "quickly accused".)
    const adverb = cls(c, 'adv', k) || (lowerLy(c, k) && (k === head - 1 || cls(c, 'aux', k - 1) || cls(c, 'werden', k - 1))) || sinceInGroup(c, k);
    if (!(cls(c, 'aux', k) || cls(c, 'werden', k) || adverb || negatedAux(c, k)) || cls(c, 'sub', k)) break;
    set.add(k);
  }
}

const TOPIC_PREPOSITION = /^(of|about)$/;
/** Verbs that take an infinitive of saying and speak through it ("declined to comment", "went on to say", "continued to insist"). */
const CATENATIVE = /^(continue[sd]?|continuing|began|begins?|start(?:s|ed)?|tried|tries|try|hesitated|rushed|moved|appear(?:s|ed)?|seem(?:s|ed)?)$/;

/** Where the verb that governs an infinitive cue ending at `k` (the word before "to") starts, or -1: "refused", "went on". */
function catenative(c: Ctx, k: number): number {
  if (k < 0 || c.inQuote[k]! >= 0) return -1;
  if (w(c, k) === 'on' && /^(went|goes|go|going)$/.test(w(c, k - 1))) return k - 1;
  return CATENATIVE.test(w(c, k)) ? k : -1;
}


/** A present participle speaks only in a participle clause (", saying that …") or a progressive ("is saying"). */
function notACue(c: Ctx, v: number, sA: number): boolean {
  if (inOpenQuote(c, v)) return true; // a paragraph of a quotation that the next paragraph carries on (en-open-quote.ts)
  if (notSpeech(c, v, sA) || semiModal(c, v) || noStatementVerb(c, v, sA) || nounAfterVerb(c, v)) return true;
  if (governedInfinitive(c, v) || saidAsConnective(c, v)) return true; // "declined to say": the cue is "declined" (en-cue-extent.ts)
  if (objectOfNegatedVerb(c, v) || particleApart(c, v) || strandedTo(c, v + 2) || bareNeedsInfinitive(c, v)) return true; // "did not return calls", "went home after" (en-comment.ts)
  // A verb that introduces only quotations ("continued", "read", "sang") is no cue for a clause (en-quote-cues.ts).
  if (cueForms(c, v).every((f) => c.lex.cueLemmas.get(f.lemma)?.frames.includes('quote') === true) && !participleBeforeQuote(c, v) && !quoteRightAfter(c, v)) return true;
  // "X, citing Y, reported …": a participle in an apposition before the speaker's own cue is a source chain
  // (the claim's via), not a claim; "X voted no, citing Y." is one.
  if (/ing$/.test(w(c, v)) && isComma(c, v - 1) && c.lex.via.has(w(c, v))) {
    for (let k = v + 1; k <= v + 12 && k < c.toks.length && c.sentOf[k] === c.sentOf[v]; k++) {
      if (!isComma(c, k)) continue;
      let n = k + 1;
      while (n < k + 4 && (cls(c, 'adv', n) || cls(c, 'aux', n))) n++;
      if (cueForms(c, n).length > 0) return true;
      break;
    }
  }
  // A finite form right after a preposition is a noun: "came amid questions about", "despite reports of".
  if (cls(c, 'prep', v - 1) && !/ing$/.test(w(c, v)) && !sinceInGroup(c, v - 1)) return true;
  // A bare form after a share is a noun: "48 percent support".
  const bare = cueForms(c, v).find((f) => f.lemma === w(c, v));
  if (bare && (is(c, v - 1, '%') || w(c, v - 1) === 'percent') && !shareSubject(c, v)) return true;
  // "refused to say", "declined to comment": the verb of saying after "to" carries the claim, this one joins its cue.
  if (w(c, v + 1) === 'to' && cueForms(c, v + 2).length > 0 && catenative(c, v) >= 0) return true;
  // A cue word followed by a finite cue verb is a noun: "a news report shows".
  // (an adverb may stand between: "the report dutifully recounts").
  const n = lowerLy(c, v + 1) ? v + 2 : v + 1;
  const next = cueForms(c, n);
  // (Not when that word is a subject before its auxiliary: "Smith says plan will fail".)
  // (A past form is no noun: "said talks failed", "said reports show"; see verbOnly, en-sources.ts.)
  if (next.length > 0 && !/ing$/.test(w(c, n)) && c.lex.cueLemmas.get(next[0]!.lemma)?.frames.includes('hedge') !== true && !cls(c, 'aux', n + 1) && !pastForm(c, v) && !gerundObject(c, v, n) && !verbOnly(c, v) && !ownParticle(c, v)) return true;
  // … and so is one before a participle that speaks for it: "calls saying that …".
  if (n === v + 1 && next.length > 0 && /ing$/.test(w(c, n)) && reducedRelative(c, v, n, true)) return true;
  // After a possessive, a number or a quantifier a bare or plural form is a noun: "Trump’s comments", "several
  // questions", "no doubt" (a past form is not: "Several said", "Trump’s said").
  const prev = c.toks[v - 1];
  const nounForm = cueForms(c, v).some((f) => w(c, v) === f.lemma || w(c, v) === f.lemma + 's' || w(c, v) === f.lemma + 'es');
  if (prev && v > sA && nounForm && !verbAfterHer(c, v) && (/['’]s$|s['’]$/.test(raw(c, v - 1)) || (prev.kind === 'number' && !shareSubject(c, v)) || (cls(c, 'quant', v - 1) && !quantifierSubject(c, v, sA)))) return true;
  // … and so is one that a light verb takes: "voiced support for", "made the claim that" (en-nouns.ts).
  if (afterLightVerb(c, v) || receivedNoun(c, v) || prepositionMissing(c, v) || phrasalMisfit(c, v) || bareWithoutObject(c, v) || notAnAct(c, v)) return true;
  if (attributiveParticiple(c, v)) return true;
  // … and the light verb itself is none: "expressed concern that …" is the noun's claim.
  if (afterLightVerb(c, v + 1) || (cls(c, 'det', v + 1) && afterLightVerb(c, v + 2))) return true;
  if (!/ing$/.test(w(c, v))) return false;
  let k = v - 1;
  while (k > sA && adverbAt(c, k)) k--;
  // (A subject pronoun contracted with its auxiliary makes a progressive: "He’s not saying what C".)
  if (isComma(c, k) || aspectBefore(c, v) >= 0 || quoteThenParticiple(c, k) || cls(c, 'werden', k) || cls(c, 'aux', k) || contractedSubject(c, k) || is(c, k, '—', '–', '(', ';') || perceivedParticiple(c, v) || documentParticiple(c, v)) return false;
  // "by saying that …", "after saying …": a participle after a preposition of manner or time speaks for the clause's subject.
  if (MANNER_PREPOSITION.test(w(c, k)) || adjunctPreposition(c, k) || bareOpeningParticiple(c, v, sA) || stoppedShort(c, v) >= 0) return false;
  if (coordinatedParticiple(c, k, v, sA) || coordinatedCue(c, k, v, sA) || coordinatedIng(c, k, v) || withAbsolute(c, k, v) || distributiveParticiple(c, k, v) || coordinatedGerund(c, k, v)) return false;
  if (lightNounParticiple(c, k)) return true;
  // A participle right after a noun phrase, before its object or clause, says what that phrase says (a reduced
  // relative clause): "calls saying shots had been fired", "a group backing the mayor".
  return !reducedRelative(c, k, v, true);
}

/**
 * Where the content after "X said (that) …" ends: before a further attribution of the same speaker
 * (", telling reporters that …", "and said that …"); at the first comma when the cue stands in a clause that
 * a subordinator or a relative pronoun opens ("While X said that C, …", "…, who said C, …").
 */
/** "said (that) Lund and Varga expected a deal": the content so far is a noun phrase right after the cue (or its
 * "that") and "and" joins a second subject, not a second speech act of the speaker. */
function coordinatedSubject(c: Ctx, site: VerbSite, start: number, k: number): boolean {
  return w(c, k) === 'and' && !cls(c, 'aux', k + 1) && (start === site.afterCue || (w(c, start - 1) === 'that' && start - 1 === site.afterCue)) && npForward(c, start, k) === k - 1;
}

function contentEnd(c: Ctx, site: VerbSite, start: number, end: number, src: [number, number]): number {
  let k0 = site.v - 1;
  while (k0 > site.sA && (cls(c, 'aux', k0) || cls(c, 'adv', k0) || cls(c, 'werden', k0))) k0--;
  const subordinate = cls(c, 'sub', site.sA) || (src[0] === src[1] && cls(c, 'relative', src[0]));
  end = relativeContentEnd(c, site.v, src, start, end, !/ing$/.test(w(c, start)) && w(c, start) !== 'to');
  end = apposedParticipleEnd(c, site.v, start, end); // "The mayor, having said C, resigned" (en-clause-edges.ts)
  for (let k = start + 1; k <= end; k++) {
    if (quoteThenParticiple(c, k)) return k;
    // (Also after a quotation that closes with the comma: 'said it was "a hoax," according to Y'.)
    if (w(c, k) === 'according' && w(c, k + 1) === 'to' && c.toks[k - 1]!.kind === 'quote' && isComma(c, k - 2)) return k - 1;
    if (c.inQuote[k]! >= 0) continue;
    if (isComma(c, k) && subordinate) return k - 1;
    // "X said C1 and she accused Y of C2": a coordinated speech act has a claim of its own (en-split.ts); not after
    // a bare noun phrase, which is the first subject of a coordination ("said that Lund and Varga expected a deal").
    if ((coordinatedAct(c, k, end) && !contentGoesOn(c, start, k, verbAfterAux(c, k)) && !coordinatedSubject(c, site, start, k)) || contrastAfter(c, k, site.v) || gerundContentStop(c, k)) return k - 1;
    // "X said C, according to Y": Y's report is the channel (the claim's via), not part of C.
    if (commaAccording(c, k)) return k - 1;
    if (bareSecondAct(c, site.v, k)) return k - 1;
    let n = k + 1;
    while (n <= end && cls(c, 'adv', n)) n++;
    // (After "and" the verb is inflected: "and support for X" is a noun.)
    // (A verb that speaks only through a quotation next to it does not: "and singing the anthem", en-quote-cues.ts.)
    if ((isComma(c, k) || cls(c, 'coord', k)) && cueForms(c, n).some((f) => f.lemma !== w(c, n) && (!quoteOnly(c, f.lemma) || quoteRightAfter(c, n))) && (cls(c, 'coord', k) || /ing$/.test(w(c, n))) && !contentGoesOn(c, start, k, n)) return k - 1;
    // A list of the speaker's acts: "X suggested C, called her 'third-rate' and left" (a past verb after the comma, no passive "by").
    if (isComma(c, k) && n === k + 1 && pastCueVerb(c, n)) return k - 1;
    // A second speaker with a cue of its own: "Six in 10 said C1, and three-quarters said C2", "…, but Smith said …".
    if (isComma(c, k) && k + 2 <= end && secondSpeaker(c, cls(c, 'coord', k + 1) ? k + 2 : k + 1, end) && !frontedAdjunct(c, start, k)) return k - 1;
  }
  return end;
}

/** Whether a short noun phrase at i is followed by a finite cue verb of saying ("three-quarters said", "the mayor has said"). */
function secondSpeaker(c: Ctx, i: number, end: number): boolean {
  if (!isWord(c, i) || cls(c, 'sub', i) || cls(c, 'relative', i)) return false;
  const e = npForward(c, i, Math.min(end + 1, i + 12));
  if (e < i) return false;
  let v = e + 1;
  while (v <= end && v - e <= 3 && (cls(c, 'aux', v) || cls(c, 'adv', v))) v++;
  if (v > end || c.inQuote[v]! >= 0 || /ing$/.test(w(c, v))) return false;
  return sayingVerb(c, v);
}

const PARTICIPLE = /(?:ed|en|wn|id|ld|ght|nt|ne)$/;

/** The start of the clause around token v (after the last clause boundary). */
function clauseStartOf(c: Ctx, v: number, sA: number): number {
  let k = v;
  while (k > sA && v - k < 60 && !isBoundary(c, k - 1)) k--;
  return k;
}

/**
 * Passive cues. "X is said / expected / believed to …" and "It seems / X appears to …" are hedges without a
 * source: an unattributed claim (content: the subject and what follows the verb) with certainty possible.
 * "X was criticized by Y": Y speaks about X (reported). A passive without an agent has no speaker: no claim.
 */
function passiveCue(c: Ctx, site: VerbSite): boolean {
  const { v, sA, sB, si, limit, cue, info } = site;
  if (askedQuestion(c, site) || askedActive(c, site)) return true;
  // A participle opening the sentence: "Asked whether he would run, the governor smiled." — the question,
  // up to the comma, is asked by nobody named.
  if (v === sA && /ed$/.test(w(c, v)) && /^(whether|if|how|what|who|why|when|where|about)$/.test(w(c, v + 1))) {
    let k = v + 1;
    while (k <= sB && !isComma(c, k)) k++;
    const content = trim(c, v + 1, k - 1);
    if (content && content[1] - content[0] >= 2 && unused(c, content[0], content[1])) {
      addClaim(c, { kind: 'unattributed', content: [content], cue, source: null, resolved: null, stance: info.stance, rule: 'participle-question', sentence: si });
      return true;
    }
  }
  const hedgeVerb = info.frames.includes('hedge');
  let aux = v - 1;
  while (aux > sA && (cls(c, 'adv', aux) || lowerLy(c, aux))) aux--;
  const passive = PARTICIPLE.test(w(c, v)) && cls(c, 'werden', aux) && v > sA;
  if (!passive && !hedgeVerb) return false;
  if (hedgeVerb && presenceNotHedge(c, site)) return true; // "appeared on Fox": no hedge (en-level.ts)
  const clauseA = clauseStartOf(c, v, sA);
  const verbAt = passive ? aux : v;
  const subj = verbAt > clauseA ? subjectBeforeEn(c, clauseA, verbAt) : null;
  const next = w(c, v + 1);
  if (passive && subj && passiveAgentAfterPhrase(c, site, subj)) return true;
  if (hedgeVerb || next === 'to' || next === 'that') {
    const rest = trim(c, next === 'that' ? v + 2 : v + 1, sB);
    if (!rest || !unused(c, rest[0], rest[1])) return true;
    const parts: number[][] = subj && w(c, subj[0]) !== 'it' && unused(c, subj[0], subj[1]) ? [subj, rest] : [rest];
    addClaim(c, { kind: 'unattributed', content: parts, cue, source: null, resolved: null, stance: hedgeVerb ? 'speculate' : info.stance, rule: 'passive-hedge', sentence: si, certainty: 'possible' });
    return true;
  }
  if (passive && subj && (blamePassive(c, site, subj) || quotedAs(c, site, subj) || judgedAs(c, site, subj))) return true;
  if (next === 'by' && subj) {
    const e = Math.max(npForward(c, v + 2, limit), numberAgentEnd(c, v + 2, limit));
    if (e >= 0 && unused(c, subj[0], subj[1])) {
      addClaim(c, { kind: 'reported', content: [subj], cue, source: [v + 2, e], resolved: pronounResolution(c, [v + 2, e], si), stance: info.stance, rule: 'passive-agent', sentence: si });
      return true;
    }
  }
  if (passive && agentlessAct(c, site)) return true;
  // No claim: the auxiliaries taken for the cue stay free for a claim around them ("… that no cuts were planned").
  for (const [a, b] of cue) for (let k = a!; k <= b!; k++) if (k !== v) c.used[k] = 0;
  return true;
}

/** "X said C, according to Y": a past verb of saying with a capitalized or pronoun subject before it speaks inside Y's report (Y becomes the via). */
export function innerSpeaker(c: Ctx, first: number, end: number): boolean {
  for (let k = first + 1; k < end; k++) {
    if (c.inQuote[k]! >= 0 || !/(?:said|says|told)$/.test(w(c, k))) continue;
    const p = k - 1;
    if (isCap(c, p) || cls(c, 'pron', p) || (isWord(c, p) && !cls(c, 'prep', p) && !cls(c, 'aux', p) && !cls(c, 'sub', p) && !cls(c, 'relative', p) && !cls(c, 'coord', p) && !cls(c, 'det', p))) return true;
  }
  return false;
}

export const enRules: LanguageRules = {
  nested: (c) => (nestedClaims(c), accordingOuter(c), objectRelatives(c), relativeSources(c), contactRelatives(c), transcriptTurns(c)),
  nounAfterDeterminer: true,
  relativeVerb: (c, i) => relativeDocumentVerb(c, i) || relativeSayVerb(c, i) || relativeObjectVerb(c, i),
  quoteCueWord: (c, v) => framedSense(c, v) !== false,
  quoteCoordinatedCue: coordinatedSayVerb, // 'X confirmed it and said, “…”' (en-coordinated-say.ts)
  quoteClauseLead: colonClauseLead, // 'X said she had warned them: “…”' (en-colon-clause.ts)
  quoteSegmentStart: reportedSegmentStart, // 'X said that if …, C: “…”' (en-level.ts)
  verbAfterDeterminer: (c, i) => verbAfterHer(c, i) || participleAfterThose(c, i),
  cueFormsAway: quoteOnlyAway,
  nestedApposition: true,
  dropThatAfterPhrase: true,
  joinQuoteContinuation: true,
  finalCueFirst: true,
  listenerOnlyAfterTell: true, // (verbs.ts cueOrder)
  finalCueTrailer: (c, v, a, b) => sayingVerb(c, v) && trailerOnly(c, a, b, ['say']),
  finalCueSpeaker: (c, a, v) => sayingVerb(c, v) && postModifiedSubject(c, a, v)?.[0] === a, // (verbs.ts cueOrder)
  participle,
  prepositionRightAfterObjectVerb: true,
  contentStops: new Set([';']),
  // Auxiliaries before the verb ("X, a spokesperson, has said") end the subject.
  skipAuxBeforeVerb: true,
  npStep,
  subjectBefore,
  beforeQuotes: signedQuotes, // '“…” ― Maria Lopez', embedded tweets (en-signatures.ts)
  quoteCueFirst: () => null,
  invertsAfterQuote,
  quoteCueLast: quoteSubjectVerb,
  quoteAcross: (c, open, close, k, find) => quoteAcross(c, open, close, k, find) ?? askedAcross(c, open, close, k),
  quoteLead,
  cueTopicCloses, // '“politics,” Obama said of the families' (en-clause-edges.ts)
  quoteIsName: (c, open, close) => quoteIsName(c, open, close) || embeddedFragment(c, open, close), // (en-level.ts)
  quoteTrailer,
  splitQuoteGap, // '"A," he said of the plan, "B."' (en-split-quote.ts)
  colonSpeaker: (c, a, open) => frontedSayVerb(c, open) ?? colonClause(c, a, open), // 'Said X, who …, “…”' (en-inverted.ts)
  preposedContent,
  notACue,
  verbFirst: (c, site) => insideFrontedAdjunct(c, site) || verbInSubjectRelative(c, site) || contactRelativeSaid(c, site) || relativeSaid(c, site) || participleAdjective(c, site) || adjectiveOverVerb(c, site) || copularParticiple(c, site) || passiveCue(c, site),
  // English inverts only at the end: "…, said the minister." — "X, a spokesman, told reporters …" is no inversion.
  // A participle never inverts: "…, saying the school would stay open" has its content after it.
  invertedSourceOk,
  invertedSourceEnd,
  speakerAfterVerb,
  verbAfterPreposed: contentThenSubject,
  passiveAgent: () => null,
  contentStart: (c, site, after) => {
    after = Math.max(after, coordinatedVerbs(c, site, after)); // "said and repeated that …" (en-asides.ts)
    const adjunct = adjunctThenThat(c, site, after); // "said without offering evidence that C" (en-ing-forms.ts)
    return adjunct > 0 ? adjunct : messageContentStart(c, site.v, site.sA, adjunctContentStart(c, site.v, site.sA, contentStart(c, site, after)));
  },
  contentEnd: (c, site, start, end, src) => quoteComplementEnd(c, site, start, adjunctContentEnd(c, site.v, site.sA, start, contentEnd(c, site, start, end, src))), // 'said “A. B.”' (en-quote-cues.ts)
  topicStop: (c, e, end, start) => topicStop(c, e, end) || secondPredicate(c, e, start) || relativeTopicStop(c, e) || adverbialClause(c, e) || takenStop(c, e) || gerundTopicStop(c, e),
  topicSpan, // a topic that opens with an adjunct preposition is none (en-topic-pp.ts)
  clauseOk: () => true,
  shortContent: (c, content, site) => shortContent(c, content, site) || saidThings(c, content, site) || contractedClause(c, content, site) || particleTopic(c, content, site) || smallClause(c, content, site),
  cueExtras: auxChain,
  statementPhrase: (c, si, i, sA, sB) => nounCue(c, si, i) || nominalCue(c, si, i, sA, sB),
  // "…, according to X." governs the whole sentence before it: read it before the verbs inside.
  opensWithAttribution: (c, first) => {
    for (let k = first; k < c.toks.length && c.sentOf[k] === c.sentOf[first] && k - first < 80; k++) {
      if (commaAccording(c, k - 1)) return !innerSpeaker(c, first, k);
    }
    return false;
  },
  beforeVerbs: (c, si) => (nounCopula(c, si), nounClauses(c, si), parentheticalSpeaker(c, si)), // (en-noun-copula.ts, en-noun-clauses.ts, en-asides.ts)
  continuation: (c, si) => {
    headlineSpeaker(c, si);
    headlineColon(c, si);
    pollPhrase(c, si);
    pollVerdict(c, si);
    colonQuote(c, si);
    colonFrames(c, si);
    documentOpening(c, si);
    namingFrame(c, si);
    adjectiveFrames(c, si);
    copularFrames(c, si);
    mindFrames(c, si);
    adjunctParticipleClaims(c, si);
    favorFrames(c, si); // "voted in favor of the bill" (en-phrasal.ts)
    amongFrames(c, si); // "has strong support among farmers" (en-noun-among.ts)
    hopeFrames(c, si); // "toured the coast in hopes of winning" (en-noun-hope.ts)
  },
  sourceAfterPhraseEnd: sourceToSentenceEnd,
  titleCaseLine,
  extraVia: () => undefined,
  tidySpans: (c, d) => {
    connectiveSource(c, d); // (en-siblings.ts)
    passiveAsker(c, d);
    participleSpeaker(c, d);
    adjunctSourceTrim(c, d);
    verbGroup(c, d);
    sourceBeforeCue(c, d); // (en-aspect.ts)
    infinitiveGovernor(c, d); // "Lund needs to explain" (en-source-edges.ts)
    invertedTrailer(c, d);
    occasionPhrase(c, d);
    floatingQuantifier(c, d);
    tidySpans(c, d);
    strayQuoteMark(c, d); // "Lund “bristled” and said" (en-source-edges.ts)
    contractedAuxiliary(c, d);
    trailingAdverb(c, d);
    spentTimeCue(c, d); // (en-edges.ts)
    prepositionalTo(c, d);
    phrasalParticle(c, d);
    cueReach(c, d);
    mannerPhrase(c, d);
    quantifiedObject(c, d);
    refusedInfinitive(c, d);
    aloud(c, d);
    nounPhraseContent(c, d);
    closingQuoteMark(c, d);
    quoteComplement(c, d);
    stoppedShortSpans(c, d);
  },
};
