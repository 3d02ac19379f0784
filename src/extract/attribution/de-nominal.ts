import { addClaim, cls, isBoundary, isCap, isComma, kindOf, pronounResolution, trim, unused, w, type Ctx } from './context.js';
import { npForward, subjectBefore } from './phrases.js';

/**
 * Nominal cues with a light verb: "X ist der Meinung, dass …", "X vertritt die Ansicht, C", "X kam zu dem
 * Ergebnis, dass …". The verb says nothing by itself; with a noun of opinion or finding it frames the clause
 * after the comma as X's statement. The cue is verb, article and noun (as the SpkAtt guidelines, 5.2, take the
 * words that make the speech act). Nouns and verb forms are below: a closed list of German grammar.
 */

/** Forms of the light verbs: vertreten, kommen / gelangen (with "zu"); those of sein are the `sein` class of claim-words.tsv. */
const VERTRETEN = /^(vertritt|vertreten|vertrat|vertraten|vertrete)$/;
const KOMMEN = /^(kam|kamen|kommt|kommen|komme|gelangte|gelangten|gelangt)$/;

/** Nouns of opinion (with sein / vertreten) and of finding (with kommen zu). */
const OPINION = /^(meinung|ansicht|auffassung|überzeugung|these|einschätzung)$/;
const FINDING = /^(ergebnis|schluss|schluß|einschätzung|erkenntnis|überzeugung|auffassung)$/;

/**
 * At token i (a light verb), the claim it frames; true when one was made. `reported(a, b)`: whether [a, b] is
 * in a mood of reported speech (the language module's Konjunktiv test).
 */
export function nominalCue(c: Ctx, si: number, i: number, sA: number, sB: number, reported: (a: number, b: number) => boolean): boolean {
  const v = w(c, i);
  const kind = cls(c, 'sein', i) ? 'sein' : VERTRETEN.test(v) ? 'vertreten' : KOMMEN.test(v) ? 'kommen' : null;
  if (!kind || isCap(c, i) && i !== sA) return false;
  const re = kind === 'kommen' ? FINDING : OPINION;
  /** "der Meinung" / "die Ansicht" / "zu dem Ergebnis" / "zum Schluss" at k, closed by a comma: its first token and noun. */
  const framing = (k: number): { first: number; noun: number } | null => {
    let d = k;
    if (kind === 'kommen') {
      if (w(c, k) === 'zu' && cls(c, 'det', k + 1)) d = k + 1;
      else if (w(c, k) !== 'zum') return null;
    } else if (!cls(c, 'det', k)) return null;
    let n = d + 1;
    while (n <= sB && n - d < 4 && !isCap(c, n) && !isBoundary(c, n)) n++;
    return isCap(c, n) && re.test(w(c, n)) && isComma(c, n + 1) ? { first: k, noun: n } : null;
  };
  let src: [number, number] | null = null;
  let f = framing(i + 1);
  if (!f) {
    // The speaker may stand between ("ist die Regierung der Ansicht").
    const e = npForward(c, i + 1, sB + 1);
    if (e <= i) return false;
    // The walk may have taken the framing noun for an attribute ("die Regierung der Ansicht").
    for (let j = i + 2; j <= e + 1 && !f; j++) {
      f = framing(j);
      if (f) src = [i + 1, j - 1];
    }
  }
  if (!f) return false;
  const { first: det, noun } = f;
  if (!src) {
    let a = i;
    while (a > sA && !isBoundary(c, a - 1)) a--;
    src = subjectBefore(c, a, i);
  }
  if (!src) return false;
  const content = trim(c, noun + 2, sB);
  if (!content || content[1] - content[0] < 2 || !unused(c, content[0], content[1])) return false;
  // The clause is a statement: "dass"/"ob" or reported speech ("…, die Lage sei ernst").
  if (!(cls(c, 'sub', content[0]) || reported(content[0], content[1]))) return false;
  const cue: number[][] = det === i + 1 ? [[i, noun]] : [[i, i], [det, noun]];
  for (const [a, b] of cue) for (let t = a!; t <= b!; t++) c.used[t] = 1;
  addClaim(c, { kind: kindOf(c, [content]), content: [content], cue, source: src, resolved: pronounResolution(c, src, si), stance: 'assert', rule: 'nominal-cue', sentence: si });
  return true;
}
