import { readFileSync } from 'node:fs';

/**
 * Lexicons are plain data files next to the rules that use them: one entry per line, `#` starts a
 * comment line, tab-separated columns where a file has several. They are read once and compiled
 * into sets and maps by the language module.
 */
export function readLines(url: URL): string[] {
  const out: string[] = [];
  for (const line of readFileSync(url, 'utf8').split('\n')) {
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
