/**
 * Shared helpers for the test suite. Tests are compiled to dist/test/<dir>/*.test.js and this module to
 * dist/test/helpers.js, so the repository root lies two levels above this file's compiled location.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { after, before } from 'node:test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020Import from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { analyze } from '../src/analysis/analyze.js';
import type { Document } from '../src/core/document.js';
import type { TextSpan } from '../src/analysis/format.js';

function findRepoRoot(): string {
  // dist/test/helpers.js → dist/test → dist → repo root.
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  if (!existsSync(join(root, 'package.json')) || !existsSync(join(root, 'schema'))) {
    throw new Error(`test helpers: expected the repository root at ${root} (run the tests from dist/test)`);
  }
  return root;
}

/** The repository root (the folder holding package.json). */
export const repoRoot: string = findRepoRoot();

/** A path inside the repository. */
export function repoPath(...parts: string[]): string {
  return join(repoRoot, ...parts);
}

/** The shared read-only data folder (../shared from the repository root), or null when it is absent. */
export function sharedDir(): string | null {
  const dir = resolve(repoRoot, '..', 'shared');
  try {
    return statSync(dir).isDirectory() ? dir : null;
  } catch {
    return null;
  }
}

// ajv's CommonJS module is the constructor itself at run time, and its type declarations describe it as a
// namespace with a `default` member; accept both shapes.
type AjvClass = typeof Ajv2020Import.default;
const Ajv2020: AjvClass =
  (Ajv2020Import as unknown as { default?: AjvClass }).default ?? (Ajv2020Import as unknown as AjvClass);

const validators = new Map<string, ValidateFunction>();

function schemaValidator(file: string): ValidateFunction {
  let v = validators.get(file);
  if (!v) {
    const schema = JSON.parse(readFileSync(repoPath('schema', file), 'utf8')) as object;
    v = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    validators.set(file, v);
  }
  return v;
}

export interface ValidationResult {
  valid: boolean;
  errors: ErrorObject[];
  /** The errors, one per line, for assertion messages. */
  message: string;
}

/** Validates an object against schema/analysis.schema.json (compiled once). */
export function validateAnalysis(obj: unknown): ValidationResult {
  return validateWith('analysis.schema.json', obj);
}

/** Validates an object against schema/ledger.schema.json (compiled once). */
export function validateLedger(obj: unknown): ValidationResult {
  return validateWith('ledger.schema.json', obj);
}

function validateWith(file: string, obj: unknown): ValidationResult {
  const validate = schemaValidator(file);
  const valid = validate(obj) as boolean;
  const errors = valid ? [] : [...(validate.errors ?? [])];
  const message = errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
  return { valid, errors, message };
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Written to the CLI's standard input (which is otherwise empty). */
  input?: string | Buffer;
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** Working directory; default the repository root. */
  cwd?: string;
}

/** Runs the built CLI (`node dist/src/cli/main.js ARGS`) synchronously. */
export function runCli(args: readonly string[], options: CliOptions = {}): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  // A debug switch inherited from the developer's shell would add stack traces to error output.
  if (!options.env || !('QUELLENLAGE_DEBUG' in options.env)) delete env['QUELLENLAGE_DEBUG'];
  const r = spawnSync(process.execPath, [repoPath('dist', 'src', 'cli', 'main.js'), ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Non-empty lines of a text. */
export function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.length > 0);
}


/**
 * Analyses a text and checks the sentence layer's offsets: each sentence is a non-empty slice of doc.text
 * with no white space at its edges, the sentences are in order and do not overlap. Returns the document
 * and the sentence strings.
 */
export function splitChecked(text: string, lang: string): { doc: Document; sentences: string[] } {
  const doc = analyze({ text, lang });
  const items = doc.get('sentences').items;
  const out: string[] = [];
  let prevEnd = 0;
  for (const [i, s] of items.entries()) {
    if (!(s.start < s.end)) throw new Error(`sentence ${i} is empty or reversed: [${s.start}, ${s.end})`);
    if (s.start < prevEnd) throw new Error(`sentence ${i} [${s.start}, ${s.end}) overlaps or precedes the one before (ends ${prevEnd})`);
    if (s.end > doc.text.length) throw new Error(`sentence ${i} ends past the text (${s.end} > ${doc.text.length})`);
    const str = doc.text.slice(s.start, s.end);
    if (str !== str.trim()) throw new Error(`sentence ${i} has white space at its edges: ${JSON.stringify(str)}`);
    if (doc.slice(s) !== str) throw new Error(`doc.slice(sentence ${i}) differs from doc.text.slice`);
    out.push(str);
    prevEnd = s.end;
  }
  return { doc, sentences: out };
}

/** The sentence strings of a text (offsets checked, see splitChecked). */
export function split(text: string, lang: string): string[] {
  return splitChecked(text, lang).sentences;
}

/** The token strings of a text. */
export function tokenStrings(text: string, lang: string): string[] {
  const doc = analyze({ text, lang });
  return doc.get('tokens').items.map((t) => doc.text.slice(t.start, t.end));
}

/** A span's text, a discontinuous one's parts joined by one space (the tests' convention for cues and contents). */
export function joined(s: TextSpan | null): string | null {
  return s ? (s.parts ? s.parts.map((p) => p.text).join(' ') : s.text) : null;
}

/**
 * A temporary folder for the tests of the enclosing scope: made before them, removed after them.
 * `path()` is the folder (or a name inside it); `file(name, content)` writes a file there and returns its path.
 */
export function tempFolder(prefix: string): { path: (name?: string) => string; file: (name: string, content: string | Buffer) => string } {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const path = (name?: string) => (name === undefined ? dir : join(dir, name));
  return {
    path,
    file: (name, content) => {
      writeFileSync(path(name), content);
      return path(name);
    },
  };
}
