import { cls, cueForms, isWord, w, type Ctx } from './context.js';

/**
 * English phrasal cue verbs (spec 2, round 15): a lemma of two words in src/lang/en/cue-verbs.tsv ("walk back",
 * "single out", "push back", "come out") is read with its particle right after the verb, and then what follows the
 * particle must fit the lemma's frame: one of its prepositions ("pushed back on the claims", "came out against the
 * tax") or, with frame `object`, a noun phrase ("walked back his comments", "singled out the plan"). "Walked back to
 * the car", "pushed back the date", "came out in droves" fit none: the verb is no cue there. Lemmas that take a
 * clause (`say`: "shot back that …") are left to the clause rules.
 */

const MARKERS = new Set(['object', 'only-prep', 'adjacent', 'bare-to', 'say', 'tell', 'quote', 'act', 'hedge']);

/** The phrasal lemmas of the cue word at v whose particle stands right after it. */
function phrasalLemmas(c: Ctx, v: number): string[] {
  const next = w(c, v + 1);
  return cueForms(c, v)
    .map((f) => f.lemma)
    .filter((l) => l.includes(' ') && l.slice(l.lastIndexOf(' ') + 1) === next);
}

/** Whether a noun phrase can open at k: a word of the sentence that is no preposition, "to", conjunction or auxiliary. */
function objectOpens(c: Ctx, k: number, v: number): boolean {
  if (k >= c.toks.length || c.sentOf[k] !== c.sentOf[v]) return false;
  if (c.toks[k]?.kind === 'quote' || c.inQuote[k]! >= 0) return true;
  if (!isWord(c, k) && c.toks[k]?.kind !== 'number') return false;
  // A free relative is an object too: "railed against what he calls …".
  if (/^(what|whatever|how|why|whether)$/.test(w(c, k))) return true;
  return !cls(c, 'prep', k) && w(c, k) !== 'to' && !cls(c, 'sub', k) && !cls(c, 'coord', k) && !cls(c, 'aux', k) && !cls(c, 'relative', k) && !c.inTime[k];
}

/** Whether the frame of the phrasal lemma holds after its particle at v + 1. */
function fits(c: Ctx, v: number, lemma: string): boolean {
  const frames = c.lex.cueLemmas.get(lemma)?.frames ?? [];
  if (frames.includes('say') || frames.includes('tell')) return true;
  // Only the side-taking idioms read their particle right after the verb (`adjacent`); "weighed in about" stays.
  if (!frames.includes('adjacent')) return true;
  const n = v + 2;
  const preps = frames.filter((f) => !f.startsWith('+') && !MARKERS.has(f));
  if (preps.includes(w(c, n)) && c.sentOf[n] === c.sentOf[v]) return true;
  // A particle that is itself the preposition takes the object ("railed against the deal").
  return (frames.includes('object') || preps.includes(w(c, v + 1))) && objectOpens(c, n, v);
}

/**
 * The phrasal lemma to read the cue word at v by, or null: one whose particle follows and is no preposition of its
 * own frame ("pushed back on": "back" joins the cue; "railed against" keeps "against" as its topic's preposition).
 */
export function particleLemma(c: Ctx, v: number): string | null {
  const next = w(c, v + 1);
  return phrasalLemmas(c, v).find((l) => !(c.lex.cueLemmas.get(l)?.frames ?? []).includes(next)) ?? null;
}

/**
 * Whether the cue word at v is no cue because its particle follows but none of its phrasal frames holds ("walked back
 * to the car", "pushed back the date"), and no reading of it without the particle is a cue ("push" needs its "for").
 */
export function phrasalMisfit(c: Ctx, v: number): boolean {
  const lemmas = phrasalLemmas(c, v);
  if (lemmas.length === 0 || lemmas.some((l) => fits(c, v, l))) return false;
  // A one-word reading that takes the particle as its own frame word keeps its cue ("warned against").
  return !cueForms(c, v).some((f) => !f.lemma.includes(' ') && (c.lex.cueLemmas.get(f.lemma)?.frames ?? []).includes('+' + w(c, v + 1)));
}
