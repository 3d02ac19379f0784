import { addClaim, cls, draftEnd, draftStart, is, isWord, raw, type Ctx, type Draft } from './context.js';
import { headlineLabel } from './en-filters.js';

/**
 * English interview transcripts: lines that open with a speaker label and a colon ("TAPPER: Do you think …?",
 * "JOEL BENENSON: This is a man who …"). Each
 * turn is one statement of the label's speaker: the label is the source, the colon the cue, the rest of the turn
 * the content, questions included. The turn runs to the end of its line and on through the next lines while
 * they carry on the speech (no label of their own, and a first- or second-person word in them: a turn is spoken,
 * an editor's line between turns speaks of others), up to a line of punctuation only or one in brackets ("(END
 * VIDEO CLIP.)", "…."). The claims the sentence rules read inside a turn ("I think …") give way: PolNeAR never
 * nests an attribution inside another's content.
 *
 * A label is an upper-case name ("FALLIN", "KATE BOULDUAN") or a capitalized name that labels two or more
 * lines. A document is a transcript only when it has two speakers' labels and one of them labels two turns, so a single "UPDATE: …", "EXCLUSIVE:
 * …" or "Clinton: …" headline is no turn (the headline rules read those), and the headline labels of
 * src/lang/en/headline-labels.txt are never speakers. "Q:" / "A:" interviews are left to the sentence rules:
 * PolNeAR's annotators split on them (on the one train article with six annotations, four take each turn as
 * an attribution, two annotate the claims inside the answers instead, as one of them does on every Q/A
 * article), and taking the turns lost more on train than it won. One pass over the tokens; a claim is
 * checked once against the turns around it.
 */

/** A speaker label: at most this many tokens before the colon. */
const LABEL_MAX = 5;

/** Words that mark a line as speech: the speaker and the one spoken to. */
const PERSON = /^(i|me|my|mine|we|us|our|ours|you|your|yours|i['’]m|i['’]ve|i['’]ll|i['’]d|we['’]re|you['’]re)$/;

interface Label {
  /** The line's first token, the colon, and the last token of the line. */
  start: number;
  colon: number;
  kind: 'caps' | 'name';
  /** The last word of the label, lower case: the same speaker under a longer and a shorter label. */
  name: string;
}

/** Whether token i opens a line (the first token, or a line break between it and the token before). */
export function lineStart(c: Ctx, i: number): boolean {
  if (i === 0) return true;
  const b = c.toks[i]!.start;
  for (let p = c.toks[i - 1]!.end; p < b; p++) if (c.text.charCodeAt(p) === 10) return true;
  return false;
}

/** The label that opens the line at s, or null. */
function labelAt(c: Ctx, line: number, lineEnd: number): Label | null {
  // A transcript quoted as a block opens each paragraph with a quotation mark ('"WALLACE: Let's start …').
  const quoted = c.toks[line]!.kind === 'quote';
  const s = quoted ? line + 1 : line;
  let k = s;
  while (k < lineEnd && k - s < LABEL_MAX && !is(c, k, ':')) k++;
  // The turn needs words after the colon on the same line.
  if (!is(c, k, ':') || k === s || k + 2 > lineEnd || (c.inQuote[k]! >= 0 && !quoted)) return null;
  const text = c.text.slice(c.toks[s]!.start, c.toks[k - 1]!.end);
  let letters = 0;
  for (let n = s; n < k; n++) {
    if (is(c, n, '.', "'", '’', '-')) continue;
    if (!isWord(c, n) || !/^\p{Lu}/u.test(raw(c, n)) || cls(c, 'det', n) || cls(c, 'pron', n)) return null;
    letters += raw(c, n).length;
  }
  if (letters < 2 || headlineLabel(c, s, k - 1)) return null;
  const name = c.text.slice(c.toks[k - 1]!.start, c.toks[k - 1]!.end).toLowerCase();
  const caps = text === text.toUpperCase() && /\p{Lu}{2}/u.test(text);
  return { start: s, colon: k, kind: caps ? 'caps' : 'name', name };
}

/** The label lines of a transcript (see the module comment), in order, each with its line's last token; or none. */
function labels(c: Ctx): { label: Label; end: number; line: number }[] {
  const lines: number[] = [];
  for (let i = 0; i < c.toks.length; i++) if (lineStart(c, i)) lines.push(i);
  const found: { label: Label; end: number; line: number }[] = [];
  // (The document's first line is its headline: "Trump: I will win" is the headline rules'.)
  for (let l = 1; l < lines.length; l++) {
    const end = (lines[l + 1] ?? c.toks.length) - 1;
    const label = labelAt(c, lines[l]!, end);
    if (label) found.push({ label, end, line: lines[l]! });
  }
  const count = new Map<string, number>();
  for (const { label } of found) count.set(label.name, (count.get(label.name) ?? 0) + 1);
  const kept = found.filter(({ label }) => label.kind !== 'name' || count.get(label.name)! >= 2);
  // A dialogue: two speakers, one of them speaking twice (a newsletter's "SPOTTED: …", "BIRTHDAYS: …" repeat none).
  const dialogue = new Set(kept.map(({ label }) => label.name)).size >= 2 && [...count.values()].some((n) => n >= 2);
  return dialogue ? kept : [];
}

/** Whether the line from s to e carries on a turn: words, one of them in the first or second person, no brackets. */
function carriesOn(c: Ctx, s: number, e: number): boolean {
  if (c.toks[s]!.kind === 'quote') s++;
  if (s > e || is(c, s, '(', '[')) return false;
  for (let n = s; n <= e; n++) if (PERSON.test(c.text.slice(c.toks[n]!.start, c.toks[n]!.end).toLowerCase())) return true;
  return false;
}

/** Transcript turns (see the module comment): one claim per turn, the claims inside it removed. */
export function transcriptTurns(c: Ctx): void {
  const found = labels(c);
  if (found.length === 0) return;
  const lineOf = new Set(found.map(({ line }) => line));
  const turns: [number, number, Label, number[][]][] = [];
  for (const { label, end } of found) {
    // One content part per line: a block quotation's paragraph marks are no part of the speech.
    const parts: number[][] = [[label.colon + 1, end]];
    // The next lines that carry on the speech.
    for (let s = end + 1; s < c.toks.length && !lineOf.has(s); ) {
      let le = s;
      while (le + 1 < c.toks.length && !lineStart(c, le + 1)) le++;
      if (!carriesOn(c, s, le)) break;
      parts.push([c.toks[s]!.kind === 'quote' ? s + 1 : s, le]);
      s = le + 1;
    }
    // A line's closing quotation mark goes, and the last line's full stop; a question keeps its mark.
    for (const p of parts) while (p[1]! > p[0]! && c.toks[p[1]!]!.kind === 'quote') p[1]!--;
    const lastPart = parts[parts.length - 1]!;
    while (lastPart[1]! > lastPart[0]! && (is(c, lastPart[1]!, '.', ',', ';', ':') || c.toks[lastPart[1]!]!.kind === 'quote')) lastPart[1]!--;
    turns.push([label.start, parts[parts.length - 1]![1]!, label, parts]);
  }
  // The claims inside a turn give way (claims and turns both in text order: one walk).
  const claims = [...c.claims].sort((x, y) => draftStart(x) - draftStart(y));
  let t = 0;
  const gone = new Set<Draft>();
  for (const d of claims) {
    const a = draftStart(d);
    while (t < turns.length && turns[t]![1] < a) t++;
    if (t < turns.length && turns[t]![0] <= a && draftEnd(d) <= turns[t]![1]) gone.add(d);
  }
  if (gone.size > 0) {
    const keep = c.claims.filter((d) => !gone.has(d));
    c.claims.length = 0;
    c.claims.push(...keep);
    for (const [si, list] of c.bySentence) c.bySentence.set(si, list.filter((d) => !gone.has(d)));
  }
  for (const [s, e, label, parts] of turns) {
    for (let n = s; n <= e; n++) c.used[n] = 1;
    addClaim(c, { kind: 'direct', content: parts, cue: [[label.colon, label.colon]], source: [s, label.colon - 1], resolved: null, stance: 'assert', rule: 'transcript-turn', sentence: c.sentOf[label.colon]! });
  }
}
