import { addClaim, isWord, pronounResolution, raw, sentenceRange, unused, w, type Ctx } from './context.js';
import { modifier, nounLexicon, possessor, topicEnd } from './en-nouns.js';
import { receiveVerbBefore, verbSubject } from './en-noun-frames.js';
import { npForward } from './phrases.js';

/**
 * "Lee has strong support among older voters", "Lee's broad support among farmers": a cue noun with the frame
 * `+among` (src/lang/en/cue-nouns.tsv: support, backing) names the stance of the group after "among" towards the
 * noun's holder — the subject of a receive verb ("has", "enjoys", "draws") or the possessive before the noun. The
 * group is the speaker, the holder what it talks about (a reported claim); the cue runs from the verb (with its
 * auxiliaries) or the first modifier through the noun, "among" stays out. Without a holder ("support among
 * farmers is soft") or with a topic after the group ("support among farmers for the tolls") there is no claim.
 * A late rule (the continuation hook of en.ts), once per "among": a claim whose content holds the phrase ("Backers
 * worry that her deep support among farmers will fade") comes first.
 */
export function amongFrames(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  for (let k = sA + 1; k < sB; k++) if (w(c, k) === 'among' && c.inQuote[k]! < 0) amongCue(c, si, k - 1, sA, sB);
}

function amongCue(c: Ctx, si: number, i: number, sA: number, sB: number): boolean {
  const lex = nounLexicon();
  const noun = lex.nouns.get(w(c, i));
  if (!noun?.frames.has('+among') || w(c, i + 1) !== 'among' || c.used[i]) return false;
  // The group ends where its noun phrase does, and before a verb ("… among farmers helped him").
  let e = Math.min(npForward(c, i + 2, sB + 1), topicEnd(c, i + 1, sB));
  for (let k = i + 3; k <= e; k++) if (/^[a-z]+ed$/.test(raw(c, k)) && isWord(c, k + 1)) e = k - 1;
  if (e < i + 2) return false;
  for (let k = i + 2; k <= e; k++) if (w(c, k) === 'for') return false;
  let holder: [number, number] | null = null;
  let cueStart = i;
  const v = receiveVerbBefore(c, i, sA);
  if (v >= 0) {
    const vs = c.inQuote[v]! < 0 ? verbSubject(c, v, sA) : null;
    if (vs) [holder, cueStart] = [vs.subj, vs.b];
  } else {
    let m = i - 1;
    while (m >= sA && i - m <= 3 && modifier(c, m)) m--;
    holder = m >= sA ? possessor(c, m, sA, lex) : null;
    cueStart = m + 1;
  }
  if (!holder || !unused(c, holder[0], holder[1]) || !unused(c, cueStart, e)) return false;
  for (let k = cueStart; k <= e; k++) c.used[k] = 1;
  addClaim(c, { kind: 'reported', content: [holder], cue: [[cueStart, i]], source: [i + 2, e], resolved: pronounResolution(c, holder, si), stance: noun.stance, rule: 'noun-among', sentence: si });
  return true;
}
