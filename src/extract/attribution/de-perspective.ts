import { addClaim, antecedent, clauseOf, cls, is, isCap, kindOf, trim, unused, w, type Ctx } from './context.js';
import { verbSecondStart } from './de-sources.js';

/**
 * German perspective phrases with a possessive (round 15, spec 6): "Aus seiner Sicht ist die Lage ernst", "Nach
 * ihrer Einschätzung …", "Seiner Ansicht nach …", "Meines Erachtens …", "In seinen Augen …". The possessive is the
 * speaker (resolved like a pronoun: `antecedent` in context.ts), the cue the whole phrase, the content the clause
 * around it. The words are classes of src/lang/de/claim-words.tsv: `possessive`, and the nouns of a view after "aus" (`persp-aus`: Sicht),
 * "nach" (`persp-nach`: Ansicht, Meinung, Einschätzung, …), "in" (`persp-in`: Augen) or alone (`persp-gen`:
 * Erachtens). The noun must be the whole word ("aus seiner Sicht-Achse" is none); "Aus Sicherheitsgründen" has no
 * possessive. SpkAtt marks the preposition as the cue and the rest as the source ("nach [seiner Meinung]"): eval
 * spkatt maps our phrase cue to that (rule 2).
 */

/** The phrase [first, last] and its possessive when one opens or closes at token i, else null. */
function phraseAt(c: Ctx, i: number, sA: number, sB: number): { first: number; last: number; poss: number } | null {
  const x = w(c, i);
  if (i + 2 <= sB && cls(c, 'possessive', i + 1) && isCap(c, i + 2)) {
    const noun = i + 2;
    // "aus seiner Sicht", "nach seiner Einschätzung", "in seinen Augen".
    if ((x === 'aus' && cls(c, 'persp-aus', noun)) || (x === 'in' && cls(c, 'persp-in', noun))) return { first: i, last: noun, poss: i + 1 };
    // "nach seiner Einschätzung" — but not "seiner Ansicht nach" read from its noun ("nach" closing it is the postposition).
    if (x === 'nach' && cls(c, 'persp-nach', noun) && w(c, noun + 1) !== 'nach') return { first: i, last: noun, poss: i + 1 };
  }
  // "Seiner Ansicht nach", "meiner Meinung nach": the postposition after a noun of a view.
  if (x === 'nach' && i - 2 >= sA && cls(c, 'persp-nach', i - 1) && isCap(c, i - 1) && cls(c, 'possessive', i - 2)) return { first: i - 2, last: i, poss: i - 2 };
  // "meines Erachtens".
  if (i + 1 <= sB && cls(c, 'possessive', i) && cls(c, 'persp-gen', i + 1)) return { first: i, last: i + 1, poss: i };
  return null;
}

export function perspective(c: Ctx, si: number, i: number, sA: number, sB: number): boolean {
  const m = phraseAt(c, i, sA, sB);
  if (!m) return false;
  const { first, last, poss } = m;
  for (let k = first; k <= last; k++) if (c.used[k]) return false;
  // A question asks for a view ("Wie ist Ihrer Meinung nach die Lage?"): it reports none, and the phrase is taken
  // so that no other rule reads it as a cue.
  if (is(c, sB, '?') || (sB > sA && is(c, sB - 1, '?'))) {
    for (let k = first; k <= last; k++) c.used[k] = 1;
    return true;
  }
  const [c0, cb] = clauseOf(c, first, sA, sB);
  const ca = verbSecondStart(c, c0, sA);
  const parts = [trim(c, ca, first - 1), trim(c, last + 1, cb)].filter((p): p is [number, number] => p !== null);
  // "In seinen Augen ist das ein Fehler" judges (a copula or an auxiliary in the clause); "In ihren Augen standen
  // Tränen" sees.
  if (w(c, first) === 'in' && !parts.some(([a, b]) => Array.from({ length: b - a + 1 }, (_, n) => a + n).some((k) => cls(c, 'sein', k) || cls(c, 'aux', k)))) return false;
  // A statement of three words at least ("Aus seiner Sicht, ja." is none).
  if (parts.reduce((n, p) => n + p[1] - p[0] + 1, 0) < 3 || !parts.every((p) => unused(c, p[0], p[1]))) return false;
  for (let k = first; k <= last; k++) c.used[k] = 1;
  const source: [number, number] = [poss, poss];
  addClaim(c, { kind: kindOf(c, parts), content: parts, cue: [[first, last]], source, resolved: antecedent(c, poss, si), stance: /schätz/.test(w(c, last === poss + 1 ? last : last - 1)) ? 'estimate' : 'assert', rule: 'phrase-perspective', sentence: si });
  return true;
}
