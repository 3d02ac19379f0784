import type { Document } from '../../core/document.js';
import type { Sentence } from '../../text/segment.js';
import type { Token } from '../../text/tokenize.js';
import { harmonizeDocument } from './document.js';
import { nerModel, tagTokens, toMainLabel } from './index.js';
import type { NerLang } from './lexicon.js';

/** Languages the built-in tagger has a model for. */
const TAGGED_LANGS: ReadonlySet<string> = new Set<NerLang>(['de', 'en']);

/**
 * English possessives the tokenizer keeps in one token ("Korea's", "Zelensky’s", "states'"); the English model
 * learnt from text where the possessive ending is a token of its own (GUM), so the tagger sees it split.
 */
const POSSESSIVE = /^(\p{L}[\p{L}\p{M}.\-]*?)(['’]s?)$/u;

/** Whether a word ends as POSSESSIVE asks (in ' or ’, or 's or ’s), checked before the regular expression runs. */
function possessiveEnd(t: string): boolean {
  const n = t.length;
  const last = t[n - 1];
  if (last === 's') return t[n - 2] === "'" || t[n - 2] === '’';
  return last === "'" || last === '’';
}

/**
 * The words the tagger sees for a sentence's tokens: the token texts, English possessives split in two.
 * `first[k]` is the index in `words` of token k's first word.
 */
export function taggerWords(tokenTexts: readonly string[], lang: string): { words: string[]; first: number[] } {
  const words: string[] = [];
  const first: number[] = [];
  for (const t of tokenTexts) {
    first.push(words.length);
    const m = lang === 'en' && t.length > 2 && possessiveEnd(t) ? POSSESSIVE.exec(t) : null;
    if (m && (m[2]!.length === 2 || /s$/.test(m[1]!))) words.push(m[1]!, m[2]!);
    else words.push(t);
  }
  return { words, first };
}

/**
 * The built-in entity labeler: runs the document language's tagger sentence by sentence and returns one BIO
 * label per token of the document (null for tokens outside any sentence). Languages without a model get null:
 * their entities come from the lexicons alone.
 */
export function nerLabeler(doc: Document): (string | null)[] | null {
  if (!TAGGED_LANGS.has(doc.lang)) return null;
  const lang = doc.lang as NerLang;
  if (!modelAvailable(lang)) return null;
  const tokens = doc.get('tokens').items as readonly Token[];
  const sentences = doc.get('sentences').items as readonly Sentence[];
  const labels: (string | null)[] = new Array<string | null>(tokens.length).fill(null);
  const text = doc.text;
  // A token takes the label of its first word (the name of "Korea's"; the possessive ending is outside).
  const apply = (sentence: Sentence, first: readonly number[], tags: readonly string[]): void => {
    for (let k = 0; k < first.length; k++) labels[sentence.firstToken + k] = tags[first[k]!]!;
  };
  // English keeps every sentence's words for the document pass; German labels each sentence as it goes, so
  // the words of a big document are not all alive at once.
  const done: { sentence: Sentence; words: string[]; first: number[]; tags: string[] }[] = [];
  const wordsOf = (s: Sentence) => {
    const texts: string[] = [];
    for (let i = s.firstToken; i < s.endToken; i++) texts.push(text.slice(tokens[i]!.start, tokens[i]!.end));
    return taggerWords(texts, lang);
  };
  if (lang === 'en') {
    // English: the words of all sentences first, for the document features (doc-features.ts), then tagging.
    for (const s of sentences) if (s.endToken > s.firstToken) done.push({ sentence: s, ...wordsOf(s), tags: [] });
    const model = nerModel(lang);
    const doc = model.documentContext(done.map((d) => d.words));
    for (const d of done) d.tags = model.tag(d.words, doc).map(toMainLabel);
  } else {
    for (const s of sentences) {
      if (s.endToken <= s.firstToken) continue;
      const { words, first } = wordsOf(s);
      apply(s, first, tagTokens(words, lang));
    }
  }
  if (lang === 'en') {
    // English: one type per name in the document (see harmonizeDocument).
    harmonizeDocument(done.map((d) => d.words), done.map((d) => d.tags));
    for (const { sentence, first, tags } of done) apply(sentence, first, tags);
  }
  return labels;
}

const available = new Map<NerLang, boolean>();

/** Whether the model loads; if not (a damaged install), entities come from the lexicons, with one warning. */
function modelAvailable(lang: NerLang): boolean {
  const known = available.get(lang);
  if (known !== undefined) return known;
  let ok = true;
  try {
    nerModel(lang);
  } catch (e) {
    ok = false;
    process.stderr.write(`quellenlage: warning: ${(e as Error).message}; ${lang === 'de' ? 'German' : 'English'} entities come from the lexicons only\n`);
  }
  available.set(lang, ok);
  return ok;
}
