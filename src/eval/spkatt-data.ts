import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../core/span.js';

/** One annotation of the GermEval 2023 SpkAtt data; token references are "sentence:token" strings. */
export interface SpkAttAnnotation {
  Cue: string[];
  Source: string[];
  Message: string[];
  Addr?: string[];
  Frame?: string[];
  Form: string;
  STWR?: string;
  IsNested?: boolean;
  HasNested?: boolean;
}

export interface SpkAttDocument {
  file: string;
  /** "ID - Title (YYYY-MM-DD)" as in the data. */
  name: string;
  published: string | null;
  sentences: string[][];
  annotations: SpkAttAnnotation[];
}

/** A text rebuilt from tokens, with each token's offsets kept. */
export interface Detokenized {
  text: string;
  /** tokens[s][t] = the span of token t of sentence s in `text`. */
  tokens: Span[][];
  /** The span of each sentence. */
  sentences: Span[];
}

/** Reads every `*.json` document of a SpkAtt split directory, in file-name order. */
export function readSpkAttDir(dir: string): SpkAttDocument[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a directory`);
    names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  } catch (err) {
    throw new Error(`cannot read SpkAtt data in ${dir}: ${(err as Error).message}`);
  }
  if (names.length === 0) throw new Error(`no .json documents in ${dir}`);
  return names.map((file) => {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      DocumentName?: string;
      Sentences?: { SentenceId: number; Tokens: string[] }[];
      Annotations?: SpkAttAnnotation[];
    };
    if (!Array.isArray(raw.Sentences)) throw new Error(`${file}: no "Sentences" array`);
    const name = raw.DocumentName ?? file;
    const date = /\((\d{4}-\d{2}-\d{2})\)\s*$/.exec(name);
    return {
      file,
      name,
      published: date ? date[1]! : null,
      sentences: raw.Sentences.map((s) => s.Tokens),
      annotations: raw.Annotations ?? [],
    };
  });
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', '…', '...', "'s"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{']);
const OPENERS: Record<string, string> = { '„': '“"', '»': '«', '«': '»', '‚': '‘', '"': '"', "''": "''", '“': '”', '‘': '’' };
const TERMINAL = /[.!?…]$/;
const CLOSING = new Set(['“', '”', '"', "''", '«', '»', '‘', '’', ')', ']', '}']);

/**
 * Rebuilds running text from the data's tokens: punctuation attaches to its word, quotation marks to
 * the words they enclose; sentences are joined by a space, but a sentence that ends without terminal
 * punctuation (a heading such as "Reaktionen aus Deutschland") is followed by a line break, as in the
 * original layout.
 */
export function detokenize(sentences: string[][]): Detokenized {
  let text = '';
  const tokens: Span[][] = [];
  const spans: Span[] = [];
  const open: string[] = [];
  let glueNext = true;
  for (let s = 0; s < sentences.length; s++) {
    const toks = sentences[s]!;
    const offsets: Span[] = [];
    let sentStart = -1;
    for (const tok of toks) {
      let isOpen = false;
      let isClose = false;
      const top = open.at(-1);
      if (top !== undefined && OPENERS[top]!.includes(tok)) {
        isClose = true;
        open.pop();
      } else if (tok in OPENERS) {
        isOpen = true;
        open.push(tok);
        if (open.length > 4) open.shift();
      }
      const attach = glueNext || isClose || (!isOpen && NO_SPACE_BEFORE.has(tok));
      if (!attach) text += ' ';
      const start = text.length;
      text += tok;
      offsets.push({ start, end: text.length });
      if (sentStart < 0) sentStart = start;
      glueNext = isOpen || NO_SPACE_AFTER.has(tok);
    }
    tokens.push(offsets);
    spans.push({ start: sentStart < 0 ? text.length : sentStart, end: text.length });
    if (s < sentences.length - 1) {
      text += endsWithTerminal(toks) ? ' ' : '\n';
      glueNext = true;
    }
  }
  return { text, tokens, sentences: spans };
}

function endsWithTerminal(toks: string[]): boolean {
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    if (CLOSING.has(t)) continue;
    return TERMINAL.test(t);
  }
  return false;
}
