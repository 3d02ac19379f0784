import { inClass } from '../claims-lexicon.js';
import { nounLemmatizer } from '../lemma.js';
import {
  addClaim, cls, hasClaimIn, cueForms, index, isBoundary, isCap, isComma, isWord, is, kindOf, lastSourced, phraseAt, pronounResolution, PUNCT_END, raw, sentenceRange, trim, unused, w,
  type Ctx, clauseOf,
} from './context.js';
import { npForward } from './phrases.js';
import { germanCueWords } from './de-cues.js';
import { quoteCarriesOn } from './de-quotes.js';
import { nominalCue } from './de-nominal.js';
import { hasKonjunktiv, hasReportative, reportKonjunktiv, zuInfinitive } from './de-konjunktiv.js';
import { appositionStart, bareNounPhrase, genitiveSpeaker, otherParticle, phraseSourceEnd, subjectOfClauseBefore, verbSecondStart, zuInfinitiveCue, RELATIVE_SUBJECT, invertedSubjectOk, nameAdjective, nameParticle, occasionAfter } from './de-sources.js';
import { ausFrame } from './de-hervor.js';
import { coordinatedCue, coordinatedSubject, PRONOMINAL_ADVERB } from './de-coord.js';
import { colonNoun, fuerIstKlar, viewFrame } from './de-views.js';
import { perspective } from './de-perspective.js';
import { derivedStatement, timeInPhrase, webAddress } from './de-statement.js';
import { alsPassive, beforeMainClause, topicAfterAgent } from './de-passive.js';
import { confessionTopic, refusal, tidyTopic } from './de-confess.js';
import { fieldAdverb, shortClause } from './de-clauses.js';
import { becameKnown, esHeisst, invertedSourceEnd, particleBefore, topicSpan, wieAfter, wieLead } from './de-frames.js';
import type { Stance } from '../types.js';
import type { LanguageRules, NpState, NpStep, QuoteCue, VerbSite } from './rules.js';

/**
 * German attribution rules: Konjunktiv I as the mark of reported speech (content before the cue keeps its
 * clauses in Konjunktiv; a cue-less sentence in Konjunktiv carries on the last speaker), verb-second and
 * verb-final subjects ("wie X mitteilte"), separable cue verbs ("teilte … mit"), "so X", "nach Angaben von X",
 * the passive agent ("von X als … bezeichnet") and "Dies teilte X mit" for the sentence before.
 * Word lists are in src/lang/de/.
 */

/** A sentence adverb written like a noun at the start of a sentence: "Offiziell", "Sinngemäß", "Glücklicherweise". */
function adverbLike(c: Ctx, i: number): boolean {
  if (cls(c, 'adv', i) || fieldAdverb(c, i) || /(?:lich|weise|mäßig|gemäß|ell|falls)$/.test(w(c, i))) return true;
  // Present participles and adjectives in -ig used as adverbs ("Abschließend", "Gegenwärtig"), "Unterdessen":
  // not when the word is a noun ("König") or a name.
  return i === sentenceStartOf(c, i) && /(?:end|ig|dessen)$/.test(w(c, i)) && !nounLemmatizer(c.lex.lang).isNoun(raw(c, i)) && !inEntity(c, i);
}

/** Whether token i opens its sentence (after an opening quotation mark at most). */
function sentenceStartOf(c: Ctx, i: number): number {
  return i === 0 || PUNCT_END.has(raw(c, i - 1)) || c.toks[i - 1]!.role === 'open' ? i : -1;
}

/** Whether token i lies inside a named entity mention (mentions are in text order: a binary search). */
function inEntity(c: Ctx, i: number): boolean {
  const t = c.toks[i]!;
  const items = c.entities?.items ?? [];
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= t.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < items.length && items[lo]!.start <= t.start && t.end <= items[lo]!.end;
}

/** Numbers written as words before a noun ("zwei Stadträte"). */
const NUMBER_WORD = /^(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|beide|beiden|mehrere)$/;

/** The German words of a noun phrase: capitalized nouns and names, adjectives, numbers, "von X" attributes. */
function npStep(c: Ctx, st: NpState, _i: number, limit: number): NpStep {
  const j = st.j;
  const t = c.toks[j]!;
  const lw = w(c, j);
  const nouns = nounLemmatizer(c.lex.lang);
  /** Where a phrase ends: punctuation, a closing mark or the limit. */
  const endsPhrase = (k: number) => k >= limit || PUNCT_END.has(raw(c, k)) || c.toks[k]!.role === 'close';
  // Names written in lower case: a web address ("faz.net", "t-online.de") or a compound whose noun is
  // capitalized after the hyphen ("ai-Bericht", "dpa-Meldung").
  const lowerName = (!st.head && t.kind !== 'number' && /^\p{Ll}[\p{L}\d-]*(?:\.(?:de|com|net|org|at|ch|eu|info)|-\p{Lu}\p{Ll}+)$/u.test(raw(c, j))) || (st.head && nameParticle(c, j));
  // A web address the tokenizer split at its dot ("ndr" "." "de").
  const site = st.head ? -1 : webAddress(c, j);
  // … which names its medium alone ("zitiert ndr.de Polizeisprecher X": the name after it is the one cited).
  if (st.head && st.last >= 2 && webAddress(c, st.last - 2) === st.last) return 'stop';
  if (site > j) {
    st.head = true;
    st.last = site;
    st.open = false;
    st.j = site + 1;
    return 'next';
  }
  if ((isCap(c, j) || lowerName) && cueForms(c, j).length === 0) {
    // After a common noun, a further capitalized word belongs to the phrase only as a name
    // ("Nachrichtenagentur Reuters"), not as the start of what follows ("laut Ministerium Arbeiten …").
    if (st.head && !st.open && nouns.isNoun(raw(c, j)) && nouns.isNoun(raw(c, st.last)) && !nameAdjective(c, st.last)) return 'stop';
    st.head = true;
    st.last = j;
    st.open = false;
    st.j++;
    return 'next';
  }
  if (t.kind === 'word' && st.open && /(?:e|en|er|es|em)$/.test(lw) && !cls(c, 'prep', j) && !cls(c, 'adv', j) && !cls(c, 'aux', j)) {
    st.j++;
    return 'next';
  }
  if ((t.kind === 'number' || t.kind === 'ordinal' || NUMBER_WORD.test(lw)) && !st.head) {
    st.j++;
    return 'next';
  }
  // "von X" and "vom X" attach to a speaker ("Meinung von Mike Brown", "Betty Suh von der Stiftung …");
  // other prepositional phrases ("im Weißen Haus", "in Berlin") only where the phrase ends with them.
  // A genitive "der" attaches to a common noun ("Sprecher der Polizei"), not to a name ("laut X der Sprecher …").
  const genitiveAfterName = lw === 'der' && !nouns.isNoun(raw(c, st.last));
  if (st.head && !genitiveAfterName && !occasionAfter(c, st.last, j) && /^(von|vom|aus|im|in|beim|bei|der|und|für|am)$/.test(lw) && (isCap(c, j + 1) || (cls(c, 'det', j + 1) && isCap(c, j + 2)) || /(?:e|en|er|es|em)$/.test(w(c, j + 1)))) {
    let k = j + 1;
    let noun = false;
    // An adjective after the phrase's noun opens the next phrase ("von der Marine gute Fortschritte").
    while (k < limit && k - j < 8 && (cls(c, 'det', k) || isCap(c, k) || (!noun && /(?:e|en|er|es|em)$/.test(w(c, k)) && !isCap(c, k) && c.toks[k]!.kind === 'word' && !cls(c, 'adv', k)) || w(c, k) === 'und')) {
      if (isCap(c, k)) noun = true;
      else if (w(c, k) === 'und' || cls(c, 'det', k)) noun = false;
      k++;
    }
    const free = lw === 'von' || lw === 'vom' || lw === 'der' || lw === 'und';
    if (k > j + 1 && isCap(c, k - 1) && (free || endsPhrase(k))) {
      st.last = k - 1;
      st.open = false;
      st.j = k;
      return 'next';
    }
  }
  return 'other';
}

/** Conjunctions that open a verb-final clause whose subject may be the speaker ("nachdem X betont hatte, …"). */
const VERB_FINAL_OPENER = /^(nachdem|weil|obwohl|zumal|als|während|bevor|sobald|da)$/;


/** The subject in the field before a verb at v: "Der Geheimdienst Südkoreas erklärte …"; or null. */
function subjectBefore(c: Ctx, a: number, v: number): [number, number] | null {
  const co = coordinatedSubject(c, a, v); // "Dazu führte er X an und führte aus, C"
  if (co) return co;
  let s = a;
  while (s < v && (cls(c, 'adv', s) || cls(c, 'coord', s) || (cls(c, 'neg', s) && cls(c, 'det', s + 1)))) s++; // (nor "nicht": "Nicht der Minister hat …")
  // "wie die Zeitung berichtete": the subject follows "wie"; in such a verb-final clause adjuncts may
  // follow the subject ("wie X am Dienstag in Hannover erklärte"), so the subject is its noun phrase only.
  let verbFinal = false;
  // So does a clause opened by a conjunction ("nachdem X betont hatte, …").
  const clauseFinal = (k: number) => k + 1 >= c.toks.length || isBoundary(c, k + 1) || is(c, k + 1, '.', '!', '?') || cls(c, 'aux', k + 1) || cls(c, 'werden', k + 1);
  if ((w(c, s) === 'wie' || (VERB_FINAL_OPENER.test(w(c, s)) && clauseFinal(v))) && s + 1 < v) {
    s++;
    verbFinal = true;
    // "wie schon die Bahn mitteilte": the adverb is not part of the subject.
    while (s + 1 < v && cls(c, 'adv', s)) s++;
  }
  if (s >= v) return null;
  // "Die Tat bezeichnete er als sinnlos": a nominative pronoun right after the verb is the subject; what fills
  // the field before is an object.
  if (/^(er|ich|wir|man)$/.test(w(c, v + 1)) && !cls(c, 'pron', s)) return null;
  // "…, der sagte, …", "…, die alle Vorwürfe zurückwies": a relative pronoun after a comma is the subject of its
  // clause (the speaker is what it refers to) unless a subject of its own follows ("…, die er nannte").
  if (s === a && isComma(c, s - 1) && RELATIVE_SUBJECT.test(w(c, s)) && !isCap(c, s + 1) && !cls(c, 'pron', s + 1)) return [s, s];
  // A field opened by a preposition, a conjunction, a date or an object ("Den Anstieg führt X auf …") is no
  // subject; nor is a single sentence adverb ("Offiziell sagte …").
  if (cls(c, 'prep', s) || cls(c, 'sub', s) || cls(c, 'oblique', s) || cls(c, 'aux', s) || c.inTime[s] || c.toks[s]!.kind === 'date' || c.toks[s]!.kind === 'number') return null;
  // A single sentence adverb or demonstrative ("Offiziell sagte …", "Dies bestätigte X") is no subject, nor a
  // pronominal adverb ("Darin wird … gefordert").
  if (s + 1 === v && (adverbLike(c, s) || cls(c, 'demonstrative', s) || PRONOMINAL_ADVERB.test(w(c, s)))) return null;
  // A field opened by the genitive article is an adverbial ("Des Weiteren verwies X …"): no subject is genitive.
  if (w(c, s) === 'des') return null;
  // The subject ends at the first comma (a relative clause may follow), unless what follows is an apposition
  // ending right before the verb ("Der Leiter der WHO, Klaus Stöhr, sagte", "Günther Platter, der
  // Verteidigungsminister Österreichs, sagte"); and before an auxiliary ("X hat … gesagt").
  let e = s;
  while (e + 1 < v && !isBoundary(c, e + 1) && !cls(c, 'aux', e + 1)) e++;
  if (isComma(c, e + 1) && !cls(c, 'sub', e + 2)) {
    const k = npForward(c, e + 2, v);
    if (k >= 0 && (k + 1 === v || (isComma(c, k + 1) && k + 2 === v))) e = k;
    // A longer apposition closed by the comma before the verb ("Frank Borg, Vorsitzender des Vereins für das
    // Münsterland, sagte"): it opens like a noun phrase and ends with a noun or name, where a relative clause
    // ("X, der gestern kam, sagte") ends with its verb.
    else if (isComma(c, v - 1) && v - 1 > e + 2 && v - e < 24 && (isCap(c, e + 2) || cls(c, 'det', e + 2)) && !cls(c, 'pron', e + 2)) {
      const end = v - 2;
      const closes = isCap(c, end) || c.toks[end]!.role === 'close';
      let inner = true;
      for (let q = e + 2; q <= end && inner; q++) if (isBoundary(c, q) || cueForms(c, q).length > 0) inner = false;
      if (closes && inner && !(cls(c, 'relative', e + 2) && !isCap(c, e + 3))) e = end;
    }
  }
  e = subjectOfClauseBefore(c, s, e, v);
  if (verbFinal) {
    const np = npForward(c, s, v);
    if (np >= s && np < e) e = np;
  }
  while (e > s && cls(c, 'adv', e)) e--;
  // Lower-case words after a complete noun phrase are adverbs of the clause ("X immer wieder betont hatte"):
  // what follows a noun's head inside its phrase opens with a preposition, an article or a capital.
  const np = npForward(c, s, e + 1);
  if (np >= s && np < e) {
    let k = np + 1;
    while (k <= e && isWord(c, k) && !isCap(c, k) && !cls(c, 'det', k) && !cls(c, 'prep', k) && !/^(von|vom|aus|im|in|beim|bei|und)$/.test(w(c, k))) k++;
    if (k > e) e = np;
  }
  if (!isWord(c, s) && !(c.toks[s]!.kind === 'quote')) return null;
  let named = false;
  for (let k = s; k <= e; k++) if (isCap(c, k) || cls(c, 'pron', k) || webAddress(c, k) > k) named = true;
  return named ? [appositionStart(c, s, e), e] : null;
}

/** ", so X" after a closing quote: "„…“, so der Minister." */
function quoteSo(c: Ctx, k: number, limit: number): QuoteCue | null {
  if (w(c, k) !== 'so') return null;
  const e = npForward(c, k + 1, limit);
  return e >= 0 ? { cue: [[k, k]], source: [k + 1, e], stance: 'assert', end: e } : null;
}

/** "Die Kernaussage von X lautete: „…“": the subject of a clause ending in a colon speaks; the word after it is the cue. */
function colonSpeaker(c: Ctx, a: number, open: number): { cue: number[][] | null; source: [number, number]; stance: 'assert' } | null {
  if (!is(c, open - 1, ':')) return null;
  if (cls(c, 'adv', a) || adverbLike(c, a) || cls(c, 'prep', a) || cls(c, 'oblique', a) || cls(c, 'sub', a)) return null;
  const e = npForward(c, a, open - 1);
  if (e < 0) return null;
  const verb = e + 1 < open - 1 && !isCap(c, e + 1) && isWord(c, e + 1) ? [[e + 1, e + 1]] : null;
  // "sagte Jon Berg, Gründer der Band: „…“": the name before the apposition and the verb before the name.
  const s = appositionStart(c, a, e);
  const before = s < a && !isCap(c, s - 1) && cueForms(c, s - 1).length > 0 ? [[s - 1, s - 1]] : null;
  return { cue: before ?? verb, source: [s, e], stance: 'assert' };
}

/** Clauses of a preposed content: keep the first and those in Konjunktiv after it. */
function preposedContent(c: Ctx, a: number, b: number): [number, number] | null {
  const t = trim(c, a, b);
  if (!t || bareNounPhrase(c, t[0], t[1])) return null;
  let end = t[0];
  let clauseStart = t[0];
  let first = true;
  for (let i = t[0]; i <= t[1] + 1; i++) {
    if (i > t[1] || (isComma(c, i) && c.inQuote[i]! < 0)) {
      if (first || hasKonjunktiv(c, clauseStart, i - 1)) end = i - 1;
      else break;
      first = false;
      clauseStart = i + 1;
    }
  }
  return trim(c, t[0], end);
}

/** Whether the clause of a participle at v has a passive auxiliary: a perfect with "haben" is active ("Die Retter hatten von einem Wunder gesprochen"). */
function passiveAux(c: Ctx, clauseA: number, v: number): boolean {
  for (let k = clauseA; k <= v + 3 && k < c.toks.length && !(k > v && isBoundary(c, k)); k++) if (cls(c, 'werden', k) || cls(c, 'sein', k)) return true;
  return false;
}

/** Passive with an agent: "… von westlichen Militärs als zweifelhaft beschrieben wird". */
function passiveWithAgent(c: Ctx, site: VerbSite): boolean {
  const { v, sA, si, passive, form, cue, info } = site;
  if (form.form === 'participle') {
    let von = -1;
    let clauseA = v;
    while (clauseA > sA && !isBoundary(c, clauseA - 1)) clauseA--;
    if (!passiveAux(c, clauseA, v)) return false;
    // The agent's "von" follows no noun ("der Ausbruch von Cholera" is no agent), except a genitive
    // attribute, after which a further attribute is rare ("die Qualität des Materials von X … beschrieben").
    for (let k = v - 1; k >= clauseA; k--) {
      if (w(c, k) !== 'von' && w(c, k) !== 'vom') continue;
      let n = k - 1;
      while (n > clauseA && /(?:e|en|er|es|em)$/.test(w(c, n - 1)) && !isCap(c, n - 1) && !cls(c, 'gen', n - 1)) n--;
      if (!isCap(c, k - 1) || (n > clauseA && w(c, n - 1) === 'des')) von = k;
    }
    if (von >= clauseA && passive) {
      const e = npForward(c, von + 1, v);
      let s = clauseA;
      while (s < von && (cls(c, 'sub', s) || cls(c, 'werden', s) || cls(c, 'adv', s))) s++;
      let ce = von - 1;
      while (ce > s && (cls(c, 'werden', ce) || cls(c, 'aux', ce) || cls(c, 'adv', ce))) ce--;
      const content = trim(c, s, ce) ?? (e >= 0 && s === von && !info.frames.includes('von') ? topicAfterAgent(c, e, v, site.sB) : null);
      if (e >= 0 && content && unused(c, content[0], content[1])) {
        addClaim(c, { kind: 'reported', content: [content], cue, source: [von + 1, e], resolved: null, stance: info.stance, rule: 'passive-agent', sentence: si });
        return true;
      }
    }
    if (von < clauseA) return agentlessPassive(c, site, clauseA);
  }
  return false;
}

/**
 * A passive without "von X" ("Es wurde berichtet, dass …", "Ihm wird vorgeworfen, … zu haben"): its subject is
 * what was said or whom it concerns, never the speaker. With a statement after it, a claim of nobody named;
 * else no claim ("X wurde verurteilt", "wurde durch einen Test bestätigt").
 */
function agentlessPassive(c: Ctx, site: VerbSite, clauseA: number): boolean {
  const { v, sB, si, cue, info } = site;
  let clauseB = v;
  while (clauseB < sB && !isBoundary(c, clauseB + 1)) clauseB++;
  let werden = false;
  for (let k = clauseA; k <= clauseB; k++) if (cls(c, 'werden', k)) werden = true;
  if (!werden) return false;
  const start = deRules.contentStart(c, site, site.afterCue);
  const content = start > 0 && start <= sB ? trim(c, start, sB) : null;
  if (content && content[1] - content[0] >= 2 && deRules.clauseOk(c, content, site) && unused(c, content[0], content[1])) {
    for (let k = v; k < start; k++) c.used[k] = 1;
    // "In einer Pressemitteilung wird gefordert, …": the text is the source.
    let source: [number, number] | null = null;
    for (let k = clauseA; k < v - 1 && !source; k++) {
      if (!SAID_IN.test(w(c, k))) continue;
      const e = npForward(c, k + 1, v);
      if (e > k && placeSpeaks(c, k + 1, e)) source = [k + 1, e];
    }
    addClaim(c, { kind: source ? kindOf(c, [content]) : 'unattributed', content: [content], cue, source, resolved: null, stance: info.stance, rule: 'passive-agentless', sentence: si });
  }
  return true;
}

/** "Dies teilte die Polizei mit.": the statement is the sentence before. */
function demonstrative(c: Ctx, site: VerbSite): boolean {
  const { v, sA, sB, si, particle, limit, cue, info } = site;
  if (v === sA + 1 && cls(c, 'demonstrative', sA) && si > 0) {
    const e = npForward(c, v + 1, particle >= 0 ? particle : limit);
    const restAfter = e >= 0 ? trim(c, Math.max(e, particle) + 1, sB) : null;
    if (e >= 0 && (restAfter === null || cls(c, 'prep', restAfter[0]) || cls(c, 'adv', restAfter[0]))) {
      const [pA, pB] = sentenceRange(c, si - 1);
      const prevContent = trim(c, pA, pB);
      const lastClaim = c.claims.at(-1);
      // (A claim of nobody named gives way too: "Wie bekannt wurde, C. Das berichteten X.")
      if (prevContent && lastClaim && (lastClaim.cue === null || lastClaim.source === null) && lastClaim.sentence === si - 1 && lastClaim.content[0]![0]! >= pA) {
        c.claims.pop()!.removed = true;
        for (let k = pA; k <= pB; k++) c.used[k] = 0;
      }
      if (prevContent && unused(c, prevContent[0], prevContent[1])) {
        addClaim(c, { kind: kindOf(c, [prevContent]), content: [prevContent, [sA, sA]], cue, source: [v + 1, e], resolved: pronounResolution(c, [v + 1, e], si), stance: info.stance, rule: 'verb-demonstrative', sentence: si });
        return true;
      }
    }
  }
  return false;
}

/**
 * "nennt sich", "entschied sich für", "verspricht man sich": verbs listed as `noreflexive` (src/lang/de/claim-words.tsv)
 * mean something else than saying with "sich" in their clause.
 */
function reflexiveNoCue(c: Ctx, v: number, sA: number, sB: number): boolean {
  if (!cueForms(c, v).some((f) => inClass(c.lex, 'noreflexive', f.lemma))) return false;
  for (let k = v - 1; k >= sA && v - k <= 4 && !isBoundary(c, k); k--) if (w(c, k) === 'sich') return true;
  for (let k = v + 1; k <= sB && k - v <= 3 && !isBoundary(c, k); k++) if (w(c, k) === 'sich') return true;
  return false;
}

/**
 * A cue form that is no speech act where it stands: in a comparison ("besser als erwartet", "wie angekündigt"),
 * or as an attributive participle between an article and its noun ("der als Lindenhof bezeichnete Platz").
 */
function notACue(c: Ctx, v: number, sA: number, sB: number): boolean {
  if (v > sA && /^(als|wie)$/.test(w(c, v - 1)) && (v === sB || isBoundary(c, v + 1) || is(c, v + 1, '.'))) return true;
  // "wie erwartet zu einem Hurrikan": a participle right after "wie"/"als" is a comparison, unless a passive
  // auxiliary follows ("wie mitgeteilt wurde").
  if (v > sA && /^(als|wie)$/.test(w(c, v - 1)) && cueForms(c, v).some((f) => f.form === 'participle') && !cls(c, 'werden', v + 1) && !cls(c, 'aux', v + 1)) return true;
  if (reflexiveNoCue(c, v, sA, sB) || refusal(c, v, sA) || zuInfinitiveCue(c, v) || otherParticle(c, v, sB)) return true;
  if (!isCap(c, v + 1) || !/e[nmrs]?$/.test(w(c, v)) || !nounLemmatizer(c.lex.lang).isNoun(raw(c, v + 1))) return false;
  for (let k = v - 1; k >= sA && v - k <= 6; k--) {
    if (cls(c, 'det', k)) return k < v - 1;
    if (isBoundary(c, k) || (isCap(c, k) && !(k > sA && w(c, k - 1) === 'als'))) return false;
  }
  return false;
}

/** In a passive the speaker is the agent ("… wurde vom LSVD aufgefordert"), not the subject. */
function passiveAgent(c: Ctx, clauseA: number, v: number): [number, number] | null {
  if (!passiveAux(c, clauseA, v)) return null;
  for (let k = clauseA; k < v; k++) {
    if ((w(c, k) === 'von' || w(c, k) === 'vom') && !isCap(c, k - 1)) {
      const e = npForward(c, k + 1, v);
      return e >= 0 ? [k + 1, e] : null;
    }
  }
  return null;
}

/**
 * "nach Polizeiangaben", "nach eigenen Angaben", "nach den Berechnungen der Meteorologen": "nach" before a noun
 * for what someone said; and "…, nach denen C" after one. The speaker is what follows the statement noun
 * ("der Meteorologen"), else the phrase itself ("Polizeiangaben").
 */
function statementAfter(c: Ctx, si: number, i: number, sA: number, sB: number, limit: number): boolean {
  if (cls(c, 'relative', i + 1) && isComma(c, i - 1) && c.lex.statementSuffix.test(w(c, i - 2))) {
    const rest = trim(c, i + 2, sB);
    if (!rest || !unused(c, rest[0], rest[1])) return false;
    c.used[i] = 1;
    c.used[i + 1] = 1;
    addClaim(c, { kind: 'indirect', content: [rest], cue: [[i, i]], source: [i + 1, i + 1], resolved: null, stance: 'assert', rule: 'phrase-statement-relative', sentence: si });
    return true;
  }
  if (phraseAt(c, c.lex.phrases, i)) return false; // "nach Angaben …" is in the phrase list
  // "Seiner Meinung nach …": the postposition after a statement noun.
  if (i > sA && isCap(c, i - 1) && c.lex.statementSuffix.test(w(c, i - 1))) {
    let s0 = i - 1;
    while (s0 > sA && (cls(c, 'det', s0 - 1) || /(?:e|en|er|es|em)$/.test(w(c, s0 - 1))) && !isBoundary(c, s0 - 1) && !isCap(c, s0 - 1)) s0--;
    // "Am Samstag starben behördlichen Angaben nach": after a noun, the first lower-case word is the verb.
    while (s0 < i - 1 && s0 > sA && isCap(c, s0 - 1) && !cls(c, 'det', s0)) s0++;
    const parts = [trim(c, sA, s0 - 1), trim(c, i + 1, sB)].filter((p): p is [number, number] => p !== null);
    if (parts.length > 0 && parts.every((p) => unused(c, p[0], p[1]))) {
      for (let k = s0; k <= i; k++) c.used[k] = 1;
      addClaim(c, { kind: kindOf(c, parts), content: parts, cue: [[i, i]], source: [s0, i - 1], resolved: null, stance: 'assert', rule: 'phrase-statement', sentence: si });
      return true;
    }
  }
  let e = npForward(c, i + 1, limit);
  let skip = e;
  if (e < 0) return false;
  let noun = -1;
  for (let k = i + 1; k <= e; k++) {
    if (isCap(c, k) && (c.lex.statementSuffix.test(w(c, k)) || (derivedStatement(c, k) && (reportKonjunktiv(c, e + 1, sB) || hasReportative(c, e + 1, sB))))) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return false;
  [e, skip] = genitiveSpeaker(c, noun, e, sB);
  const source: [number, number] = noun < e && (cls(c, 'gen', noun + 1) || /^(von|eines|einer)$/.test(w(c, noun + 1))) ? [w(c, noun + 1) === 'von' ? noun + 2 : noun + 1, e] : [i + 1, e];
  const [c0, cb] = clauseOf(c, i, sA, sB);
  const ca = verbSecondStart(c, c0, sA);
  const wholeSentence = (trim(c, ca, i - 1) === null && trim(c, skip + 1, cb) === null) || i === sA;
  const [a, b] = wholeSentence || (ca === sA && cb === sB) ? [sA, sB] : [ca, cb];
  const parts = [trim(c, a, i - 1), trim(c, skip + 1, b)].filter((p): p is [number, number] => p !== null);
  if (parts.length === 0 || !parts.every((p) => unused(c, p[0], p[1]))) return false;
  for (let k = i; k <= e; k++) c.used[k] = 1;
  const stance: Stance = /schätz|berechn|prognos/.test(w(c, noun)) ? 'estimate' : 'assert';
  addClaim(c, { kind: kindOf(c, parts), content: parts, cue: [[i, i]], source, resolved: null, stance, rule: 'phrase-statement', sentence: si });
  return true;
}

/** How many sentences back a speaker still carries a plain "soll"/"sollen" ("Auch soll die Kommission … prüfen"). */
const CARRY_SOLL = 1;

function continuation(c: Ctx, si: number): void {
  if (quoteCarriesOn(c, si)) return;
  const [sA, sB] = sentenceRange(c, si);
  const content = trim(c, sA, sB);
  if (!content || !unused(c, content[0], content[1])) return;
  if (hasClaimIn(c, si)) return;
  // Hearsay "soll": with a perfect infinitive ("soll … geplant haben", "soll … gewesen sein"), not a plan ("soll … gebaut werden").
  let reportative = -1;
  for (let i = sA; i <= sB; i++) {
    if (c.inQuote[i]! >= 0 || !c.lex.reportative.has(w(c, i))) continue;
    for (let k = i + 1; k <= sB && !isBoundary(c, k); k++) {
      if (/^(haben|sein)$/.test(w(c, k)) && /(?:t|en)$/.test(w(c, k - 1))) reportative = i;
    }
  }
  let hearsay = reportative;
  for (let i = sA; i <= sB && hearsay < 0; i++) if (c.inQuote[i]! < 0 && cls(c, 'hearsay', i)) hearsay = i;
  const prev = lastSourced(c, si, 3);
  // Right after a sourced statement, any finite "soll"/"sollen" reports what the speaker said is planned or
  // supposed ("Auch soll die Kommission … prüfen."): the reporter keeps their distance with the modal.
  if (reportative < 0 && prev?.source && prev.sentence >= si - CARRY_SOLL) {
    for (let i = sA; i <= sB && reportative < 0; i++) {
      if (c.inQuote[i]! < 0 && c.lex.reportative.has(w(c, i)) && !isCap(c, i)) reportative = i;
    }
  }
  // Without a speaker to carry it, hearsay ("soll … haben", "angeblich") is a hedged claim of nobody in particular.
  const hedge = () => {
    if (hearsay >= 0 && !is(c, sB, '?')) {
      addClaim(c, { kind: 'unattributed', content: [content], cue: [[hearsay, hearsay]], source: null, resolved: null, stance: 'assert', rule: 'hearsay-hedge', sentence: si, certainty: 'possible' });
    }
  };
  if (!prev?.source) return hedge();
  // Right after a claim, a modal Konjunktiv II ("würden", "könnten") stands in for Konjunktiv I.
  const konj = prev.sentence < si - 1 ? hasKonjunktiv(c, sA, sB, true) : reportKonjunktiv(c, sA, sB);
  if (!konj && reportative < 0) return hedge();
  // A question or a sentence that ends a quotation is not carried on.
  if (is(c, sB, '?')) return;
  // Consecutive sentences that carry on the same speaker are one statement.
  const last = c.claims.at(-1);
  if (last && last.cue === null && last.sentence === si - 1 && last.source === prev.source && last.rule.endsWith('continuation')) {
    last.content[last.content.length - 1]![1] = content[1];
    last.sentence = si;
    index(c, last);
    for (let i = content[0]; i <= content[1]; i++) c.used[i] = 1;
    return;
  }
  addClaim(c, {
    kind: kindOf(c, [content]),
    content: [content],
    cue: null,
    source: prev.source,
    resolved: prev.resolved,
    stance: 'assert',
    rule: konj ? 'konjunktiv-continuation' : 'reportative-continuation',
    sentence: si,
  });
}

/**
 * German words of a cue besides verb and particle: "wie" of "wie X mitteilte"; the auxiliaries after a
 * clause-final verb ("betont hatte", "bekannt gegeben worden war"); in a clause whose finite verb stands
 * before the cue ("hat … dazu aufgefordert", "waren davon ausgegangen", "hat sich … geäußert") the
 * correlate right before the cue (not "damit", which points to a reason: "damit begründet, dass") and a reflexive right after the finite verb.
 */
function germanCueExtras(c: Ctx, v: number, clauseA: number, set: Set<number>): void {
  germanCueWords(c, v, clauseA, set);
  if (w(c, clauseA) === 'wie' && clauseA < v) set.add(clauseA);
  for (let k = v + 1; k < c.toks.length && k - v <= 2 && (cls(c, 'aux', k) || cls(c, 'werden', k)); k++) {
    if (cls(c, 'adv', k - 1) || !(isBoundary(c, k + 1) || is(c, k + 1, '.', '!', '?') || cls(c, 'aux', k + 1) || cls(c, 'werden', k + 1))) break;
    set.add(k);
  }
  let fin = -1;
  for (let k = clauseA; k < v; k++) if (set.has(k) && (cls(c, 'aux', k) || cls(c, 'werden', k) || cls(c, 'lassen', k))) {
    fin = k;
    break;
  }
  if (fin < 0 && !(cls(c, 'sub', clauseA) || w(c, clauseA) === 'wie' || cls(c, 'relative', clauseA))) return;
  for (let k = v - 1; k > Math.max(fin, clauseA) && v - k <= 2; k--) if (cls(c, 'correlate', k) && w(c, k) !== 'damit') {
    set.add(k);
    break;
  }
  if (fin >= 0 && cls(c, 'reflexive', fin + 1) && fin + 1 < v) set.add(fin + 1);
}

/** Prepositions of a place where something is said: "In dem Bericht heißt es", "Aus Paris hieß es", "bei der Agentur". */
const SAID_IN = /^(in|im|bei|beim|aus)$/;

/** A place that can say something: a text ("Bericht", "Meldung") or a name ("Paris", "Agentur RIA"), not an occasion ("bei der Unterzeichnung"). */
function placeSpeaks(c: Ctx, a: number, b: number): boolean {
  const nouns = nounLemmatizer(c.lex.lang);
  for (let k = a; k <= b; k++) {
    if (!isCap(c, k)) continue;
    if (!nouns.isNoun(raw(c, k)) || c.lex.statementSuffix.test(w(c, k).replace(/e?s$/, ''))) return true;
  }
  return false;
}

/** "In der Vorabversion des Berichts heißt es, …", "So heißt es in der Meldung wörtlich: …": the document or place speaks. */
function saidIn(c: Ctx, i: number, last: number, sA: number, sB: number): { source: [number, number]; contentFrom?: number } | null {
  const speaks = (a: number, b: number) => placeSpeaks(c, a, b);
  let s = sA;
  while (s < i && cls(c, 'adv', s)) s++;
  if (s < i - 1 && SAID_IN.test(w(c, s))) {
    const e = npForward(c, s + 1, i);
    if (e > s && speaks(s + 1, e)) return { source: [s + 1, e] };
  }
  if (last + 2 <= sB && SAID_IN.test(w(c, last + 1))) {
    const e = npForward(c, last + 2, sB + 1);
    if (e < 0 || !speaks(last + 2, e)) return null;
    let k = e + 1;
    while (k <= sB && (cls(c, 'adv', k) || w(c, k) === 'wörtlich')) k++;
    if (k <= sB && (isComma(c, k) || is(c, k, ':'))) return { source: [last + 2, e], contentFrom: k + 1 };
    if (k > sB) return { source: [last + 2, e] };
  }
  return null;
}

export const deRules: LanguageRules = {
  saidIn,
  nounAfterDeterminer: false,
  nestedApposition: true,
  dropThatAfterPhrase: false,
  joinQuoteContinuation: false,
  finalCueFirst: false,
  prepositionRightAfterObjectVerb: false,
  contentStops: new Set(),
  skipAuxBeforeVerb: false,
  npStep,
  timeInPhrase,
  subjectBefore,
  quoteCueFirst: quoteSo,
  quoteCueLast: () => null,
  quoteTrailer: (c, found) => {
    found.source[1] = invertedSourceEnd(c, found.source, found.end);
  },
  colonSpeaker,
  preposedContent,
  notACue,
  verbFirst: (c, site) => alsPassive(c, site) || passiveWithAgent(c, site),
  invertedSourceOk: invertedSubjectOk,
  verbAfterPreposed: (c, site) => demonstrative(c, site) || wieAfter(c, site) || confessionTopic(c, site),
  particleBefore,
  invertedSourceEnd,
  topicSpan,
  passiveAgent,
  contentStart(c, site, after) {
    let k = after;
    while (k <= site.sB && !isBoundary(c, k) && k - after < 8 && !coordinatedCue(c, k)) k++;
    return k <= site.sB && (isComma(c, k) || is(c, k, ':')) ? k + 1 : -1;
  },
  contentEnd: beforeMainClause,
  clauseOk: (c, [a, b], site) =>
    cls(c, 'sub', a) || hasKonjunktiv(c, a, b) || c.toks[a]!.kind === 'quote' || site.info.frames.includes('say') || zuInfinitive(c, a, b) || wieLead(c, site),
  shortContent: shortClause,
  cueExtras: germanCueExtras,
  statementPhrase: (c, si, i, sA, sB, limit) =>
    perspective(c, si, i, sA, sB) || (w(c, i) === 'nach' ? statementAfter(c, si, i, sA, sB, limit) : nominalCue(c, si, i, sA, sB, (a, b) => reportKonjunktiv(c, a, b)) || esHeisst(c, si, i, sA, sB, (a, b) => placeSpeaks(c, a, b)) || ausFrame(c, si, i, sA, sB) || becameKnown(c, si, i, sA, sB) || viewFrame(c, si, i, sA, sB) || colonNoun(c, si, i, sA, sB, (a, b) => reportKonjunktiv(c, a, b)) || fuerIstKlar(c, si, i, sA, sB)),
  // A sentence that opens with "Laut X", "X zufolge" or "Nach Angaben X" is that attribution.
  // "Danach" is a time ("Danach brach Feuer aus") unless the rest is reported: Konjunktiv or a hearsay modal.
  referenceOk: (c, i, a, b) => w(c, i) !== 'danach' || reportKonjunktiv(c, a, b) || hasReportative(c, a, b),
  opensWithAttribution: (c, first) => w(c, first) === 'nach' || w(c, first + 1) === 'zufolge' || w(c, first + 2) === 'zufolge',
  continuation,
  phraseClauseStart: verbSecondStart,
  sourceAfterPhraseEnd: phraseSourceEnd,
  tidySpans: tidyTopic,
  extraVia(c, sA, sB, out) {
    // "…, die sich auf X stützen"
    for (let i = sA; i <= sB; i++) {
      if (w(c, i) !== 'auf') continue;
      const k = i + 1;
      const e = npForward(c, k, sB + 1);
      if (e >= 0 && /^stütz/.test(w(c, e + 1)) && !out.some((v) => v.start === c.toks[k]!.start)) {
        out.push({ start: c.toks[k]!.start, end: c.toks[e]!.end, entity: null, relation: 'based_on' });
      }
    }
  },
};
