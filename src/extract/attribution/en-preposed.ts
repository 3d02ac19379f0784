import { addClaim, cls, cueForms, is, isBoundary, isCap, isComma, isWord, kindOf, pronounResolution, raw, trim, unused, w, lemmaSays, saysOrTells, type Ctx } from './context.js';
import { closingClause, leadingAdverbs, statementPhraseEnd, trailerOnly } from './en-cues.js';
import { listenerInfinitive } from './en-verbtail.js';
import { listenerNp } from './en-known.js';
import { apposedSubjectBefore } from './en-apposed-subject.js';
import { whSubject } from './en-asides.js';
import { presentPredicate } from './en-readings.js';
import { predicateAt } from './en-np-end.js';
import { participleClause } from './en-inverted.js';
import { participle } from './en-ing.js';
import { frontedAdjunctsEnd } from './en-inversion.js';
import type { VerbSite } from './rules.js';

/** Where a dateline that opens the sentence ends: "WASHINGTON —", "LONDON (AP) -", "NEW YORK, March 3 (Reuters) -". */
const DATELINE_MAX = 12;

/**
 * The first token after a dateline at the start of [a, b] — upper-case words, a parenthesis, a comma, a date —
 * closed by a dash (an em or en dash, or a hyphen with a space on each side); `a` when there is none.
 */
export function datelineEnd(c: Ctx, a: number, b: number): number {
  for (let k = a; k < b && k - a <= DATELINE_MAX; k++) {
    // (A hyphen is a dash only spaced on both sides: isBoundary's spaced dash, with a space after it too.)
    const dash = is(c, k, '—', '–') || (is(c, k, '-') && isBoundary(c, k) && c.text[c.toks[k]!.end] === ' ');
    if (dash) return k > a ? k + 1 : a;
    const word = raw(c, k);
    if (isWord(c, k) && word !== word.toUpperCase() && !/^[A-Z][a-z]{2,8}\.?$/.test(word)) return a;
  }
  return a;
}

/**
 * Whether [a, b] before "…, X agreed." is a participle clause that opens the sentence, no statement: "Speaking for
 * the board, former mayor Lund agreed.", "Reported to have fled, Okafor was later found …". It opens with a
 * participle (an -ing form, or an -ed form before "to" or a preposition) and holds no finite verb of its own
 * ("Watching the pier burn made him run, he said" has one: a gerund subject and its predicate).
 */
function openingAdjunct(c: Ctx, a: number, b: number): boolean {
  const first = w(c, a);
  const ing = participle(c, a) && !isCap(c, a + 1);
  const ed = /[a-z]ed$/.test(first) && (w(c, a + 1) === 'to' || w(c, a + 1) === 'by' || cls(c, 'prep', a + 1));
  if (!ing && !ed) return false;
  for (let k = a + 1; k <= b; k++) {
    if (c.inQuote[k]! >= 0 || c.toks[k]!.kind === 'quote') return false;
    // (An auxiliary after "to" is the infinitive's, and a past form after it its participle: "to have fled".)
    const infinitive = w(c, k - 1) === 'to' || (w(c, k - 2) === 'to' && cls(c, 'aux', k - 1));
    if ((cls(c, 'aux', k) || cls(c, 'werden', k) || cls(c, 'modal', k) || cls(c, 'past', k)) && !infinitive) return false;
    if (cls(c, 'verb', k) || cls(c, 'sub', k) || cls(c, 'relative', k) || w(c, k) === 'that') return false;
  }
  return true;
}

/**
 * English: the statement before its speaker and cue. "C, the minister said." · "C, he told reporters on
 * Friday." (a listener, a time or a medium after the cue) · "C1, he said, C2." (the cue inside the statement:
 * one content in two parts).
 */
export function contentThenSubject(c: Ctx, site: VerbSite): boolean {
  const { v, sA, sB, si, afterCue, cue, info } = site;
  if (v <= sA) return false;
  // "Smith, a Republican, told reporters …": a subject with its apposition, not a statement and its speaker.
  if (apposedSubjectBefore(c, v)) return false;
  let k = v - 1;
  if (isComma(c, v - 1)) k = appositionSpeakerStart(c, sA, v);
  else while (k > sA && !isComma(c, k)) k--;
  if (k < 0 || !isComma(c, k) || k <= sA) return false;
  // A listener after a verb of telling: "…, the president told her", "…, he told reporters".
  let after = afterCue;
  if (info.frames.includes('tell') && !isComma(c, after) && w(c, after) !== 'that' && !is(c, after, '.', '!', '?')) {
    const e = listenerNp(c, after, sB + 1);
    if (e >= after) after = e + 1;
    // "In a letter, Trump asked the network to donate …": what the listener is asked to do follows the cue.
    if (listenerInfinitive(c, afterCue, e)) return false;
  }
  // Nothing may follow the cue but a further attribution of the same speaker (", adding that …") or when,
  // where or how it was said (", the mayor said in a statement on Friday.") …
  // (A dash or semicolon right after the cue closes the clause: "C, analysts say; in 2012 …", "C, allies believe — …".)
  let free = trim(c, after, sB) === null || is(c, after, '—', '–', ';') || (isComma(c, after) && /ing$/.test(w(c, after + 1)) && cueForms(c, after + 1).length > 0) || trailerOnly(c, after, sB, info.frames) || trailerThenParticiple(c, after, sB, info.frames);
  // … or, after a comma, the rest of the statement: "The solution, the partner said, was simple."
  let post: [number, number] | null = null;
  // (Only a verb of saying, finite, after a short speaker: "…, to expect …" or "…, the activists protest …" is none.
  // A subordinate clause before it is no part of the statement's subject: "If X is confirmed, the minister
  // said, the plan goes ahead" is read as the statement after the cue.)
  // ("What X wants, aides say, is …": a clause as subject goes on with its predicate; en-asides.ts.)
  const subjectClause = cls(c, 'sub', sA) && whSubject(c, sA, k);
  const saying = saysOrTells(info.frames) && !/ing$/.test(w(c, v)) && w(c, v - 1) !== 'to' && v - k <= 10 && (!cls(c, 'sub', sA) || subjectClause);
  if (!free && saying) {
    let m = after;
    while (m <= sB && m - after <= 12 && !isComma(c, m)) m++;
    if (isComma(c, m) && (m === after || trailerOnly(c, after, m - 1, info.frames)) && !(/ing$/.test(w(c, m + 1)) && cueForms(c, m + 1).length > 0)) {
      post = trim(c, m + 1, sB);
      free = post !== null && c.inQuote[m + 1]! < 0;
      // "…, he said after meeting X, because …": a closing subordinate clause is no part of the statement.
      if (post && closingClause(c, m, sB)) post = null;
      // A coordinator opens a clause of its own, no part of the statement: "C, records show, and experts say …".
      if (post && cls(c, 'coord', post[0])) post = null; // (also after a trailer: "…, as X reported on Tuesday, and …")
      if (subjectClause && post && !predicateAt(c, post[0], sB) && !presentPredicate(c, post[0])) free = false;
    }
  }
  if (!free) return false;
  // The speaker ends before the cue's own words ("some Democrats [now think]") and starts after a closing
  // quotation mark or "as" ("…, as David Dayen noted").
  let srcEnd = v - 1;
  for (const [a] of cue) srcEnd = Math.min(srcEnd, a! - 1);
  let srcStart = k + 1;
  // ("…, and as the board noted, C": the coordinator joins the aside's clause, C, to the one before; that one is no
  // part of the statement.)
  const coord = (j: number) => /^(and|but|yet)$/.test(w(c, j));
  const joined = (coord(srcStart) && w(c, srcStart + 1) === 'as') || (w(c, srcStart) === 'as' && coord(k - 1) && (k - 1 === sA || isComma(c, k - 2)));
  if (joined && !post) return false;
  if (joined && coord(srcStart)) srcStart++;
  while (srcStart < srcEnd && (c.toks[srcStart]!.kind === 'quote' || w(c, srcStart) === 'as')) srcStart++;
  const src = trim(c, leadingAdverbs(c, srcStart, srcEnd), srcEnd);
  const pre = trim(c, datelineEnd(c, sA, k - 1), k - 1);
  // (A relative clause is no speaker: "X, which Clinton conceded when polls closed, confirmed …".)
  if (!src || cls(c, 'relative', src[0]) || !pre || !unused(c, pre[0], pre[1]) || (post && !unused(c, post[0], post[1]))) return false;
  if (!post && openingAdjunct(c, pre[0], pre[1])) return false;
  // Nor are adjuncts fronted before the subject ("In an interview on Monday, Smith bragged about …", "Then, she
  // apologized."): they say when or where, not what (en-inversion.ts).
  if (!post && frontedAdjunctsEnd(c, pre[0], k + 1) === k + 1) return false;
  const content = joined && post ? [post] : post ? [pre, post] : [pre];
  // "…, the council said in a statement.": the phrase joins the cue.
  const st = statementPhraseEnd(c, afterCue);
  const part = cue.find((p) => p[1] === afterCue - 1);
  if (st > 0 && part) part[1] = st;
  addClaim(c, { kind: kindOf(c, content), content, cue, source: src, resolved: pronounResolution(c, src, si), stance: info.stance, rule: 'verb-content-before', sentence: si });
  return true;
}

/**
 * '"…," Ramos, 58, told AFP.' / '"…," Jeff Weaver, the campaign’s manager, said.': after a quotation, a
 * speaker with appositions between commas, then a verb of saying or telling right after the last comma. The
 * words between are a noun phrase and its descriptions: no quotation, verb, auxiliary or further cue.
 */
export function quoteSpeakerApposition(c: Ctx, k: number, limit: number): { source: [number, number]; v: number } | null {
  if (!(isCap(c, k) || cls(c, 'det', k) || cls(c, 'pron', k))) return null;
  // (A relative clause between commas describes the speaker, whatever its verbs: '"…," X, of Y, who voted, said.'
  // So does a participle clause, which is an adjunct of the cue and no part of the speaker: '"…," Smith, using a
  // term Jones has used, said.')
  // (Also a relative clause inside an apposition: '"…," Smith, a Republican who has served two terms, said.')
  let relative = false;
  let apposition = isComma(c, k + 1);
  let adjunct = -1;
  for (let v = k + 2; v < limit && v - k <= 30; v++) {
    const t = c.toks[v]!;
    if (t.kind === 'quote' || is(c, v, '.', '!', '?', ';', ':', '—', '–')) return null;
    if (isComma(c, v)) [relative, apposition] = [false, true];
    else if ((isComma(c, v - 1) || apposition) && /^(who|whose)$/.test(w(c, v))) relative = true;
    else if (isComma(c, v - 1) && participleClause(c, v)) {
      relative = true;
      if (adjunct < 0) adjunct = v - 1;
    }
    if (relative) continue;
    // (A preposition with its gerund is part of a description: '"…," Smith, the leader after winning the primary, said.')
    if ((cls(c, 'prep', v) || cls(c, 'sub', v)) && /^[a-z]+ing$/.test(raw(c, v + 1)) && !isComma(c, v - 1)) {
      v++;
      continue;
    }
    const forms = cueForms(c, v);
    if (forms.length === 0) {
      if (cls(c, 'aux', v) || cls(c, 'werden', v) || cls(c, 'sub', v) || cls(c, 'verb', v)) return null;
      continue;
    }
    const saying = forms.some((f) => lemmaSays(c, f.lemma));
    if (!isComma(c, v - 1) || !saying || /ing$/.test(w(c, v))) return null;
    return { source: [k, adjunct > k ? adjunct - 1 : v - 2], v };
  }
  return null;
}

/**
 * A segment between commas that describes a speaker: words only, no verb, auxiliary, subordinator or cue — but for
 * a relative clause on its noun ("a Republican who chairs the board"), which may have a verb of its own.
 */
function describing(c: Ctx, a: number, b: number): boolean {
  if (b < a || b - a > 12) return false;
  for (let k = a; k < b; k++) if (/^(who|whose)$/.test(w(c, k))) return (k === a || describing(c, a, k - 1)) && relativeWords(c, k + 1, b);
  for (let k = a; k <= b; k++) {
    if (c.toks[k]!.kind === 'quote' || (!isWord(c, k) && !is(c, k, '.', '’', "'", '-', '(', ')'))) return false;
    if (cls(c, 'aux', k) || cls(c, 'werden', k) || cls(c, 'sub', k) || cls(c, 'relative', k) || cls(c, 'verb', k) || cueForms(c, k).length > 0) return false;
  }
  return true;
}

/** The words of a relative clause inside a speaker's apposition: words only, no subordinator or second relative pronoun. */
function relativeWords(c: Ctx, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (c.toks[k]!.kind === 'quote' || !isWord(c, k) || cls(c, 'sub', k) || cls(c, 'relative', k)) return false;
  return true;
}

/**
 * "C, Jeff Weaver, the campaign manager, said.": the comma before the speaker whose appositions end right before
 * the verb at v, or -1. Going left over segments that describe, the speaker's own segment is the leftmost one
 * made of a name (capitalized words: "Jeff Weaver", "Mr. Kim") or opened by an article.
 */
function appositionSpeakerStart(c: Ctx, sA: number, v: number): number {
  let found = -1;
  let end = v - 2;
  for (let n = 0; n < 5; n++) {
    let p = end;
    while (p > sA && end - p <= 13 && !isComma(c, p)) p--;
    if (!isComma(c, p) || !describing(c, p + 1, end)) break;
    let name = isCap(c, p + 1);
    for (let k = p + 1; k <= end && name; k++) name = isCap(c, k) || !isWord(c, k) || /^(of|for|and|the)$/.test(w(c, k));
    if (name || cls(c, 'det', p + 1)) found = p;
    end = p - 1;
  }
  return found;
}

/** "…, Hollande said Tuesday in Paris, noting …": when and where it was said, then a participle of saying after a comma. */
function trailerThenParticiple(c: Ctx, after: number, sB: number, frames: readonly string[]): boolean {
  let m = after;
  while (m <= sB && m - after <= 12 && !isComma(c, m)) m++;
  return m > after && isComma(c, m) && /ing$/.test(w(c, m + 1)) && cueForms(c, m + 1).length > 0 && trailerOnly(c, after, m - 1, frames);
}
