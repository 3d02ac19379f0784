import { w, type Ctx } from './context.js';

/**
 * German source spans: where a speaker's noun phrase ends and what belongs to it. The SpkAtt guidelines take
 * the minimal noun phrase that names the speaker, with article, title or role and apposition ("Günther
 * Platter, der Verteidigungsminister Österreichs"), but not the occasion or place of speaking ("sagte Merkel
 * in einer Rede", "sagte Seibert in Berlin").
 */

/** Prepositions of where or on what occasion something was said. */
const OCCASION_PREP = /^(in|im|bei|beim|aus|auf|für)$/;

/** Articles that open an occasion rather than a name: "in einer Rede", "in seiner Radioansprache". */
const OCCASION_ARTICLE = /^(ein|eine|einem|einer|eines|sein|seine|seinem|seiner|seines|ihr|ihre|ihrem|ihrer|ihres|unserem|unserer)$/;

/**
 * Whether the prepositional phrase opened at j does not belong to the speaker phrase ending at `last`: a
 * time ("am Montag"), an occasion opened by an indefinite or possessive article ("in einem Interview"), or
 * any place or occasion after a person's name ("Seibert in Berlin", "Distelrath aus Frankfurt") — the
 * institution keeps its seat ("das Kraftfahrt-Bundesamt in Flensburg").
 */
export function occasionAfter(c: Ctx, last: number, j: number): boolean {
  if (j + 1 >= c.toks.length) return false;
  if (c.inTime[j + 1]) return true;
  if (!OCCASION_PREP.test(w(c, j))) return false;
  return OCCASION_ARTICLE.test(w(c, j + 1)) || (w(c, j) !== 'für' && isPerson(c, last));
}

/** Whether token i ends a person's name (a PER mention of the entity layer that opens with a capital, not a role phrase "der Sprecher …"). */
function isPerson(c: Ctx, i: number): boolean {
  const t = c.toks[i]!;
  const m = c.entities?.at(t.start);
  return !!m && m.type === 'PER' && m.end === t.end && /^\p{Lu}/u.test(c.text.slice(m.start, m.start + 1));
}
