import { cls, isBoundary, pronounResolution, sentenceRange, w, type Ctx, type Draft } from './context.js';
import { adverbAt } from './en-cues.js';

/**
 * An aspect verb before the present participle of a cue verb: "started saying that C", "kept asking whether C",
 * "has stopped insisting that C", "began calling for X". The participle speaks as a finite verb would (as it does
 * in a progressive, "is saying"), and the aspect verb heads the cue with it: PolNeAR marks "kept asking", "began
 * calling for" (its infinitive twin, "began to call for", is en.ts's CATENATIVE). Adverbs may stand between them
 * ("has slowly started turning"). A check of a few tokens before the participle, from notACue and the cue's
 * verb group (cueExtras). Verbs of avoiding take the participle the same way and head its cue ("has avoided
 * directly criticizing X", "resisted endorsing X": a stance held by not speaking, r21 tail).
 */
const ASPECT = /^(kept|keeps|keep|keeping|started|starts|start|began|begins|begin|continued|continues|continue|stopped|stops|stop|quit|quits|avoided|avoids|avoid|avoiding|resisted|resists|resist|resisting)$/;

/** The aspect verb that governs the participle at v ("kept" in "kept asking", "kept repeatedly asking"), or -1. */
export function aspectBefore(c: Ctx, v: number): number {
  if (!/ing$/.test(w(c, v)) || c.inQuote[v]! >= 0) return -1;
  let k = v - 1;
  while (k > v - 3 && k >= 0 && adverbAt(c, k) && !isBoundary(c, k)) k--;
  return k >= 0 && ASPECT.test(w(c, k)) && c.inQuote[k]! < 0 && c.sentOf[k] === c.sentOf[v] ? k : -1;
}

/**
 * A speaker phrase that runs into its own cue ends before it: the cue of an aspect or catenative verb starts at that
 * verb ("The mayor started saying …", "The mayor started to argue …"), which the subject search (up to the cue verb)
 * took for part of the noun phrase. From the tidySpans hook; one comparison per claim.
 */
/** The first word of a cue part after its auxiliaries and adverbs ("has slowly started" → "started"). */
function headOf(c: Ctx, part: number[]): number {
  let k = part[0]!;
  while (k < part[part.length - 1]! && (cls(c, 'aux', k) || cls(c, 'werden', k) || adverbAt(c, k))) k++;
  return k;
}

export function sourceBeforeCue(c: Ctx, d: Draft): void {
  if (!d.source || !d.cue || d.cue.length === 0) return;
  const a = d.cue[0]![0]!;
  const [s, e] = d.source;
  if (a > e || !ASPECT.test(w(c, headOf(c, d.cue[0]!)))) return;
  if (s < a) d.source = [s, a - 1];
  else {
    // (The search took a word of the cue itself: "He has slowly started saying" gave "started".)
    const part = d.cue[0]!;
    if (e > part[part.length - 1]!) return;
    d.source = c.rules.subjectBefore(c, sentenceRange(c, c.sentOf[a]!)[0], a);
    d.resolved = d.source ? pronounResolution(c, d.source, d.sentence) : null;
  }
}
