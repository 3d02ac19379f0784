import type { Span } from '../core/span.js';
import type { LanguageData } from '../lang/index.js';
import type { Token } from './tokenize.js';

export interface Sentence extends Span {
  /** Index range [firstToken, endToken) into the token layer. */
  firstToken: number;
  endToken: number;
}

const UPPER_OR_DIGIT = /[\p{Lu}\p{Lt}\p{N}]/u;
const TERMINAL = /^(?:\.{1,2}|[.!?]*[!?][.!?…]*)$/;
// An ellipsis alone ("…", "...") marks an omission about as often as a sentence end in news: it ends a
// sentence only before a typical sentence opener.
const ELLIPSIS = /^(?:…|\.{3,})$/;

/**
 * Splits a tokenized text into sentences, written for news:
 * - a line break ends a sentence (headlines, datelines and subheadings have no final punctuation),
 *   except in hard-wrapped text, where only a blank line or a short line does;
 * - `.` `!` `?` `…` end a sentence when what follows can open one (a capital, a digit, an opening
 *   quotation mark or bracket); closing quotation marks and brackets right after them stay with it,
 *   so `„…hundert.“, sagte er` and `„Wirklich?“ fragte sie` are not split;
 * - abbreviations and ordinals carry their own full stop (see the tokenizer): `title` and `inner`
 *   abbreviations and ordinals never end a sentence, `final` ones (usw., Inc., initials) only before a
 *   typical sentence opener from the language's lexicon.
 */
export function segment(text: string, tokens: readonly Token[], lang: LanguageData): Sentence[] {
  const sentences: Sentence[] = [];
  if (tokens.length === 0) return sentences;
  const wrap = hardWrapWidth(text);
  let first = 0;
  const close = (last: number) => {
    sentences.push({ start: tokens[first]!.start, end: tokens[last]!.end, firstToken: first, endToken: last + 1 });
    first = last + 1;
  };

  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (breaksLine(text, t, next, wrap)) {
      close(i);
      continue;
    }
    let mayEnd: boolean;
    let strong: boolean;
    if (t.kind === 'punct' && TERMINAL.test(text.slice(t.start, t.end))) {
      mayEnd = true;
      strong = true;
    } else if (t.kind === 'abbrev' && t.abbrev === 'numeric') {
      // "Art. 5" or "Nr. 12" never ends; otherwise the full stop ends a sentence like any other ("dieser Art.
      // Offiziell"), except after a single letter, which is more likely an initial ("S. 12" but "Edmund S. Phelps").
      mayEnd = !/^\s?\d/.test(text.slice(t.end, t.end + 2));
      strong = t.end - t.start > 2;
    } else if (t.kind === 'punct' && ELLIPSIS.test(text.slice(t.start, t.end))) {
      mayEnd = true;
      strong = false;
    } else if ((t.kind === 'abbrev' || t.kind === 'ordinal') && t.abbrev === 'final') {
      mayEnd = true;
      strong = false;
    } else {
      continue;
    }
    // Closing quotation marks and brackets that follow without a space belong to this sentence.
    let j = i;
    while (j + 1 < tokens.length) {
      const c = tokens[j + 1]!;
      if (c.role !== 'close' || c.start !== tokens[j]!.end) break;
      j++;
    }
    if (j + 1 >= tokens.length) break;
    const after = tokens[j + 1]!;
    if (j > i && breaksLine(text, tokens[j]!, after, wrap)) {
      i = j;
      close(j);
      continue;
    }
    if (mayEnd && (strong ? opensSentence(text, after, tokens[j]!.end) : opensSentenceSurely(text, after, lang, tokens[j + 2]))) {
      close(j);
      i = j;
    }
  }
  if (first < tokens.length) close(tokens.length - 1);
  return sentences;
}

function opensSentence(text: string, t: Token, prevEnd: number): boolean {
  if (t.role === 'open') return true;
  // "SAT.1", "Sojus-2.1b", "E.ON": a full stop with no space after it does not end a sentence.
  if (t.start === prevEnd) return false;
  if (t.kind === 'word' || t.kind === 'number' || t.kind === 'ordinal' || t.kind === 'date' || t.kind === 'abbrev' || t.kind === 'url') {
    return UPPER_OR_DIGIT.test(text[t.start]!);
  }
  // A dash opening a line of dialogue or a list item.
  return t.kind === 'punct' && '–—-•'.includes(text[t.start]!) && t.end < text.length && text[t.end] === ' ' && UPPER_OR_DIGIT.test(text[t.end + 1] ?? '');
}

function opensSentenceSurely(text: string, t: Token, lang: LanguageData, next: Token | undefined): boolean {
  // An opening quotation mark before a capital: "Benedikt XVI. „Die Kirche …" (but not "Benedikt XVI. „ist …").
  if (t.kind === 'quote' && t.role === 'open') return next !== undefined && UPPER_OR_DIGIT.test(text[next.start]!);
  return t.kind === 'word' && lang.sentenceStarters.has(text.slice(t.start, t.end));
}

/** Whether the white space between two tokens ends a sentence by itself. */
function breaksLine(text: string, a: Token, b: Token, wrap: number): boolean {
  if (b.start === a.end) return false;
  // Only the white space between the two tokens is looked at (an indexOf over the rest of a long line
  // would make the splitter quadratic).
  let nl = -1;
  for (let k = a.end; k < b.start; k++) {
    if (text.charCodeAt(k) === 10) {
      nl = k;
      break;
    }
  }
  if (nl < 0) return false;
  if (wrap === 0) return true;
  for (let k = nl + 1; k < b.start; k++) if (text.charCodeAt(k) === 10) return true;
  // Hard-wrapped text: a line that stops well short of the wrap width ends its sentence.
  const lineStart = text.lastIndexOf('\n', a.end - 1) + 1;
  return nl - lineStart < wrap * 0.6 && UPPER_OR_DIGIT.test(text[b.start]!);
}

/**
 * The typical line width when the text looks hard-wrapped (most lines run on into the next one without
 * final punctuation and have similar lengths), else 0. Computed once per document.
 */
export function hardWrapWidth(text: string): number {
  const lengths: number[] = [];
  let runOn = 0;
  let inner = 0;
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const len = nl - start;
    const nextEmpty = nl >= text.length || text[nl + 1] === '\n';
    if (len > 0) {
      lengths.push(len);
      if (!nextEmpty) {
        inner++;
        const lastChar = text[nl - 1]!;
        if (!/[.!?…:“”"»«)]/.test(lastChar)) runOn++;
      }
    }
    start = nl + 1;
    if (lengths.length > 2000) break;
  }
  if (inner < 5 || runOn < inner * 0.5) return 0;
  const sorted = [...lengths].sort((x, y) => x - y);
  const median = sorted[sorted.length >> 1]!;
  if (median < 30 || median > 120) return 0;
  const similar = lengths.filter((l) => Math.abs(l - median) <= median * 0.25).length;
  return similar >= lengths.length * 0.5 ? median : 0;
}
