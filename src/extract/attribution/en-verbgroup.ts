import { readTable } from '../../lang/lexicon.js';
import { nounLexicon } from './en-nouns.js';
import { cls, cueForms, isCap, isWord, sentenceRange, w, type Ctx, type Draft } from './context.js';

/**
 * The English verb group (PolNeAR's "keep the verb group together"): the words between a cue verb and its
 * content that belong to the verb, not to what was said —
 *  - a word that belongs to the verb ("pleaded guilty to X"): cue "pleaded guilty to";
 *  - the short object of a verb that speaks through it, up to the preposition that ties it to the topic
 *    ("offered his thoughts on X", "showed no sign of X", "expressed concern about X").
 * The content then starts after these words. A per-claim pass over the words right after the cue (bounded: a
 * few tokens), called from the tidySpans hook; word lists in src/lang/en/verb-group.tsv.
 */

interface VerbGroupLexicon {
  object: ReadonlySet<string>;
  bare: ReadonlySet<string>;
  link: ReadonlySet<string>;
  head: ReadonlySet<string>;
}

let compiled: VerbGroupLexicon | null = null;

function lexicon(): VerbGroupLexicon {
  if (compiled) return compiled;
  const sets: Record<string, Set<string>> = { object: new Set(), bare: new Set(), link: new Set(), head: new Set() };
  for (const [word, kind] of readTable(new URL('../../lang/en/verb-group.tsv', import.meta.url))) sets[kind!]?.add(word!);
  compiled = { object: sets['object']!, bare: sets['bare']!, link: sets['link']!, head: sets['head']! };
  return compiled;
}

/** Whether a noun may head a verb's short object that speaks ("interest", "sign"; verb-group.tsv and the cue nouns). */
export const objectHead = (word: string): boolean => lexicon().head.has(word) || nounLexicon().nouns.has(word);

/** The most words an object may have before its preposition ("his own condolences for"). */
const MAX_OBJECT = 4;

/** A word that may stand in a short object noun phrase: no verb, auxiliary, clause word or cue. */
function objectWord(c: Ctx, k: number): boolean {
  return isWord(c, k) && c.inQuote[k]! < 0 && !cls(c, 'aux', k) && !cls(c, 'werden', k) && !cls(c, 'verb', k) && !cls(c, 'sub', k) &&
    !cls(c, 'relative', k) && !cls(c, 'prep', k) && !cls(c, 'coord', k) && !cls(c, 'pron', k) && cueForms(c, k).length === 0 && w(c, k) !== 'to' && w(c, k) !== 'of';
}

/**
 * Where the verb group after the cue verb at v ends (v itself when nothing joins it) and where the content then
 * starts; `end` bounds the content.
 */
function groupEnd(c: Ctx, v: number, end: number): [number, number] {
  const e = objectEnd(c, v, end);
  // "expressed confidence that X": the object's noun ends the cue, the clause after "that" is the content.
  if (e < 0) return [-e - 1, -e + 1];
  return [e, e + 1];
}

/** The end of the verb group after v; -(n + 1) when the object ending at n is followed by "that". */
function objectEnd(c: Ctx, v: number, end: number): number {
  const lex = lexicon();
  let k = v;
  if (lex.bare.has(w(c, k + 1))) k++;
  if (k > v && lex.link.has(w(c, k + 1)) && k + 2 <= end) return k + 1;
  if (k > v || !lex.object.has(w(c, v))) return k;
  // A short object up to its preposition: "his thoughts on", "no sign of", "a list of".
  let m = v + 1;
  if (cls(c, 'det', m) || cls(c, 'quant', m)) m++;
  const first = m;
  while (m - first < MAX_OBJECT && m < end && objectWord(c, m)) m++;
  const head = w(c, m - 1);
  if (m === first || m >= end || !isWord(c, m + 1) || (!lex.head.has(head) && !nounLexicon().nouns.has(head))) return v;
  if (w(c, m) === 'that') return -m;
  if (!lex.link.has(w(c, m))) return v;
  // "an inclination to act": the infinitive's "to" is the content's.
  if (w(c, m) === 'to' && !(isCap(c, m + 1) || cls(c, 'det', m + 1) || cls(c, 'quant', m + 1) || cls(c, 'pron', m + 1))) return v;
  return m;
}

/** Moves the verb group after a claim's cue verb from the content into the cue. */
export function verbGroup(c: Ctx, d: Draft): void {
  if (!d.cue || d.cue.length === 0 || d.content.length === 0) return;
  const part = d.cue[d.cue.length - 1]!;
  const v = part[part.length - 1]!;
  const content = d.content[0]!;
  if (content[0] !== v + 1 || !isWord(c, v) || c.inQuote[v]! >= 0) return;
  const [e, from] = groupEnd(c, v, content[1]!);
  if (e <= v || from > content[1]!) return;
  d.cue = [...d.cue.slice(0, -1), [part[0]!, e]];
  d.content = [[from, content[1]!], ...d.content.slice(1)];
}

/** A quantifier that floats between the subject (or its auxiliary) and the verb: "have both urged", "all urged". */
const FLOATING = /^(both|all|each)$/;

/**
 * The verb group before a cue: a floating quantifier with the auxiliaries before it ("have both argued", "all
 * urged"). (A hedge's expletive "it" and its "to" stay out: "it appears to" is cue "appears" in PolNeAR.)
 */
export function floatingQuantifier(c: Ctx, d: Draft): void {
  if (!d.cue || d.cue.length === 0) return;
  let a = d.cue[0]![0]!;
  if (d.source) floatingFromSource(c, d, a);
  const srcEnd = d.source ? d.source[1] : -1;
  if (FLOATING.test(w(c, a - 1)) && a - 1 > srcEnd && w(c, a) !== 'of' && c.inQuote[a - 1]! < 0) {
    a--;
    for (let n = 0; n < 3 && a - 1 > srcEnd && (cls(c, 'aux', a - 1) || cls(c, 'werden', a - 1) || /n['’]t$/.test(w(c, a - 1))); n++) a--;
  }
  if (a !== d.cue[0]![0]) d.cue = [[a, d.cue[0]![1]!], ...d.cue.slice(1)];
}

/**
 * A speaker phrase that took the floating quantifier before the cue at a: "Clinton and Sanders both | urged" gives
 * the quantifier back to the cue; "Clinton and Sanders have both | urged", where the speaker found was the
 * quantifier alone, takes the subject before the auxiliaries.
 */
function floatingFromSource(c: Ctx, d: Draft, a: number): void {
  const [s, e] = d.source!;
  if (e !== a - 1 || !FLOATING.test(w(c, e)) || d.resolved) return;
  if (s < e) {
    d.source = [s, e - 1];
    return;
  }
  let k = e;
  while (k - 1 >= 0 && e - k < 3 && (cls(c, 'aux', k - 1) || cls(c, 'werden', k - 1))) k--;
  if (k === e) return;
  const [sA] = sentenceRange(c, c.sentOf[e]!);
  const subject = c.rules.subjectBefore(c, sA, k);
  if (subject) d.source = subject;
}
