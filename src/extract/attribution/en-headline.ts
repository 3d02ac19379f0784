import { addClaim, cls, cueForms, hasClaimIn, is, isCap, isWord, kindOf, raw, sentenceRange, trim, unused, w, type Ctx } from './context.js';
import { headlineLabel } from './en-filters.js';
import { NerLexicon } from '../ner/lexicon.js';
import { npForward } from './phrases.js';
import { FINITE } from './en-short-frames.js';

/**
 * A headline or summary line whose speaker stands before a colon: "Clinton camp: Trump's Islamophobia threatens
 * national security", "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade", "EXCLUSIVE – Roger Stone:
 * Don't Trust the Voting Machines", "Bill Clinton: Hillary thinks feds require too many tests". The phrase before
 * the colon (up to six tokens after the line's start or a label and a spaced dash: capitalized words, no article
 * first, and a preposition before a name for the listener or the place; no verb, pronoun or clause word) is the
 * source, the colon the cue, the rest of the sentence the content. A verb inside the content ("Hillary thinks")
 * spoke for the wrong speaker: its claim gives way to the colon's (PolNeAR nests it). A question ("Q: Do you …?")
 * or a list of names after the colon is no statement.
 */

/** Prepositions that may stand inside the speaker phrase: the listener or the occasion ("Clinton to X", "Mukasey at RNC"). */
const INNER_PREP = /^(to|at|on|of|in)$/;

/**
 * A preposition or article written with a capital inside the phrase is title case, the phrase a headline of its
 * own ("Big Win For Bernie", "Stealth Over Health", "STAT OF THE WEEK"), not a name.
 */
const TITLE_WORD = /^(for|over|with|from|by|after|before|against|into|about|under|amid|without|through|toward|towards|on|in|at|as|vs\.?|of|the|a|an)$/;

/** Whether the words from a to b (before a headline colon) are title case rather than a name (see TITLE_WORD). */
function titleCase(c: Ctx, a: number, b: number): boolean {
  for (let n = a + 1; n <= b; n++) if (isCap(c, n) && TITLE_WORD.test(w(c, n))) return true;
  return false;
}

/**
 * Whether the content after a headline colon is no statement: a question ("Q: Does Ted Cruz?") or a list of
 * names ("Iowa: Tim Albrecht, Brad Anderson, …": capitalized words and at least two commas, nothing else).
 */
function noStatement(c: Ctx, a: number, b: number): boolean {
  if (is(c, b, '?')) return true;
  let commas = 0;
  for (let n = a; n <= b; n++) {
    if (is(c, n, ',')) commas++;
    else if (isWord(c, n) && !isCap(c, n)) return false;
  }
  return commas >= 2;
}

/** The first token of the speaker phrase before the colon at k, or -1. */
function speakerStart(c: Ctx, sA: number, k: number): number {
  let a = sA;
  // A label closed by a spaced dash: "EXCLUSIVE – Roger Stone:".
  for (let n = sA + 1; n < k && n - sA <= 3; n++) if (is(c, n, '–', '—', '-') && headlineLabel(c, sA, n - 1)) a = n + 1;
  if (k - a < 1 || k - a > 6 || !isCap(c, a) || cls(c, 'det', a) || cls(c, 'quant', a)) return -1;
  for (let n = a; n < k; n++) {
    if (!isWord(c, n) && !is(c, n, '’', "'", '.', '&')) return -1;
    if (cls(c, 'aux', n) || cls(c, 'werden', n) || cls(c, 'sub', n) || cls(c, 'relative', n) || cls(c, 'pron', n) || cls(c, 'coord', n)) return -1;
    if (isCap(c, n)) {
      // A capitalized verb opening the line with lower-case words after it is an imperative: "Read the latest updates below:".
      if (n === a && cueForms(c, n).length > 0 && isWord(c, n + 1) && !isCap(c, n + 1)) return -1;
      continue;
    }
    // Only a preposition before a name may be lower-case: "Clinton to Planned Parenthood", "Mukasey at RNC".
    if (!(INNER_PREP.test(w(c, n)) && n > a && isCap(c, n + 1))) return -1;
  }
  return sectionLabel(c, a, k - 1) ? -1 : a;
}

/**
 * Whether the capitalized words from a to b before a headline colon label a section rather than name a speaker:
 * a label word ("CLARIFICATION:", headlineLabel), title case ("Big Win For Bernie"), a title with a verb of its
 * own ("Veto Power Impedes Peace Efforts:") or a topic before a preposition: an everyday word, no name ("Success on
 * Signature Issue:"; a name keeps it: "Obama on Climate Change:", "Clinton to Planned Parenthood:", "Lund on Fees:").
 */
function sectionLabel(c: Ctx, a: number, b: number): boolean {
  if (headlineLabel(c, a, b) || titleCase(c, a, b)) return true;
  for (let n = a + 1; n <= b + 1; n++) {
    if (n <= b && (isCap(c, n) || !INNER_PREP.test(w(c, n)))) continue;
    // (A verb's shape after the preposition is the topic's noun: "Lund on Harbour Fees:".)
    if (titleStatement(c, a, n - 1)) return true;
    if (n > b) return false;
    // (The head before it is an everyday word, rank under 4096 on the frequency list: "Success", "Progress"; not "Lund".)
    for (let m = a; m < n; m++) if (/^(PER|ORG|LOC)$/.test(c.entities?.at(c.toks[m]!.start)?.type ?? '')) return false;
    const bucket = NerLexicon.forLang('en').frequencyBucket(w(c, n - 1));
    return bucket > 0 && bucket <= 12;
  }
  return false;
}

/**
 * Whether the content from a to b is one short noun phrase that an article opens, no statement: "A World at War",
 * "A closing surge". No lower-case word in it may read as a finite verb (an -s or -ed form, an auxiliary, an
 * irregular past: "The ferry tax hurts every family" states).
 */
function nounPhraseOnly(c: Ctx, a: number, b: number): boolean {
  if (!/^(a|an|the)$/.test(w(c, a)) || b - a > 5) return false;
  for (let n = a + 1; n <= b; n++) {
    if (isCap(c, n) || !isWord(c, n)) continue;
    if (/(s|ed)$/.test(w(c, n)) || FINITE.test(w(c, n)) || cls(c, 'aux', n) || cls(c, 'verb', n) || cueForms(c, n).length > 0) return false;
  }
  return npForward(c, a, b + 1) >= b;
}

/**
 * Whether a content in title case is a statement: a finite verb after its first word ("Clinton Email Story Has
 * Moved", "Powell Advised Clinton To Use Private Email", "Trump Won't Debate"), not a list of names or a title.
 */
function titleStatement(c: Ctx, a: number, b: number): boolean {
  for (let n = a + 1; n <= b; n++) {
    if (!isCap(c, n) || !isCap(c, n - 1)) continue;
    const word = w(c, n);
    if (cls(c, 'aux', n) || cls(c, 'werden', n) || /n['’]t$/.test(word)) return true;
    // (A verb's shape inside a name is none: "James", "Reed".)
    if ((FINITE.test(word) || cueForms(c, n).some((f) => f.form === 'finite')) && c.entities?.at(c.toks[n]!.start)?.type !== 'PER') return true;
  }
  return false;
}

/** Reads the line of sentence si (see the module comment); true when it made a claim. */
export function headlineSpeaker(c: Ctx, si: number): boolean {
  const [sA, sB] = sentenceRange(c, si);
  let k = sA + 1;
  while (k <= sB && k - sA <= 10 && !is(c, k, ':')) k++;
  if (k > sB || !is(c, k, ':') || c.inQuote[k]! >= 0 || c.used[k]) return false;
  const a = speakerStart(c, sA, k);
  if (a < 0) return false;
  const content = trim(c, k + 1, sB);
  if (!content || content[1] - content[0] < 2 || is(c, sB, '?')) return false;
  // A content in quotation marks is headlineColon's; one that goes on after its quotation is a statement here
  // ("Sidney Blumenthal: ‘No Idea’ If I Would Have Told Hillary").
  if (c.toks[content[0]]!.kind === 'quote' && !c.quotes.some((q) => q.open === content[0] && q.close < content[1] - 1)) return false;
  // A list of names ("Iowa: Tim Albrecht, Brad Anderson, …") says nothing: a statement has a lower-case word.
  let lower = false;
  for (let n = content[0]; n <= content[1] && !lower; n++) lower = isWord(c, n) && !isCap(c, n);
  if (lower ? nounPhraseOnly(c, content[0], content[1]) : !titleStatement(c, content[0], content[1])) return false;
  for (let n = a; n <= k; n++) if (c.used[n]) return false;
  // The claims read inside the content give way; one that reaches before the colon keeps the line.
  const inner = c.claims.filter((d) => d.sentence === si && !d.removed);
  for (const d of inner) {
    const first = Math.min(d.source?.[0] ?? Infinity, ...d.content.map((p) => p[0]!), ...(d.cue ?? []).map((p) => p[0]!));
    if (first <= k) return false;
  }
  for (const d of inner) {
    d.removed = true;
    c.claims.splice(c.claims.indexOf(d), 1);
  }
  const list = c.bySentence.get(si);
  if (list) c.bySentence.set(si, list.filter((d) => !d.removed));
  for (let n = a; n <= content[1]; n++) c.used[n] = 1;
  // The listener or the topic is no part of the speaker: "Clinton to Planned Parenthood:", "Obama on Climate Change:".
  let e = a;
  while (e + 1 < k && !/^(to|on)$/.test(raw(c, e + 1))) e++;
  addClaim(c, { kind: kindOf(c, [content]), content: [content], cue: [[k, k]], source: [a, e], resolved: null, stance: 'assert', rule: 'headline-speaker', sentence: si });
  return true;
}

/**
 * "Acme Gazette: Mill To Close In May" / "Mayor Brandt: “We will rebuild.”": where headlineSpeaker made no claim,
 * a sentence that opens with a short name and a colon is that source's statement (headlines and summaries); the
 * colon is the cue.
 */
export function headlineColon(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  if (hasClaimIn(c, si) || !isCap(c, sA)) return;
  let k = sA;
  while (k <= sB && k - sA < 6 && (isCap(c, k) || is(c, k, '’', "'", '.') || /^['’]s$/.test(raw(c, k)))) k++;
  if (k === sA || !is(c, k, ':') || c.inQuote[k]! >= 0 || cls(c, 'det', sA) || sectionLabel(c, sA, k - 1)) return;
  const content = trim(c, k + 1, sB);
  if (!content || content[1] - content[0] < 2 || !unused(c, sA, content[1]) || noStatement(c, content[0], sB) || nounPhraseOnly(c, content[0], content[1])) return;
  const quoted = c.toks[content[0]]!.kind === 'quote' && c.toks[content[1]]!.kind === 'quote' && c.inQuote[content[0]] === c.inQuote[content[1]];
  if (quoted) for (const i of content) c.used[i] = 1;
  addClaim(c, { kind: quoted ? 'direct' : kindOf(c, [content]), content: [quoted ? [content[0] + 1, content[1] - 1] : content], cue: [[k, k]], source: [sA, k - 1], resolved: null, stance: 'assert', rule: 'headline-colon', sentence: si });
}
