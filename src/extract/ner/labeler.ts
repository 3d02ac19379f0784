import type { Document } from '../../core/document.js';
import type { Sentence } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import { germanNerModel, tagTokens } from './index.js';

/** Languages the built-in tagger has a model for. */
const TAGGED_LANGS = new Set(['de']);

/**
 * The built-in entity labeler: runs the German tagger sentence by sentence and returns one BIO label per
 * token of the document (null for tokens outside any sentence). Other languages get null: their entities
 * come from the lexicons alone.
 */
export function nerLabeler(doc: Document): (string | null)[] | null {
  if (!TAGGED_LANGS.has(doc.lang) || !modelAvailable()) return null;
  const tokens = doc.get('tokens').items as readonly Token[];
  const sentences = doc.get('sentences').items as readonly Sentence[];
  const labels: (string | null)[] = new Array<string | null>(tokens.length).fill(null);
  const text = doc.text;
  for (const s of sentences) {
    if (s.endToken <= s.firstToken) continue;
    const words: string[] = [];
    for (let i = s.firstToken; i < s.endToken; i++) words.push(text.slice(tokens[i]!.start, tokens[i]!.end));
    const tags = tagTokens(words);
    for (let i = 0; i < tags.length; i++) labels[s.firstToken + i] = tags[i]!;
  }
  return labels;
}

let available: boolean | null = null;

/** Whether the model loads; if not (a damaged install), entities come from the lexicons, with one warning. */
function modelAvailable(): boolean {
  if (available !== null) return available;
  try {
    germanNerModel();
    available = true;
  } catch (e) {
    available = false;
    process.stderr.write(`quellenlage: warning: ${(e as Error).message}; German entities come from the lexicons only\n`);
  }
  return available;
}
