import { readTable } from '../../lang/lexicon.js';
import type { Stance } from '../types.js';
import { addClaim, cls, cueForms, is, isBoundary, isWord, kindOf, pronounResolution, raw, sentenceRange, trim, unused, w, type Ctx } from './context.js';
import { FINITE } from './en-short-frames.js';

/**
 * English colon frames without a verb of saying, the content not in quotation marks: a clause that a colon
 * closes introduces the statement after it when a noun of speech (src/lang/en/colon-nouns.tsv) stands in it —
 * as the object of its verb ("X had one message: C", "X sent the party an unmistakable message: C", "X gave a
 * blunt answer: C") or as a subject with a possessor or "from" after a linking verb ("X's message was simple: C",
 * "The message from X was clear: C"). The clause's subject is the source, its verb up to and with the colon the
 * cue, the rest of the sentence the content. A colon that opens a list or follows a heading has no noun of
 * speech before it ("The plan includes: …"), and a subject that names nobody ("There was one question: …", "It
 * is simple: …") makes no claim. A quotation after the colon is the quote rules' (colonClause in
 * en-short-frames.ts). One pass over each sentence, from the continuation hook.
 */

let nouns: Map<string, Stance> | null = null;

function lexicon(): Map<string, Stance> {
  nouns ??= new Map(readTable(new URL('../../lang/en/colon-nouns.tsv', import.meta.url)).map(([n, s]) => [n!, s as Stance]));
  return nouns;
}

/** At most this many tokens between the clause start and the colon. */
const REACH = 16;

/** Subjects that name nobody. */
const EMPTY = /^(it|there|this|that|these|those|what|which|who|here|one|nothing|something|everything)$/;

const POSSESSIVE = /^(?:['’]s?|his|her|their|its|our|my|your|.+['’]s)$/;

const LINKING = /^(is|are|was|were|be|been|will|would|remains|remained|seemed|seems)$/;

/** The first colon of the sentence outside quotations, with words on both sides, or -1. */
function colonOf(c: Ctx, sA: number, sB: number): number {
  for (let i = sA + 2; i < sB - 2; i++) if (is(c, i, ':') && c.inQuote[i]! < 0) return i;
  return -1;
}

/** The finite verb of the clause from s to the colon at k: a shape without a lexicon, an auxiliary, a cue verb. */
function verbOf(c: Ctx, s: number, k: number): number {
  for (let v = s + 1; v < k; v++) {
    if (!isWord(c, v) || !/^[a-z]+$/.test(raw(c, v))) continue;
    // (After a possessive a cue word is a noun: "X's answer was short:".)
    if (POSSESSIVE.test(w(c, v - 1))) continue;
    if (FINITE.test(raw(c, v)) || cls(c, 'aux', v) || cls(c, 'werden', v) || cueForms(c, v).some((f) => f.form === 'finite')) return v;
  }
  return -1;
}

/** Colon frames in sentence si ("X had one message: C"). */
export function colonFrames(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  const k = colonOf(c, sA, sB);
  if (k < 0 || c.used[k] || c.toks[k + 1]?.kind === 'quote') return;
  const content = trim(c, k + 1, sB);
  if (!content || content[1] - content[0] < 2 || !unused(c, content[0], content[1])) return;
  // The clause starts at the sentence start or after a comma ("Last week, X gave a blunt, honest answer: C").
  for (let s = k - 1; s >= sA && k - s <= REACH; s--) {
    if (s > sA && !isBoundary(c, s - 1)) continue;
    if (c.toks[s - 1]?.kind === 'quote' || !unused(c, s, k)) return;
    const frame = frameAt(c, s, k);
    if (frame) {
      for (let j = frame.v; j <= k; j++) c.used[j] = 1;
      for (let j = frame.source[0]; j <= frame.source[1]; j++) c.used[j] = 1;
      addClaim(c, { kind: kindOf(c, [content]), content: [content], cue: [[frame.v, k]], source: frame.source, resolved: pronounResolution(c, frame.source, si), stance: frame.stance, rule: 'colon-frame', sentence: si });
      return;
    }
    if (is(c, s - 1, ';', ':')) return;
  }
}

/** The clause from s to the colon at k as a frame: its verb, subject and the stance of its noun of speech. */
function frameAt(c: Ctx, s: number, k: number): { v: number; source: [number, number]; stance: Stance } | null {
  const v = verbOf(c, s, k);
  if (v < 0) return null;
  // The subject may end in a time or place the noun-phrase walk leaves out ("A rally by X on Wednesday had …").
  const subj = c.rules.subjectBefore(c, s, v);
  if (!subj || subj[0] !== s || (subj[1] !== v - 1 && !cls(c, 'prep', subj[1] + 1)) || EMPTY.test(w(c, s))) return null;
  const source: [number, number] = [s, v - 1];
  const lex = lexicon();
  let stance: Stance | undefined;
  // The noun of speech in the object: the last one before the colon.
  for (let j = v + 1; j < k; j++) stance = lex.get(w(c, j)) ?? stance;
  if (!stance && LINKING.test(w(c, v))) {
    // "X's message was simple:", "The message from X was clear:", "His answer was blunt:".
    let owner = false;
    for (let j = s; j < v; j++) {
      if (POSSESSIVE.test(w(c, j)) || w(c, j) === 'from') owner = true;
      stance = lex.get(w(c, j)) ?? stance;
    }
    if (!owner) stance = undefined;
  }
  return stance ? { v, source, stance } : null;
}
