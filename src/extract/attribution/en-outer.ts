import { addClaim, cls, cueForms, hasClaimIn, is, isBoundary, isCap, isComma, isWord, kindOf, sentenceRange, trim, unused, w, type Ctx } from './context.js';
import { npForward } from './phrases.js';

/**
 * English attributions around a whole sentence (used by en.ts): an opinion poll named in a prepositional phrase
 * is the source of the statement it measures ("Clinton holds a 10-point lead in a CNN poll released Monday."); a
 * name and a colon before a quotation ("Rep. Ann Lund (D-Vt.): “…”", "… - Jane Doe: “…”", "More from the report: “…”").
 */

/** Participles that describe a poll after its noun: "a poll released Monday", "a survey conducted by X". */
const POLL_PARTICIPLE = /^(released|conducted|published|taken|commissioned|carried)$/;

/**
 * "X leads Y among Latinos in a CNN/ORC poll released Monday." / "In the latest Gallup survey, X trails.": when a
 * sentence has no claim, "in" + a noun phrase whose head is a poll noun (the `poll` class of claim-words.tsv) is
 * the cue and source of the rest of the sentence (its content, in up to two parts around the phrase). The
 * phrase takes in a time, a participle with its agent or time, and places after "in" up to a comma-free end.
 */
export function pollPhrase(c: Ctx, si: number): void {
  const inner = hasClaimIn(c, si);
  const [sA, sB] = sentenceRange(c, si);
  for (let k = sA; k < sB; k++) {
    const t = c.toks[k]!;
    if (t.end - t.start !== 2 || w(c, k) !== 'in' || c.inQuote[k]! >= 0) continue;
    // The phrase: articles, names, adjectives, numbers and "/" or "-" up to a poll noun.
    let head = -1;
    for (let n = k + 1; n <= sB && n - k <= 8; n++) {
      if (cls(c, 'poll', n) && !isCap(c, n + 1)) {
        head = n;
        break;
      }
      if (!(isWord(c, n) || is(c, n, '/', '-', '’', "'")) || cls(c, 'aux', n) || cls(c, 'werden', n) || cls(c, 'sub', n) || cls(c, 'relative', n) || cls(c, 'coord', n) || cls(c, 'pron', n) || (cls(c, 'prep', n) && w(c, n) !== 'of') || w(c, n) === 'to') break;
    }
    // "in the polls" alone is where a candidate stands in general ("mired in single digits in the polls"): a
    // poll of its own is singular or named ("in a CNN poll", "in New Hampshire surveys", "in recent polls").
    if (head < 0 || (!/^(poll|survey)$/.test(w(c, head)) && head - k <= 2 && (head === k + 1 || w(c, k + 1) === 'the'))) continue;
    let end = head;
    for (;;) {
      if (c.inTime[end + 1] === 1) end++;
      else if (POLL_PARTICIPLE.test(w(c, end + 1))) {
        end++;
        if (w(c, end + 1) === 'by') {
          const e = npForward(c, end + 2, sB + 1);
          if (e < end + 2) break;
          end = e;
        }
      } else if (/^(of|in|among)$/.test(w(c, end + 1)) && (isCap(c, end + 2) || (cls(c, 'det', end + 2) && isWord(c, end + 3)))) {
        const e = npForward(c, end + 2, sB + 1);
        if (e < end + 2) break;
        end = e;
      } else break;
    }
    // (A dateline or lead-in that a spaced dash closes is no part of the statement: "CHARLESTON, S.C. — …".)
    let a = sA;
    for (let n = sA; n < k; n++) if (is(c, n, '—', '–') && c.inQuote[n]! < 0) a = n + 1;
    const before = k > a ? trim(c, a, k - 1) : null;
    const after = trim(c, end + 1, sB);
    const parts: [number, number][] = [];
    if (before) parts.push(before);
    if (after && !(before && isComma(c, end + 1) && after[1] - after[0] < 2)) parts.push(after);
    let size = 0;
    for (const [a, b] of parts) size += b - a + 1;
    if (inner) {
      if (size < 3 || !pollAroundClaims(c, si, k, end, a, sB)) continue;
    } else if (size < 3 || parts.some(([a, b]) => !unused(c, a, b))) return;
    addClaim(c, { kind: kindOf(c, parts), content: parts, cue: [[k, k]], source: [k + 1, end], resolved: null, stance: 'assert', rule: 'poll-phrase', sentence: si });
    return;
  }
}

/**
 * "In a CNN poll released Monday, 40 percent of voters said they trusted her." / "…, 60 percent said C in a
 * Gallup survey.": a poll phrase that opens the sentence before a comma or closes it reports what its respondents
 * said, so it is a claim around the claims already read there (they stay, as the poll's content). Only where no
 * claim has the phrase in its cue or source.
 */
function pollAroundClaims(c: Ctx, si: number, k: number, end: number, a: number, sB: number): boolean {
  const fronted = k === a && isComma(c, end + 1);
  // (A closing phrase after a comma belongs to the last clause alone: "Most say X, after half said so in a poll.")
  let clauses = false;
  for (let n = a; n < k && !clauses; n++) clauses = isComma(c, n) && c.inQuote[n]! < 0;
  const closing = k > a && !clauses && trim(c, end + 1, sB) === null;
  if (!fronted && !closing) return false;
  const inSpan = (spans: readonly (readonly number[])[]) => spans.some(([x, y]) => x! <= end && y! >= k);
  return !(c.bySentence.get(si) ?? []).some((d) => !d.removed && d.sentence === si && (inSpan(d.cue ?? []) || (d.source !== null && inSpan([d.source]))));
}

/** Words that introduce the speaker of a colon quotation without being part of it: "More from Jones:", "Here's Clinton:". */
const COLON_LEAD = /^(more|from|here|here['’]s|is|are)$/;

/**
 * 'Rep. Ann Lund (D-Vt.): “We have not seen the figure.”' / 'POLL SHOWS X - Jane Doe: “…”' / 'More from the
 * report: “…”': a short noun phrase (capitalized first word, no verb, pronoun or cue word) that opens the
 * sentence or follows a spaced dash, then a colon and a quotation that opens right after it: the phrase is the
 * quotation's source, the colon its cue. The quotation may run over several sentences.
 */
export function colonQuote(c: Ctx, si: number): void {
  const sent = c.sents[si]!;
  const colon = c.text.indexOf(':', sent.start);
  if (colon < 0 || colon >= sent.end) return;
  const [sA, sB] = sentenceRange(c, si);
  for (let k = sA + 1; k <= sB; k++) {
    if (!is(c, k, ':') || c.inQuote[k]! >= 0 || c.used[k]) continue;
    if (c.toks[k + 1]?.kind !== 'quote' || c.inQuote[k + 1]! < 0) continue;
    // (The colon stands outside every quotation, so the one that holds k + 1 is the one it opens, if any.)
    const q = c.quotes[c.inQuote[k + 1]!]!;
    if (q.open !== k + 1) continue;
    const { open, close } = q;
    if (close - open < 4 || !unused(c, open, close)) continue;
    let s = k - 1;
    while (s > sA && k - s <= 12 && !isBoundary(c, s - 1) && c.toks[s - 1]!.kind !== 'quote') s--;
    if (s > sA && !isBoundary(c, s - 1)) continue;
    while (s < k - 1 && COLON_LEAD.test(w(c, s))) s++;
    if (!speakerPhrase(c, s, k - 1) || !unused(c, s, k - 1)) continue;
    for (let n = open; n <= close; n++) c.used[n] = 1;
    c.used[k] = 1;
    addClaim(c, { kind: 'direct', content: [[open + 1, close - 1]], cue: [[k, k]], source: [s, k - 1], resolved: null, stance: 'assert', rule: 'colon-quote', sentence: si });
    return;
  }
}

/** A short speaker phrase [a, b]: a capitalized first word or an article, then words, dots and brackets; no verb, pronoun or cue. */
function speakerPhrase(c: Ctx, a: number, b: number): boolean {
  if (b < a || b - a > 10 || !(isCap(c, a) || cls(c, 'det', a))) return false;
  let capped = false;
  for (let k = a; k <= b; k++) {
    if (!isWord(c, k) && !is(c, k, '.', '(', ')', '-', '’', "'", '&')) return false;
    if (cls(c, 'aux', k) || cls(c, 'werden', k) || cls(c, 'sub', k) || cls(c, 'relative', k) || cls(c, 'pron', k) || (k > a && cueForms(c, k).length > 0)) return false;
    if (isCap(c, k)) capped = true;
  }
  return capped || cls(c, 'det', a);
}
