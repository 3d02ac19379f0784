import { cls, isBoundary, isCap, w, type Ctx } from './context.js';

/**
 * German Konjunktiv, the mark of reported speech: which forms are subjunctive (lexicon class konjunktiv), which
 * can stand in for Konjunktiv I, and the hearsay words ("soll", "angeblich") that hedge a claim.
 */

/** Subjunctive forms of the auxiliaries and modals: always verbs. */
const STRONG_KONJUNKTIV = /^(sei|seien|habe|hätte|hätten|wäre|wären|werde|würde|würden|könne|müsse|solle|wolle|dürfe|gebe|gäbe|gäben)$/;

export function isKonjunktiv(c: Ctx, i: number): boolean {
  const t = c.toks[i]!;
  if (t.kind !== 'word' || isCap(c, i)) return false;
  const lw = w(c, i);
  if (!c.lex.konjunktiv.has(lw)) return false;
  if (STRONG_KONJUNKTIV.test(lw)) return true;
  // Many rare forms are also adjectives ("leere", "gerade"): not before a noun, not after an article.
  return !isCap(c, i + 1) && !cls(c, 'det', i - 1);
}

export function hasKonjunktiv(c: Ctx, a: number, b: number, strongOnly = false): boolean {
  for (let i = a; i <= b; i++) {
    if (!isKonjunktiv(c, i)) continue;
    if (!strongOnly) return true;
    // Konjunktiv II of modal verbs ("würde", "könnte", "dürfte") is hypothetical more often than reported.
    if (!/^(würde|würden|könnte|könnten|dürfte|dürften|müsste|müssten|sollte|sollten|möchte|möchten)$/.test(w(c, i))) return true;
  }
  return false;
}

/**
 * Konjunktiv II stands in for Konjunktiv I only where the latter looks like the indicative ("sie könnten" for
 * "sie können"). Singular modals have a Konjunktiv I of their own ("könne", "dürfe", "müsse", "solle"), so
 * "könnte", "dürfte", "müsste", "sollte" say what is possible, not what was said; "möchte(n)" is a present
 * ("would like"). (wäre, hätte, würde are used for reported speech too often to leave out.)
 */
const NO_SUBSTITUTE = /^(könnte|dürfte|müsste|sollte|möchte|möchten)$/;

/** Whether [a, b] has a Konjunktiv that can mark reported speech (see NO_SUBSTITUTE). */
export function reportKonjunktiv(c: Ctx, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (isKonjunktiv(c, i) && !NO_SUBSTITUTE.test(w(c, i))) return true;
  return false;
}

/** Whether [a, b] holds a hearsay word ("soll", "angeblich"; class reportative). */
export function hasReportative(c: Ctx, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (c.lex.reportative.has(w(c, i))) return true;
  return false;
}

/** A clause with a zu-infinitive ("…, gegen den Schmuggel zu kämpfen", "…, sie anzusprechen"): what someone announced or demanded. */
export function zuInfinitive(c: Ctx, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    if (isBoundary(c, k) && k > a + 1) break;
    const lw = w(c, k);
    if ((lw === 'zu' && k < b && !isCap(c, k + 1) && /(?:en|ern|eln|^sein|^tun)$/.test(w(c, k + 1))) || /^\p{Ll}+zu\p{Ll}+en$/u.test(lw)) return true;
  }
  return false;
}
