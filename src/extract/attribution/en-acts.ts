import { cls, cueForms, isWord, sentenceRange, w, type Ctx } from './context.js';
import { passiveAct, wrongObject } from './en-passive-acts.js';
import { clauseAt } from './en-content2.js';

/**
 * Official and political acts (round eleven, spec 2): "Obama vetoed the bill", "Trump nominated Gorsuch",
 * "The House passed a bill that would …", "The governor signed a bill restricting abortion". PolNeAR counts
 * them as attributions: the actor is the source, the act verb the cue, what is acted on the message. The act
 * verbs are marked `act` in cue-verbs.tsv (frame `object|act`); this file decides where such a verb is no act.
 */

/** Whether the verb at v is an act verb (frame `act` in cue-verbs.tsv). */
export function isActVerb(c: Ctx, v: number): boolean {
  return cueForms(c, v).some((f) => c.lex.cueLemmas.get(f.lemma)?.frames.includes('act') === true);
}

/**
 * Whether the act verb at v has no noun-phrase object after it, so it is no act of the actor: "the bill passed
 * on Tuesday" (a preposition), "his father passed away" (a particle or adverb), "the senators filed into the
 * room", "the measure passed." (punctuation), "was signed by" (a passive: the agent rules read it). A time
 * between verb and object is skipped ("signed on Friday a bill …", "vetoed Thursday the bill").
 */
export function notAnAct(c: Ctx, v: number): boolean {
  // (A passive participle is the passive rules': "was signed into law by Obama", en-passive-acts.ts.)
  if (!isActVerb(c, v) || passiveAct(c, v)) return false;
  let n = v + 1;
  while (n < c.toks.length && c.sentOf[n] === c.sentOf[v] && c.inTime[n] === 1) n++;
  if (n >= c.toks.length || c.sentOf[n] !== c.sentOf[v]) return true;
  if (!isWord(c, n) && c.toks[n]!.kind !== 'number' && c.toks[n]!.kind !== 'quote') return true;
  return cls(c, 'prep', n) || cls(c, 'adv', n) || cls(c, 'sub', n) || cls(c, 'coord', n) || cls(c, 'aux', n) || PARTICLE.test(w(c, n)) || wrongObject(c, v, n);
}

/** Particles and adverbs that make another verb of an act verb ("passed away", "signed up", "filed out"). */
const PARTICLE = /^(away|up|out|off|on|in|along|over|back|down|through|around|by|that|to|there|here|again|too|also|not)$/;

/**
 * Whether an adverbial clause opens at e and so ends the topic of a reported cue: "vetoed the bill because she
 * said it was unconstitutional", "blocked the bill after they said …" (the reason or time is the writer's, and
 * a speech act in it has a claim of its own). "because", "although" always open one; "after", "before",
 * "since", "until", "when", "while" only before a clause: a pronoun subject, or (round 21) a short noun phrase
 * or a name with a finite verb after it ("accuses Lund of lying while the mayor suggests C", "praised the plan
 * before the council voted"; else they may be prepositions: "endorsed Clinton after the debate" ends nothing).
 */
export function adverbialClause(c: Ctx, e: number): boolean {
  const word = w(c, e);
  if (ALWAYS_CLAUSE.test(word)) return true;
  if (!TIME_CLAUSE.test(word) || c.sentOf[e + 1] !== c.sentOf[e]) return false;
  if (cls(c, 'pron', e + 1)) return true;
  const sB = Math.min(sentenceRange(c, c.sentOf[e]!)[1], e + 10);
  return c.inQuote[e + 1]! < 0 && clauseAt(c, e + 1, sB);
}

const ALWAYS_CLAUSE = /^(because|although|though|whereas|unless)$/;
const TIME_CLAUSE = /^(after|before|since|until|when|while)$/;
