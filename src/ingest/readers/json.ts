/**
 * JSON and JSON Lines: one record, an array of records, or one record per line. A record's fields are
 * checked by the rules every entry point shares (validate.ts).
 */
import type { Readable } from 'node:stream';
import { InputError, checkText, decodeText } from '../decode.js';
import { extractHtml } from '../html.js';
import { cleanString, normalizeAuthor } from '../meta.js';
import { formatBytes, readLines } from '../read.js';
import type { IncomingDocument, IngestItem } from '../types.js';
import { recordLang, recordPublished } from '../validate.js';
import { attempt, blankDoc, fail, failure } from './common.js';

/** JSON.parse with a one-line InputError. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(`not valid JSON (${(err as Error).message})`);
  }
}

const TEXT_FIELDS = ['text', 'content', 'body', 'articleBody'] as const;

/** The first of a record's fields that is present, checked to be a string. */
function stringField(rec: Record<string, unknown>, names: readonly string[]): { name: string; value: string } | null {
  for (const name of names) {
    const value = rec[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new InputError(`"${name}" must be a string, not ${Array.isArray(value) ? 'an array' : typeof value}`);
    return { name, value };
  }
  return null;
}

/**
 * One JSON record → document: text from "text", "content", "body" or "articleBody", or else from "html"
 * (extracted like a page); metadata from the usual field names, where the record gives none, from the HTML.
 */
function recordDocument(value: unknown, origin: string, raw: string): IncomingDocument {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(`expected a JSON object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
  }
  const rec = value as Record<string, unknown>;
  const url = cleanString(rec['url']) ?? cleanString(rec['link']);
  const textField = stringField(rec, TEXT_FIELDS);
  const htmlField = textField ? null : stringField(rec, ['html']);
  let page: ReturnType<typeof extractHtml> | null = null;
  let text: string;
  if (textField) text = checkText(textField.value, `"${textField.name}"`);
  else if (htmlField) {
    page = extractHtml(checkText(htmlField.value, '"html"'), url);
    text = page.text;
  } else {
    throw new InputError(`no text: the record has none of the fields ${[...TEXT_FIELDS, 'html'].map((f) => `"${f}"`).join(', ')}`);
  }
  const date = recordPublished(['published', 'date', 'datePublished', 'pubDate'].map((k) => rec[k]).find((v) => v !== undefined && v !== null));
  const lang = recordLang(rec['lang'] ?? rec['language']);
  // The same rules and words as analyze --jsonl (validate.ts).
  const problem = date.problem ?? lang.problem;
  if (problem) throw new InputError(problem);
  return {
    ...blankDoc(origin, raw, 'json'),
    text,
    title: cleanString(rec['title']) ?? cleanString(rec['headline']) ?? page?.title ?? null,
    url: url ?? page?.url ?? null,
    published: date.published ?? page?.published ?? null,
    author: normalizeAuthor(rec['author']) ?? page?.author ?? null,
    lang: lang.lang ?? page?.lang ?? null,
  };
}

/** A JSON document: one record, or an array of records ("origin[i]", counted from 0). */
export function* jsonDocuments(text: string, origin: string): Generator<IngestItem> {
  let value: unknown;
  try {
    value = parseJson(text);
  } catch (err) {
    yield failure(origin, err);
    return;
  }
  if (!Array.isArray(value)) {
    yield attempt(origin, () => recordDocument(value, origin, text));
    return;
  }
  if (value.length === 0) yield fail(origin, 'the JSON array is empty');
  for (const [i, element] of value.entries()) {
    const at = `${origin}[${i}]`;
    yield attempt(at, () => recordDocument(element, at, JSON.stringify(element)));
  }
}

/** JSON Lines: one record per line ("origin:LINE"); blank lines are skipped, a bad line is one failure. */
export async function* jsonLineDocuments(stream: Readable, origin: string, maxBytes: number): AsyncGenerator<IngestItem> {
  for await (const line of readLines(stream, maxBytes)) {
    const at = `${origin}:${line.lineNo}`;
    if (line.bytes === null) {
      yield fail(at, `the line is ${formatBytes(line.length)}, over the ${formatBytes(maxBytes)} limit for one document`);
      continue;
    }
    if (line.bytes.every((b) => b === 0x20 || b === 0x09)) continue;
    const bytes = line.bytes;
    yield attempt(at, () => {
      const raw = decodeText(bytes, 'the line');
      return recordDocument(parseJson(raw), at, raw);
    });
  }
}
