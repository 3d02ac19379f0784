import { addClaim, cls, cueForms, is, isBoundary, isWord, pronounResolution, sentenceRange, trim, unused, w, saysOrTells, type Ctx } from './context.js';

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
  if (saysOrTells(frames)) return true;
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

/**
 * "in favor of" / "in support of" after a cue verb (or its particle) is the verb's topic preposition: "voted in favor
 * of the bill", "spoke out in favor of gun control", "argued in favor of Britain's remaining in the EU", "has come out
 * in support of Cruz". The continuation hook: a verb the other rules left without a claim; the subject before its
 * verb group is the source, the noun phrase after "of" up to the clause's end the content. After an article or a
 * possessive the word is a noun ("the votes in favor of", "protests in support of") and no verb form is read there.
 */
export function favorFrames(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  for (let k = sA + 1; k + 3 <= sB; k++) {
    if (w(c, k) !== 'in' || !/^(favor|favour|support)$/.test(w(c, k + 1)) || w(c, k + 2) !== 'of') continue;
    if (c.inQuote[k]! >= 0 || !unused(c, k, k + 3)) continue;
    let v = k - 1;
    if (w(c, v) === 'out' && v - 1 > sA) v--;
    const forms = cueForms(c, v);
    // (After a preposition the -ing or plural form is a noun's: "weeks of protests in favor of", "a record of voting …".)
    if (c.used[v] || forms.length === 0 || cls(c, 'prep', v - 1) || w(c, v - 1) === 'of') continue;
    // A bare form speaks after an auxiliary or "to" ("will vote in favor of"); elsewhere it may be a noun.
    if (forms.some((f) => f.lemma === w(c, v)) && !cls(c, 'aux', v - 1) && w(c, v - 1) !== 'to') continue;
    // The verb group: auxiliaries, negation and adverbs before the verb ("has long spoken out", "all voted").
    let a = v;
    while (a - 1 > sA && !c.used[a - 1] && (cls(c, 'aux', a - 1) || cls(c, 'adv', a - 1) || cls(c, 'neg', a - 1))) a--;
    const source = c.rules.subjectBefore(c, sA, a);
    if (!source || !unused(c, source[0], source[1])) continue;
    let e = k + 3;
    while (e <= sB && !isBoundary(c, e) && !is(c, e, '.', '!', '?', ';') && !(cls(c, 'coord', e) && cueForms(c, e + 1).length > 0)) e++;
    let end = e - 1;
    while (end > k + 3 && c.inTime[end]) end--;
    const content = trim(c, k + 3, end);
    if (!content || !unused(c, content[0], content[1])) continue;
    addClaim(c, { kind: 'reported', content: [content], cue: [[a, k + 2]], source, resolved: pronounResolution(c, source, si), stance: 'assert', rule: 'verb-favor', sentence: si });
    k = content[1];
  }
}
