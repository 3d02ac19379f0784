import { readTable } from '../../lang/lexicon.js';
import { cls, cueForms, isBoundary, isCap, isWord, raw, w, type Ctx } from './context.js';
import { finiteVerb } from './en-known.js';

/**
 * English verb + object + preposition frames (spec 3, round 14): cue verbs whose speech sense shows only in what
 * follows them, read from src/lang/en/verb-pp-frames.tsv (lemma, particle, object class, prepositions). "The ad
 * hits Clinton for her use of email" and "Cruz knocked Rubio on trade" criticise; "hit the road", "the storm hit the
 * coast on Tuesday" and "knocked on the door" do not. Each check looks at a bounded window after the verb.
 */

interface Frame {
  particle: string;
  object: string;
  preps: ReadonlySet<string>;
}

let table: Map<string, Frame[]> | null = null;

function frames(): Map<string, Frame[]> {
  if (table) return table;
  table = new Map();
  for (const [lemma, particle, object, preps] of readTable(new URL('../../lang/en/verb-pp-frames.tsv', import.meta.url))) {
    const list = table.get(lemma!) ?? [];
    list.push({ particle: particle === '-' ? '' : particle!, object: object ?? '-', preps: new Set(preps && preps !== '-' ? preps.split('|') : []) });
    table.set(lemma!, list);
  }
  return table;
}

/** Whether the word at k is possessive ("Clinton's", "his"). */
const possessive = (c: Ctx, k: number): boolean => /['’]s$|s['’]$/.test(raw(c, k)) || /^(his|her|their|its|our|my|your)$/.test(w(c, k));

/**
 * The end of an object of the class at k, or -1: `person` a name (its capitalized words), an object pronoun or a
 * possessive phrase ("Clinton's record", "his stance", "the mayor's record"); `np` any of these or a phrase opened by an article or a
 * quantifier. At most six words.
 */
function objectEnd(c: Ctx, k: number, kind: string): number {
  if (!isWord(c, k) || c.inQuote[k]! >= 0 || c.inTime[k]) return -1;
  let e = k;
  const walkNoun = () => {
    while (e + 1 - k < 6 && isWord(c, e + 1) && !cls(c, 'prep', e + 1) && !cls(c, 'coord', e + 1) && !cls(c, 'sub', e + 1) && !cls(c, 'relative', e + 1) && !cls(c, 'aux', e + 1) && !/ing$/.test(w(c, e + 1))) e++;
  };
  if (isCap(c, k)) {
    while (e + 1 - k < 6 && isCap(c, e + 1) && !possessive(c, e)) e++;
    if (possessive(c, e)) walkNoun();
    return e;
  }
  if (cls(c, 'objpron', k) && !possessive(c, k)) return k;
  // An article before a possessive: "the mayor's record".
  if (cls(c, 'det', k) && !possessive(c, k)) {
    for (let p = k + 1; p <= k + 2 && isWord(c, p); p++) {
      if (!possessive(c, p)) continue;
      e = p;
      walkNoun();
      return e > p ? e : -1;
    }
  }
  if (possessive(c, k) || (kind === 'np' && (cls(c, 'det', k) || cls(c, 'quant', k)))) {
    walkNoun();
    return e > k ? e : -1;
  }
  return -1;
}

/** Whether one of the prepositions follows the object ending at e in its clause (not one that opens a time). */
function prepAfter(c: Ctx, e: number, preps: ReadonlySet<string>): boolean {
  for (let k = e + 1; k <= e + 4 && k < c.toks.length && c.sentOf[k] === c.sentOf[e] && !isBoundary(c, k); k++) {
    if (preps.has(w(c, k))) return !c.inTime[k + 1];
    if (!c.inTime[k] && !cls(c, 'adv', k)) return false;
  }
  return false;
}

/** Whether the frame holds after the verb at v. */
function holds(c: Ctx, v: number, f: Frame): boolean {
  let k = v + 1;
  if (f.particle) {
    if (w(c, k) !== f.particle) return false;
    k++;
  }
  // No object: the preposition (if any) right after the verb and its particle ("hinted at", "opened up about").
  if (f.object === '-') return f.preps.size === 0 || (f.preps.has(w(c, k)) && !c.inTime[k + 1]);
  const e = objectEnd(c, k, f.object);
  // (Not a clause of its own after the object: "went after Obama left".)
  return e >= k && !finiteVerb(c, e + 1) && (f.preps.size === 0 || prepAfter(c, e, f.preps));
}

/**
 * Whether the cue word at v speaks by its frames: true where a row of one of its lemmas holds, false where its
 * lemmas have rows and none holds, null where no lemma of it is listed (the other sense filters decide).
 */
export function framedSense(c: Ctx, v: number): boolean | null {
  let listed = false;
  for (const f of cueForms(c, v)) {
    const rows = frames().get(f.lemma);
    if (!rows) continue;
    listed = true;
    if (rows.some((r) => holds(c, v, r))) return true;
  }
  return listed ? false : null;
}

/**
 * Whether the naming verb at v ("called") has a second complement after its object, so it says rather than names:
 * "The lawmaker called Trump a liar", "called Trump “the orange prince …”", "called AP's report a “rush to
 * judgment”", "called the KKK “abhorrent”". The object is a name (with a possessive phrase after it), an object
 * pronoun or a short phrase opened by an article; the second complement opens with an article or a quotation.
 * ("A group called Black Votes Matter spent …", "a website called “Real News”, which …" name: nothing follows the name.)
 */
export function secondComplement(c: Ctx, v: number): boolean {
  const n = v + 1;
  let e: number;
  if (c.toks[n]?.kind === 'quote') return false;
  if (isCap(c, n) || cls(c, 'objpron', n)) e = objectEnd(c, n, 'person');
  else if (cls(c, 'det', n) && w(c, n) !== 'a' && w(c, n) !== 'an') {
    e = n;
    while (e + 1 - n < 4 && isWord(c, e + 1) && c.inQuote[e + 1]! < 0 && !cls(c, 'det', e + 1) && !cls(c, 'prep', e + 1) && !cls(c, 'coord', e + 1)) e++;
  } else return false;
  if (e < n) return false;
  const m = e + 1;
  return c.sentOf[m] === c.sentOf[v] && (c.toks[m]?.kind === 'quote' || /^(a|an|the|less|more)$/.test(w(c, m)));
}
