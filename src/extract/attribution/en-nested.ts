import { cls, cueForms, draftStart, kindOf, isBoundary, trim, type Ctx, type Draft } from './context.js';
import { verbCues } from './verbs.js';
import { connectiveCut } from './en-siblings.js';
import { relativeCut, timeClauseCut } from './en-relative-sibling.js';
import { absoluteCut, concessiveCut } from './en-concessive-sibling.js';

/**
 * Attributions inside another claim's content. The sentence rules mark a content as used, so no claim is made
 * inside it; this pass runs the verb rules once more on each indirect content alone (its tokens freed for the
 * while) and looks at what they find there:
 *
 *  - a second statement after a clause boundary ("Six in 10 say he is decisive, after half said so",
 *    "75 percent said yes, but 55 percent say she does not"): the outer content ran past its own clause into
 *    a sibling report. The outer content then ends before that boundary and the inner report is a claim of its
 *    own. Only the plain reporting verb "say" is read so (what survey and news prose chains this way); an
 *    attitude or topic verb in a content ("said voters believe …", "said he supported …") is part of it.
 *  - a report in a non-restrictive relative clause (", who insisted …") or a clause of time ("after he
 *    introduced …", "when X criticized …") after the outer cue (en-relative-sibling.ts, round 21): the clause is
 *    no part of the outer statement; the outer content ends before it and the inner report is a claim.
 *  - a report nested in the content ("Smith said Jones accused him of lying"): left inside the outer claim.
 *    PolNeAR annotates no attribution inside another's content (none of its train attributions, any annotator,
 *    has its cue there), and SpkAtt's scorer leaves its nested annotations out, so a nested claim could only
 *    cost precision; the output stays one claim per speech act with disjoint contents.
 *
 * Each content is read once, and a split-off claim once more (bounded depth), so the pass stays linear.
 */
const SIBLING_LEMMA = 'say';
const MAX_DEPTH = 2;

export function nestedClaims(c: Ctx): void {
  const depth = new Map<Draft, number>();
  for (let k = 0; k < c.claims.length; k++) {
    const d = c.claims[k]!;
    if (d.removed || d.kind === 'direct') continue;
    const level = depth.get(d) ?? 0;
    if (level >= MAX_DEPTH) continue;
    for (let p = 0; p < d.content.length; p++) {
      const [a, b] = d.content[p] as [number, number];
      if (b - a < 3 || c.inQuote[a]! >= 0) continue;
      const before = c.claims.length;
      for (let i = a; i <= b; i++) c.used[i] = 0;
      verbCues(c, d.sentence, [a, b]);
      for (let i = a; i <= b; i++) c.used[i] = 1;
      const found = c.claims.splice(before).sort((x, y) => draftStart(x) - draftStart(y));
      let cut: [number, number] | null | undefined;
      const sibling = found.find((inner) => (cut = siblingCut(c, d, inner, a, b, p > 0)) !== undefined);
      for (const inner of found) if (inner !== sibling) inner.removed = true;
      if (!sibling) continue;
      // The outer content ends before the sibling: the parts after it are the sibling's.
      d.content = cut ? [...d.content.slice(0, p), cut] : d.content.slice(0, p);
      if (d.kind === 'mixed') d.kind = kindOf(c, d.content);
      c.claims.push(sibling);
      depth.set(sibling, level + 1);
      break;
    }
  }
}

/**
 * The outer content part [a, b] up to the clause boundary before an inner "say" report that lies wholly in it;
 * null when the part is to go as a whole (a continuation part that opens with the report: "C1, X said, while Y
 * said C2"); undefined when the report is no sibling.
 */
function siblingCut(c: Ctx, outer: Draft, inner: Draft, a: number, b: number, continuation: boolean): [number, number] | null | undefined {
  const inside = (p: readonly number[] | null) => !p || (p[0]! >= a && p[p.length - 1]! <= b);
  if (!inside(inner.source) || !(inner.cue ?? []).every(inside) || !inner.content.every(inside)) return undefined;
  if (outer === inner) return undefined;
  const cue0 = outer.cue?.[0]?.[0];
  if (cue0 !== undefined && cue0 <= a) {
    const r = relativeCut(c, inner, a) ?? timeClauseCut(c, inner, a) ?? concessiveCut(c, inner, a) ?? absoluteCut(c, inner, a);
    if (r !== undefined) return trim(c, a, r) ?? undefined;
  }
  if (lemmaOf(c, inner) !== SIBLING_LEMMA) {
    // Any verb after a connective and a subject of its own (en-siblings.ts), in a content after its cue: a content
    // before it ("C1, and the council voted against it, one member said") is all the speaker's.
    const cue0 = outer.cue?.[0]?.[0];
    if (cue0 === undefined || cue0 > a) return undefined;
    const e = connectiveCut(c, inner, a);
    return e === undefined ? undefined : trim(c, a, e) ?? undefined;
  }
  const s0 = draftStart(inner);
  let boundary = -1;
  for (let i = s0 - 1; i > a; i--) if (isBoundary(c, i)) {
    boundary = i;
    break;
  }
  if (boundary > a) return trim(c, a, boundary - 1) ?? undefined;
  let k = a;
  while (k < s0 && (cls(c, 'coord', k) || cls(c, 'sub', k))) k++;
  return continuation && k === s0 && k > a ? null : undefined;
}

function lemmaOf(c: Ctx, d: Draft): string | null {
  for (const [a, b] of d.cue ?? []) for (let k = a!; k <= b!; k++) {
    const f = cueForms(c, k)[0];
    if (f) return f.lemma;
  }
  return null;
}
