import { readSetTable } from '../../lang/lexicon.js';
import { cls, cueForms, is, isCap, isComma, sentenceRange, w, type Ctx, type Draft } from './context.js';
import { sinceInGroup } from './en-documents.js';
import { messageVerb, passOnSpeaker } from './en-ing-forms.js';

/**
 * Speakers of participle cues (tidySpans hook of en.ts; each check looks at a bounded window before the cue):
 *  - a document the speaker issues: "X issued a statement (Wednesday,) saying C", "X sent out a fundraising
 *    email urging C" — the participle speaks for X, not for the document; the cue runs from the verb (with its
 *    auxiliaries and adverbs: "has also released") to the participle, as PolNeAR marks it;
 *  - the passive of a verb of perceiving: "X was heard saying C", "X was caught on tape telling Y C", "X can be
 *    seen telling reporters C" — the passive's subject is the speaker.
 * Word lists in src/lang/en/document-frames.tsv.
 */
interface Frames {
  content: ReadonlySet<string>;
  verb: ReadonlySet<string>;
  noun: ReadonlySet<string>;
  perceive: ReadonlySet<string>;
  medium: ReadonlySet<string>;
  self: ReadonlySet<string>;
}
let frames: Frames | undefined;
function lists(): Frames {
  if (frames) return frames;
  const m = readSetTable(new URL('../../lang/en/document-frames.tsv', import.meta.url), /\s+/);
  const get = (k: string): Set<string> => m.get(k) ?? new Set();
  frames = { content: get('content'), verb: get('verb'), noun: get('noun'), perceive: get('perceive'), medium: get('medium'), self: get('self') };
  return frames;
}

/** How far back from the participle a document frame may start (verb, object, time, a short aside). */
const DOC_WINDOW = 18;
/** How far after its verb the document noun may stand ("released a scathing, six-page report"). */
const NOUN_WINDOW = 7;

/** Whether a word names the document itself after "this" ("this story", "this article"). */
export const selfNoun = (word: string): boolean => lists().self.has(word);

/** Whether a word is a verb that issues a document or message ("issued", "emailed", "sent"). */
export function issuingVerb(word: string): boolean {
  return lists().verb.has(word);
}

/** Auxiliaries, negation-free adverbs and modals before index k that belong to its verb group: "has also", "can be". */
function groupStart(c: Ctx, k: number, sA: number): number {
  while (k - 1 >= sA && c.inQuote[k - 1]! < 0 && (cls(c, 'aux', k - 1) || cls(c, 'werden', k - 1) || (cls(c, 'adv', k - 1) && !/^(not|never|n['’]t)$/.test(w(c, k - 1))) || sinceInGroup(c, k - 1))) k--;
  return k;
}

/**
 * The verb of "X issued a statement … saying" for the participle at v: the index of the issuing verb, or -1.
 * Between them: the document noun within a few words of the verb, and no clause boundary (a subordinator,
 * relative pronoun, coordinator, auxiliary, quotation, colon, semicolon or dash).
 */
export function documentVerb(c: Ctx, v: number, sA: number): number {
  const { verb, noun } = lists();
  let nearestNoun = -1;
  for (let k = v - 1; k >= sA && v - k <= DOC_WINDOW; k--) {
    if (c.inQuote[k]! >= 0 || is(c, k, ';', ':', '—', '–', '(', ')') || cls(c, 'sub', k) || cls(c, 'relative', k) || cls(c, 'coord', k) || cls(c, 'aux', k) || cls(c, 'werden', k)) return -1;
    // An infinitive clause between ("filed a motion to unseal the records, arguing"): the participle may be its.
    if (w(c, k) === 'to' && k + 1 < v && !isCap(c, k + 1) && !cls(c, 'det', k + 1) && !cls(c, 'pron', k + 1)) return -1;
    if (noun.has(w(c, k))) nearestNoun = k;
    if (verb.has(w(c, k)) && nearestNoun > k && nearestNoun - k <= NOUN_WINDOW && !cls(c, 'det', k - 1)) return k;
  }
  return -1;
}

/**
 * The start of the passive of perceiving before the participle at v ("was heard", "can be seen", "was caught on
 * tape"), or -1.
 */
export function perceivedBefore(c: Ctx, v: number, sA: number): number {
  const { perceive, medium } = lists();
  let p = v - 1;
  // "on tape", "on a hot mic", "on camera": a short phrase of the medium.
  if (medium.has(w(c, p))) {
    let k = p - 1;
    while (k > sA && p - k < 4 && !/^(on|in)$/.test(w(c, k))) k--;
    if (!/^(on|in)$/.test(w(c, k))) return -1;
    p = k - 1;
  }
  if (p <= sA || !perceive.has(w(c, p)) || !(cls(c, 'aux', p - 1) || cls(c, 'werden', p - 1))) return -1;
  return groupStart(c, p, sA);
}

/** The tidySpans hook: the speaker (and for a document frame the cue) of a participle cue. */
export function participleSpeaker(c: Ctx, d: Draft): void {
  if (!d.cue || d.cue.length === 0) return;
  const v = d.cue[0]![0]!;
  const [sA] = sentenceRange(c, c.sentOf[v]!);
  if (c.inQuote[v]! >= 0) return;
  // "a statement that said C": the relative clause of a document speaks like its participle.
  const relative = w(c, v - 1) === 'that' && v - 2 > sA && !isComma(c, v - 2) && d.source?.[0] === v - 1 && d.source[1] === v - 1;
  if (relative) return relativeOfDocument(c, d, v, sA);
  if (!/ing$/.test(w(c, v))) return documentAsContent(c, d, sA);
  const seen = perceivedBefore(c, v, sA);
  if (seen > sA) {
    const subj = c.rules.subjectBefore(c, sA, seen);
    if (subj && subj[1] < seen) setSource(d, subj);
    return;
  }
  const doc = documentVerb(c, v, sA);
  const old = d.source;
  if (doc >= 0) issuer(c, d, doc, sA);
  else if (issuer(c, d, messageVerb(c, v, sA), sA)) passOnSpeaker(c, d, old); // "emailed supporters saying" (en-ing-forms.ts)
}

/** The one who issues the document (verb at k, -1 if none) speaks; the cue runs from the verb's group. */
function issuer(c: Ctx, d: Draft, k: number, sA: number): boolean {
  if (k < 0) return false;
  const start = groupStart(c, k, sA);
  // After a verb the form is an adjective: "noted published reports alleging C".
  if (start <= sA || cueForms(c, start - 1).length > 0 || cls(c, 'verb', start - 1)) return false;
  const subj = c.rules.subjectBefore(c, sA, start);
  // The speaker stands before the verb; a speaker found elsewhere (the document, a time word) is replaced.
  if (!subj || subj[1] >= start) return false;
  if (!d.source || d.source[0] >= start || d.source[1] < subj[0]) setSource(d, subj);
  d.cue = [[start, d.cue![0]![1]!], ...d.cue!.slice(1)];
  return true;
}

/** "X issued a statement that said C": X speaks, the cue runs from "issued" to "said". */
function relativeOfDocument(c: Ctx, d: Draft, v: number, sA: number): void {
  issuer(c, d, documentVerb(c, v - 1, sA), sA);
}

function setSource(d: Draft, subj: [number, number]): void {
  if (d.source && d.source[0] === subj[0] && d.source[1] === subj[1]) return;
  d.source = subj;
  d.resolved = null;
}

/** Whether the participle at v follows a passive of perceiving ("was overheard telling aides …"): it is a cue. */
export function perceivedParticiple(c: Ctx, v: number): boolean {
  const [sA] = sentenceRange(c, c.sentOf[v]!);
  return perceivedBefore(c, v, sA) > sA;
}

/**
 * "X released a new radio ad calling Y a liar" read as cue "released", content "a new radio ad calling …": the
 * document's participle carries the claim; the cue runs on to it and the content starts after it.
 */
function documentAsContent(c: Ctx, d: Draft, sA: number): void {
  const v = d.cue![0]![1]!;
  if (!lists().verb.has(w(c, v)) || d.cue!.length !== 1 || d.content.length !== 1) return;
  const [a, b] = d.content[0]! as [number, number];
  if (a !== d.cue![0]![1]! + 1) return;
  for (let p = a + 1; p < b && p - a <= DOC_WINDOW; p++) {
    if (c.inQuote[p]! >= 0 || !(lists().content.has(w(c, p)) || (/ing$/.test(w(c, p)) && cueForms(c, p).length > 0))) continue;
    if (documentVerb(c, p, sA) !== v) return;
    let start = p + 1;
    while (start < b && (isComma(c, start) || is(c, start, ':') || w(c, start) === 'that')) start++;
    d.cue = [[d.cue![0]![0]!, p]];
    d.content = [[start, b]];
    return;
  }
}

/** Whether the participle at v says what a document its clause issues says ("issued statements condemning …"): it is a cue. */
export function documentParticiple(c: Ctx, v: number): boolean {
  const [sA] = sentenceRange(c, c.sentOf[v]!);
  return documentVerb(c, v, sA) > sA || messageVerb(c, v, sA) > sA;
}


/** Whether word i is an inflected cue form other than the third person in -s: "said", "claimed", "told". */
function pastForm(c: Ctx, i: number): boolean {
  const s = w(c, i);
  // (A hedge verb after "that" is the relative clause's own verb, not a speaker's: "a sky that seemed to …".)
  return (c.lex.cueForms.get(s) ?? []).some((f) => s !== f.lemma && s !== f.lemma + 's' && s !== f.lemma + 'es' && !s.endsWith('ing') && c.lex.cueLemmas.get(f.lemma)?.frames.includes('hedge') !== true);
}

/** The rules' relativeVerb hook: a past verb of saying after the "that" of a document its clause issues ("issued a statement that said C"). */
export function relativeDocumentVerb(c: Ctx, i: number): boolean {
  const [sA] = sentenceRange(c, c.sentOf[i]!);
  return pastForm(c, i) && i - 2 > sA && lists().noun.has(w(c, i - 2)) && documentVerb(c, i - 1, sA) >= 0;
}

/**
 * Whether a parenthetical speaker follows the comma at k: "The board knew, the report said, but did nothing." —
 * the verb before the comma ("knew") has no content there; the aside speaks for the sentence around it.
 */
export function asideSpeakerAfter(c: Ctx, k: number, sB: number): boolean {
  if (!isComma(c, k)) return false;
  for (let j = k + 1; j <= sB && j - k <= 7; j++) {
    if (c.inQuote[j]! >= 0 || isComma(c, j) || cls(c, 'sub', j) || cls(c, 'coord', j)) return false;
    if (j > k + 1 && !/ing$/.test(w(c, j)) && cueForms(c, j).length > 0) return j === sB || isComma(c, j + 1) || is(c, j + 1, '.');
  }
  return false;
}
