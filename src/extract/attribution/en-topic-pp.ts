import { cls, cueForms, trim, w, type Ctx } from './context.js';
import type { VerbSite } from './rules.js';

/**
 * The topic of a reported cue (verbs.ts, rule verb-reported) that opens with a preposition of place, time, manner,
 * company or agent (`in`, `on`, `at`, `by`, `with`, `for`, `from`, `into` …: the class `prep`) is an adjunct of the
 * verb, not what was said: the verb stands without an object there, or in a passive. "The harbour board, opposed by
 * the council, met" (an agent: the board is opposed, nobody says anything), "Okafor celebrated in Lund with
 * friends", "Lund, praised by the union, stepped down". A topic preposition the verb's frames give it (`called
 * for`, `spoke about`) was taken into the cue before; a time after the preposition is when it was said and the
 * object may follow ("announced on Monday the new rules"); `at least` counts; a clause after the adjunct is the
 * topic ("questioned in recent days whether C"); "called into question" is one verb; a verb of
 * quoting takes its text after `from` ("quotes from the letter").
 */
export function adjunctTopic(c: Ctx, v: number, a: number, b: number): boolean {
  if (!cls(c, 'prep', a) || c.inTime[a + 1]) return false;
  // "quoted from the letter", "read from a statement": the text quoted is what was said.
  if (w(c, a) === 'from' && cueForms(c, v).some((f) => QUOTING.has(f.lemma))) return false;
  if (w(c, a) === 'at' && /^(least|most)$/.test(w(c, a + 1))) return false;
  // "called into question", "calls into doubt": the phrase is the verb's own (to question, to doubt).
  if (w(c, a) === 'into' && /^(question|doubt)$/.test(w(c, a + 1))) return false;
  // An adjunct before a clause: "questioned in recent days whether C", "assails in sharp prose what he calls C".
  for (let k = a + 2; k <= b; k++) if (CLAUSE_OPENER.has(w(c, k))) return false;
  return true;
}

/** Verbs of quoting, whose `from` names the text quoted. */
const QUOTING = new Set(['quote', 'read', 'cite', 'recite']);

/** Words that open a clause or an indirect question after the adjunct. */
const CLAUSE_OPENER = new Set(['that', 'whether', 'what', 'why', 'how', 'if']);

/**
 * The topicSpan hook: no topic where it opens with an adjunct preposition right after the cue (adverbs may stand
 * between), else the trimmed range. (After a speaker read behind the verb the preposition may be the speaker's
 * own: "…, is criticizing the night's winner among voters: Lund" is left alone.)
 */
export function topicSpan(c: Ctx, site: VerbSite, a: number, b: number): [number, number] | null {
  const t = trim(c, a, b);
  if (!t || !adjunctTopic(c, site.v, t[0], t[1])) return t;
  for (let k = site.afterCue; k < t[0]; k++) if (!cls(c, 'adv', k)) return t;
  return null;
}
