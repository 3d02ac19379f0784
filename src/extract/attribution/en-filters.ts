import { readLines, readTable } from '../../lang/lexicon.js';
import { afterAdverbs, amountObject, approximates, callNoSpeech, documentItself, objectHead, objectPhraseHas, passiveModifier, pluralNoun, reducedRaising, sayForExample } from './en-senses.js';
import { framedSense, secondComplement } from './en-frames-pp.js';
import { pluralObject } from './en-readings.js';
import { cls, cueForms, isBoundary, isCap, isComma, isWord, raw, w, lemmaSays, type Ctx } from './context.js';
import { sayingVerb } from './en-cues.js';
import { afterDeterminer } from './en-modifier-forms.js';

/**
 * English cue words that are no verb of saying where they stand (precision filters for the verb rules):
 *  - a bare or plural form read as a noun from its neighbours: after a word that cannot be its subject
 *    ("establishment support splintered", "a private email server", "because of support from …"), or before a
 *    finite auxiliary ("the emails were sent", "plans are");
 *  - verbs whose speech sense needs a word of its own (src/lang/en/cue-senses.tsv): "put" (as he put it, put
 *    the cost at …), "spoke" (about, out), "compared" (not "compared to last year").
 */

interface Senses {
  requires: Map<string, ReadonlySet<string>>;
  requiresAfter: Map<string, ReadonlySet<string>>;
  requiresNext: Map<string, ReadonlySet<string>>;
  amountObject: Map<string, ReadonlySet<string>>;
  notObject: Map<string, ReadonlySet<string>>;
  notObjectNp: Map<string, ReadonlySet<string>>;
  notNext: Map<string, ReadonlySet<string>>;
  naming: Map<string, ReadonlySet<string>>;
  discourse: Map<string, ReadonlySet<string>>;
  notAfter: Map<string, ReadonlySet<string>>;
}

let senses: Senses | null = null;

function senseTable(): Senses {
  if (senses) return senses;
  const requires = new Map<string, ReadonlySet<string>>();
  const requiresAfter = new Map<string, ReadonlySet<string>>();
  const requiresNext = new Map<string, ReadonlySet<string>>();
  const amountObject = new Map<string, ReadonlySet<string>>();
  const notObject = new Map<string, ReadonlySet<string>>();
  const notObjectNp = new Map<string, ReadonlySet<string>>();
  const notNext = new Map<string, ReadonlySet<string>>();
  const naming = new Map<string, ReadonlySet<string>>();
  const discourse = new Map<string, ReadonlySet<string>>();
  const notAfter = new Map<string, ReadonlySet<string>>();
  for (const [lemma, kind, words] of readTable(new URL('../../lang/en/cue-senses.tsv', import.meta.url))) {
    const set = new Set((words ?? '').split('|'));
    if (kind === 'requires') requires.set(lemma!, set);
    else if (kind === 'requires-after') requiresAfter.set(lemma!, set);
    else if (kind === 'requires-next') requiresNext.set(lemma!, set);
    else if (kind === 'amount-object') amountObject.set(lemma!, set);
    else if (kind === 'not-object') notObject.set(lemma!, set);
    else if (kind === 'not-object-np') notObjectNp.set(lemma!, set);
    else if (kind === 'not-next' || kind === 'no-reflexive') notNext.set(lemma!, set);
    else if (kind === 'naming') naming.set(lemma!, set);
    else if (kind === 'discourse') discourse.set(lemma!, set);
    else if (kind === 'not-after') notAfter.set(lemma!, set);
  }
  senses = { requires, requiresAfter, requiresNext, amountObject, notObject, notObjectNp, notNext, naming, discourse, notAfter };
  return senses;
}

/** Subjects of a bare present form that carry no -s: "I/you/we/they support", "voters who support". */
const BARE_SUBJECT = new Set(['i', 'you', 'we', 'they', 'who', 'which', 'that', 'to', 'people', 'men', 'women', 'children', 'police', 'public']);
/** Plural finite forms of `be` and `have` ("the emails were", "protests have spread": no -s verb stands before them). */
const PLURAL_COPULA = new Set(['are', 'were', 'have']);
/** Determiners of a singular indefinite noun phrase. */
const INDEFINITE = new Set(['a', 'an', 'another', 'each', 'every']);
/** Words that open a verb's object or clause: "say there is", "support banning". */
const CLAUSE_OPENER = new Set(['there', 'i', 'you', 'we', 'they', 'he', 'she', 'it', 'him', 'her', 'them', 'us', 'me', 'to']);

const OBJECT_OPENERS = ['det', 'quant', 'pron', 'sub', 'relative', 'adv', 'neg'];
const FUNCTION_CLASSES = ['pron', 'relative', 'sub', 'aux', 'werden', 'adv', 'coord', 'neg', 'prep', 'det', 'quant'];

/** A lower-case word of no closed class (no pronoun, auxiliary, adverb, conjunction, preposition, article): a common noun or adjective. */
export function contentWord(c: Ctx, k: number): boolean {
  if (c.toks[k]?.kind !== 'word' || isCap(c, k) || /ly$/.test(w(c, k))) return false;
  return !FUNCTION_CLASSES.some((name) => cls(c, name, k));
}

/** A capitalized noun (no function word, no cue word) before a participle: "a poll from Harlow College released …", "Figures reported …" at a sentence start. */
const capNoun = (c: Ctx, k: number): boolean => c.toks[k]?.kind === 'word' && isCap(c, k) && !FUNCTION_CLASSES.some((name) => cls(c, name, k)) && cueForms(c, k).length === 0;

/** "from 2011 noted, the …": a year after a preposition before a verb of saying at v, then a comma and a clause. */
const yearThenClause = (c: Ctx, v: number): boolean =>
  /^(1[89]|20)[0-9][0-9]$/.test(raw(c, v - 1)) && cls(c, 'prep', v - 2) && isComma(c, v + 1) && sayingVerb(c, v) && clauseOrObject(c, v + 2);

/** Whether a clause or an object opens at n: "that", a subordinator, an article, a pronoun or a name. */
const clauseOrObject = (c: Ctx, n: number): boolean =>
  isWord(c, n) && (isCap(c, n) || ['sub', 'det', 'quant', 'pron', 'objpron'].some((x) => cls(c, x, n)));

/** Whether the token after a bare form continues a noun phrase (or ends it) rather than opening an object or clause. */
export function nounContinues(c: Ctx, n: number): boolean {
  const t = c.toks[n];
  if (!t || t.kind !== 'word') return !t || t.kind === 'punct' || t.kind === 'symbol' || t.kind === 'bracket';
  if (isCap(c, n)) return false;
  const nw = w(c, n);
  if (CLAUSE_OPENER.has(nw.replace(/['’].*$/, '')) || /ing$|ly$/.test(nw)) return false;
  return !OBJECT_OPENERS.some((name) => cls(c, name, n));
}

/** Whether the cue word at v, in a bare or plural form, reads as a noun. */
function nounForm(c: Ctx, v: number, sA: number): boolean {
  const word = w(c, v);
  const forms = cueForms(c, v);
  const bare = forms.some((f) => f.lemma === word);
  const plural = forms.some((f) => word === f.lemma + 's' || word === f.lemma + 'es');
  if (!bare && !plural) return false;
  // A plural before a plural copula or `have` is its subject: "the emails were", "his plans are", "protests have
  // spread" ("he says are", "she claims have" are no English).
  if (plural && PLURAL_COPULA.has(w(c, v + 1))) return true;
  if (v <= sA) return false;
  const p = v - 1;
  // "of support", "because of questions": a genitive takes a noun.
  if (cls(c, 'gen', p)) return true;
  const pw = w(c, p);
  if (!bare) return false;
  // A bare form inside an indefinite singular noun phrase is a noun whatever follows it: "a call", "a conference
  // call that …" (a singular subject takes -s: "a conference calls for …").
  // (A part of a group takes a plural verb and its clause: "a third say he is …", "a majority think that …".)
  // (Not inside a prepositional phrase after a plural subject, before a clause: "voters in each state say the …".)
  const inPp = cls(c, 'prep', p - 2) && /[^s]s$/.test(w(c, p - 3)) && !nounContinues(c, v + 1);
  if (INDEFINITE.has(pw) || (contentWord(c, p) && !/s$/.test(pw) && INDEFINITE.has(w(c, p - 1)) && !inPp && !(cls(c, 'collective', p) && !nounContinues(c, v + 1)))) return true;
  // A bare form after a singular name, going on as a noun phrase: "the Clinton email scandal" (a verb there would
  // take -s: "Clinton emails"; "Clinton and Sanders support" is a plural subject).
  if (isCap(c, p) && p > sA && !BARE_SUBJECT.has(pw) && !/s$/.test(pw) && !cls(c, 'coord', p - 1) && !cls(c, 'prep', p - 1) && !isComma(c, p - 1) && c.toks[p]!.kind === 'word' && !isCap(c, v + 1) && c.toks[v + 1]?.kind === 'word' && nounContinues(c, v + 1)) return true;
  // A bare form after a lower-case word that cannot be its subject (no plural, no pronoun, no auxiliary, no
  // adverb, no conjunction): "establishment support", "private email", "strong support".
  if (!contentWord(c, p) || BARE_SUBJECT.has(pw) || /s$|ed$|n['’]t$/.test(pw)) return false;
  return nounContinues(c, v + 1);
}

/** "a group called X", "a class named for Y", "so-called": the participle at v names rather than says. */
function namingParticiple(c: Ctx, v: number, preps: ReadonlySet<string>): boolean {
  const p = v - 1;
  if (w(c, p) === 'so' || (raw(c, p) === '-' && w(c, p - 1) === 'so')) return true;
  const n = c.toks[v + 1];
  if (!n || !(isCap(c, v + 1) || n.kind === 'quote' || n.kind === 'number' || raw(c, v + 1) === '#' || preps.has(w(c, v + 1)))) return false;
  return contentWord(c, p);
}

/**
 * "a poll released Saturday found that …", "emails released this week showed …": a past participle right after a
 * common noun and a time or agent, followed in its clause by a finite cue verb, modifies the noun (that verb is the cue).
 */
const reducedParticiple = (c: Ctx, v: number): boolean => reducedParticipleVerb(c, v) >= 0;

/** The finite cue verb after a reduced-relative participle at v, or -1. The noun may be a cue word ("a news report published Wednesday said"). */
export function reducedParticipleVerb(c: Ctx, v: number): number {
  const p = v - 1;
  if (!/ed$/.test(w(c, v))) return -1;
  const common = contentWord(c, p);
  if (!common && !capNoun(c, p)) return -1;
  // Only a time (or an agent) between it and the finite verb: "released Saturday", "released by the campaign".
  const agent = w(c, v + 1) === 'by';
  if (!c.inTime[v + 1] && !(cls(c, 'prep', v + 1) && c.inTime[v + 2]) && !agent) return -1;
  for (let k = v + 1; k <= v + 8 && k < c.toks.length && c.sentOf[k] === c.sentOf[v]; k++) {
    if (isBoundary(c, k) || c.toks[k]!.kind === 'quote' || cls(c, 'sub', k) || cls(c, 'relative', k) || cls(c, 'coord', k) || w(c, k) === 'to') return -1;
    if (cueForms(c, k).length > 0 && !/ing$/.test(w(c, k))) return k;
    // After a name the participle is more often a finite verb with its own clause ("Trump tweeted Sunday Clinton said"):
    // there only the time itself may stand between it and the cue.
    if (!common && !agent && !c.inTime[k] && !cls(c, 'prep', k)) return -1;
  }
  return -1;
}

/** The word before v past auxiliaries, negation and adverbs ("I didn’t really want": "I"), or sA; the skipped words follow it. */
function wordBefore(c: Ctx, v: number, sA: number): number {
  let k = v - 1;
  while (k > sA && v - k <= 4 && (cls(c, 'aux', k) || cls(c, 'adv', k) || /n['’]t$|ly$/.test(w(c, k)) || w(c, k) === 'not')) k--;
  return k;
}

/** The clause's end after v (its next boundary, at most 12 tokens on). */
function clauseAfter(c: Ctx, v: number): number {
  let e = v;
  while (e + 1 < c.toks.length && e - v < 12 && c.sentOf[e + 1] === c.sentOf[v] && !isBoundary(c, e + 1)) e++;
  return e;
}

/** Whether the cue word at v is no verb of saying (see the module comment). */
export function notSpeech(c: Ctx, v: number, sA: number): boolean {
  if (nounForm(c, v, sA) || afterDeterminer(c, v, sA) || reducedParticiple(c, v) || pluralNoun(c, v, sA) || (callNoSpeech(c, v, sA) && !secondComplement(c, v)) || passiveModifier(c, v) || reducedRaising(c, v) || sayForExample(c, v) || pluralObject(c, v, sA)) return true;
  // A participle after a number or "of" is an adjective: "400 pledged delegates", "a majority of pledged delegates"
  // (after a number not before a clause or an object: "An ad in 2008 questioned whether C", "A study in 1972 showed
  // the …": the number closes the subject).
  // (Nor after a year that closes a prepositional phrase of the subject, for a verb of saying before a comma and a
  // clause: "A study from 2011 noted, the average age was 48" — a year counts nothing.)
  if (v > sA && /ed$/.test(w(c, v)) && ((c.toks[v - 1]!.kind === 'number' && !clauseOrObject(c, v + 1) && !yearThenClause(c, v)) || cls(c, 'gen', v - 1))) return true;
  if (v > sA && documentItself(c, wordBefore(c, v, sA))) return true;
  // A verb with frames of its own (verb-pp-frames.tsv, en-frames-pp.ts) speaks where one of them holds.
  const framed = framedSense(c, v);
  if (framed !== null) return !framed;
  const t = senseTable();
  for (const f of cueForms(c, v)) {
    const next = t.notNext.get(f.lemma);
    if (next && next.has(w(c, v + 1))) return true;
    const subjects = t.discourse.get(f.lemma);
    if (subjects && subjects.has(w(c, v - 1)) && (v - 1 <= sA || isBoundary(c, v - 2) || cls(c, 'coord', v - 2)) && (isComma(c, v + 1) || (w(c, v + 1) === 'what' && raw(c, v + 2) === '?'))) return true;
    const names = t.naming.get(f.lemma);
    if (names && /ed$/.test(w(c, v)) && namingParticiple(c, v, names) && !secondComplement(c, v)) return true;
    const before = t.notAfter.get(f.lemma);
    if (before) for (let k = wordBefore(c, v, sA); k < v; k++) if (before.has(w(c, k))) return true;
    const heads = t.notObject.get(f.lemma);
    if (heads && heads.has(w(c, objectHead(c, v)))) return true;
    const phrase = t.notObjectNp.get(f.lemma);
    if (phrase && objectPhraseHas(c, v, phrase)) return true;
    const goals = t.amountObject.get(f.lemma);
    if (goals && amountObject(c, v, goals)) return true;
    const need = t.requires.get(f.lemma) ?? (c.toks[v + 1]?.kind === 'word' ? t.requiresAfter.get(f.lemma) : undefined);
    const needNext = t.requiresNext.get(f.lemma);
    if (need || needNext) {
      const e = clauseAfter(c, v);
      let found = needNext?.has(w(c, afterAdverbs(c, v))) === true;
      // ("about" before a number is no topic: "spoke for about five minutes".)
      for (let k = v + 1; k <= e && !found && need; k++) if (need.has(w(c, k)) && !approximates(c, k)) found = true;
      if (!found) return true;
    }
  }
  return false;
}

let labels: ReadonlySet<string> | null = null;

/**
 * Whether the capitalized words from a to b before a headline colon label the line rather than name a speaker
 * (src/lang/en/headline-labels.txt): "Breaking: …", "The Latest: …", "Editor’s Note: …", an interview's "A: …".
 */
export function headlineLabel(c: Ctx, a: number, b: number): boolean {
  labels ??= new Set(readLines(new URL('../../lang/en/headline-labels.txt', import.meta.url)));
  let last = b;
  while (last > a && !/\p{L}/u.test(raw(c, last))) last--;
  if (labels.has(w(c, last)) && !/^['’]s$/.test(raw(c, last))) return true;
  for (let k = a; k <= b; k++) {
    const word = w(c, k);
    if (!/\p{L}/u.test(word) || /^['’]s$/.test(raw(c, k)) || cls(c, 'det', k)) continue;
    if (!labels.has(word)) return false;
  }
  return true;
}

/**
 * Whether the cue word at v is a past form of a verb that takes a clause ("said", "told", "claimed"), which never
 * reads as a noun: a cue word after it opens the clause ("said talks failed"). (A verb that takes an object has it
 * there: "announced plans to …".)
 */
export function pastForm(c: Ctx, v: number): boolean {
  const word = w(c, v);
  if (!/^[a-z]+$/.test(word) || word.endsWith('ing')) return false;
  // The cue word after it is a subject: a verb follows it, not a preposition or an article ("released reports on …").
  const after = v + 2;
  if (!isWord(c, after) || isCap(c, after) || cls(c, 'prep', after) || cls(c, 'det', after) || cls(c, 'sub', after) || cls(c, 'coord', after)) return false;
  return cueForms(c, v).some((f) => f.lemma !== word && word !== f.lemma + 's' && word !== f.lemma + 'es' && lemmaSays(c, f.lemma) && c.lex.cueLemmas.get(f.lemma)?.frames.includes('object') !== true);
}
