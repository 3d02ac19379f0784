import { readFileSync } from 'node:fs';

/**
 * Lexicons are plain data files next to the rules that use them: one entry per line, `#` starts a
 * comment line, tab-separated columns where a file has several. They are read once and compiled
 * into sets and maps by the language module.
 */
export function readLines(url: URL): string[] {
  return parseLines(readFileSync(url, 'utf8'));
}

/** The entries of a lexicon file's text: its lines without comments, blank lines and trailing spaces. */
export function parseLines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trimEnd();
    if (t === '' || t.startsWith('#')) continue;
    out.push(t);
  }
  return out;
}

export function readList(url: URL): Set<string> {
  return new Set(readLines(url).map((l) => l.trim()));
}

export function readTable(url: URL): string[][] {
  return readLines(url).map((l) => l.split('\t').map((c) => c.trim()));
}

/** A two-column table whose second column lists words (split at `sep`): first column → the set of those words. */
export function readSetTable(url: URL, sep: string | RegExp): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const [key, words] of readTable(url)) m.set(key!, new Set(words!.split(sep)));
  return m;
}

/**
 * Phrases grouped by their first word, longest first within a group (ties keep the file's order), so a
 * matcher tries the longest phrase that starts at a token.
 */
export function byFirstWord<T extends { words: readonly string[] }>(items: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = it.words[0]!;
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
}
