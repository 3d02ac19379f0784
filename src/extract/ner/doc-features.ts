import { GAZ, type NerLexicon } from './lexicon.js';

/**
 * Document features of the English tagger: what the other sentences of the same document say about a word.
 * A surname ("Galois", "Fillmore") is a person where one of its mentions follows a first name or "Mr.", a team
 * ("Sweden") an organisation where one of its mentions "defeated" somebody, a sentence-initial "Spring" no name
 * where the document writes "spring" elsewhere. The tagger sees, for each capitalized word, hashed summaries of
 * all its occurrences in the document: the words before and after them, whether one follows a first name or a
 * person cue, whether the word also occurs in lower case or inside a longer capitalized run, and how often.
 *
 * Built once per document in one pass over its words (linear); the features of a word are hashed once.
 */

const D = {
  COUNT: 70,
  LOWER_TOO: 71,
  MID_CAP: 72,
  AFTER_FIRST_NAME: 73,
  AFTER_CUE: 74,
  LEFT: 75,
  RIGHT: 76,
  IN_RUN: 77,
  POSSESSIVE: 78,
  RUN_FIRST_NAME: 79,
} as const;

/** Most distinct neighbour words summarized per word. */
const MAX_NEIGHBOURS = 8;

/** What the occurrences of a word in a document show (bits of DocContext.flagsOf). */
export const DOC = {
  /** The word also occurs in lower case ("Spring" … "spring"). */
  LOWER_TOO: 1,
  /** Capitalized other than at the start of a sentence. */
  MID_CAP: 2,
  /** Right after a capitalized first name ("Millard Fillmore"). */
  AFTER_FIRST_NAME: 4,
  /** Right after a person cue or a title ("spokesman Kirby", "Mr. Holt"). */
  AFTER_CUE: 8,
  /** Inside a run of capitalized words. */
  IN_RUN: 16,
  /** Followed by a possessive ending. */
  POSSESSIVE: 32,
  /** Inside a capitalized run that starts with a first name ("Évariste Galois"). */
  RUN_FIRST_NAME: 64,
} as const;

interface Entry {
  count: number;
  flags: number;
  left: string[];
  right: string[];
}

const UPPER = /^\p{Lu}/u;
const LETTERS = /\p{L}/u;

/** UPPER.test(w), without the regular expression where the first character is ASCII. */
function upperInitial(w: string): boolean {
  const ch = w.charCodeAt(0);
  if (ch < 0x80) return ch >= 65 && ch <= 90;
  return UPPER.test(w);
}

/** LETTERS.test(w), without the regular expression where the first character is an ASCII letter. */
function hasLetter(w: string): boolean {
  const ch = w.charCodeAt(0) | 0x20;
  return (ch >= 97 && ch <= 122) || LETTERS.test(w);
}

function hash(t: number, s: string): number {
  let h = 0x811c9dc5 ^ Math.imul(t, 0x9e3779b1);
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

function countBucket(n: number): number {
  return n <= 1 ? 1 : n <= 3 ? 2 : n <= 7 ? 3 : 4;
}

/** The document summary of every capitalized word of a document (see the file comment). */
export class DocContext {
  private readonly entries = new Map<string, Entry>();
  private readonly hashed = new Map<string, Uint32Array>();
  private static readonly NONE = new Uint32Array(0);

  constructor(sentences: readonly (readonly string[])[], lexicon: NerLexicon) {
    const lowerSeen = new Set<string>();
    // Per sentence, whether each word is capitalized, and where the capitalized run holding it starts: read once
    // per word, not again for each neighbour that asks.
    let up = new Uint8Array(0);
    let runStart = new Int32Array(0);
    for (const words of sentences) {
      const n = words.length;
      if (up.length < n) {
        up = new Uint8Array(2 * n);
        runStart = new Int32Array(2 * n);
      }
      for (let i = 0; i < n; i++) {
        up[i] = upperInitial(words[i]!) ? 1 : 0;
        runStart[i] = i > 0 && up[i] && up[i - 1] ? runStart[i - 1]! : i;
      }
      for (let i = 0; i < n; i++) {
        const w = words[i]!;
        if (!up[i]) {
          if (hasLetter(w)) lowerSeen.add(w);
          continue;
        }
        let e = this.entries.get(w);
        if (!e) this.entries.set(w, (e = { count: 0, flags: 0, left: [], right: [] }));
        e.count++;
        const prev = i > 0 ? words[i - 1]! : '';
        const next = i + 1 < n ? words[i + 1]! : '';
        const prevUp = i > 0 && up[i - 1] === 1;
        const nextUp = i + 1 < n && up[i + 1] === 1;
        if (i > 0 && !/^[\p{P}]+$/u.test(prev)) e.flags |= DOC.MID_CAP;
        const prevBits = prev ? lexicon.bits(prev) : 0;
        if (prevUp && prevBits & GAZ.FIRST_NAME) e.flags |= DOC.AFTER_FIRST_NAME;
        if (prevBits & GAZ.PERSON_CUE || /^(Mr|Mrs|Ms|Dr|Prof)\.?$/.test(prev)) e.flags |= DOC.AFTER_CUE;
        if (prevUp || nextUp) {
          e.flags |= DOC.IN_RUN;
          // The run's first word: a first name makes the run a person's name ("Évariste Galois").
          const s = runStart[i]!;
          if (s < i && lexicon.bits(words[s]!) & GAZ.FIRST_NAME) e.flags |= DOC.RUN_FIRST_NAME;
        }
        if (next === "'s" || next === '’s' || next === "'") e.flags |= DOC.POSSESSIVE;
        const l = prev.toLowerCase();
        if (l && e.left.length < MAX_NEIGHBOURS && !e.left.includes(l)) e.left.push(l);
        const r = next.toLowerCase();
        if (r && e.right.length < MAX_NEIGHBOURS && !e.right.includes(r)) e.right.push(r);
      }
    }
    for (const [w, e] of this.entries) if (lowerSeen.has(w.toLowerCase())) e.flags |= DOC.LOWER_TOO;
  }

  /** The DOC bits of a word (0 for a word the document never writes capitalized). */
  flagsOf(w: string): number {
    return this.entries.get(w)?.flags ?? 0;
  }

  /** The hashed document features of a word (none for a word that is not capitalized). */
  featuresOf(w: string): Uint32Array {
    const hit = this.hashed.get(w);
    if (hit) return hit;
    const e = this.entries.get(w);
    if (!e) return DocContext.NONE;
    const out: number[] = [hash(D.COUNT, String(countBucket(e.count)))];
    const flag = (bit: number, t: number) => {
      if (e.flags & bit) out.push(hash(t, '1'));
    };
    flag(DOC.LOWER_TOO, D.LOWER_TOO);
    flag(DOC.MID_CAP, D.MID_CAP);
    flag(DOC.AFTER_FIRST_NAME, D.AFTER_FIRST_NAME);
    flag(DOC.AFTER_CUE, D.AFTER_CUE);
    flag(DOC.IN_RUN, D.IN_RUN);
    flag(DOC.POSSESSIVE, D.POSSESSIVE);
    flag(DOC.RUN_FIRST_NAME, D.RUN_FIRST_NAME);
    for (const l of e.left) out.push(hash(D.LEFT, l));
    for (const r of e.right) out.push(hash(D.RIGHT, r));
    const h = Uint32Array.from(out);
    this.hashed.set(w, h);
    return h;
  }
}
