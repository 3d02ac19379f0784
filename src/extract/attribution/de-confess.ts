import { addClaim, cls, is, isBoundary, isCap, isComma, pronounResolution, w, type Ctx, type Draft } from './context.js';
import { npForward, subjectBefore } from './phrases.js';
import { topicSpan } from './de-frames.js';
import { OPENER } from './de-passive.js';
import { finalParticiple } from './de-clauses.js';
import type { VerbSite } from './rules.js';

/**
 * Confessing verbs at the end of their clause with a noun phrase (round 12): "Der Konzern hat Fehler eingeräumt",
 * "Die Behörde musste Versäumnisse zugeben", "nachdem die Stadt Fehler eingestanden hatte". The verb-second form
 * ("räumte Fehler ein") is a reported claim since round 11; in the perfect, after a modal or in a verb-final clause
 * the topic stands between the finite verb (or subject) and the cue. Only the confessing verbs (stance `confirm`,
 * taking a clause or a noun phrase): other verbs with an object in the perfect ("hat den Plan kritisiert") are too
 * often no claim that a reader counts (measured on SpkAtt train: more false claims than found ones). A negation in
 * the clause is a refusal ("wollte keine Fehler einräumen"): no claim.
 */

/** Negations that make a speech act a refusal: "nicht", "nichts", "niemand", "kein…". */
const NEGATION = /^(nicht|nichts|niemand|nie|niemals|kein|keine|keinen|keinem|keiner|keines)$/;

/** Whether the clause [a, v) of a cue negates it: "wollte nicht bestätigen", "konnte keine Angaben machen". */
export function negatedClause(c: Ctx, a: number, v: number): boolean {
  for (let k = a; k < v; k++) if (NEGATION.test(w(c, k)) && c.inQuote[k]! < 0) return true;
  return false;
}


/**
 * The subject, finite verb and first token of the object of a cue at the end of its clause after a finite
 * auxiliary or modal ("Der Konzern hat [Fehler] eingeräumt", "Inzwischen hat der Konzern [Fehler] eingeräumt") or
 * in a verb-final clause ("nachdem die Stadt [Fehler] eingeräumt hatte"); null when there is none.
 */
export function finalObject(c: Ctx, site: VerbSite): { src: [number, number]; fin: number; s: number } | null {
  const { v, sA } = site;
  let a = v;
  while (a > sA && !isBoundary(c, a - 1)) a--;
  let fin = -1;
  for (let k = a; k < v && fin < 0; k++) if (cls(c, 'aux', k) || cls(c, 'werden', k)) fin = k;
  // A verb-final clause whose subject confesses ("nachdem die Stadt Fehler eingeräumt hatte").
  const verbFinal = OPENER.test(w(c, a)) || w(c, a) === 'dass';
  if (fin < 0 && !verbFinal) return null;
  if (negatedClause(c, a, v)) return null;
  let src = verbFinal ? subjectBefore(c, a, v) : subjectBefore(c, a, fin);
  if (!src && fin >= 0) {
    // "Inzwischen hat der Konzern Fehler eingeräumt": the subject after the finite verb.
    const e = npForward(c, fin + 1, v);
    if (e >= 0 && e < v - 1) src = [fin + 1, e];
  }
  if (!src || src[1] >= v - 1) return null;
  // The object: after the subject (or the finite verb after it), without adverbs and times before it.
  let s = Math.max(src[1], fin) + 1;
  while (s < v && (cls(c, 'adv', s) || cls(c, 'reflexive', s) || c.inTime[s] || (cls(c, 'prep', s) && c.inTime[s + 1]))) s++;
  if (s >= v || cls(c, 'prep', s) || c.toks[s]!.kind !== 'word' || cls(c, 'sub', s)) return null;
  return { src, fin, s };
}

export function confessionTopic(c: Ctx, site: VerbSite): boolean {
  const { v, sB, si, cue, info } = site;
  const confess = info.stance === 'confirm' && info.frames.includes('say');
  if (!info.frames.includes('object') || (!confess && !judgingPerfect(c, site))) return false;
  // The cue ends its clause (with its auxiliaries: "eingeräumt hatte").
  let end = Math.max(v, site.particle);
  while (end + 1 <= sB && (cls(c, 'aux', end + 1) || cls(c, 'werden', end + 1))) end++;
  // (A judging verb may be followed by a second verb: "hat X als unsozial bezeichnet und eine Abstimmung gefordert".)
  if (end < sB && !isBoundary(c, end + 1) && !is(c, end + 1, '.', '!', '?') && (confess || !cls(c, 'coord', end + 1))) return false;
  const found = finalObject(c, site);
  if (!found) return false;
  const { src, fin, s } = found;
  const topic = topicSpan(c, site, s, v - 1);
  if (!topic || topic[1] >= v) return false;
  const inCue = (k: number) => cue.some(([x, y]) => x! <= k && k <= y!);
  for (let k = topic[0]; k <= topic[1]; k++) if ((c.used[k] && !inCue(k)) || isBoundary(c, k)) return false;
  const fullCue = fin >= 0 && !inCue(fin) ? [[fin, fin], ...cue] : [...cue];
  // The predicative "als" of a judging verb belongs to the cue and splits the topic ("die Zahl" + "übertrieben").
  const als = confess ? -1 : predicateAls(c, topic[0], topic[1]);
  if (als >= 0 && !inCue(als)) fullCue.push([als, als]);
  fullCue.sort((x, y) => x[0]! - y[0]!);
  const content = als > topic[0] && als < topic[1] ? [[topic[0], als - 1], [als + 1, topic[1]]] : [topic];
  addClaim(c, { kind: 'reported', content, cue: fullCue, source: src, resolved: pronounResolution(c, src, si), stance: info.stance, rule: 'verb-reported-final', sentence: si });
  return true;
}

/** The predicative "als" in [a, b] ("die Zahl als übertrieben"), or -1. */
function predicateAls(c: Ctx, a: number, b: number): number {
  for (let k = a + 1; k < b; k++) if (w(c, k) === 'als' && c.inQuote[k]! < 0) return k;
  return -1;
}

/**
 * The perfect of a judging or denying verb at the end of its clause (round 15, spec 6): "Der Minister hat die Zahl
 * als übertrieben bezeichnet", "Sie hatte den Plan als Fehler kritisiert" (an object with an "als" predicate), "Er
 * hat die Vorwürfe zurückgewiesen" (a verb of denying, stance `deny`, but not a decision: class `decision-perfect`,
 * "hatte den Antrag abgelehnt"). Other verbs with a bare object in the perfect
 * stay no claim (see the comment above). Not in a passive ("wurde als … bezeichnet": de-passive.ts).
 */
function judgingPerfect(c: Ctx, site: VerbSite): boolean {
  const { v, sA } = site;
  let a = v;
  while (a > sA && !isBoundary(c, a - 1)) a--;
  if (!(finalParticiple(c, site) || finalPast(c, site, a)) || cls(c, 'decision-perfect', v)) return false;
  // A content after the cue is the verb's own ("hat abgestritten, dass …", "hat die Kritik zurückgewiesen, die
  // Zahlen seien falsch"): not a topic before it. A relative clause about the object is no content ("…, die …
  // hatte"), nor the main clause after a subordinate one ("Nachdem X die Zahl als falsch bezeichnet hatte, …").
  let end = Math.max(v, site.particle);
  while (end + 1 <= site.sB && cls(c, 'aux', end + 1)) end++;
  const relative = cls(c, 'relative', end + 2) && !isCap(c, end + 3);
  if (isComma(c, end + 1) && !relative && !OPENER.test(w(c, a))) return false;
  for (let k = a; k <= Math.min(site.sB, v + 2); k++) if (cls(c, 'werden', k)) return false;
  return site.info.stance === 'deny' || predicateAls(c, a, v) >= 0;
}

/**
 * The simple past (or present) of the cue at the end of a verb-final clause that a conjunction opens at a, as the
 * pluperfect is read by `finalParticiple`: "Nachdem der Minister die Zahl als übertrieben bezeichnete, stieg der
 * Druck", "weil sie die Vorwürfe zurückwies". The verb ends its clause (a comma or the sentence end after it).
 */
function finalPast(c: Ctx, site: VerbSite, a: number): boolean {
  const end = Math.max(site.v, site.particle);
  return site.form.form === 'finite' && OPENER.test(w(c, a)) && (end >= site.sB || isComma(c, end + 1) || is(c, end + 1, '.', '!', '?'));
}

/** The tidySpans hook: a part of a reported topic split by the cue opens with no comma ("die Pläne" + "die am Montag …"). */
export function tidyTopic(c: Ctx, d: Draft): void {
  if (d.kind !== 'reported') return;
  for (const p of d.content) while (p[0]! < p[1]! && isComma(c, p[0]!)) p[0]!++;
}

/**
 * A refusal or inability to speak: a modal of will or ability (class `refusal`: "wollte", "konnte") with a negation
 * before the cue at the end of the clause ("wollte nicht bestätigen, dass …", "konnte nicht sagen, wie viele …",
 * "wollte sich dazu nicht äußern"): no speech act, so no claim (as SpkAtt marks them).
 */
export function refusal(c: Ctx, v: number, sA: number): boolean {
  let a = v;
  while (a > sA && !isBoundary(c, a - 1)) a--;
  for (let k = a; k < v; k++) if (cls(c, 'refusal', k)) return negatedClause(c, k + 1, v);
  return false;
}

/** Uninflected words that open a noun phrase as a quantity ("mehr Geld", "viel Kritik"): not adverbs of the verb. */
const QUANTIFIER = /^(mehr|weniger|viel|wenig|etwas|genug|nichts|allerlei|manch|solch|welch|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|hundert|tausend)$/;

/**
 * Where the topic of a reported cue really starts after its first token s (before e): past an adverb of the verb
 * ("forderte erneut mehr Geld", "gab überraschend ihren Rückzug bekannt": an uninflected lower-case word before the
 * noun phrase) and past a place or occasion before the object ("gab in Berlin ihren Rückzug bekannt": a
 * prepositional phrase followed by a determiner). Only for verbs whose topic is their object.
 */
export function topicStart(c: Ctx, site: VerbSite, s: number, e: number): number {
  if (!site.info.frames.includes('object')) return s;
  for (let n = 0; n < 3 && s < e; n++) {
    const lw = w(c, s);
    const adverb = c.toks[s]!.kind === 'word' && !isCap(c, s) && !/(?:e|en|er|es|em)$/.test(lw) && !QUANTIFIER.test(lw) && !cls(c, 'det', s) && !cls(c, 'prep', s) && !cls(c, 'pron', s) && !cls(c, 'oblique', s) && !cls(c, 'relative', s) && !cls(c, 'sub', s) && !NEGATION.test(lw) && (cls(c, 'det', s + 1) || isCap(c, s + 1) || QUANTIFIER.test(w(c, s + 1)));
    if (adverb) {
      s++;
      continue;
    }
    if (cls(c, 'prep', s)) {
      const np = npForward(c, s + 1, e + 1);
      if (np > s && np < e && cls(c, 'det', np + 1) && !isBoundary(c, np + 1)) {
        s = np + 1;
        continue;
      }
    }
    break;
  }
  return s;
}
