import { nounLemmatizer } from '../lemma.js';
import { readList } from '../../lang/lexicon.js';
import { GAZ, NerLexicon } from '../ner/lexicon.js';
import { addClaim, cls, isBoundary, isCap, isComma, is, kindOf, pronounResolution, raw, trim, unused, w, type Ctx } from './context.js';
import { npForward, subjectAfter, subjectBefore } from './phrases.js';
import { zuInfinitive } from './de-konjunktiv.js';

/**
 * German verbs of judging with a predicative (round 14, spec 4): "X hält es für möglich, dass C", "X sah es als
 * erwiesen an, dass C", "X betrachtet es als wichtiger, dass C" — an indirect claim whose cue is the verb with
 * "es" and the predicate, the content the clause; "X hält den Vorschlag für falsch", "X betrachtet die Anrufung
 * als Eskalation" — a reported view whose topic is the object and the predicate. The verbs are word classes of
 * src/lang/de/claim-words.tsv: `view-für` (forms of "halten", "erachten") and `view-als` ("sehen", "betrachten",
 * "ansehen"); their particle "an" ("sah … als … an") and participles may close the clause.
 */

/** Adverbs of degree inside a predicate ("für sehr wahrscheinlich", "als nicht erwiesen"). */
const DEGREE = /^(nicht|sehr|eher|durchaus|völlig|wenig|kaum|immer|noch|weiter|besonders|äußerst|ganz|zu|so|nun)$/;
/** Indefinite and negating articles that open a predicate noun phrase ("für einen Fehler", "als keine Lösung"). */
const INDEFINITE = /^(ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner)$/;
/** Endings of abstract nouns ("Eskalation", "Zumutung", "Frechheit", "Ärgernis"). */
const ABSTRACT = /(?:ung|heit|keit|ion|tät|nis|ismus|schaft)$/;
/** Ordinals and the like after "als": "sah als erster …" is no judgement. */
const NO_PREDICATE = /^(erst|letzt|einzig|nächst|zweit|dritt)/;

/** The last token of a predicate after the preposition at p ("für möglich", "als eine Eskalation des Konflikts"), or -1. */
function predicateEnd(c: Ctx, p: number, sB: number): number {
  let k = p + 1;
  while (k <= sB && DEGREE.test(w(c, k)) && !isCap(c, k)) k++;
  if (k > sB || isBoundary(c, k) || c.toks[k]!.kind !== 'word') return -1;
  if (INDEFINITE.test(w(c, k))) {
    let q = k + 1;
    while (q <= sB && q - k < 4 && !isCap(c, q) && c.toks[q]!.kind === 'word' && !isBoundary(c, q)) q++;
    if (q > sB || !isCap(c, q)) return -1;
    // A genitive attribute belongs to the predicate ("als Eskalation des Konflikts").
    while (q + 2 <= sB && cls(c, 'gen', q + 1) && isCap(c, q + 2)) q += 2;
    return q;
  }
  // "als Angriff auf die Pressefreiheit", "als Eskalation des Konflikts": a bare abstract noun after "als", or one
  // with an attribute ("Wir sahen den Film als Kinder" is no judgement).
  if (isCap(c, k) && w(c, p) === 'als') {
    if (cls(c, 'gen', k + 1) && isCap(c, k + 2)) return k + 2;
    if (/^(auf|gegen|für|von|zur|zum)$/.test(w(c, k + 1))) {
      const e = npForward(c, k + 2, sB + 1);
      if (e > k + 1) return e;
    }
    return ABSTRACT.test(w(c, k)) ? k : -1;
  }
  if (isCap(c, k) || NO_PREDICATE.test(w(c, k))) return -1;
  for (const x of ['det', 'prep', 'pron', 'sub', 'coord', 'relative', 'reflexive', 'oblique']) if (cls(c, x, k)) return -1;
  return k;
}

/** Whether the word at k closes the verb's clause: punctuation, or its particle/participle/auxiliary before that. */
function closesClause(c: Ctx, k: number, sB: number): number {
  let e = k;
  while (e + 1 <= sB && (w(c, e + 1) === 'an' || cls(c, 'aux', e + 1) || NONFINITE_FUER.test(w(c, e + 1)) || NONFINITE_ALS.test(w(c, e + 1)))) e++;
  return e === sB || is(c, e + 1, '.', ',', ';', ':', '!', '?') ? e : -1;
}

/** Participles and infinitives of the verbs of judging that close a clause after an auxiliary (round 14, spec 6). */
const NONFINITE_FUER = /^(gehalten|erachtet|halten|erachten)$/;
const NONFINITE_ALS = /^(gesehen|angesehen|betrachtet|sehen|ansehen|betrachten)$/;

/**
 * "hat es für möglich gehalten", "hatte … als erwiesen angesehen", "wird es für nötig halten": the preposition of the
 * verb of judging whose participle or infinitive closes the clause of the auxiliary at i, or ''.
 */
function nonFiniteView(c: Ctx, i: number, sB: number): string {
  let k = i + 1;
  while (k <= sB && k - i < 16 && !isBoundary(c, k) && !is(c, k, '.', ',', ';', ':', '!', '?')) k++;
  // (Another auxiliary may close the clause: "hat es für möglich gehalten haben".)
  let last = k - 1;
  while (last > i + 1 && cls(c, 'aux', last)) last--;
  return NONFINITE_FUER.test(w(c, last)) ? 'für' : NONFINITE_ALS.test(w(c, last)) ? 'als' : '';
}

/** "X hält es für möglich, dass C" / "X hält den Vorschlag für falsch" at token i; true when a claim was made. */
export function viewFrame(c: Ctx, si: number, i: number, sA: number, sB: number): boolean {
  const prep = cls(c, 'view-für', i) ? 'für' : cls(c, 'view-als', i) ? 'als' : cls(c, 'aux', i) ? nonFiniteView(c, i, sB) : '';
  if (!prep || isCap(c, i) || c.inQuote[i]! >= 0) return false;
  let p = i + 1;
  while (p <= sB && p - i < 14 && w(c, p) !== prep && !isBoundary(c, p)) p++;
  if (p > sB || w(c, p) !== prep || p === i + 1 && prep === 'als') return false;
  const pe = predicateEnd(c, p, sB);
  if (pe < 0) return false;
  const end = closesClause(c, pe, sB);
  if (end < 0) return false;
  let clauseA = i;
  while (clauseA > sA && !isBoundary(c, clauseA - 1)) clauseA--;
  let es = -1;
  for (let k = i + 1; k < p; k++) if (w(c, k) === 'es') es = k;
  let src = subjectBefore(c, clauseA, i);
  let objectFrom = i + 1;
  if (!src) {
    src = subjectAfter(c, i + 1, p);
    if (src && src[0] !== es) objectFrom = src[1] + 1;
    else src = null;
  }
  if (!src || src[0] <= i && src[1] >= i) return false;
  const tail: number[][] = [[p, pe]];
  for (let k = pe + 1; k <= end; k++) tail.push([k, k]);
  // "hält es für möglich, dass C": the correlate "es" and a clause after the comma.
  if (es >= 0 && isComma(c, end + 1) && end + 2 <= sB && (cls(c, 'sub', end + 2) || zuInfinitive(c, end + 2, sB))) {
    const content = trim(c, end + 2, sB);
    if (!content || !unused(c, content[0], content[1])) return false;
    const cue = es === i + 1 ? [[i, es], ...tail] : [[i, i], [es, es], ...tail];
    for (const [a, b] of cue) for (let k = a!; k <= b!; k++) c.used[k] = 1;
    addClaim(c, { kind: kindOf(c, [content]), content: [content], cue, source: src, resolved: pronounResolution(c, src, si), stance: 'speculate', rule: 'view-frame-clause', sentence: si });
    return true;
  }
  // "hält den Vorschlag für falsch": the object and the predicate are the view. (Not after an auxiliary: "hatten das
  // Verhältnis als entspannter betrachtet" is, in SpkAtt, an observation more often than a report; measured, spec 6.)
  if (es >= 0 || cls(c, 'aux', i)) return false;
  while (objectFrom < p && (cls(c, 'adv', objectFrom) || cls(c, 'coord', objectFrom))) objectFrom++;
  // "Dies hält er für unwahrscheinlich": with the subject after the verb, the field before it is the object.
  // (A prepositional phrase there is an adjunct: "hält er aufgrund vieler Details für unwahrscheinlich".)
  const adjunct = objectFrom < p && cls(c, 'prep', objectFrom);
  const object = objectFrom < p && !adjunct ? trim(c, objectFrom, p - 1) : src[0] > i && clauseA < i ? trim(c, clauseA, i - 1) : null;
  if (!object || (src[0] >= object[0] && src[0] <= object[1])) return false;
  const parts = [object, [p + 1, pe]];
  if (!parts.every((x) => unused(c, x[0]!, x[1]!))) return false;
  const cue = [[i, i], [p, p], ...tail.slice(1)];
  for (const [a, b] of cue) for (let k = a!; k <= b!; k++) c.used[k] = 1;
  addClaim(c, { kind: 'reported', content: parts, cue, source: src, resolved: pronounResolution(c, src, si), stance: 'assert', rule: 'view-frame', sentence: si });
  return true;
}

/** Possessive determiners that name the speaker of "Seine Botschaft: …". */
const POSSESSIVE = /^(sein|seine|ihr|ihre|unser|unsere)$/;

/**
 * A noun before a colon that announces a report in Konjunktiv (round 14, spec 4): "Der Vorwurf: Die Behörde habe zu
 * spät reagiert.", "Das Fazit der Ministerin: Die Reform sei gescheitert.", "Seine Botschaft: Niemand werde
 * zurückgelassen." The speaker is a genitive or "von"-phrase after the noun, or the possessive before it; else no one
 * (unattributed). Without Konjunktiv the colon lists facts ("Die Bilanz: 20 Tote"). At the sentence's first token i.
 */
export function colonNoun(c: Ctx, si: number, i: number, sA: number, sB: number, reported: (a: number, b: number) => boolean): boolean {
  if (i !== sA || c.inQuote[i]! >= 0) return false;
  let n = cls(c, 'det', i) ? i + 1 : i;
  while (n < sB && !isCap(c, n) && /(?:e|en|er|es|em)$/.test(w(c, n)) && !cls(c, 'det', n)) n++;
  if (!isCap(c, n) || !nounLemmatizer(c.lex.lang).isNoun(raw(c, n))) return false;
  let colon = n + 1;
  let source: [number, number] | null = POSSESSIVE.test(w(c, i)) ? [i, i] : null;
  if (cls(c, 'gen', colon) || /^(von|vom)$/.test(w(c, colon))) {
    const s = /^(von|vom)$/.test(w(c, colon)) ? colon + 1 : colon;
    const e = npForward(c, s, sB + 1);
    if (e < s) return false;
    source = [s, e];
    colon = e + 1;
  }
  if (!is(c, colon, ':') || colon + 2 > sB) return false;
  const content = trim(c, colon + 1, sB);
  if (!content || !reported(content[0], content[1]) || !unused(c, content[0], content[1])) return false;
  const cue: number[][] = [[source && source[0] === i ? i + 1 : i, n]];
  for (let k = i; k <= colon; k++) c.used[k] = 1;
  const kind = source ? kindOf(c, [content]) : 'unattributed';
  addClaim(c, { kind, content: [content], cue, source, resolved: null, stance: 'assert', rule: 'colon-noun', sentence: si });
  return true;
}

/** Forms of "sein" (and "scheinen") in "Für X ist klar, dass …". */
const IS = /^(ist|war|sei|wäre|scheint|schien|bleibt|blieb)$/;

/**
 * "Für den Verband ist (längst) klar, dass C" (round 14, spec 4): the phrase after "für" holds the view, the clause
 * after the predicate is its content; cue "Für" with the verb and the predicate. Only with a clause ("Für die Schule
 * ist das Gebäude zu klein" has none). At the sentence's first token i.
 */
export function fuerIstKlar(c: Ctx, si: number, i: number, sA: number, sB: number): boolean {
  if (i !== sA || w(c, i) !== 'für' || c.inQuote[i]! >= 0) return false;
  const e = npForward(c, i + 1, sB + 1);
  if (e <= i || !IS.test(w(c, e + 1))) return false;
  let k = e + 2;
  while (k < sB && cls(c, 'adv', k)) k++;
  if (k >= sB || isCap(c, k) || c.toks[k]!.kind !== 'word' || !isComma(c, k + 1) || !(cls(c, 'sub', k + 2) || zuInfinitive(c, k + 2, sB))) return false;
  for (const x of ['det', 'prep', 'pron', 'coord', 'sub']) if (cls(c, x, k)) return false;
  const content = trim(c, k + 2, sB);
  if (!content || !unused(c, content[0], content[1])) return false;
  const cue: number[][] = [[i, i], [e + 1, e + 1], [k, k]];
  for (const [a, b] of cue) for (let q = a!; q <= b!; q++) c.used[q] = 1;
  const source: [number, number] = [i + 1, e];
  addClaim(c, { kind: kindOf(c, [content]), content: [content], cue, source, resolved: pronounResolution(c, source, si), stance: 'assert', rule: 'fuer-ist-klar', sentence: si });
  return true;
}

/** Nouns and endings of nouns that can hold a view (src/lang/de/view-holders.txt). */
const HOLDERS = readList(new URL('../../lang/de/view-holders.txt', import.meta.url));
const HOLDER_ENDINGS = [...HOLDERS].filter((x) => x.startsWith('*')).map((x) => x.slice(1));

/** Whether a lower-case noun, with or without its case ending, names someone who can hold a view. */
function holderNoun(lower: string): boolean {
  for (const cut of [0, 1, 2, 3]) {
    if (cut > 0 && !/(?:s|es|n|en|nen|ern)$/.test(lower.slice(lower.length - cut)) || lower.length - cut < 2) continue;
    const x = lower.slice(0, lower.length - cut);
    if (HOLDERS.has(x) || HOLDER_ENDINGS.some((e) => x.endsWith(e))) return true;
  }
  return false;
}

/**
 * Whether the phrase [s, e] after "aus (der) Sicht" can hold a view (round 14, spec 6): a name, a pronoun, an entity
 * of the NER layer, or an article with a noun of a person, role, group or institution ("Aus Sicht der Opposition",
 * not "Aus Sicht des Ufers"). Bare plurals and names ("von Umweltschützern", "Russlands") pass.
 */
export function viewHolder(c: Ctx, s: number, e: number): boolean {
  if (!cls(c, 'det', s) && !cls(c, 'gen', s)) return true;
  for (let k = s; k <= e; k++) {
    const m = c.entities?.at(c.toks[k]!.start);
    if (m && (m.type !== 'MISC')) return true;
  }
  let h = s + 1;
  while (h <= e && !isCap(c, h)) h++;
  if (h > e) return true;
  const ner = NerLexicon.forLang('de');
  return holderNoun(w(c, h)) || (ner.bits(raw(c, h)) & (GAZ.PERSON_CUE | GAZ.ORG_HEAD | GAZ.ORG)) !== 0;
}
