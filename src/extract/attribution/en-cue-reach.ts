import { readList } from '../../lang/lexicon.js';
import { cls, cueForms, isBoundary, isCap, isWord, raw, w, type Ctx, type Draft } from './context.js';
import { adverbAt } from './en-cues.js';
import { mainSubject } from './en-subject.js';
import { objectHead } from './en-verbgroup.js';

/**
 * How far an English cue reaches to the left of the word that carries it, beyond its auxiliaries (round fifteen;
 * the tidySpans hook of en.ts, after en-cue-extent.ts; each check looks at a few tokens before the cue):
 *  - an infinitive cue keeps its "to" and the words that govern it: a light verb's cue found by the noun rules
 *    ("tried to make the case that …", "are quick to offer praise for …") and a split infinitive ("was able to
 *    consistently tout …"), as the verb rules already do for "continued to insist";
 *  - a speech act told by its means keeps the verb that frames it: "began by saying", "responded by accusing",
 *    "followed up by asking" (an intransitive verb of the order of a turn right before "by": means-frames.txt).
 *    A transitive frame with its object ("ended her speech by quoting") stays out.
 */

let frames: ReadonlySet<string> | null = null;
const meansFrames = (): ReadonlySet<string> => (frames ??= readList(new URL('../../lang/en/means-frames.txt', import.meta.url)));

/** The most tokens between a speaker and the "to" of its infinitive cue ("is perhaps the only leader to"). */
const MAX_GOVERNOR = 7;
/** A particle of a phrasal frame verb ("followed up by", "started off by"). */
const PARTICLE = /^(up|off)$/;

/** Whether tokens a..b lie in one sentence, outside quotations and the claim's speaker. */
function free(c: Ctx, d: Draft, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    if (k < 0 || c.inQuote[k]! >= 0 || c.sentOf[k] !== c.sentOf[b]) return false;
    if (d.source && d.source[0] <= k && k <= d.source[1]) return false;
  }
  return true;
}

/** The first word of the cue after the adverbs that open it ("recently endorse", "essentially telling"). */
function headOf(c: Ctx, d: Draft): number {
  const part = d.cue![0]!;
  let k = part[0]!;
  while (k < part[part.length - 1]! && adverbAt(c, k)) k++;
  return k;
}

/**
 * A bare verb form at v (what "to" takes): a cue lemma itself, or a light verb of the noun rules ("make",
 * "offer"), never a plural or past form ("devoted attention to rumors").
 */
function bareVerb(c: Ctx, v: number): boolean {
  if (!isWord(c, v) || !/^[a-z]+$/.test(w(c, v)) || cls(c, 'det', v) || cls(c, 'pron', v) || cls(c, 'prep', v)) return false;
  const forms = cueForms(c, v);
  if (forms.length > 0) return forms.some((f) => f.lemma === w(c, v));
  return !/(ed|ing|[^s]s)$/.test(w(c, v));
}

/** Where the cue starting at a, an infinitive after "to", then starts: the "to", and the governing words after the speaker. */
function infinitiveStart(c: Ctx, d: Draft, a: number): number {
  const to = a - 1;
  if (w(c, to) !== 'to' || !bareVerb(c, headOf(c, d)) || !free(c, d, to, a)) return a;
  let s = to;
  // "not to make": the negation of the infinitive.
  if (w(c, s - 1) === 'not' && free(c, d, s - 1, s)) s--;
  // The words between the speaker and the "to" govern it ("are quick to", "will be able to", "went out of his way to").
  // They open with a verb, an auxiliary or an adverb, not with a phrase that goes on the speaker ("one of the last …").
  const g = d.source ? d.source[1] + 1 : -1;
  if (d.source && g < s && s - g <= MAX_GOVERNOR && c.sentOf[g] === c.sentOf[s] && !cls(c, 'prep', g) && !cls(c, 'det', g) && !/^(to|of)$/.test(w(c, g))) {
    let ok = true;
    for (let k = d.source[1] + 1; k < s && ok; k++) ok = !isBoundary(c, k) && c.inQuote[k]! < 0 && !cls(c, 'sub', k) && !cls(c, 'relative', k);
    if (ok) s = d.source[1] + 1;
  }
  return s;
}

/** Where the cue starting at a, a participle after "by", then starts: at the frame verb ("began by saying"). */
function meansStart(c: Ctx, d: Draft, a: number): number {
  if (!/ing$/.test(w(c, headOf(c, d))) || w(c, a - 1) !== 'by') return a;
  let k = a - 2;
  while (k > a - 5 && (adverbAt(c, k) || PARTICLE.test(w(c, k)))) k--;
  if (!meansFrames().has(w(c, k)) || !free(c, d, k, a)) return a;
  // A particle must belong to the frame verb ("followed up", not "opened up … by").
  // The auxiliaries and adverbs before the frame verb join it ("has often responded by").
  while (k - 1 >= 0 && free(c, d, k - 1, k) && (cls(c, 'aux', k - 1) || cls(c, 'werden', k - 1) || adverbAt(c, k - 1) || cls(c, 'neg', k - 1))) k--;
  return k;
}

/**
 * Where the cue starting at a then starts for a word before it that the verb rules do not read as part of the verb
 * group: the perfect participle "having" ("Having announced …", "having referred to"), and a manner adverb of a
 * title-case headline ("Trump Finally Endorses Ryan", where the capital keeps `lowerLy` from reading it).
 */
function auxiliaryStart(c: Ctx, d: Draft, a: number): number {
  const k = a - 1;
  if (k < 0 || !isWord(c, a) || c.inQuote[k]! >= 0 || c.sentOf[k] !== c.sentOf[a]) return a;
  const title = (i: number): boolean => isCap(c, i) && /^\p{Lu}\p{Ll}/u.test(raw(c, i));
  let p = a; // (adverbs between: "having repeatedly claimed")
  while (p - a < 2 && adverbAt(c, p)) p++;
  const having = w(c, k) === 'having' && /(ed|en|wn|ne|ld|id|ht)$/.test(w(c, p));
  const headline = title(k) && /ly$/.test(w(c, k)) && title(a) && k > c.sents[c.sentOf[a]!]!.firstToken && cueForms(c, a).length > 0;
  if (!having && !headline) return a;
  // A speaker found there gives the word back: a headline's subject that took the adverb ("Trump Finally"), or
  // "having" taken for the speaker, which is then the main clause's subject where one is found.
  if (d.source && d.source[1] === k && d.source[0] < k) d.source = [d.source[0], k - 1];
  else if (d.source && d.source[1] === k && d.resolved === null) d.source = mainClauseSpeaker(c, d, a);
  else if (d.source && d.source[0] <= k && k <= d.source[1]) return a;
  return k;
}

/** The main clause's subject as the speaker of a cue at a, where one is found outside the content. */
function mainClauseSpeaker(c: Ctx, d: Draft, a: number): [number, number] | null {
  const s = mainSubject(c, a);
  if (!s || (s[0] <= a && a <= s[1]) || s[1] === a - 1 || d.content.some((p) => p[0]! <= s[1] && s[0] <= p[p.length - 1]!)) return d.source;
  return s;
}

/**
 * A word in capitals that opens the cue after a speaker's last word in capitals is part of the name ("USA TODAY
 * reported", not the adverb "today"): it moves from the cue to the speaker.
 */
function capitalsName(c: Ctx, d: Draft): void {
  const part = d.cue![0]!;
  const a = part[0]!;
  if (!d.source || d.source[1] !== a - 1 || a >= part[part.length - 1]! || d.resolved) return;
  const caps = (i: number): boolean => /^\p{Lu}{2,}$/u.test(raw(c, i));
  if (caps(a) && caps(a - 1) && cueForms(c, a).length === 0) {
    d.source = [d.source[0], a];
    d.cue = [[a + 1, part[part.length - 1]!], ...d.cue!.slice(1)];
  }
}

/** The tidySpans hook: the words before a cue that belong to it. */
export function cueReach(c: Ctx, d: Draft): void {
  if (!d.cue || d.cue.length === 0) return;
  capitalsName(c, d);
  const a = d.cue[0]![0]!;
  if (c.inQuote[a]! >= 0) return;
  let s = infinitiveStart(c, d, a);
  if (s === a) s = meansStart(c, d, a);
  if (s === a) s = auxiliaryStart(c, d, a);
  if (s === a) return;
  for (const p of d.content) if (p[0]! <= a - 1 && p[p.length - 1]! >= s) return;
  d.cue = [[s, d.cue[0]![1]!], ...d.cue.slice(1)];
}

/** "Having said that, …" / "That said, …": a connective, no claim (the notACue check of en.ts for the verb at v). */
export function saidAsConnective(c: Ctx, v: number): boolean {
  if (c.inQuote[v]! >= 0 || !/^(said|noted)$/.test(w(c, v))) return false;
  return (w(c, v - 1) === 'having' && w(c, v + 1) === 'that' && isBoundary(c, v + 2)) ||
    (w(c, v - 1) === 'that' && v - 1 === c.sents[c.sentOf[v]!]!.firstToken && isBoundary(c, v + 1));
}

/** The most words of a manner phrase's noun phrase after its article ("a wry smile", "an eye roll"). */
const MANNER_WORDS = 2;

/**
 * A manner phrase that closes the verb group after the cue verb: "he said with a laugh.", "explained with a smile,
 * …", "shot back with a grin". Only "with" and an indefinite article before at most two lower-case words that end
 * the clause (punctuation, a closing quote or "that"): "responded with a phrase that …" and "joked with reporters"
 * are the verb's object or listener. The tidySpans hook, after cueReach.
 */
export function mannerPhrase(c: Ctx, d: Draft): void {
  if (!d.cue || d.cue.length === 0) return;
  const part = d.cue[d.cue.length - 1]!;
  const v = part[part.length - 1]!;
  if (w(c, v + 1) !== 'with' || !/^(a|an)$/.test(w(c, v + 2)) || cueForms(c, v).length === 0) return;
  let e = v + 2;
  while (e - (v + 2) < MANNER_WORDS && isWord(c, e + 1) && /^[a-z-]+$/.test(raw(c, e + 1)) && !cls(c, 'prep', e + 1) && !cls(c, 'sub', e + 1) && !cls(c, 'relative', e + 1) && !cls(c, 'coord', e + 1) && w(c, e + 1) !== 'that') e++;
  if (e === v + 2 || !free(c, d, v + 1, e)) return;
  const n = e + 1;
  const closes = n >= c.toks.length || c.sentOf[n] !== c.sentOf[e] || /^[.,;:!?”"’)]$/.test(raw(c, n)) || w(c, n) === 'that';
  if (!closes || d.content.some((p) => p[0]! <= e && v + 1 <= p[p.length - 1]!)) return;
  d.cue = [...d.cue.slice(0, -1), [part[0]!, e]];
}

/** A quantifier that stands as a verb's object, or determines it: "said little about", "showed no sign of". */
const QUANTIFIER_OBJECT = /^(little|much|more|nothing|no)$/;
/** The prepositions that tie such an object to its topic. */
const OBJECT_LINK = /^(about|of|on|in|with|for|to|over)$/;

/**
 * A quantified object after the cue verb, up to the preposition of its topic: "said little about X", "talked more
 * about X", "says nothing about X", "has shown no interest in X", "found no fault with X" — the verb says how much
 * it says, and the topic is the content; "little inclination to act" ends at its noun. Not before a number ("said
 * more than 20 …"), a that-clause ("cited no evidence that …") or a plain object ("wants more funding"). The
 * tidySpans hook, after mannerPhrase.
 */
export function quantifiedObject(c: Ctx, d: Draft): void {
  if (!d.cue || d.cue.length === 0 || d.content.length === 0) return;
  const part = d.cue[d.cue.length - 1]!;
  const v = part[part.length - 1]!;
  const q = v + 1;
  const first = d.content[0]!;
  if (first[0] !== q || !QUANTIFIER_OBJECT.test(w(c, q)) || cueForms(c, v).length === 0 || c.inQuote[q]! >= 0) return;
  let k = q + 1;
  // At most two words of the object ("no immediate signs", "nothing else"); "no" needs its noun.
  while (k - q <= 2 && isWord(c, k) && /^[a-z-]+$/.test(raw(c, k)) && !OBJECT_LINK.test(w(c, k)) && !cls(c, 'prep', k) && !cls(c, 'sub', k) && !cls(c, 'relative', k) && !cls(c, 'coord', k) && !cls(c, 'det', k) && w(c, k) !== 'than' && w(c, k) !== 'that') k++;
  // "no" needs its noun; "more" and "much" stand alone ("wants more funding for" is a plain object).
  if ((w(c, q) === 'no' && k === q + 1) || (/^(more|much)$/.test(w(c, q)) && (k > q + 1 || w(c, k) === 'of'))) return;
  // A noun after the quantifier names an attitude the verb shows ("no interest in", "little inclination to"), not a
  // thing ("found no record of", "offered no specifics about").
  if (k > q + 1 && !objectHead(w(c, k - 1))) return;
  let end: number;
  // ("proposed little in the way of X": a complex preposition, whose phrase is the object's.)
  if (OBJECT_LINK.test(w(c, k)) && w(c, k) !== 'to' && !(w(c, k + 1) === 'the' && w(c, k + 2) === 'way')) end = k;
  else if (w(c, k) === 'to' && k > q + 1 && isWord(c, k + 1) && !cls(c, 'det', k + 1) && !isCap(c, k + 1)) end = k - 1; // "little inclination | to act"
  else if (w(c, k) === 'to' && k === q + 1) end = k; // "said no to X"
  else return;
  const last = first[first.length - 1]!;
  if (end + 1 > last || c.sentOf[end] !== c.sentOf[v]) return;
  d.cue = [...d.cue.slice(0, -1), [part[0]!, end]];
  d.content = [[end + 1, last], ...d.content.slice(1)];
}
