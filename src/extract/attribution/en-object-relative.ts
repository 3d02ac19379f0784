import { addClaim, cls, cueForms, isBoundary, isComma, isWord, kindOf, pronounResolution, trim, w, type Ctx } from './context.js';
import { finiteVerb } from './en-known.js';
import { adverb, lacksObject, subjectEnd } from './en-noun-clauses.js';
import { nounLexicon } from './en-nouns.js';

/**
 * A non-restrictive relative clause of saying inside another claim's content (round 20): after a comma, a relative
 * pronoun that is the object of a verb of saying or thinking with a subject of its own — "…, which Okafor called a
 * tax on fishermen", "…, whom he described as calm", "…, claims that the audit could not confirm", "…, something
 * Ferro denied". The clause is a report of its own: its subject is the source, its verb group the cue, the relative
 * pronoun (with what follows the verb in the clause) the content. The outer content ends before the comma and goes
 * on after the clause, if anything follows. PolNeAR annotates these clauses and no nesting, so the outer
 * speaker's content leaves them out. A subject relative ("which was criticized", "which has drawn") or a passive
 * one has no subject of its own and stays in the content.
 */
const HEAD_WORDS = 3;
const SUBJECT_WORDS = 6;

export function objectRelatives(c: Ctx): void {
  const n = c.claims.length;
  for (let k = 0; k < n; k++) {
    const d = c.claims[k]!;
    if (d.removed || d.kind === 'direct' || !d.cue?.length) continue;
    for (let p = 0; p < d.content.length; p++) {
      const [a, b] = d.content[p] as [number, number];
      let done = false;
      for (let i = a + 1; i < b && !done; i++) {
        if (!(isComma(c, i) || w(c, i) === '(') || c.inQuote[i]! >= 0) continue;
        const m = relativeAt(c, i + 1, b);
        if (!m) continue;
        const before = trim(c, a, i - 1);
        if (!before) continue;
        const next = w(c, m.end + 1) === ')' ? m.end + 2 : m.end + 1;
        const after = next <= b ? trim(c, next, b) : null;
        const content: number[][] = [[m.rel, m.rel]];
        const rest = m.v < m.end ? trim(c, m.v + 1, m.end) : null;
        if (rest) content.push(rest);
        const src: [number, number] = [m.s, m.e];
        const lemma = cueForms(c, m.v)[0]!.lemma;
        addClaim(c, { kind: kindOf(c, content), content, cue: [[m.e + 1, m.v]], source: src, resolved: pronounResolution(c, src, d.sentence), stance: c.lex.cueLemmas.get(lemma)?.stance ?? 'assert', rule: 'object-relative', sentence: d.sentence });
        d.content = [...d.content.slice(0, p), before, ...(after ? [after] : []), ...d.content.slice(p + 1)];
        if (d.kind === 'mixed') d.kind = kindOf(c, d.content);
        done = true;
      }
      if (done) break;
    }
  }
}

/**
 * A claim whose source opens with the object relative pronoun of its own verb ("…, whom one aide described as calm",
 * "…, something they are not proposing"): the pronoun is what the verb speaks of, not the speaker. The source starts
 * after it; "which"/"whom" opens the content, and "something" is the content when the clause has none after its
 * verb (the content the rule found before it is the antecedent's clause, not what the subject said).
 */
export function relativeSources(c: Ctx): void {
  for (const d of c.claims) {
    const src = d.source;
    if (d.removed || !src || src[1] <= src[0] || !d.cue?.length || d.kind === 'direct') continue;
    const r = src[0];
    const cue0 = d.cue[0]![0]!;
    if (cue0 !== src[1] + 1 || c.inQuote[r]! >= 0 || cls(c, 'aux', r + 1) || cls(c, 'werden', r + 1)) continue;
    const word = w(c, r);
    if (!(word === 'which' || word === 'whom' || (word === 'something' && !/^(that|which)$/.test(w(c, r + 1))))) continue;
    const first = d.content[0]?.[0];
    if (first === undefined) continue;
    const after = first > cue0;
    if (word === 'something' && after) d.source = [r + 1, src[1]];
    else if (after) {
      d.source = [r + 1, src[1]];
      d.content = [[r, r], ...d.content];
    } else {
      d.source = [r + 1, src[1]];
      for (const part of d.content) for (let k = part[0]!; k <= part[part.length - 1]!; k++) c.used[k] = 0;
      d.content = [[r, r]];
      c.used[r] = 1;
    }
    d.resolved = pronounResolution(c, d.source, d.sentence);
    if (d.kind === 'indirect' || d.kind === 'mixed') d.kind = kindOf(c, d.content);
  }
}

interface Match { rel: number; s: number; e: number; v: number; end: number }

/** The relative clause of saying that opens at j (after a comma), up to b; or null. */
function relativeAt(c: Ctx, j: number, b: number): Match | null {
  let rel = -1;
  if (/^(which|whom)$/.test(w(c, j)) || (w(c, j) === 'something' && !/^(that|which)$/.test(w(c, j + 1)))) rel = j;
  else {
    // (An apposition's head before "that"/"which": "claims that …", "a charge which …".)
    for (let q = j; q <= b && q - j < HEAD_WORDS; q++) {
      // (The head is a noun: a determiner before it, or a noun of saying: "claims that …", "a charge that …"; not "like that …".)
      if (q > j && /^(that|which)$/.test(w(c, q)) && (cls(c, 'det', q - 2) || cls(c, 'det', q - 1) || nounLexicon().nounForms.has(w(c, q - 1)) || /^(something|everything|things)$/.test(w(c, q - 1)))) {
        rel = q;
        break;
      }
      // (A noun, a plural cue word too: "claims", "remarks"; not a verb: "…, argues that …".)
      const noun = cls(c, 'det', q - 1) || (q === j + 1 && cls(c, 'det', j)) || (nounLexicon().nounForms.has(w(c, q)) && /^(that|which)$/.test(w(c, q + 1)));
      if (!isWord(c, q) || c.inQuote[q]! >= 0 || cls(c, 'aux', q) || cls(c, 'werden', q) || cls(c, 'prep', q) || cls(c, 'coord', q) || cls(c, 'sub', q) || cls(c, 'pron', q) || (!noun && (finiteVerb(c, q) || cueForms(c, q).length > 0))) break;
    }
    // (After a noun, "that" opens a relative clause only where the verb lacks its object: "claims that the audit
    // could not confirm"; "remarks that the audit confirmed the figures" is no relative clause.)
    if (rel < 0 || !lacksObject(c, rel + 1, b)) return null;
  }
  if (rel < 0 || c.inQuote[rel]! >= 0) return null;
  const s = rel + 1;
  if (s > b || !isWord(c, s) || c.inQuote[s]! >= 0 || cls(c, 'aux', s) || cls(c, 'werden', s) || finiteVerb(c, s) || cueForms(c, s).length > 0 || adverb(c, s)) return null;
  let e = subjectEnd(c, s, b);
  if (e < s || e - s >= SUBJECT_WORDS || e >= b) return null;
  for (let k = s; k <= e; k++) if (isBoundary(c, k) || isComma(c, k) || finiteVerb(c, k) || c.inQuote[k]! >= 0) return null;
  // (A noun that is also a cue verb ends a subject with a determiner when a verb follows it: "the audit report could
  // not confirm"; not after a name or pronoun: "he thinks will pass".)
  let e1 = e;
  while (cls(c, 'det', s) && e1 + 1 < b && e1 - s < SUBJECT_WORDS && cueForms(c, e1 + 1).length > 0 && !cls(c, 'aux', e1 + 1) && (cls(c, 'aux', e1 + 2) || cls(c, 'werden', e1 + 2) || cueForms(c, e1 + 2).length > 0)) e1++;
  e = e1;
  // (A contracted auxiliary makes the clause passive or progressive: "which he's expected to win".)
  let v = e + 1;
  while (v < b && (cls(c, 'aux', v) || adverb(c, v))) v++;
  for (let k = e; k < v; k++) if (/['’]s$/.test(w(c, k)) && (k > e || cls(c, 'pron', k) || k === s)) return null;
  for (let k = e + 1; k < v; k++) if (cls(c, 'werden', k)) return null;
  if (cls(c, 'werden', v) || /ing$/.test(w(c, v)) || cueForms(c, v).length === 0) return null;
  let end = b;
  for (let k = v + 1; k <= b; k++) if (c.inQuote[k]! < 0 && (isComma(c, k) || isBoundary(c, k) || w(c, k) === ')')) {
    end = k - 1;
    break;
  }
  return { rel, s, e, v, end };
}
