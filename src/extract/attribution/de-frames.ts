import { nounLemmatizer } from '../lemma.js';
import { addClaim, cls, is, isBoundary, isCap, isComma, kindOf, pronounResolution, raw, trim, unused, w, type Ctx } from './context.js';
import { npForward, subjectBefore } from './phrases.js';
import type { VerbSite } from './rules.js';
import { relativeAt } from './de-hervor.js';
import { finalObject, topicStart } from './de-confess.js';

/**
 * German frames of a cue in a "wie"-clause (round 11): the clause "wie X mitteilte" marks the rest of the
 * sentence as X's statement whatever the verb's own complement ("wie X bekannt gab", "wie X ankündigte"),
 * before or after it ("Zehn Menschen starben, wie die Polizei mitteilte."); and the particle of a separable
 * verb written apart before the verb at the end of such a clause ("wie das Ministerium bekannt gab").
 */

/** The first token of v's clause (after a boundary), or -1 when that clause is no "wie"-clause of the cue. */
function wieClause(c: Ctx, v: number, sA: number): number {
  let a = v;
  while (a > sA && !isBoundary(c, a - 1)) a--;
  return w(c, a) === 'wie' && a < v - 1 ? a : -1;
}

/** Words before a "wie" that make it a comparison ("so groß, wie …", "genauso, wie …", "solche, wie …"). */
const COMPARISON = /^(so|ebenso|genauso|gleich|solch|solche|solchen|solcher|ähnlich|anders)$/;

/** Words before ", wie …" whose object is the "wie"-clause, an indirect question ("Er wusste nicht, wie es hieß", "Es ist unklar, wie …"). */
const QUESTION_BEFORE = /^(wissen|weiß|wusste|wussten|fragen|fragt|fragte|fragten|klären|erkennen|sehen|zeigen|abwarten|erinnern|vergessen|klar|unklar|fraglich|offen|nicht)$/;

/** Whether ", wie …" at a is an indirect question after a verb of knowing or asking. */
export function indirectQuestion(c: Ctx, a: number): boolean {
  return a >= 2 && QUESTION_BEFORE.test(w(c, a - 2));
}

/** Whether the "wie"-clause at a is a comparison: "so …, wie", "wie er es sagte" (the object "es" stands for a manner). */
function comparison(c: Ctx, a: number, v: number, sA: number): boolean {
  if (indirectQuestion(c, a)) return true;
  for (let k = a + 1; k < v; k++) if (w(c, k) === 'es') return true;
  for (let k = a - 2; k >= sA && a - k <= 6; k--) {
    if (COMPARISON.test(w(c, k))) return true;
    if (isBoundary(c, k)) break;
  }
  return false;
}

/**
 * Whether the content after the cue is a statement because the cue's clause opens the sentence with "wie"
 * ("Wie das Ministerium bekannt gab, soll die Steuer steigen"): then any verb frames it.
 */
export function wieLead(c: Ctx, site: VerbSite): boolean {
  const a = wieClause(c, site.v, site.sA);
  return a === site.sA || (a > site.sA && cls(c, 'adv', a - 1) && a - 1 === site.sA);
}

/**
 * "C, wie X mitteilte." / "C1, wie X betonte, C2": a "wie"-clause after the statement. The speaker is the
 * clause's subject; the statement is the sentence without the clause.
 */
export function wieAfter(c: Ctx, site: VerbSite): boolean {
  const { v, sA, sB, si, particle, cue, info } = site;
  const a = wieClause(c, v, sA);
  if (a < sA + 2 || !isComma(c, a - 1) || comparison(c, a, v, sA)) return false;
  // The clause ends with the verb and its auxiliaries: the sentence end or a comma follows.
  let e = Math.max(v, particle);
  while (e + 1 <= sB && (cls(c, 'aux', e + 1) || cls(c, 'werden', e + 1))) e++;
  if (e < sB && !isComma(c, e + 1) && !is(c, e + 1, '.', '!')) return false;
  const src = subjectBefore(c, a, v);
  if (!src || src[1] >= v) return false;
  // The whole sentence before the clause: its commas close clauses of one statement ("…, einen Boss zu verhaften, wie …").
  const pre = trim(c, sA, a - 2);
  if (!pre) return false;
  const parts: number[][] = [pre];
  if (isComma(c, e + 1) && e + 2 <= sB) {
    const post = trim(c, e + 2, sB);
    if (post) parts.push(post);
  }
  if (!parts.every((p) => unused(c, p[0]!, p[1]!))) return false;
  addClaim(c, { kind: kindOf(c, parts), content: parts, cue, source: src, resolved: pronounResolution(c, src, si), stance: info.stance, rule: 'verb-wie-after', sentence: si });
  return true;
}

/**
 * The particle of a separable cue verb written apart right before the verb that ends its clause ("wie X
 * bekannt gab", "nachdem X bekannt gegeben hatte"), or -1. Short particles ("zu", "an", "mit") are left out:
 * before a final verb they are prepositions or the infinitive's "zu" ("nichts zu sagen").
 */
export function particleBefore(c: Ctx, v: number, particle: string): number {
  if (particle.length < 5 || w(c, v - 1) !== particle) return -1;
  let e = v;
  while (e + 1 < c.toks.length && (cls(c, 'aux', e + 1) || cls(c, 'werden', e + 1))) e++;
  return e + 1 >= c.toks.length || isBoundary(c, e + 1) || is(c, e + 1, '.', '!', '?') ? v - 1 : -1;
}

/**
 * The statement around a "wie"-clause from `wie` to `end`: the sentence before it (when the clause does not open
 * the sentence) and what follows a comma after it; null when the clause does not end at a comma or the sentence end.
 */
export function aroundWie(c: Ctx, wie: number, end: number, sA: number, sB: number): number[][] | null {
  const parts: number[][] = [];
  if (wie > sA) {
    const pre = trim(c, sA, wie - 2);
    if (pre) parts.push(pre);
  }
  if (isComma(c, end + 1)) {
    const post = trim(c, end + 2, sB);
    if (post) parts.push(post);
  } else if (end < sB && !is(c, end + 1, '.', '!')) return null;
  return parts;
}

/** Forms of the impersonal "heißen" of "es heißt" / "hieß es" / "wie es hieß". */
const HEISSEN = /^(heißt|hieß|hiess|heisst|geheißen)$/;

/** Prepositions of the place that speaks in "es heißt": "in dem Bericht", "aus dem Ministerium", "bei der Agentur". */
const SAID_PREP = /^(in|im|bei|beim|aus|von|seitens)$/;

/**
 * The place after a preposition at p that speaks ("in dem Bericht", "aus Regierungskreisen") and ends at or
 * before `end`: its noun phrase, or null. "aus"/"von"/"seitens" name who speaks ("aus dem Ministerium"); "in" and
 * "bei" only a text or a name (`speaks`), not an occasion ("bei der Unterzeichnung").
 */
function place(c: Ctx, p: number, end: number, speaks: (a: number, b: number) => boolean): [number, number] | null {
  if (!SAID_PREP.test(w(c, p))) return null;
  const e = npForward(c, p + 1, end + 1);
  if (e <= p || e > end) return null;
  let cap = false;
  for (let k = p + 1; k <= e; k++) if (isCap(c, k)) cap = true;
  if (!cap) return null;
  return /^(aus|von|seitens)$/.test(w(c, p)) || speaks(p + 1, e) ? [p + 1, e] : null;
}

/**
 * "es heißt" with its place and the statement around it: "C, hieß es aus dem Ministerium." (the statement
 * before, the place after the cue), "Wie es in dem Bericht heißt, C" / "C, wie es aus Paris hieß." (a
 * "wie"-clause). At token i; true when a claim was made. `speaks`: whether a phrase after "in"/"bei" is a
 * place that can say something.
 */
export function esHeisst(c: Ctx, si: number, i: number, sA: number, sB: number, speaks: (a: number, b: number) => boolean): boolean {
  // "…, hieß es aus dem Ministerium." / "…, heißt es in dem Bericht, der …"
  if (HEISSEN.test(w(c, i)) && w(c, i + 1) === 'es' && isComma(c, i - 1) && i - 1 > sA) {
    // A prepositional phrase that is no speaking place ("bei der Unterzeichnung") is when it was said: no source.
    // (A time before the place is when it was said: "hieß es am Montag in Berlin".)
    let p = i + 2;
    while (p < sB && c.inTime[p]) p++;
    const src = place(c, p, sB, speaks);
    let end = src ? src[1] : p - 1;
    // Further times and occasions up to the end ("hieß es bei der Unterzeichnung am Montag").
    while (end + 2 <= sB && (c.inTime[end + 1] || cls(c, 'prep', end + 1) || SAID_PREP.test(w(c, end + 1)))) {
      const e = c.inTime[end + 1] ? end + 1 : npForward(c, end + 2, sB + 1);
      if (e <= end) break;
      end = e;
    }
    if (end < i + 2) return false;
    const rest = trim(c, end + 1, sB);
    if (rest && !(src && isComma(c, end + 1) && cls(c, 'relative', end + 2))) return false;
    const pre = trim(c, sA, i - 2);
    if (!pre || !unused(c, pre[0], pre[1])) return false;
    for (let k = i; k <= i + 1; k++) c.used[k] = 1;
    addClaim(c, { kind: src ? kindOf(c, [pre]) : 'unattributed', content: [pre], cue: [[i, i + 1]], source: src, resolved: null, stance: 'assert', rule: src ? 'phrase-said-after' : 'phrase-unattributed', sentence: si });
    return true;
  }
  // "Wie es (in dem Bericht) heißt, C" / "C, wie es (aus Paris) hieß(, C2)."
  if (w(c, i) !== 'wie' || w(c, i + 1) !== 'es' || !(i === sA || isComma(c, i - 1))) return false;
  // "Er wusste nicht, wie es hieß": an indirect question (what it was called); no other rule reads "es hieß" there.
  if (indirectQuestion(c, i)) {
    c.used[i + 1] = 1;
    return false;
  }
  let h = i + 2;
  while (h <= sB && h - i < 12 && !HEISSEN.test(w(c, h)) && !isBoundary(c, h)) h++;
  if (!HEISSEN.test(w(c, h))) return false;
  const src = h > i + 2 ? place(c, i + 2, h - 1, speaks) : null;
  if (h > i + 2 && (!src || src[1] !== h - 1)) return false;
  let e = h;
  while (e + 1 <= sB && cls(c, 'aux', e + 1)) e++;
  const parts = aroundWie(c, i, e, sA, sB);
  if (!parts || parts.length === 0 || !parts.every((p) => unused(c, p[0]!, p[1]!))) return false;
  const cue: number[][] = [[i, i + 1], [h, e]];
  for (const [a, b] of cue) for (let k = a!; k <= b!; k++) c.used[k] = 1;
  addClaim(c, { kind: src ? kindOf(c, parts) : 'unattributed', content: parts, cue, source: src, resolved: null, stance: 'assert', rule: src ? 'phrase-said-in-wie' : 'phrase-unattributed-wie', sentence: si });
  return true;
}

/** Personal and reflexive pronouns (objects of a preposition in the topic: "die Vorwürfe gegen ihn"). */
const PERSONAL = /^(ich|du|er|sie|es|wir|ihr|ihn|ihm|ihnen|mich|dich|sich|uns|euch|mir|dir)$/;

/** Dative pronouns: with one, a confessing verb grants ("räumte ihm ein Recht ein"), it does not confess. */
const DATIVE = /^(ihm|ihnen|mir|dir|uns|euch)$/;

/** Determiners of a dative ("dem Land", "einem Partner") or, before a noun in -n, of a dative plural ("den Kunden", "diesen Partnern"). */
const DATIVE_DET = /^(dem|einem|diesem|jenem|seinem|ihrem|unserem|keinem)$/;
const DATIVE_PLURAL_DET = /^(den|diesen|jenen|seinen|ihren|unseren|allen)$/;

/** Whether the topic [s, e] holds a dative object (a person granted something), or opens with one. */
function dativeObject(c: Ctx, s: number, e: number): boolean {
  if (DATIVE.test(w(c, s))) return true;
  for (let k = s; k < e; k++) {
    if (isBoundary(c, k)) break;
    if (DATIVE_DET.test(w(c, k)) && isCap(c, k + 1) && !cls(c, 'prep', k - 1)) return true;
    if (DATIVE_PLURAL_DET.test(w(c, k)) && isCap(c, k + 1) && /n$/.test(w(c, k + 1)) && !cls(c, 'prep', k - 1)) return true;
  }
  return false;
}

/**
 * The topic of a reported cue ("kritisierte die Pläne am Montag scharf"): without a time before it and without
 * times and lower-case words after its last noun, which are adverbs of the verb ("scharf", "erneut",
 * "entschieden") — an adjective of the noun would stand before it. Null for a confessing verb with
 * a dative object (granting: "räumte ihm ein Vorkaufsrecht ein").
 */
export function topicSpan(c: Ctx, site: VerbSite, a: number, b: number): [number, number] | null {
  // A comma right after a clause-final cue opens a relative clause about its object ("hat die Pläne kritisiert, die
  // …"): the topic is that object with the clause (the cue's words between them split it).
  if (isComma(c, a) && relativeAt(c, a + 1)) a = finalObject(c, site)?.s ?? b + 1;
  const t = trim(c, a, b);
  if (!t) return null;
  let [s, e] = t;
  while (s < e && (c.inTime[s] || (cls(c, 'prep', s) && c.inTime[s + 1]))) s++;
  s = topicStart(c, site, s, e);
  if (site.info.stance === 'confirm' && dativeObject(c, s, e)) return null;
  let k = e;
  const adverb = (q: number) => c.toks[q]!.kind === 'word' && !isCap(c, q) && !cls(c, 'det', q) && !cls(c, 'prep', q) && !cls(c, 'relative', q) && !cls(c, 'coord', q) && !cls(c, 'pron', q) && !cls(c, 'oblique', q) && !PERSONAL.test(w(c, q));
  while (k > s && (c.inTime[k] || adverb(k))) k--;
  if (k < e && ((isCap(c, k) && !c.inTime[k]) || PERSONAL.test(w(c, k)))) e = k;
  return trim(c, s, e);
}

/** Whether the word at k names a news medium: it ends in a word of the `medium` class ("Presse-Agentur", "Tageszeitung", "dpa"). */
function medium(c: Ctx, k: number): boolean {
  const word = w(c, k);
  for (const m of c.lex.cls.get('medium') ?? []) if (word === m || (m.length > 4 && word.endsWith(m))) return true;
  return false;
}

/**
 * Where a speaker after the cue ends when a listener follows it ("…, sagte ein Sprecher des Ministeriums der
 * Deutschen Presse-Agentur"): "der" + a medium closing the phrase is a dative, the one told — after a name
 * ("sagte Schäuble der Zeitung"), after a genitive attribute ("Sprecher des Ministeriums der dpa") or when the
 * medium is an agency ("ein Polizeisprecher der dpa"); not "der Chefredakteur der Zeitung" (a genitive).
 */
export function invertedSourceEnd(c: Ctx, src: [number, number], _sB: number): number {
  const [a, b] = src;
  for (let k = a + 1; k < b; k++) {
    if (w(c, k) !== 'der') continue;
    let m = -1;
    for (let q = k + 1; q <= b; q++) if (medium(c, q)) m = q;
    // A title in quotation marks after a name or attribute is a medium too ("sagte X der „Talblick Rundschau“").
    const titled = c.toks[k + 1]!.kind === 'quote';
    if (m < 0 && !titled) continue;
    let genitive = false;
    for (let q = a + 1; q < k; q++) if (cls(c, 'gen', q)) genitive = true;
    const name = isCap(c, k - 1) && !nounLemmatizer(c.lex.lang).isNoun(raw(c, k - 1));
    const agency = m >= 0 && /(?:nachrichten|presse-?)agentur$|^(dpa|afp|ddp|apa|epd|kna|sid|reuters)$/.test(w(c, m));
    if (genitive || name || agency) return trim(c, a, k - 1)?.[1] ?? b;
  }
  return b;
}

/** Conjunctions that open a clause before the main clause ("Nachdem bekannt geworden war, dass …, wurde …"). */
const VERB_FINAL_OPENER = /^(nachdem|weil|obwohl|als|während|bevor|sobald|da|seit|seitdem)$/;

/** Forms of "werden" after "bekannt" ("bekannt wurde", "bekannt geworden"). */
const BECAME = /^(wurde|wurden|wird|geworden)$/;

/**
 * "bekannt werden" with a statement: "Zuvor war bekannt geworden, dass C", "Wie am Montag bekannt wurde, C". Nobody
 * is named: an unattributed claim whose cue is "bekannt" with its verbs (and "Wie"). At token i ("bekannt").
 */
export function becameKnown(c: Ctx, si: number, i: number, sA: number, sB: number): boolean {
  if (w(c, i) === 'bekannt' && isComma(c, i + 1)) return knownAfterVerb(c, si, i, sA, sB);
  if (w(c, i) !== 'bekannt' || !BECAME.test(w(c, i + 1))) return false;
  let end = i + 1;
  while (end + 1 <= sB && (cls(c, 'aux', end + 1) || cls(c, 'sein', end + 1))) end++;
  if (!isComma(c, end + 1)) return false;
  const cue: number[][] = [];
  let parts: number[][] | null = null;
  // "Wie (heute) bekannt wurde, C": only adverbs and times between "Wie" and "bekannt".
  let a = i - 1;
  while (a > sA && (cls(c, 'adv', a) || c.inTime[a])) a--;
  if (a === sA && w(c, a) === 'wie') {
    parts = aroundWie(c, a, end, sA, sB);
    cue.push([a, a]);
  } else if (cls(c, 'sub', end + 2) && w(c, end + 2) === 'dass') {
    // In a subordinate clause ("Nachdem bekannt geworden war, dass C, wurde …") the statement ends at its comma.
    let b = sB;
    if (cls(c, 'sub', a) || VERB_FINAL_OPENER.test(w(c, a))) for (let k = end + 3; k < sB; k++) if (isComma(c, k) && c.inQuote[k]! < 0) {
      b = k - 1;
      break;
    }
    const post = trim(c, end + 2, b);
    parts = post ? [post] : null;
    // The finite auxiliary before it belongs to the cue ("war (schon) bekannt geworden").
    let f = i - 1;
    while (f > sA && cls(c, 'adv', f)) f--;
    if (f >= sA && (cls(c, 'sein', f) || cls(c, 'aux', f))) cue.push([f, f]);
  }
  if (!parts || parts.length === 0 || !parts.every((p) => unused(c, p[0]!, p[1]!))) return false;
  if (cue.length > 0 && cue[0]![0] === i - 1) cue[0] = [i - 1, end];
  else cue.push([i, end]);
  for (const [x, y] of cue) for (let k = x!; k <= y!; k++) c.used[k] = 1;
  addClaim(c, { kind: 'unattributed', content: parts, cue, source: null, resolved: null, stance: 'assert', rule: 'phrase-became-known', sentence: si });
  return true;
}

/**
 * "Am Abend wurde (inzwischen auch) bekannt, dass C" (round 14, spec 4): the verb-second order of "bekannt werden",
 * its form of "werden" before "bekannt" with only adverbs, times or "es" between them; the statement is a "dass"- or
 * "ob"-clause (not "Der Fall wurde bekannt, weil …"). An unattributed claim, cue "wurde bekannt".
 */
function knownAfterVerb(c: Ctx, si: number, i: number, sA: number, sB: number): boolean {
  if (!/^(dass|ob)$/.test(w(c, i + 2))) return false;
  let f = i - 1;
  while (f > sA && (cls(c, 'adv', f) || c.inTime[f] || w(c, f) === 'es')) f--;
  if (!/^(wurde|wird|wurden)$/.test(w(c, f))) return false;
  // The field before the verb (back to a clause before it) holds no noun phrase of its own ("Der Fall wurde
  // bekannt" is a fame).
  for (let k = f - 1; k >= sA && !isComma(c, k); k--) if (!(cls(c, 'adv', k) || c.inTime[k] || cls(c, 'prep', k) || w(c, k) === 'es')) return false;
  const content = trim(c, i + 2, sB);
  if (!content || !unused(c, content[0], content[1])) return false;
  const cue: number[][] = f === i - 1 ? [[f, i]] : [[f, f], [i, i]];
  for (const [x, y] of cue) for (let k = x!; k <= y!; k++) c.used[k] = 1;
  addClaim(c, { kind: 'unattributed', content: [content], cue, source: null, resolved: null, stance: 'assert', rule: 'phrase-became-known', sentence: si });
  return true;
}
