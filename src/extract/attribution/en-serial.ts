import { cls, cueForms, isBoundary, isCap, isComma, isWord, raw, w, type Ctx } from './context.js';
import { participle } from './en-ing.js';
import { adverbAt } from './en-cues.js';

/**
 * English: speakers joined in a serial list ("Lund, Ferro, and other board members said C"; "Okafor, Lund and Ferro
 * told reporters C"). The clause before the verb starts after the last comma, so the subject found there is only the
 * last conjunct. When that subject ends a coordination (it follows "and"/"or" after a comma, or holds one itself) and
 * the comma-separated items before it are noun phrases, the speaker is the whole list. The walk stops at an item that
 * is no noun phrase — a fronted adjunct ("On Friday, …", "After the vote, …", "However, …"), a clause ("The harbour
 * is closed, …") — and the list starts after it. An apposition without a coordinator ("Lund, the harbour chief,
 * said") is left to the apposition rule.
 */
export function serialSubject(c: Ctx, subj: [number, number] | null): [number, number] | null {
  if (!subj) return subj;
  const [s, e] = subj;
  const sA = c.sents[c.sentOf[s]!]!.firstToken;
  let k: number; // the comma before the next item to the left
  let items = 0;
  let start = -1;
  if (andOr(c, s - 1) && isComma(c, s - 2)) k = s - 2; // "Lund, Ferro, and other board members"
  else if (andOr(c, s - 1) && s - 2 > sA) {
    // "The harbour board, the port authority and the fishermen": the conjunct before "and" is an item too.
    let i0 = s - 2;
    while (i0 > sA && s - i0 <= 10 && !isBoundary(c, i0 - 1)) i0--;
    if (!isComma(c, i0 - 1) || !nounItem(c, i0, s - 2, sA)) return subj;
    start = i0;
    items = 1;
    k = i0 - 1;
  } else if (isComma(c, s - 1) && coordinated(c, s, e)) {
    k = s - 1; // "Okafor, Lund and Ferro"
    items = 1;
  } else return subj;
  const need = 2;
  while (k > sA && items < 9) {
    let i0 = k - 1;
    while (i0 > sA && k - i0 <= 10 && !isBoundary(c, i0 - 1)) i0--;
    // (A coordinator that opens the sentence is no part of the list: "But dock workers, fishermen, and …".)
    const from = i0 === sA && cls(c, 'coord', i0) ? i0 + 1 : i0;
    if (k - i0 > 10 || !nounItem(c, from, k - 1, sA)) break;
    start = from;
    items++;
    if (!isComma(c, i0 - 1)) break;
    k = i0 - 1;
  }
  return items >= need && start >= 0 ? [start, e] : subj;
}

/**
 * Whether s..e is such a list: comma-separated noun phrases, the last one after "and"/"or" or holding it (for the
 * span pass, where ", and" otherwise opens an aside after the speaker).
 */
export function serialList(c: Ctx, s: number, e: number): boolean {
  const sA = c.sents[c.sentOf[s]!]!.firstToken;
  let a = s;
  let items = 0;
  let joined = false;
  for (let k = s; k <= e + 1; k++) {
    if (k <= e && !isComma(c, k)) continue;
    let i0 = a;
    if (andOr(c, i0) && items > 0) {
      joined = true;
      i0++;
    }
    if (!nounItem(c, i0, k - 1, sA)) return false;
    items++;
    a = k + 1;
  }
  return items >= 2 && joined;
}

/** "and" or "or" at k (not "but", which the `coord` class holds too: it joins no list of speakers). */
const andOr = (c: Ctx, k: number): boolean => w(c, k) === 'and' || w(c, k) === 'or';

/** Whether the phrase s..e joins two conjuncts with "and"/"or" ("Lund and Ferro", "Rep. Ann Lund (D-Ore.) or her aides"). */
function coordinated(c: Ctx, s: number, e: number): boolean {
  for (let k = s + 1; k < e; k++) if (andOr(c, k)) return true;
  return false;
}

/**
 * Whether a..b reads as one item of a list of speakers: it opens with a name, an article, a quantifier or a noun
 * (not a preposition, a subordinator, an adverb, a time or a participle) and holds no verb, auxiliary, cue word or
 * quotation ("the port authority", "Sen. Ann Lund (D-Ore.)", "dock workers"; not "On Friday", "However",
 * "The harbour is closed").
 */
function nounItem(c: Ctx, a: number, b: number, sA: number): boolean {
  if (a > b || !isWord(c, a) || c.toks[a]!.kind === 'number') return false;
  // One word that opens the sentence is a name or a plural noun ("Friends, neighbours and …"), not an adverb ("Overall, …").
  if (a === b && a === sA && !/^(PER|ORG|LOC)$/.test(c.entities?.at(c.toks[a]!.start)?.type ?? '') && !/[^su]s$/.test(w(c, a))) return false;
  if (cls(c, 'prep', a) || cls(c, 'gen', a) || cls(c, 'sub', a) || cls(c, 'advsub', a) || cls(c, 'relative', a) || cls(c, 'adv', a) || cls(c, 'coord', a) || cls(c, 'pron', a)) return false;
  if (cls(c, 'adjunctprep', a) || cls(c, 'adjunctadv', a) || participle(c, a)) return false;
  let noun = false;
  for (let k = a; k <= b; k++) {
    if (c.inTime[k] === 1) return false;
    const t = c.toks[k]!;
    if (t.kind === 'quote') return false;
    if (!isWord(c, k)) {
      if (t.kind === 'bracket' || /^[.&'’-]$/.test(raw(c, k))) continue;
      return false;
    }
    // (An adverb marks a fronted adjunct or a clause: "Most recently, …", "it's not, and …".)
    if (!isCap(c, k) && adverbAt(c, k)) return false;
    if (cls(c, 'aux', k) || cls(c, 'werden', k) || cls(c, 'verb', k) || cls(c, 'sub', k) || cls(c, 'relative', k) || cls(c, 'modal', k)) return false;
    if (!isCap(c, k) && cueForms(c, k).length > 0) return false;
    if (!isCap(c, k) && /(?:ed|ing)$/.test(w(c, k)) && !isCap(c, k + 1)) return false;
    if (!cls(c, 'det', k) && !cls(c, 'quant', k)) noun = true;
  }
  return noun;
}
