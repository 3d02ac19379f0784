import type { CueForm } from '../claims-lexicon.js';
import type { Stance } from '../types.js';
import { CLOSERS, DOUBLE_MARKS } from '../../text/tokenize.js';
import { addClaim, index, cueForms, is, isBoundary, isCap, isComma, isWord, lastSourced, pronounResolution, sentenceRange, trim, w, cls, WINDOW, lemmaSays, type Ctx } from './context.js';
import { npForward, subjectAfter, subjectBefore } from './phrases.js';
import type { QuoteCue } from './rules.js';
import { mergeCue } from './verbs.js';

/**
 * Direct quotes: „…“, sagte X  ·  X sagte: „…“  ·  „…“, so X  ·  „A“, sagte X, „B“ (one claim, two parts)  ·
 * '"…," the minister said'. A whole-sentence quote right after a quoted speaker carries on that speaker;
 * quotes with no speech act (scare quotes, titles) are not claims.
 */

export function findQuotes(c: Ctx): void {
  const stack: number[] = [];
  for (let i = 0; i < c.toks.length; i++) {
    const t = c.toks[i]!;
    if (t.kind !== 'quote') continue;
    // A quotation over several paragraphs reopens each paragraph without closing the one before: an opening
    // mark at the start of a line leaves the marks still open before that line unpaired (else the next stray
    // closing mark would pair with one of them across paragraphs).
    if (t.role === 'open' && stack.length > 0 && i > 0 && c.text.slice(c.toks[i - 1]!.end, t.start).includes('\n')) stack.length = 0;
    // A double mark glued to an opening double mark doubles it ('"“You …”'): the outer one stays unpaired.
    if (t.role === 'open' && stack.at(-1) === i - 1 && c.toks[i - 1]!.end === t.start && DOUBLE_MARKS.includes(markOf(c, i)) && DOUBLE_MARKS.includes(markOf(c, i - 1))) stack.pop();
    if (t.role === 'open') stack.push(i);
    else if (stack.length > 0) {
      // A closing mark pairs with the nearest opening mark of its kind ('“Shout it out, ’cause I don’t want to,”
      // he said'); the marks opened after that one stay unpaired.
      const ch = markOf(c, i);
      // (At most eight marks deep, as the tokenizer's stack, so the pass stays linear.)
      const floor = Math.max(0, stack.length - 8);
      let d = stack.length - 1;
      while (d > floor && !closes(markOf(c, stack[d]!), ch)) d--;
      // One that closes none of the open marks is an apostrophe ('’cause', 'the ’90s').
      if (d === floor && !closes(markOf(c, stack[d]!), ch)) continue;
      stack.length = d + 1;
      const open = stack.pop()!;
      c.quotes.push({ open, close: i });
    }
  }
  c.quotes.sort((a, b) => a.open - b.open);
  for (let q = 0; q < c.quotes.length; q++) {
    const { open, close } = c.quotes[q]!;
    for (let i = open; i <= close; i++) if (c.inQuote[i]! < 0) c.inQuote[i] = q;
  }
}

/** Whether mark `ch` closes a quotation opened by `open` (the tokenizer's pairs, and a turned “ or ‘ closing its own kind: ‘,“ said X’). */
function closes(open: string, ch: string): boolean {
  return CLOSERS[open]?.includes(ch) === true || (open === ch && (ch === '“' || ch === '‘'));
}

function markOf(c: Ctx, i: number): string {
  const t = c.toks[i]!;
  return t.end - t.start === 2 ? '"' : c.text[t.start]!;
}

/**
 * Whether a quotation can be what someone said: two words or more, or one word that its own comma, "!" or "?"
 * closes inside the marks ('"Yes," said the mayor.', '"Never!" the crowd shouted.'), or its own period after a verb
 * of saying and a comma or colon ('She said, “No.”'); a single word without one is a name or a scare quote
 * ('the so-called "experts"').
 */
function spokenQuote(c: Ctx, q: { open: number; close: number }): boolean {
  const n = quoteWords(c, q);
  if (n >= 2) return true;
  if (n !== 1 || q.close - q.open !== 3) return false;
  // (A one-word sentence closed by its own period is speech where a verb of saying and a comma or colon introduce it,
  // outside any other quotation: 'and said, “No.”'; 'called them "experts."', 'her film, “Trainwreck.”' stay names.)
  return is(c, q.close - 1, ',', '!', '?') || (is(c, q.close - 1, '.') && is(c, q.open - 1, ',', ':') && sayingVerb(c, q.open - 2) && c.inQuote[q.open - 1]! < 0);
}

function quoteWords(c: Ctx, q: { open: number; close: number }): number {
  let n = 0;
  for (let i = q.open + 1; i < q.close; i++) if (isWord(c, i)) n++;
  return n;
}

/** After a closing quote: ", sagte X" / ", so X" / ", X said"; returns cue and source, or null. */
function cueAfterQuote(c: Ctx, open: number, close: number): QuoteCue | null {
  let k = close + 1;
  if (isComma(c, k)) k++;
  if (c.rules.quoteAcross && k === close + 1 && k < c.toks.length && c.sentOf[k] !== c.sentOf[close]) {
    const f = c.rules.quoteAcross(c, open, close, k, cueAfterQuoteIn);
    if (f) return f;
  }
  // The cue stands in the quotation's own sentence ("„…“, sagte X."), not in the next one — unless the quotation
  // ends in "?" or "!", where the splitter ends the sentence ('“Why?” Smith asked.'): then a speaker and cue that
  // open the next sentence and close it are the quotation's.
  const across = k < c.toks.length && c.sentOf[k] !== c.sentOf[close] && k === close + 1 && is(c, close - 1, '?', '!');
  if (k >= c.toks.length || (c.sentOf[k] !== c.sentOf[close] && !across)) return null;
  if (across) {
    const found = cueAfterQuoteIn(c, k);
    if (!found || Math.min(found.source[0], found.cue[0]![0]!) !== k) return null;
    const [, sEnd] = sentenceRange(c, c.sentOf[k]!);
    const rest = trim(c, found.end + 1, sEnd);
    return rest === null || isComma(c, found.end + 1) || cls(c, 'prep', found.end + 1) || topicAcross(c, close, k, found.end) ? found : null;
  }
  return cueAfterQuoteIn(c, k);
}

/**
 * Whether a cue that took the preposition of its topic, in the sentence after a quotation that ends in "?" or "!",
 * closes like one after a comma does ('“Who do they think they are?” Smith said of the board.': the cueTopicCloses
 * hook) — not across a paragraph break, and not where the preposition is the verb's own ("talked about X" reports X).
 */
function topicAcross(c: Ctx, close: number, k: number, end: number): boolean {
  if (c.rules.cueTopicCloses?.(c, end) !== true || c.text.slice(c.toks[close]!.end, c.toks[k]!.start).includes('\n')) return false;
  return !cueForms(c, end - 1).some((f) => c.lex.cueLemmas.get(f.lemma)?.frames.includes(w(c, end)) === true);
}

/** The cue and speaker after a closing quote, starting at k (past the comma). */
function cueAfterQuoteIn(c: Ctx, k: number): QuoteCue | null {
  const [, sEnd] = sentenceRange(c, c.sentOf[k]!);
  const limit = sEnd + 1;
  const first = c.rules.quoteCueFirst(c, k, limit);
  if (first) return first;
  const forms = cueForms(c, k).filter((f) => f.form === 'finite');
  if (forms.length > 0 && c.rules.invertsAfterQuote?.(c, k) !== false) {
    // A reflexive between verb and speaker belongs to the cue ("„…“, äußerte sich der Minister").
    const s = cls(c, 'reflexive', k + 1) ? k + 2 : k + 1;
    const e = npForward(c, s, limit);
    if (e >= 0) {
      let f: CueForm | undefined;
      let particleAt = -1;
      for (const x of forms) {
        if (!x.particle) continue;
        const p = findParticle(c, x.particle, e + 1, limit);
        if (p >= 0) {
          f = x;
          particleAt = p;
          break;
        }
      }
      f ??= forms.find((x) => x.particle === '');
      if (!f) return null;
      const cue: number[][] = [[k, k]];
      let end = e;
      if (particleAt >= 0) {
        cue.push([particleAt, particleAt]);
        end = Math.max(end, particleAt);
      }
      const lemma = c.lex.cueLemmas.get(f.lemma);
      return { cue: mergeCue(c, cue, k, lemma?.frames ?? ['say'], k, Math.max(end, k), false), source: [s, e], stance: lemma?.stance ?? 'assert', end };
    }
  }
  return c.rules.quoteCueLast(c, k, limit);
}

/**
 * Before an opening quote: "X sagte: „…“", "sagte X: „…“"; the colon may end the sentence before the quote.
 * A clause that ends in a colon before a quotation introduces it even without a known verb
 * ("Die Kernaussage von X lautete: „…“"): its subject speaks, and the word after the subject is the cue.
 */
function cueBeforeQuote(c: Ctx, open: number): { cue: number[][] | null; source: [number, number]; stance: Stance } | null {
  if (!is(c, open - 1, ':', ',')) return null;
  const si = c.sentOf[open - 1]!;
  const [sStart] = sentenceRange(c, si);
  let a = open - 2;
  // Nothing before the colon in its sentence (":„…"): no cue, and no token at a = -1 (found by the fuzz suite).
  if (a < sStart) return null;
  while (a > sStart && !isBoundary(c, a - 1) && !(c.toks[a - 1]!.kind === 'quote')) a--;
  if (is(c, open - 1, ':')) a = c.rules.quoteSegmentStart?.(c, a, sStart) ?? a;
  for (let v = a; v <= open - 2; v++) {
    const forms = cueForms(c, v).filter((f) => f.form === 'finite' || f.form === 'participle');
    if (forms.length === 0 || c.rules.quoteCueWord?.(c, v) === false) continue;
    // The reading whose particle closes the clause ("gab … bekannt"), else one without a particle.
    let f: CueForm | undefined;
    let particleAt = -1;
    for (const x of forms) {
      if (!x.particle) continue;
      const p = findParticle(c, x.particle, v + 1, open - 1);
      if (p >= 0) {
        f = x;
        particleAt = p;
        break;
      }
    }
    f ??= forms.find((x) => x.particle === '');
    if (!f) continue;
    const subj = subjectBefore(c, a, v) ?? (a === v && v > sStart ? subjectBefore(c, sStart, v) : null) ?? afterOpeningClause(c, sStart, a, v);
    const src: [number, number] | null = subj ?? subjectAfter(c, v + 1, open - 1);
    if (!src) continue;
    // "X confirmed it and said, “…”": a second act of the same subject introduces the quotation.
    const later = particleAt < 0 && subj ? (c.rules.quoteCoordinatedCue?.(c, v, open) ?? -1) : -1;
    const at = later > v ? later : v;
    if (later > v) f = cueForms(c, later).find((x) => x.particle === '') ?? f;
    const cue: number[][] = [[at, at]];
    if (particleAt >= 0) cue.push([particleAt, particleAt]);
    const lemma = c.lex.cueLemmas.get(f.lemma);
    return { cue: mergeCue(c, cue, at, lemma?.frames ?? ['say'], later > v ? at : a, open - 2, f.form === 'participle'), source: src, stance: lemma?.stance ?? 'assert' };
  }
  return c.rules.colonSpeaker(c, a, open);
}

/**
 * 'Asked whether …, Okafor shook her head and said, “No.”': a verb of saying after "and" in the clause that follows
 * an opening participle clause's comma shares the subject that opens that clause (a noun phrase, then its own verb).
 */
function afterOpeningClause(c: Ctx, sStart: number, a: number, v: number): [number, number] | null {
  if (a < 1 || !isComma(c, a - 1) || !cls(c, 'coord', v - 1) || !(isCap(c, a) || cls(c, 'det', a) || cls(c, 'pron', a))) return null;
  if (!/^[a-z]+ed$/.test(w(c, sStart))) return null;
  const e = npForward(c, a, v);
  return e >= a && e < v - 2 && !cls(c, 'coord', e + 1) ? [a, e] : null;
}

/** The separated particle of a verb ("teilte … mit"): it closes its clause, so punctuation or a conjunction follows. */
export function findParticle(c: Ctx, particle: string, from: number, limit: number): number {
  for (let k = from; k < limit && k < c.toks.length && k - from < WINDOW; k++) {
    if (w(c, k) === particle) {
      const next = c.toks[k + 1];
      if (!next || next.kind === 'punct' || next.kind === 'quote' || next.kind === 'bracket' || cls(c, 'coord', k + 1) || cls(c, 'sub', k + 1)) return k;
    }
    if (is(c, k, '.', '!', '?')) break;
  }
  return -1;
}

/** Whether the cue and speaker found after a quotation close their clause: punctuation or a preposition follows ('," said X.', '," he added on Twitter'), no object ('," Trump accused Holt'). */
function cueCloses(c: Ctx, end: number): boolean {
  const n = end + 1;
  return n >= c.toks.length || c.sentOf[n] !== c.sentOf[end] || !isWord(c, n) || cls(c, 'prep', n) || c.inTime[n] === 1;
}

/** Whether every word of a quotation after its first is capitalized: a title ("A Change Is Gonna Come"). */
export function titleCase(c: Ctx, open: number, close: number): boolean {
  let words = 0;
  for (let k = open + 2; k < close; k++) if (isWord(c, k)) {
    if (!isCap(c, k) && w(c, k).length > 3) return false;
    words++;
  }
  return words > 0;
}

/** An inflected verb of saying or telling ("said", "told", "sagte"; not the noun-like bare "plan"). */
function sayingVerb(c: Ctx, k: number): boolean {
  return cueForms(c, k).some((f) => f.lemma !== w(c, k) && lemmaSays(c, f.lemma));
}

/** Whether the words of a quotation are all in lower case: a phrase, not a title ("raw time", not "Morning Joe"). */
function lowerCaseWords(c: Ctx, open: number, close: number): boolean {
  for (let k = open + 1; k < close; k++) if (isWord(c, k) && isCap(c, k)) return false;
  return true;
}

/**
 * Where the statement starts when a quotation closes it in mid-sentence before its cue ('The plan is "dead on
 * arrival," the senator said.', 'Die Lage sei „sehr ernst“, sagte der Minister.'): the sentence's words before the
 * opening mark (after a dateline or a leading conjunction: the preposedContent hook) when none of them is taken
 * and no other quotation stands among them; -1 when the quotation opens its sentence.
 */
function clauseBeforeQuote(c: Ctx, open: number): number {
  const [sA] = sentenceRange(c, c.sentOf[open]!);
  if (open <= sA) return -1;
  const pre = c.rules.preposedContent(c, sA, open - 1);
  if (!pre || pre[1] !== open - 1) return -1;
  // (A clause with a cue of its own before the quotation is that cue's: "X said it was "a mistake," she added".)
  for (let k = pre[0]; k < open; k++) if (c.used[k] || c.toks[k]!.kind === 'quote' || sayingVerb(c, k)) return -1;
  return pre[0];
}

export function directQuotes(c: Ctx): void {
  for (let q = 0; q < c.quotes.length; q++) {
    const quote = c.quotes[q]!;
    if (!spokenQuote(c, quote) || c.used[quote.open]) continue;
    const inner = trim(c, quote.open + 1, quote.close - 1) ?? [quote.open + 1, quote.close - 1];
    // A comma closing an English quotation ('"…," she said') is punctuation of the sentence, not the quote.
    if (is(c, inner[1] + 1, ',') && inner[1] + 1 === quote.close - 1) inner[1] = quote.close - 2;
    const content: number[][] = [[quote.open + 1, is(c, quote.close - 1, ',') ? quote.close - 2 : quote.close - 1]];
    let found = cueAfterQuote(c, quote.open, quote.close);
    // 'When someone shouted, “Cruz,” Okafor joked …': a verb of saying with its comma right before the quotation
    // introduces it; the clause after it is another act.
    if (found && isComma(c, quote.open - 1) && sayingVerb(c, quote.open - 2) && c.inQuote[quote.open - 2]! < 0 && cueBeforeQuote(c, quote.open)?.cue?.at(-1)?.[1] === quote.open - 2) found = null;
    // A quoted phrase after an article or a possessive is a name ('Fox's "Sunday Morning Futures"'), unless it is
    // in lower case and closes with the comma before its cue ('This is a "raw time," said X').
    const closes = found !== null && (isComma(c, quote.close - 1) || isComma(c, quote.close + 1)) && (cueCloses(c, found.end) || c.rules.cueTopicCloses?.(c, found.end) === true);
    if (c.rules.quoteIsName?.(c, quote.open, quote.close) && !(closes && lowerCaseWords(c, quote.open, quote.close))) continue;
    let rule = 'direct-quote-cue-after';
    let last = quote.close;
    // 'The plan is "dead on arrival," the senator said.': the statement is the clause the quotation closes.
    let opening = closes && !titleCase(c, quote.open, quote.close) ? clauseBeforeQuote(c, quote.open) : -1;
    // (The content then holds the whole quotation, its marks included.)
    if (opening >= 0) content[0] = [opening, quote.close];
    if (found) {
      // „A“, sagte X, „B“: the quotation goes on after the cue.
      const next = c.quotes[q + 1];
      // (Also with an adjunct of the cue between: '"A," he said of the plan, "B."' — the splitQuoteGap hook.)
      const from = isComma(c, found.end + 1) ? found.end + 2 : found.end + 1;
      const gap = next !== undefined && next.open > from + 1 && isComma(c, next.open - 1) && c.sentOf[next.open] === c.sentOf[found.end] && c.rules.splitQuoteGap?.(c, from, next.open - 2) === true && !titleCase(c, next.open, next.close);
      if (next && ((isComma(c, found.end + 1) && next.open === found.end + 2) || gap) && quoteWords(c, next) >= 2) {
        // (The gap may hold the inverted speaker's apposition or the cue's statement phrase: '"A," said X, an economist at Y, "B."'.)
        if (gap) c.rules.quoteTrailer(c, found);
        content.push([next.open + 1, next.close - 1]);
        last = next.close;
        q++;
      } else c.rules.quoteTrailer(c, found);
    } else {
      const before = cueBeforeQuote(c, quote.open);
      if (before) {
        found = { ...before, cue: before.cue ?? [], end: quote.close };
        rule = before.cue ? 'direct-quote-cue-before' : 'direct-quote-colon';
        // "X said she had warned them: “…”": the clause before the colon opens the statement.
        const lead = before.cue && before.cue.length > 0 ? (c.rules.quoteClauseLead?.(c, before.cue[0]![0]!, quote.open) ?? -1) : -1;
        if (lead > found.source[1]) {
          opening = lead;
          content[0] = [lead, quote.close];
        }
      } else {
        const lead = c.rules.quoteLead?.(c, quote.open);
        if (lead) {
          found = { ...lead, end: quote.close };
          rule = 'direct-quote-lead';
        }
      }
    }
    const si = c.sentOf[quote.open]!;
    if (!found) {
      // A whole sentence in quotation marks right after a quoted speaker carries on that speaker.
      const [sA, sB] = sentenceRange(c, si);
      const whole = quote.open <= sA + 1 && quote.close >= sB - 1 && quoteWords(c, quote) >= 4;
      const prev = lastSourced(c, si, 2);
      if (whole && prev && prev.source) {
        for (let i = quote.open; i <= quote.close; i++) c.used[i] = 1;
        if (c.rules.joinQuoteContinuation && (prev.kind === 'direct' || prev.rule === 'direct-quote-cue-after')) {
          // One statement in several quotations: the quote joins the claim it carries on.
          prev.content.push(content[0]!);
          prev.sentence = si;
          index(c, prev);
          continue;
        }
        addClaim(c, { kind: 'direct', content, cue: null, source: prev.source, resolved: prev.resolved, stance: 'assert', rule: 'direct-quote-continued', sentence: si });
      }
      continue;
    }
    for (let i = opening >= 0 ? opening : quote.open; i <= last; i++) c.used[i] = 1;
    for (const part of found.cue) for (let i = part[0]!; i <= part[1]!; i++) c.used[i] = 1;
    for (let i = found.source[0]; i <= found.source[1]; i++) c.used[i] = 1;
    addClaim(c, {
      kind: opening >= 0 ? 'mixed' : 'direct',
      content,
      cue: found.cue.length > 0 ? found.cue : null,
      source: found.source,
      resolved: pronounResolution(c, found.source, si),
      stance: found.stance,
      rule,
      sentence: si,
    });
  }
}

// ---------------------------------------------------------------- 2. verb cues

