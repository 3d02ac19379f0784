import { invertedPostModifier } from './en-np-end.js';
import { finiteVerb } from './en-known.js';
import { participle } from './en-ing.js';
import { roleWord } from './en-sources.js';
import { cls, cueForms, is, isCap, isComma, isWord, PUNCT_END, raw, w, type Ctx } from './context.js';
import type { Stance } from '../types.js';
import { sayingVerb } from './en-cues.js';

/**
 * "…, said Lee Epstein, who teaches law at Y." / "…, said David Autor, a professor of economics." / "…, said an
 * official who was briefed on the plan.": an inverted speaker whose apposition or relative clause runs to the end
 * of the sentence. The speaker phrase takes that rest (the head phrase is what invertedSourceOk checks), so the
 * statement before the verb is the content, not the words after it. No quotation may stand in the rest and it
 * stays short; otherwise the source ends where its noun phrase does.
 */
const MAX_REST = 30;

export function invertedSourceEnd(c: Ctx, src: [number, number], sB: number): number {
  const post = invertedPostModifier(c, src[0], src[1], sB);
  if (post >= 0) return post;
  const r = src[1] + 1;
  if (r > sB || sB - r > MAX_REST) return src[1];
  let first = isComma(c, r) ? r + 1 : r;
  // (A time word may open the apposition: "…, said Jones, then the head of the agency." — a noun phrase after it.)
  if (first > r && WHEN_ROLE.test(w(c, first)) && (cls(c, 'det', first + 1) || isCap(c, first + 1)) && !clauseAfter(c, first + 1, sB)) first++;
  const relative = cls(c, 'relative', first) && w(c, first) !== 'that';
  const apposition = first > r && isWord(c, first) && (cls(c, 'det', first) || cls(c, 'quant', first) || isCap(c, first) || c.toks[first]!.kind === 'number' || bareRole(c, first, sB));
  if (!relative && !apposition) return src[1];
  if (relative && relativeAct(c, first, sB)) return src[1];
  let e = sB;
  while (e > r && PUNCT_END.has(raw(c, e))) e--;
  for (let k = r; k <= e; k++) if (c.toks[k]!.kind === 'quote' || c.inQuote[k]! >= 0 || is(c, k, ';', ':')) return src[1];
  return e;
}

/** Time words that open an apposition of a speaker's role then or now ("then the head of X", "now a senator"). */
const WHEN_ROLE = /^(then|now|formerly|previously|currently|later|once)$/;

/** Whether a finite verb stands from k to the end of the sentence before a relative pronoun: a clause, no apposition. */
function clauseAfter(c: Ctx, k: number, sB: number): boolean {
  for (let m = k + 1; m <= sB && !cls(c, 'relative', m); m++) if (finiteVerb(c, m)) return true;
  return false;
}

/**
 * "…, said Wilders, founder of the party", "…, said Latimer, another veteran speechwriter who …": an apposition
 * opened by a lower-case noun or adjective without an article: no function word, verb, adverb or participle at
 * k, and no verb before a relative pronoun (a clause is no apposition: "…, said Smith, then left").
 */
function bareRole(c: Ctx, k: number, sB: number): boolean {
  if (!/^[a-z]+$/.test(raw(c, k)) || /(ing|ly|ed)$/.test(w(c, k)) || cueForms(c, k).length > 0) return false;
  for (const name of ['aux', 'werden', 'verb', 'coord', 'sub', 'prep', 'pron', 'relative', 'adv', 'neg', 'objpron', 'gen']) if (cls(c, name, k)) return false;
  return !clauseAfter(c, k, sB);
}

/**
 * "…, said Beck, who added that …", "…, said Harvey, who acknowledged Trump was …": a relative clause after the
 * speaker whose verb is a cue is a speech act of its own (the next claim, with "who" as its source), not part
 * of the speaker's phrase.
 */
export function relativeAct(c: Ctx, rel: number, sB: number): boolean {
  if (!/^(who|which)$/.test(w(c, rel))) return false;
  // Only a verb of saying right after the pronoun and its adverbs: "who endorsed him", "who has said", "who did
  // not say" describe the speaker (PolNeAR keeps them in the source).
  let v = rel + 1;
  while (v <= sB && v - rel < 3 && cls(c, 'adv', v)) v++;
  return v <= sB && !/ing$/.test(w(c, v)) && sayingVerb(c, v);
}

/**
 * A participle clause after an inverted speaker ("…, said Tusk, summing up the talks.", '"…," said X, becoming the
 * first to …'): an adjunct of the verb that tells what the speaker did while saying it, no part of the speaker
 * and no part of the statement. The lower-case -ing word at k (en-ing.ts participle), not a verb of saying (",
 * adding that …" is a claim of its own) and not "including" (a list of the speaker's companions).
 */
export function participleClause(c: Ctx, k: number): boolean {
  // (Before an office it is an adjective of an apposition: "…, said Ken Sena, managing director at X.")
  return /^[a-z]+ing$/.test(raw(c, k)) && w(c, k) !== 'including' && (cueForms(c, k).length === 0 || occasionParticiple(c, k)) && participle(c, k) && !roleWord(c, k + 1);
}

/**
 * "…, said Smith, speaking on condition of anonymity.", "…, talking to reporters": a verb that speaks only of a
 * topic (its frames are prepositions: speak about, talk about) before a preposition that is none of its own
 * tells the occasion of speaking, not a statement. A verb that takes a clause or an object ("adding", "citing") is
 * a claim of its own.
 */
function occasionParticiple(c: Ctx, k: number): boolean {
  if (!cls(c, 'prep', k + 1)) return false;
  const next = w(c, k + 1);
  return cueForms(c, k).every((f) => {
    const frames = c.lex.cueLemmas.get(f.lemma)?.frames ?? ['say'];
    return next !== 'of' && frames.every((x) => !/^(say|tell|object|quote|act|hedge|only-prep|near|adjacent|bare-to)$/.test(x) && x.replace(/^\+/, '') !== next);
  });
}

/** Whether an inverted speaker ending at e is followed by a comma and a participle clause (participleClause) to the sentence end sB, with no quotation. */
export function participleAfterInverted(c: Ctx, e: number, sB: number): boolean {
  if (!isComma(c, e + 1) || !participleClause(c, e + 2)) return false;
  for (let k = e + 2; k <= sB; k++) if (c.toks[k]!.kind === 'quote' || is(c, k, ';', ':', '—', '–')) return false;
  return true;
}


/**
 * "It is over, said Smith, then left the hall.", "…, said Smith, and the mayor left.": a clause coordinated after
 * the inverted speaker ending at e of a verb of saying at v (a comma, then a coordinator or "then", and a finite
 * verb before the sentence end sB, no quotation) is a new clause, not the speaker's phrase; the statement stands
 * before the verb. (Not after a naming verb: "officials, called superdelegates, and is on track …".)
 */
export function clauseAfterInverted(c: Ctx, v: number, e: number, sB: number): boolean {
  if (!isComma(c, e + 1) || !(cls(c, 'coord', e + 2) || w(c, e + 2) === 'then')) return false;
  if (!sayingVerb(c, v)) return false;
  // ("…, said Jones, then the head of the agency, who was …": "then" before a noun phrase is a former office.)
  if (w(c, e + 2) === 'then' && !finiteVerb(c, e + 3) && !cls(c, 'pron', e + 3)) return false;
  let verb = false;
  for (let k = e + 3; k <= sB; k++) {
    if (c.toks[k]!.kind === 'quote' || is(c, k, ';', ':', '—', '–')) return false;
    verb ||= finiteVerb(c, k);
  }
  return verb;
}

/**
 * 'Said Mary Jones, who grew up in the town, “…”': a verb of saying that opens its sentence, then its speaker with a
 * relative clause or an apposition up to the comma before the quotation at `open` (the colonSpeaker hook, tried
 * when the clause right before the quotation holds no cue). No quotation, sentence end, colon or semicolon between.
 */
export function frontedSayVerb(c: Ctx, open: number): { cue: number[][]; source: [number, number]; stance: Stance } | null {
  if (!isComma(c, open - 1)) return null;
  const si = c.sentOf[open - 1]!;
  let v = open - 2;
  while (v > 0 && c.sentOf[v - 1] === si && open - v <= 40) v--;
  if (!isCap(c, v) || !isCap(c, v + 1) || !sayingVerb(c, v) || /ing$/.test(w(c, v))) return null;
  const form = cueForms(c, v).find((f) => f.form === 'finite');
  if (!form) return null;
  for (let k = v + 1; k < open - 1; k++) if (c.toks[k]!.kind === 'quote' || is(c, k, '.', '!', '?', ':', ';')) return null;
  return { cue: [[v, v]], source: [v + 1, open - 2], stance: c.lex.cueLemmas.get(form.lemma)?.stance ?? 'assert' };
}
