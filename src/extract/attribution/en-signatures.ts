import { addClaim, cls, isCap, isComma, isNameLike, isWord, is, unused, w, type Ctx } from './context.js';
import { finiteVerb } from './en-known.js';
import { lineStart } from './en-transcript.js';
import { titleCase } from './quotes.js';

/**
 * Quotations signed with a dash and a name after them, the convention of pull quotes, listicles, debate
 * round-ups and embedded tweets:
 *
 *   “We were promised jobs and got nothing.” ― Maria Lopez
 *   "The plan is dead."            (its own paragraph)
 *   - Senator Lee.                 (the signature in the next one)
 *   The vote is tonight. Call your senator! pic.twitter.com/AbC123 — Jane Roe (@janeroe) September 26, 2016
 *
 * A dash (― — – -) right after a closing quotation mark whose quotation opens its line, followed by a short name
 * that ends the line, makes a direct claim: the name is the source, the dash the cue, the whole quotation (back
 * to its opening mark, over several sentences) the content. A name may carry a title ("Sen.", "President"), an
 * apposition after a comma ("-Michelle Marks, Philadelphia.") and a closing period; these and a date stay out
 * of the source. An embedded tweet has no quotation marks: a signature with a handle ("(@janeroe)", kept in the
 * source) signs the text of its line before the dash, without a trailing picture link. A dateline
 * ("WASHINGTON —"), a byline ("— By John Smith"), a dash inside a sentence, or a dash before a clause ("— and
 * then he left.", "— The room fell silent.", "- Smith, Jones and Lee voted no.": names, then a verb) signs nothing.
 *
 * The rule runs before the direct-quote rules, so a signed quotation is not read as carrying on the speaker
 * before it, and no claim is made inside it (PolNeAR nests none). One pass over the tokens; a dash is looked at
 * only up to the end of its line.
 */

/** The dashes that sign: horizontal bar, em dash, en dash, hyphen. */
const DASHES = '―—–-';
/** A signature is short: at most this many tokens from the dash to the end of its line. */
const SIGNATURE_MAX = 24;
/** A name: at most this many words (title and initials included). */
const NAME_MAX = 6;
/** How far back a signed text may open, in tokens (keeps the pass linear on a document without line breaks). */
const TEXT_MAX = 400;

interface Signature {
  source: [number, number];
  /** Whether the name carries a handle ("(@janeroe)"): the signature of an embedded tweet. */
  handle: boolean;
}

export function signedQuotes(c: Ctx): void {
  for (let k = 1; k < c.toks.length - 1; k++) {
    const t = c.toks[k]!;
    if (t.kind !== 'punct' || t.end - t.start !== 1 || !DASHES.includes(c.text[t.start]!)) continue;
    const sig = signatureAfter(c, k);
    if (!sig) continue;
    const quoted = signedQuote(c, k);
    const content = quoted ?? (sig.handle ? tweetText(c, k) : null);
    if (!content || !unused(c, content[0], content[1])) continue;
    // (The dash, the name and the quotation's marks: no other rule reads them again.)
    for (let i = quoted ? content[0] - 1 : content[0]; i <= sig.source[1]; i++) c.used[i] = 1;
    addClaim(c, { kind: 'direct', content: [content], cue: [[k, k]], source: sig.source, resolved: null, stance: 'assert', rule: quoted ? 'signed-quote' : 'signed-tweet', sentence: c.sentOf[content[0]]! });
  }
}

/** The name after the dash at k when it ends its line (or a markup tag: "…2016</tweet>"), or null. */
function signatureAfter(c: Ctx, k: number): Signature | null {
  // A name: capitalized words, no article, preposition or pronoun first ("— By John Smith", "— The room …").
  const a = k + 1;
  if (!isCap(c, a) || cls(c, 'det', a) || cls(c, 'prep', a) || cls(c, 'pron', a) || cls(c, 'coord', a) || cls(c, 'sub', a)) return null;
  let e = k + 1;
  while (e < c.toks.length && !lineStart(c, e) && !is(c, e, '<')) {
    if (e - k > SIGNATURE_MAX) return null;
    e++;
  }
  e--;
  if (is(c, e, '.')) e--;
  let j = a;
  while (j <= e && j - a < NAME_MAX && isNameLike(c, j)) j++;
  let end = j - 1;
  let handle = false;
  // "(@janeroe)": the handle joins the source.
  if (is(c, j, '(') && is(c, j + 1, '@')) {
    let h = j + 2;
    while (h <= e && h - j < 8 && !is(c, h, ')')) h++;
    if (!is(c, h, ')')) return null;
    end = h;
    handle = true;
    j = h + 1;
  }
  if (j <= e && !isComma(c, j) && !dateFrom(c, j, e)) return null;
  if (j <= e && isComma(c, j) && namesThenVerb(c, j, e)) return null;
  return { source: [a, end], handle };
}

/**
 * Whether the words after the comma at j (up to e) are more names and then a verb: "- Smith, Jones and Lee voted
 * no." is a clause with a list of subjects, not a signature with an apposition ("-Michelle Marks, Philadelphia.",
 * "-President Obama, tweeting after the speech.").
 */
function namesThenVerb(c: Ctx, j: number, e: number): boolean {
  let k = j;
  let names = 0;
  for (; k <= e; k++) {
    if (isNameLike(c, k)) names++;
    else if (!isComma(c, k) && !cls(c, 'coord', k) && !is(c, k, '&')) break;
  }
  return names > 0 && k <= e && finiteVerb(c, k);
}

/** Whether the tokens j..e are a date ("September 26, 2016"). */
function dateFrom(c: Ctx, j: number, e: number): boolean {
  for (let i = j; i <= e; i++) if (!c.inTime[i] && !isComma(c, i)) return false;
  return true;
}

/**
 * The quotation whose closing mark stands right before the dash at k: its inside, from the quotation mark that
 * opens the line. (Not the mark the closing one pairs with: a quotation opened with a turned mark ('”Fear. I am …”
 * ― X') has no pair, and one with quotations inside may pair its last mark with an inner one.)
 */
function signedQuote(c: Ctx, k: number): [number, number] | null {
  const close = k - 1;
  if (c.toks[close]!.kind !== 'quote') return null;
  let open = close - 1;
  while (open > 0 && close - open < TEXT_MAX && !lineStart(c, open)) open--;
  if (open < 0 || c.toks[open]!.kind !== 'quote' || !lineStart(c, open) || titleCase(c, open, close)) return null;
  // (A comma before the closing mark is the sentence's, as in '"…," she said'.)
  return twoWords(c, open + 1, close - 1) ? [open + 1, isComma(c, close - 1) ? close - 2 : close - 1] : null;
}

/** The text of an embedded tweet before its signature dash at k: from the line's start (or a markup tag's end) up to a picture link. */
function tweetText(c: Ctx, k: number): [number, number] | null {
  let s = k - 1;
  while (s > 0 && k - s < TEXT_MAX && !lineStart(c, s) && !is(c, s - 1, '>')) s--;
  if (!lineStart(c, s) && !is(c, s - 1, '>')) return null;
  let e = k - 1;
  for (let i = s; i < k - 2; i++) if (w(c, i) === 'pic' && is(c, i + 1, '.') && w(c, i + 2) === 'twitter') {
    e = i - 1;
    break;
  }
  while (e > s && c.toks[e]!.kind === 'url') e--;
  return twoWords(c, s, e) ? [s, e] : null;
}

/** Whether [a, b] holds two words or more: a statement, not a name or a scare quote. */
function twoWords(c: Ctx, a: number, b: number): boolean {
  let words = 0;
  for (let i = a; i <= b && words < 2; i++) if (isWord(c, i)) words++;
  return words >= 2;
}
