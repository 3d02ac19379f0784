import { cls, is, isComma, isNameLike, isCap, type Ctx } from './context.js';
import type { NpState } from './rules.js';

/**
 * A noun phrase starting at token i (a speaker: "der Militärökonom Marcus Keupp", "Nato-Militärs",
 * "the spokesman for the State Department, John Kirby"); its last token, or -1. The engine handles times,
 * quoted names, bracketed additions, determiners and appositions; the language decides about the words.
 */
export function npForward(c: Ctx, i: number, limit: number, depth = 0): number {
  const st: NpState = { j: i, head: false, last: -1, open: true };
  while (st.j < limit && st.j - i < 18) {
    const j = st.j;
    const t = c.toks[j]!;
    if (c.inTime[j]) {
      // A time inside the phrase, before an attributive participle ("einer am Dienstag veröffentlichten Studie").
      const k = st.open && !st.head ? c.rules.timeInPhrase?.(c, j, limit) ?? -1 : -1;
      if (k < 0) break;
      st.j = k;
      continue;
    }
    if (t.kind === 'quote' && t.role === 'open') {
      // A quoted name: Die „Washington Post“.
      let k = j + 1;
      while (k < limit && k - j < 6 && !(c.toks[k]!.kind === 'quote' && c.toks[k]!.role === 'close')) k++;
      if (k < limit && k - j < 6 && c.toks[k]!.kind === 'quote') {
        st.head = true;
        st.last = k;
        st.open = false;
        st.j = k + 1;
        continue;
      }
      break;
    }
    if (t.kind === 'bracket' && t.role === 'open' && st.head) {
      // A parenthesis after a name: "(swp)", "(CDU)".
      let k = j + 1;
      while (k < limit && k - j < 6 && !(c.toks[k]!.kind === 'bracket' && c.toks[k]!.role === 'close')) k++;
      if (k < limit && k - j < 6) {
        st.last = k;
        st.j = k + 1;
        continue;
      }
      break;
    }
    if (cls(c, 'det', j) && !(st.head && !cls(c, 'gen', j))) {
      st.open = true;
      st.j++;
      continue;
    }
    if (cls(c, 'pron', j) && !st.head && j === i) return j;
    const step = c.rules.npStep(c, st, i, limit);
    if (step === 'next') continue;
    if (step === 'stop') break;
    // An apposition: a name ("…, Sean Savett.") or a description closed by a comma or the end
    // ("Günther Platter, der Verteidigungsminister Österreichs, …"); not a clause ("Merkel, die Lage sei …").
    if (isComma(c, j) && st.head) {
      let k = j + 1;
      while (k < limit && k - j <= 4 && isNameLike(c, k)) k++;
      if (k > j + 1 && (k >= limit || isComma(c, k) || is(c, k, '.', '!', '?'))) {
        st.last = k - 1;
        st.j = k;
        continue;
      }
      if (c.rules.nestedApposition && depth < 1 && !cls(c, 'sub', j + 1) && (cls(c, 'det', j + 1) || isCap(c, j + 1))) {
        const e = npForward(c, j + 1, limit, depth + 1);
        if (e >= 0 && (e + 1 >= limit || isComma(c, e + 1) || is(c, e + 1, '.', '!', '?'))) {
          st.last = e;
          st.j = e + 1;
          continue;
        }
      }
    }
    break;
  }
  return st.head ? st.last : -1;
}

/** The subject right after a verb ("sagte der Minister"), past a reflexive and adverbs ("äußerte sich jedoch der …"). */
export function subjectAfter(c: Ctx, k: number, limit: number): [number, number] | null {
  let s = k;
  while (s < limit && s - k < 3 && (cls(c, 'reflexive', s) || cls(c, 'adv', s))) s++;
  if (cls(c, 'oblique', s)) return null;
  const e = npForward(c, s, limit);
  return e >= 0 ? [s, e] : null;
}

/** The subject in the field before a verb at v: "Der Geheimdienst Südkoreas erklärte …"; or null. */
export function subjectBefore(c: Ctx, a: number, v: number): [number, number] | null {
  return c.rules.subjectBefore(c, a, v);
}
