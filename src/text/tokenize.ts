import type { Span } from '../core/span.js';
import type { AbbreviationClass, LanguageData } from '../lang/index.js';

export type TokenKind =
  | 'word'
  | 'number'
  | 'ordinal'
  | 'date'
  | 'abbrev'
  | 'punct'
  | 'quote'
  | 'bracket'
  | 'url'
  | 'email'
  | 'symbol';

export interface Token extends Span {
  kind: TokenKind;
  /** For quotation marks and brackets: whether it opens or closes. */
  role?: 'open' | 'close';
  /** For abbreviations, initials and Roman ordinals: whether they may end a sentence. */
  abbrev?: AbbreviationClass;
  /**
   * The token's text in lower case, filled on first use by `lowerOf` and shared by all components; short words
   * are one shared string per distinct word, not one per token.
   */
  norm?: string;
}

/** Lower-case words up to this length are shared: V8 copies them out of the text, so the table keeps no document alive. */
const SHARED_MAX_LENGTH = 12;
/** The table of shared lower-case words is emptied when it holds this many (it is a cache, not a vocabulary). */
const SHARED_MAX_SIZE = 1 << 16;
const shared = new Map<string, string>();

/** The lower-case text of a token, cached on the token (one shared string per distinct short word). */
export function lowerOf(text: string, t: Token): string {
  if (t.norm !== undefined) return t.norm;
  let lower = text.slice(t.start, t.end).toLowerCase();
  if (lower.length <= SHARED_MAX_LENGTH) {
    const known = shared.get(lower);
    if (known !== undefined) lower = known;
    else {
      if (shared.size >= SHARED_MAX_SIZE) shared.clear();
      shared.set(lower, lower);
    }
  }
  return (t.norm = lower);
}

// Sticky patterns, tried only at the position where a token starts: the scan is linear in the text.
const URL_RE = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”„«»‚‘’]+/iy;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
const DATE_RE = /(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)|\d{4}-\d{2}-\d{2}(?!\d))/y;
const NUMBER_RE = /\d+(?:[.,:]\d+)*/y;
const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:[-‐'’·&][\p{L}\p{M}\p{N}]+)*(?:-(?=\s*(?:und|oder|bzw\.|sowie|bis|and|or|to)\s))?/uy;
const NEXT_WORD_RE = /\s*([\p{L}\p{N}][\p{L}\p{M}\p{N}-]*\.?)/uy;
const ROMAN_RE = /^[IVX]{1,5}$/;
const TERMINAL_RUN_RE = /[.!?…]+/y;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The generic top-level domains that close a bare domain name in running text (".com", ".org", ".net"). */
const BARE_DOMAIN = /^\.(?:com|org|net)/;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const FORMAT = /\p{Cf}/u;
/** Direction marks (LRM, RLM, embeddings, isolates): invisible, so they separate nothing and join nothing. */
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const QUOTE_CHARS = '„“”"‚‘’\'«»‹›';
const OPEN_BRACKETS = '([{';
const CLOSE_BRACKETS = ')]}';
/** Which marks close a quotation opened by each mark. */
export const CLOSERS: Readonly<Record<string, string>> = {
  '„': '“”"',
  '“': '”"',
  '”': '”"“',
  '"': '"“”',
  '‚': '‘’\'',
  '‘': '’\'',
  "'": '\'’',
  '»': '«»',
  '«': '»«',
  '›': '‹›',
  '‹': '›‹',
};
const STRICT_OPENERS = '„‚';
const STRICT_CLOSERS = '”’';
/** The double quotation marks, which never nest directly inside one another. */
export const DOUBLE_MARKS = '„“”"';

function isWs(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t';
}

/**
 * A tokenizer written for news: URLs and e-mail addresses stay whole, numbers keep their German or
 * English separators (600.000, 1,5, 10,000.5), numeric dates (14.10.2024) are one token,
 * abbreviations from the language's lexicon keep their full stops ("z. B." is one token), a German
 * ordinal keeps its dot ("am 14. Oktober"), and quotation marks are told apart as opening or closing.
 */
export function tokenize(text: string, lang: LanguageData): Token[] {
  const tokens: Token[] = [];
  const quoteStack: string[] = [];
  const n = text.length;
  let pos = 0;

  // Position of the next "@" at or after a position (n when there is none), looked up lazily.
  const at = (from: number): number => {
    const i = text.indexOf('@', from);
    return i < 0 ? n + 256 : i;
  };
  let nextAt = -1;
  const sticky = (re: RegExp): number => {
    re.lastIndex = pos;
    return re.test(text) ? re.lastIndex : -1;
  };

  while (pos < n) {
    const c = text[pos]!;
    if (isWs(c) || BIDI.test(c)) {
      pos++;
      continue;
    }
    const start = pos;

    if (LETTER_OR_DIGIT.test(c)) {
      // URLs and e-mail addresses are tried only where they can start, so ordinary words cost one regex.
      let end = 'hHfFwW'.includes(c) ? sticky(URL_RE) : -1;
      if (end > 0) {
        while (end > start && '.,;:!?)]\'’'.includes(text[end - 1]!)) end--;
        tokens.push({ start, end, kind: 'url', norm: undefined });
        pos = end;
        continue;
      }
      if (nextAt < pos) nextAt = at(pos);
      end = nextAt - pos < 256 && !/\s/.test(text.slice(pos, nextAt)) ? sticky(EMAIL_RE) : -1;
      if (end > 0) {
        while (text[end - 1] === '.') end--;
        tokens.push({ start, end, kind: 'email', norm: undefined });
        pos = end;
        continue;
      }
      if (c >= '0' && c <= '9') {
        end = sticky(DATE_RE);
        if (end > 0 && !LETTER_OR_DIGIT.test(text[end] ?? ' ')) {
          tokens.push({ start, end, kind: 'date', norm: undefined });
          pos = end;
          continue;
        }
        end = sticky(NUMBER_RE);
        const after = text[end] ?? '';
        // "200-300" stays three tokens (a range); "1,5-fache" one word.
        if (LETTER_OR_DIGIT.test(after) || (after === '-' && LETTER.test(text[end + 1] ?? ''))) {
          // A number grown into a word: "12000er", "3D", "2.500-seitigen", "1,5-fache".
          pos = after === '-' ? end + 1 : end;
          const wordEnd = sticky(WORD_RE);
          tokens.push({ start, end: wordEnd > 0 ? wordEnd : end, kind: 'word', norm: undefined });
          pos = wordEnd > 0 ? wordEnd : end;
          continue;
        }
        if (after === '.' && lang.ordinalDot && /^\d{1,3}$/.test(text.slice(start, end)) && isOrdinalDot(text, end, tokens, lang)) {
          tokens.push({ start, end: end + 1, kind: 'ordinal', norm: undefined });
          pos = end + 1;
        } else {
          tokens.push({ start, end, kind: 'number', norm: undefined });
          pos = end;
        }
        continue;
      }
      end = sticky(WORD_RE);
      if (end < 0) end = start + 1;
      // A bare domain name is one word ("MoveOn.org", "Harbour.com"), not a word and a sentence end.
      if (text[end] === '.' && BARE_DOMAIN.test(text.slice(end, end + 5)) && !LETTER_OR_DIGIT.test(text[end + 4] ?? ' ') && text[end + 4] !== '/') end += 4; // (not a link: "pic.twitter.com/…")
      if (text[end] === '.' && text[end + 1] !== '.') {
        const abbr = matchAbbreviation(text, start, end, tokens, lang);
        if (abbr) {
          tokens.push(abbr);
          pos = abbr.end;
          continue;
        }
      }
      tokens.push({ start, end, kind: 'word', norm: undefined });
      pos = end;
      continue;
    }

    if (c === "'" && text[pos + 1] === "'" && text[pos + 2] !== "'") {
      // Two apostrophes stand for a double quotation mark in some agency and typewriter text (''Yes,'' he said).
      const role = quoteRole('"', text[pos - 1], text[pos + 2], quoteStack);
      if (role === 'close') {
        if (closesOpenQuote('"', quoteStack)) quoteStack.pop();
      } else {
        if (quoteStack.length > 8) quoteStack.shift();
        quoteStack.push('"');
      }
      tokens.push({ start, end: pos + 2, kind: 'quote', role, norm: undefined });
      pos += 2;
      continue;
    }

    if (QUOTE_CHARS.includes(c)) {
      // An apostrophe at the end of a word (Chris', the 90’) is part of the word unless it closes an open ‘quotation’.
      const prev = text[pos - 1];
      const next = text[pos + 1];
      const last = tokens.at(-1);
      if ((c === '’' || c === "'") && last?.kind === 'word' && last.end === pos && !closesOpenQuote(c, quoteStack)) {
        last.end = pos + 1;
        pos++;
        continue;
      }
      const role = quoteRole(c, prev, next, quoteStack);
      if (role === 'close') {
        if (closesOpenQuote(c, quoteStack)) quoteStack.pop();
        else popToOpener(c, quoteStack);
      } else {
        if (quoteStack.length > 8) quoteStack.shift();
        quoteStack.push(c);
      }
      tokens.push({ start, end: pos + 1, kind: 'quote', role, norm: undefined });
      pos++;
      continue;
    }

    if (OPEN_BRACKETS.includes(c) || CLOSE_BRACKETS.includes(c)) {
      tokens.push({ start, end: pos + 1, kind: 'bracket', role: OPEN_BRACKETS.includes(c) ? 'open' : 'close', norm: undefined });
      pos++;
      continue;
    }

    if (c === '.' || c === '!' || c === '?' || c === '…') {
      const end = sticky(TERMINAL_RUN_RE);
      tokens.push({ start, end, kind: 'punct', norm: undefined });
      pos = end;
      continue;
    }

    const cp = text.codePointAt(pos)!;
    const width = cp > 0xffff ? 2 : 1;
    tokens.push({ start, end: pos + width, kind: /\p{P}/u.test(c) ? 'punct' : 'symbol', norm: undefined });
    pos += width;
  }
  return tokens;
}

function closesOpenQuote(c: string, stack: string[]): boolean {
  const top = stack.at(-1);
  return top !== undefined && CLOSERS[top]!.includes(c);
}

/**
 * A closing mark that closes no mark on top of the stack closes the nearest one below of its kind, as the quotation
 * pairing does ('“You said ‘never.” he wrote'), and a turned ‘ or “ closes its own kind ('‘no‘'); the marks opened
 * after that one stay unpaired. Apostrophes (’ ') close only the top, so "’cause" inside a ‘…’ quote pops nothing.
 */
function popToOpener(c: string, stack: string[]): void {
  if (c === '’' || c === "'") return;
  for (let d = stack.length - 1; d >= 0; d--) {
    const o = stack[d]!;
    if (CLOSERS[o]!.includes(c) || (o === c && (c === '“' || c === '‘'))) {
      stack.length = d;
      return;
    }
  }
}

function quoteRole(c: string, rawPrev: string | undefined, rawNext: string | undefined, stack: string[]): 'open' | 'close' {
  // A direction mark next to a quotation mark counts as a space; a closing mark glued to this one ('.”“We') as
  // the end of what came before, so this one opens.
  const prev = rawPrev !== undefined && BIDI.test(rawPrev) ? ' ' : rawPrev;
  const next = rawNext !== undefined && BIDI.test(rawNext) ? ' ' : rawNext;
  const top = stack.at(-1);
  // A double mark glued to the double mark that has just opened, before a word ('"“You …”'), doubles that opener: it
  // opens too, and the quotation pairing keeps only the inner one (else the two would read as an empty quotation).
  if (top !== undefined && prev === top && DOUBLE_MARKS.includes(c) && DOUBLE_MARKS.includes(top) && next !== undefined && LETTER_OR_DIGIT.test(next)) return 'open';
  if (top !== undefined && closesOpenQuote(c, stack)) {
    // A mark that could close the open quotation but stands like an opener (space before, word after)
    // opens a nested one instead, unless it is the same symmetric mark ("…" "…").
    const opensLike = (prev === undefined || isWs(prev)) && next !== undefined && !isWs(next);
    if (!opensLike || c === top || STRICT_CLOSERS.includes(c)) return 'close';
  }
  if (STRICT_OPENERS.includes(c)) return 'open';
  // A ” that opens a line, with no quotation open, is a turned opening mark ('\n”Fear. …” ― X', '\n” … in the case of X,”
  // wrote Y'); a format character (a bidi mark) may stand before it.
  if (c === '”' && top === undefined && (prev === undefined || prev === '\n' || (rawPrev !== undefined && FORMAT.test(rawPrev))) && next !== undefined && next !== '\n') return 'open';
  if (STRICT_CLOSERS.includes(c)) return 'close';
  const before = prev === undefined || isWs(prev) || OPEN_BRACKETS.includes(prev) || '–—-/:'.includes(prev) || (next !== undefined && QUOTE_CHARS.includes(prev) && LETTER_OR_DIGIT.test(next));
  const after = next === undefined || isWs(next) || /[\p{P}]/u.test(next);
  if (before && !after) return 'open';
  if (!before && after) return 'close';
  return before ? 'open' : 'close';
}

/** Decides whether the full stop after a number (at `dot`) makes it a German ordinal ("am 14. Oktober"). */
function isOrdinalDot(text: string, dot: number, tokens: Token[], lang: LanguageData): boolean {
  const after = text[dot + 1];
  if (after === undefined) return false;
  if (!isWs(after)) return LETTER_OR_DIGIT.test(after);
  // A day range: "vom 15. - 19. November", "15.–19.11.".
  if (/^\s?[-–]\s?\d/.test(text.slice(dot + 1, dot + 5))) return true;
  NEXT_WORD_RE.lastIndex = dot + 1;
  const m = NEXT_WORD_RE.exec(text);
  const gap = m ? text.slice(dot + 1, m.index + m[0].length - m[1]!.length) : '';
  if (gap.includes('\n')) return false;
  const nextWord = m?.[1];
  if (nextWord === undefined) return false;
  if (LOWER.test(nextWord[0]!)) return true;
  if (lang.months.has(nextWord) || lang.months.has(nextWord.replace(/\.$/, ''))) return true;
  const bare = nextWord.replace(/\.$/, '');
  if (lang.ordinalNouns.has(bare)) return true;
  if (lang.sentenceStarters.has(bare)) return false;
  const prev = tokens.at(-1);
  if (prev === undefined) return true;
  // After an opening mark or a comma ("die „4. Winterwelt“", "(1. FC Köln)", "Müller, 2. Schulz"), never a sentence end.
  if (prev.role === 'open' || (prev.kind === 'punct' && ',;'.includes(text[prev.start]!))) return true;
  if (prev.kind === 'word') {
    const w = text.slice(prev.start, prev.end);
    if (lang.ordinalBefore.has(w.toLowerCase())) return true;
    // An inflected attributive adjective before it: "die untergebrachte 12. Jahrgangsstufe".
    if (LOWER.test(w[0]!) && w.length >= 5 && /(?:e|en|em|er|es)$/.test(w)) return true;
  }
  // A number opening a line or a sentence ("1. Bundesliga") cannot end one.
  return isSentenceEndToken(text, prev) || text.slice(prev.end, dot).includes('\n');
}

function isSentenceEndToken(text: string, t: Token): boolean {
  return t.kind === 'punct' && /[.!?…]/.test(text[t.end - 1]!);
}

const abbreviationPatterns = new WeakMap<LanguageData, Map<string, RegExp>>();

function multiPartPattern(lang: LanguageData, form: string): RegExp {
  let map = abbreviationPatterns.get(lang);
  if (!map) {
    map = new Map();
    abbreviationPatterns.set(lang, map);
  }
  let re = map.get(form);
  if (!re) {
    const parts = form.split('.').filter((p) => p !== '');
    const body = parts.map((p) => p.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('\\.[ \\t]?');
    re = new RegExp(`${body}\\.(?![\\p{L}\\p{N}])`, 'uy');
    map.set(form, re);
  }
  return re;
}

/** An abbreviation from the lexicon, a single-letter initial or a Roman ordinal ending at the full stop after `end`. */
function matchAbbreviation(text: string, start: number, end: number, tokens: Token[], lang: LanguageData): Token | undefined {
  const word = text.slice(start, end);
  const multi = lang.multiPartAbbreviations.get(word + '.');
  if (multi) {
    for (const form of multi) {
      const re = multiPartPattern(lang, form);
      re.lastIndex = start;
      if (re.test(text)) return { start, end: re.lastIndex, kind: 'abbrev', abbrev: lang.abbreviations.get(form)!, norm: undefined };
    }
  }
  const cls = lang.abbreviations.get(word + '.');
  // One that precedes a number is a word and a full stop where a closing quotation mark follows it ('said, “No.”').
  if (cls === 'numeric' && QUOTE_CHARS.includes(text[end + 1] ?? '') && !/^\s?\d/.test(text.slice(end + 2, end + 4))) return undefined;
  if (cls) return { start, end: end + 1, kind: 'abbrev', abbrev: cls, norm: undefined };
  if (word.length === 1 && UPPER.test(word)) return { start, end: end + 1, kind: 'abbrev', abbrev: 'final', norm: undefined };
  if (ROMAN_RE.test(word)) {
    const prev = tokens.at(-1);
    if (prev?.kind === 'word' && UPPER.test(text[prev.start]!) && prev.end < start && !text.slice(prev.end, start).includes('\n')) {
      return { start, end: end + 1, kind: 'ordinal', abbrev: 'final', norm: undefined };
    }
  }
  return undefined;
}
