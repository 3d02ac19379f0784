import type { Layer } from '../../core/layer.js';
import type { Span } from '../../core/span.js';
import type { Sentence } from '../../text/segment.js';
import { lowerOf, type Token } from '../../text/tokenize.js';
import { nounLemmatizer } from '../lemma.js';
import { inClass, type ClaimLexicon, type CueForm, type Phrase } from '../claims-lexicon.js';
import type { Certainty, ClaimKind, PartedSpan, Stance } from '../types.js';
import type { LanguageRules } from './rules.js';

/** The state of one document's attribution pass, shared by the engine and the language rule modules. */
export interface Ctx {
  text: string;
  toks: readonly Token[];
  sents: readonly Sentence[];
  lex: ClaimLexicon;
  /** The rule module of the document's language (./de.ts, ./en.ts). */
  rules: LanguageRules;
  /** For each token, the index of its sentence. */
  sentOf: Int32Array;
  /** Tokens already used by a claim (its content, cue or source). */
  used: Uint8Array;
  /** Tokens of the claims the `beforeVerbs` hook made (from their first span to their last): a verb's content ends before them. */
  early: Uint8Array;
  /** Inside a quotation: the index of the quote pair, or -1. */
  inQuote: Int32Array;
  quotes: { open: number; close: number }[];
  claims: Draft[];
  bySentence: Map<number, Draft[]>;
  /** Every entity mention of the document, when that layer exists (a claim's source points at one). */
  entities: Layer<EntityMention> | null;
  /** Tokens inside a time expression ("Ende Januar 2006", "am Dienstag"): never part of a speaker. */
  inTime: Uint8Array;
  /** `cueForms` of each token, filled on first use (it reads only the tokens and the quotations, fixed before any rule runs). */
  forms: (CueForm[] | undefined)[];
  /** The bits of each token's word classes (lex.classBit), for `cls`; -1 until first read. */
  classes: Int32Array;
  /** For `isCap`, filled on first use: 0 not yet known, 1 not capitalized, 2 capitalized. */
  caps: Uint8Array;
  /** For `w`: each token's lower-case text, filled on first use. */
  lower: (string | undefined)[];
}

export interface Draft {
  kind: ClaimKind;
  content: number[][];
  cue: number[][] | null;
  source: [number, number] | null;
  /** For a pronoun or office source: the named speaker it stands for. */
  resolved: [number, number] | null;
  stance: Stance;
  rule: string;
  sentence: number;
  /** Taken back by a later rule ("Dies teilte X mit" takes over the sentence before). */
  removed?: boolean;
  /** Set by a rule that knows it (a hedge without a source: "is said to" → possible). */
  certainty?: Certainty;
}

export interface EntityMention extends Span {
  id: string;
  type: string;
}

export const UPPER = /^\p{Lu}/u;
/** The farthest any rule looks from its cue, in tokens: keeps the pass linear even in sentences without end. */
export const WINDOW = 60;
export const PUNCT_END = new Set(['.', '!', '?', '…', ';', ':', ',']);

export function w(c: Ctx, i: number): string {
  if (!(i >= 0 && i < c.lower.length)) return '';
  return (c.lower[i] ??= lowerOf(c.text, c.toks[i]!));
}

export function raw(c: Ctx, i: number): string {
  const t = c.toks[i];
  return t ? c.text.slice(t.start, t.end) : '';
}

export function isCap(c: Ctx, i: number): boolean {
  const known = c.caps[i];
  if (known !== 0) return known === 2;
  const t = c.toks[i]!;
  const cap = (t.kind === 'word' || t.kind === 'abbrev') && UPPER.test(c.text[t.start]!);
  c.caps[i] = cap ? 2 : 1;
  return cap;
}

/** A word of a name: capitalized, with a capital inside ("el-Baradei", "McCain"), or a name particle. */
export function isNameLike(c: Ctx, i: number): boolean {
  const t = c.toks[i];
  if (!t || (t.kind !== 'word' && t.kind !== 'abbrev')) return false;
  const s = c.text.slice(t.start, t.end);
  return /\p{Lu}/u.test(s) || /^(von|van|de|del|da|di|bin|ibn|al|zu|ter|den)$/.test(s);
}

export function isWord(c: Ctx, i: number): boolean {
  const t = c.toks[i];
  return !!t && (t.kind === 'word' || t.kind === 'abbrev' || t.kind === 'number' || t.kind === 'ordinal' || t.kind === 'date');
}

export function is(c: Ctx, i: number, ...chars: string[]): boolean {
  return chars.includes(raw(c, i));
}

/** The character code of a one-character token, or -1 (for a longer token, or none): read without slicing the text. */
function charOf(c: Ctx, i: number): number {
  const t = c.toks[i];
  return t && t.end - t.start === 1 ? c.text.charCodeAt(t.start) : -1;
}

export function isComma(c: Ctx, i: number): boolean {
  return charOf(c, i) === 0x2c;
}

/** A clause boundary inside a sentence: comma, semicolon, colon, or a spaced dash. */
export function isBoundary(c: Ctx, i: number): boolean {
  const ch = charOf(c, i);
  if (ch === 0x2c || ch === 0x3b || ch === 0x3a) return true; // , ; :
  if ((ch === 0x2013 || ch === 0x2014 || ch === 0x2d) && c.toks[i]!.kind === 'punct') { // – — -
    const prev = c.toks[i - 1];
    return !!prev && prev.end < c.toks[i]!.start;
  }
  return false;
}

export function cls(c: Ctx, name: string, i: number): boolean {
  const bit = c.lex.classBit[name];
  if (typeof bit !== 'number') return inClass(c.lex, name, w(c, i));
  let bits = c.classes[i]!;
  if (bits === -1) bits = c.classes[i] = c.lex.classesOf.get(w(c, i)) ?? 0;
  return (bits & bit) !== 0;
}

/** Matches multi-word lexicon phrases (lower case) at token i; returns the phrase and its last token. */
export function phraseAt<T>(c: Ctx, map: Map<string, Phrase<T>[]>, i: number): { p: Phrase<T>; last: number } | null {
  const list = map.get(w(c, i));
  if (!list) return null;
  for (const p of list) {
    let ok = true;
    // Adverbs may stand inside a phrase: "Die Rede ist auch von".
    let j = i;
    for (let k = 1; k < p.words.length; k++) {
      j++;
      let skipped = 0;
      while (skipped < 2 && w(c, j) !== p.words[k] && cls(c, 'adv', j)) {
        j++;
        skipped++;
      }
      if (w(c, j) !== p.words[k] || c.sentOf[j] !== c.sentOf[i]) {
        ok = false;
        break;
      }
    }
    if (ok) return { p, last: j };
  }
  return null;
}

/** Drops punctuation (and a trailing closing bracket) at the edges of a token range. */
export function trim(c: Ctx, a: number, b: number): [number, number] | null {
  while (a <= b && (PUNCT_END.has(raw(c, a)) || is(c, a, '-', '–', '—'))) a++;
  while (b >= a && (PUNCT_END.has(raw(c, b)) || is(c, b, '-', '–', '—') || (c.toks[b]!.kind === 'bracket' && c.toks[b]!.role === 'open'))) b--;
  return a <= b ? [a, b] : null;
}

/** No cue forms (shared, never changed). */
const NO_FORMS = Object.freeze([]) as unknown as CueForm[];

/** The cue verb readings of token i (none where the word is no verb there); computed once per token. */
export function cueForms(c: Ctx, i: number): CueForm[] {
  if (i < 0 || i >= c.forms.length) return NO_FORMS;
  return (c.forms[i] ??= readCueForms(c, i));
}

function readCueForms(c: Ctx, i: number): CueForm[] {
  const t = c.toks[i];
  if (!t || (t.kind !== 'word' && t.kind !== 'abbrev')) return NO_FORMS;
  // English "report", "claims", "estimates" are nouns after a determiner ("The report claimed …").
  // (Not a verb the language module reads after a relative pronoun that is also a determiner: "a statement that said …".)
  if (c.rules.nounAfterDeterminer && i > 0 && cls(c, 'det', i - 1) && !(cls(c, 'relative', i - 1) && c.rules.relativeVerb?.(c, i)) && !c.rules.verbAfterDeterminer?.(c, i)) return NO_FORMS;
  // Verbs are written in lower case except at the start of a sentence.
  // (A headline in title case capitalizes its verbs too: "Sanders Says Clinton Is Unqualified".)
  if (isCap(c, i) && c.sents[c.sentOf[i]!]!.start !== t.start && !c.rules.titleCaseLine?.(c, c.sentOf[i]!)) return NO_FORMS;
  const forms = c.lex.cueForms.get(w(c, i)) ?? NO_FORMS;
  return forms.length && c.rules.cueFormsAway?.(c, i, forms) ? NO_FORMS : forms;
}

/** Whether the cue word at i is its verb's bare form ("support", "ask"; not "supports", "asked"). */
export function bareForm(c: Ctx, i: number): boolean {
  return cueForms(c, i).some((f) => f.lemma === w(c, i));
}

/** Whether a cue verb's frames (cue-verbs.tsv, either language) make it a verb of saying or telling: a `say` or `tell` frame. */
export function saysOrTells(frames: readonly string[]): boolean {
  return frames.some((f) => f === 'say' || f === 'tell');
}

/** A verb of saying that takes no addressee ("said", "added"; not "told", whose frames add `tell`). */
export function saysNotTells(frames: readonly string[]): boolean {
  return frames.includes('say') && !frames.includes('tell');
}

/** Whether the cue lemma is a verb of saying or telling (`saysOrTells`); false for a lemma that is no cue verb. */
export function lemmaSays(c: Ctx, lemma: string): boolean {
  const info = c.lex.cueLemmas.get(lemma);
  return info !== undefined && saysOrTells(info.frames);
}


export function sentenceRange(c: Ctx, si: number): [number, number] {
  const s = c.sents[si]!;
  return [s.firstToken, s.endToken - 1];
}

/** The first token of a claim: of its source, cue or content, whichever comes first. */
export function draftStart(d: Draft): number {
  return Math.min(d.source?.[0] ?? Infinity, ...d.content.map((p) => p[0]!), ...(d.cue ?? []).map((p) => p[0]!));
}

/** The last token of a claim: of its source, cue or content, whichever ends last. */
export function draftEnd(d: Draft): number {
  return Math.max(d.source?.[1] ?? -1, ...d.content.map((p) => p[p.length - 1]!), ...(d.cue ?? []).map((p) => p[p.length - 1]!));
}

export function addClaim(c: Ctx, d: Draft): void {
  for (const part of d.content) for (let i = part[0]!; i <= part[1]!; i++) c.used[i] = 1;
  c.claims.push(d);
  index(c, d);
}

export function index(c: Ctx, d: Draft): void {
  const list = c.bySentence.get(d.sentence) ?? [];
  list.push(d);
  c.bySentence.set(d.sentence, list);
}

/** Whether a claim stands in sentence `si` (through the sentence index: scanning every claim made long documents quadratic). */
export function hasClaimIn(c: Ctx, si: number): boolean {
  return (c.bySentence.get(si) ?? []).some((d) => d.sentence === si);
}

export function unused(c: Ctx, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (c.used[i]) return false;
  return true;
}

/** The latest claim with a source, no further back than `maxBack` sentences (claims are indexed by sentence). */
export function lastSourced(c: Ctx, si: number, maxBack: number): Draft | null {
  for (let s = si; s >= si - maxBack && s >= 0; s--) {
    let best: Draft | null = null;
    for (const d of c.bySentence.get(s) ?? []) {
      if (!d.source || d.sentence !== s || d.removed) continue;
      if (!best || d.content[0]![0]! > best.content[0]![0]!) best = d;
    }
    if (best) return best;
  }
  return null;
}

/**
 * The last person-like name before token `before` within about two sentences: two or more name-like words in
 * a row that are not all common nouns ("Yoon Suk Yeol", "Kim Jong-un").
 */
export function lastNameBefore(c: Ctx, before: number): [number, number] | null {
  const nouns = nounLemmatizer(c.lex.lang);
  const stop = Math.max(0, before - 80);
  let k = before - 1;
  while (k >= stop) {
    if (!isNameLike(c, k) || c.toks[k]!.kind !== 'word') {
      k--;
      continue;
    }
    let a = k;
    while (a - 1 >= stop && isNameLike(c, a - 1) && c.toks[a - 1]!.kind === 'word' && !cls(c, 'det', a - 1)) a--;
    let names = 0;
    for (let j = a; j <= k; j++) if (isCap(c, j) && !raw(c, j).endsWith('-') && !nouns.isNoun(raw(c, j))) names++;
    if (k > a && names >= 2) return [a, k];
    k = a - 1;
  }
  return null;
}

/** What a pronoun or an office ("sein Büro") speaking stands for: the nearer of the last speaker and the last name. */
export function pronounResolution(c: Ctx, src: [number, number], si: number): [number, number] | null {
  const office = src[1] - src[0] === 1 && c.lex.office.has(w(c, src[1]));
  if (!office && (src[0] !== src[1] || !cls(c, 'pron', src[0]))) return null;
  return antecedent(c, src[0], si);
}

/**
 * Whom a pronoun or possessive at token k of sentence si stands for: the last speaker (up to four sentences back)
 * or a name after that speaker and before k, whichever is nearer.
 */
export function antecedent(c: Ctx, k: number, si: number): [number, number] | null {
  const prev = lastSourced(c, si, 4);
  let speaker = prev ? (prev.resolved ?? prev.source) : null;
  // The same pronoun taken over by a second cue ("he said, adding …") stands for no one new.
  if (speaker && speaker[0] === k) speaker = null;
  const name = lastNameBefore(c, k);
  if (name && (!speaker || name[0] > speaker[1])) return name;
  return speaker;
}

export function kindOf(c: Ctx, parts: number[][]): ClaimKind {
  for (const [a, b] of parts) for (let i = a!; i <= b!; i++) if (c.toks[i]!.kind === 'quote') return 'mixed';
  return 'indirect';
}

export function clauseOf(c: Ctx, i: number, sA: number, sB: number): [number, number] {
  let a = i;
  while (a > sA && i - a < WINDOW && !isBoundary(c, a - 1)) a--;
  let b = i;
  while (b < sB && b - i < WINDOW && !isBoundary(c, b + 1)) b++;
  return [a, b];
}

export function tokenSpan(c: Ctx, a: number, b: number): Span {
  return { start: c.toks[a]!.start, end: c.toks[b]!.end };
}

export function parted(c: Ctx, parts: number[][]): PartedSpan {
  const spans = parts.map(([a, b]) => tokenSpan(c, a!, b!));
  const out: PartedSpan = { start: spans[0]!.start, end: spans.at(-1)!.end };
  if (spans.length > 1) out.parts = spans;
  return out;
}
