import { addClaim, cls, is, isBoundary, isCap, lastSourced, trim, unused, w, type Ctx } from './context.js';
import { npForward } from './phrases.js';
import { mainClauseVerb } from './de-clauses.js';
import type { VerbSite } from './rules.js';

/**
 * German passives of reported cues (round 12): "Als Grund wurde die mangelnde Wartung genannt", "Als Ursache wird
 * ein Kurzschluss vermutet" — a predicative "als" opening the sentence, the thing named as its subject, the cue
 * verb's participle closing it, no agent — are reported claims of the speaker of the sentences just before (within
 * two), or of nobody named; and a passive whose agent opens the sentence ("Von der Opposition wurde der Besuch als
 * PR-Aktion kritisiert") has its topic after the agent.
 */

/** "Als Grund wurde X genannt.": true when a claim was made. */
export function alsPassive(c: Ctx, site: VerbSite): boolean {
  const { v, sA, sB, si, cue, info, form } = site;
  if (form.form !== 'participle' || w(c, sA) !== 'als' || !isCap(c, sA + 1)) return false;
  // The participle closes the sentence (with "worden" at most).
  let end = v;
  while (end + 1 <= sB && (cls(c, 'aux', end + 1) || cls(c, 'werden', end + 1))) end++;
  if (end < sB && !is(c, end + 1, '.', '!', '?', ':')) return false;
  // "Als Grund" / "Als Ursache für den Unfall": the predicate noun phrase, then a form of "werden".
  const pe = npForward(c, sA + 1, v);
  if (pe < 0 || !cls(c, 'werden', pe + 1)) return false;
  const aux = pe + 1;
  let s = aux + 1;
  while (s < v && cls(c, 'adv', s)) s++;
  if (s >= v) return false;
  for (let k = s; k < v; k++) if (isBoundary(c, k) || w(c, k) === 'von' || w(c, k) === 'vom') return false;
  const subject = trim(c, s, v - 1);
  const pred = trim(c, sA + 1, pe);
  if (!subject || !pred || !unused(c, pred[0], pred[1]) || !unused(c, subject[0], subject[1])) return false;
  const prev = lastSourced(c, si - 1, 1);
  const fullCue = [[sA, sA], [aux, aux], ...cue.filter(([x]) => x !== aux)].sort((x, y) => x[0]! - y[0]!);
  addClaim(c, { kind: 'reported', content: [pred, subject], cue: fullCue, source: prev?.source ?? null, resolved: prev?.resolved ?? null, stance: info.stance, rule: 'passive-als', sentence: si });
  return true;
}

/**
 * The topic of a passive whose agent opens its clause ("Von der Opposition wurde [der Besuch] als [PR-Aktion]
 * kritisiert"): what stands between the agent (and the form of "werden") and the participle; null when nothing does.
 */
export function topicAfterAgent(c: Ctx, agentEnd: number, v: number, sB: number): [number, number] | null {
  // Only where the participle closes the sentence: a clause after it is the statement ("Von X wird angenommen, dass …").
  let end = v;
  while (end + 1 <= sB && (cls(c, 'aux', end + 1) || cls(c, 'werden', end + 1))) end++;
  if (end < sB && !is(c, end + 1, '.', '!', '?')) return null;
  let s = agentEnd + 1;
  while (s < v && (cls(c, 'werden', s) || cls(c, 'aux', s) || cls(c, 'adv', s) || c.inTime[s])) s++;
  // Up to the cue's own words ("als" of "als PR-Aktion kritisiert").
  let e = s;
  while (e + 1 < v && !c.used[e + 1]) e++;
  while (e > s && (cls(c, 'werden', e) || cls(c, 'aux', e) || cls(c, 'adv', e))) e--;
  return s < v && s <= e ? trim(c, s, e) : null;
}

/** Conjunctions that open a clause before the main clause ("Nachdem X erklärt hatte, C, reiste er ab"). */
export const OPENER = /^(nachdem|weil|obwohl|als|während|bevor|sobald|da|seit|seitdem|zumal)$/;

/**
 * Where a content after a cue in a clause that opens the sentence with a conjunction ends ("Nachdem der Minister
 * erklärt hatte, [die Lage sei ernst], reiste er ab"): before the main clause, whose finite verb follows a comma
 * (a lower-case word that is no article, pronoun, conjunction or preposition, before a subject or object); `end` when none does.
 */
export function beforeMainClause(c: Ctx, site: VerbSite, start: number, end: number): number {
  // (Not the predicative "Als Grund nannte X, …".)
  if (!OPENER.test(w(c, site.sA)) || (w(c, site.sA) === 'als' && isCap(c, site.sA + 1))) return end;
  for (let k = site.sA + 1; k < site.v; k++) if (isBoundary(c, k)) return end;
  for (let k = start + 1; k < end; k++) {
    if (c.inQuote[k]! >= 0 || !is(c, k, ',')) continue;
    // The finite verb of a main clause: its subject or an object follows it ("reiste er ab", "lachten alle").
    if (mainClauseVerb(c, k + 1)) return k - 1;
  }
  return end;
}
