import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { lines, runCli, tempFolder, validateAnalysis, type CliResult } from '../helpers.js';
import { normalizeText } from '../../src/text/normalize.js';
import { textId } from '../../src/core/document.js';
import type { AnalysisJSON } from '../../src/analysis/format.js';

const ARTICLE =
  'Neue Brücke für Nordhelling\n' +
  'Nordhelling. Der Gemeinderat hat am 14. Oktober beschlossen, die Brücke zu sanieren. „Wir haben lange genug gewartet“, ' +
  'sagte Bürgermeisterin Dr. Anna Feldkamp. Die Kosten liegen bei rund 1,2 Mio. Euro.\n';

const tmp = tempFolder('quellenlage-cli-');
const file = tmp.file;

function assertValid(a: unknown): asserts a is AnalysisJSON {
  const r = validateAnalysis(a);
  assert.ok(r.valid, `not valid per schema:\n${r.message}`);
}

/** One line on standard error, starting with "quellenlage:", no stack trace, a failing exit code. */
function assertOneLineError(r: CliResult, code: number, ...patterns: RegExp[]): string {
  assert.equal(r.status, code, `exit ${r.status}, stderr: ${r.stderr}`);
  assert.ok(!r.stderr.includes('    at '), `stack trace on stderr:\n${r.stderr}`);
  assert.ok(r.stderr.endsWith('\n'), `stderr does not end in a newline: ${JSON.stringify(r.stderr)}`);
  const errLines = r.stderr.split('\n').slice(0, -1);
  assert.equal(errLines.length, 1, `expected one line on stderr, got:\n${r.stderr}`);
  const line = errLines[0]!;
  assert.match(line, /^quellenlage: /);
  assert.doesNotMatch(line, /internal error/);
  for (const p of patterns) assert.match(line, p);
  assert.equal(r.stdout, '', 'nothing on stdout for a failed document');
  return line;
}

describe('cli: analyze one document', () => {
  test('--format json writes one schema-valid analysis', () => {
    const r = runCli(['analyze', file('a.txt', ARTICLE), '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const a: unknown = JSON.parse(r.stdout);
    assertValid(a);
    assert.equal(a.document.text, normalizeText(ARTICLE).text);
    assert.equal(a.document.id, textId(a.document.text));
    assert.equal(a.document.lang, 'de');
    assert.ok(a.sentences.some((s) => s.text === 'Neue Brücke für Nordhelling'));
  });

  test('--format json takes --published, --title, --url and --lang', () => {
    const r = runCli([
      'analyze', file('b.txt', ARTICLE), '--format', 'json', '--published', '2025-03-04', '--title', 'Brücke', '--url', 'https://n.example/1', '--lang', 'de',
    ]);
    assert.equal(r.status, 0, r.stderr);
    const a: unknown = JSON.parse(r.stdout);
    assertValid(a);
    assert.equal(a.document.published, '2025-03-04');
    assert.equal(a.document.title, 'Brücke');
    assert.equal(a.document.url, 'https://n.example/1');
  });

  test('--tokens adds a schema-valid token layer', () => {
    const r = runCli(['analyze', file('t.txt', ARTICLE), '--format', 'json', '--tokens']);
    assert.equal(r.status, 0, r.stderr);
    const a: unknown = JSON.parse(r.stdout);
    assertValid(a);
    assert.ok(Array.isArray(a.tokens) && a.tokens.length > 0);
  });

  test('--format jsonl writes exactly one line', () => {
    const r = runCli(['analyze', file('c.txt', ARTICLE), '--format', 'jsonl']);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.endsWith('\n'));
    const out = r.stdout.split('\n');
    assert.equal(out.length, 2);
    assert.equal(out[1], '');
    assertValid(JSON.parse(out[0]!));
  });

  test('--format text (the default) is a report with the sentences', () => {
    for (const args of [['--format', 'text'], []]) {
      const r = runCli(['analyze', file('d.txt', ARTICLE), ...args]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /Sentences/);
      assert.ok(r.stdout.includes('Neue Brücke für Nordhelling'));
    }
  });

  test('reads standard input with "-"', () => {
    const r = runCli(['analyze', '-', '--format', 'json'], { input: ARTICLE });
    assert.equal(r.status, 0, r.stderr);
    const a: unknown = JSON.parse(r.stdout);
    assertValid(a);
    assert.equal(a.document.id, textId(normalizeText(ARTICLE).text));
  });

  test('standard input and a file with the same text give the same analysis', () => {
    const fromFile = runCli(['analyze', file('e.txt', ARTICLE), '--format', 'jsonl']);
    const fromStdin = runCli(['analyze', '-', '--format', 'jsonl'], { input: Buffer.from(ARTICLE) });
    assert.equal(fromStdin.stdout, fromFile.stdout);
  });

  test('--help and --version exit 0', () => {
    const h = runCli(['analyze', '--help']);
    assert.equal(h.status, 0);
    assert.match(h.stdout, /--format/);
    const v = runCli(['--version']);
    assert.equal(v.status, 0);
    assert.match(v.stdout, /^\d+\.\d+\.\d+/);
  });
});

describe('cli: bad input gives one line on stderr', () => {
  test('an empty file', () => {
    assertOneLineError(runCli(['analyze', file('empty.txt', '')]), 1, /empty/);
  });

  test('a file of white space', () => {
    assertOneLineError(runCli(['analyze', file('blank.txt', ' \n\n\t \n')]), 1, /empty/);
  });

  test('empty standard input', () => {
    assertOneLineError(runCli(['analyze', '-'], { input: '' }), 1, /standard input/, /empty/);
  });

  test('a binary file', () => {
    const bin = Buffer.concat([Buffer.from([0x13, 0x37, 0x00, 0x00, 0xfe]), randomBytes(4096), Buffer.from([0x00])]);
    assertOneLineError(runCli(['analyze', file('random.bin', bin)]), 1, /random\.bin/);
  });

  test('a PDF file', () => {
    assertOneLineError(runCli(['analyze', file('doc.pdf', Buffer.from('%PDF-1.4\n%\xe2\xe3\n1 0 obj', 'latin1'))]), 1, /PDF/);
  });

  test('invalid UTF-8 names the offset', () => {
    assertOneLineError(runCli(['analyze', file('latin1.txt', Buffer.from('Die Grüße aus Köln.', 'latin1'))]), 1, /UTF-8/, /offset 6\b/);
  });

  test('a 50 MB file is refused and the message names the limit', () => {
    const big = tmp.path('big.txt');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x61));
    try {
      const line = assertOneLineError(runCli(['analyze', big]), 1, /limit/);
      assert.match(line, /10(\.0)? ?MB/);
      assert.match(line, /--max-size/);
    } finally {
      rmSync(big, { force: true });
    }
  });

  test('input over the limit on standard input is refused too', () => {
    assertOneLineError(runCli(['analyze', '-', '--max-size', '0.01'], { input: Buffer.alloc(20 * 1024, 0x61) }), 1, /limit/);
  });

  test('a nonexistent file', () => {
    assertOneLineError(runCli(['analyze', tmp.path('no-such-file.txt')]), 1, /no-such-file\.txt/, /no such file/);
  });

  test('a directory', () => {
    assertOneLineError(runCli(['analyze', tmp.path()]), 1, /directory/);
  });

  test('--published 2024-13-45 is a usage error (exit 2)', () => {
    assertOneLineError(runCli(['analyze', file('p.txt', ARTICLE), '--published', '2024-13-45']), 2, /published/, /2024-13-45/);
  });

  test('--lang xx is a usage error (exit 2)', () => {
    const r = runCli(['analyze', file('l.txt', ARTICLE), '--lang', 'xx']);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^quellenlage: .*xx/);
    assert.ok(!r.stderr.includes('    at '));
    assert.equal(r.stdout, '');
  });

  test(
    '--lang xx gives exactly one line on stderr',
    () => {
      assertOneLineError(runCli(['analyze', file('l2.txt', ARTICLE), '--lang', 'xx']), 2, /xx/);
    },
  );

  test('--max-size with a bad value is a usage error (exit 2)', () => {
    assertOneLineError(runCli(['analyze', file('m.txt', ARTICLE), '--max-size', 'lots']), 2, /max-size/);
  });

  test('an empty QUELLENLAGE_DEBUG adds no stack trace', () => {
    const r = runCli(['analyze', file('empty2.txt', '')], { env: { QUELLENLAGE_DEBUG: '' } });
    assertOneLineError(r, 1, /empty/);
  });
});

describe('cli: --jsonl batches', () => {
  const rec = (id: string, text: string, extra: Record<string, string> = {}): string => JSON.stringify({ id, text, ...extra });

  function analyses(stdout: string): AnalysisJSON[] {
    return lines(stdout).map((l) => {
      const a: unknown = JSON.parse(l);
      assertValid(a);
      return a;
    });
  }

  test('bad lines are reported by number and skipped; the good ones come out in order (exit 1)', () => {
    const input = [
      rec('erster', 'Der erste Satz. Der zweite Satz.'),
      '{"id": "zweiter", "text": "kaputt"',
      JSON.stringify({ id: 'dritter', title: 'ohne Text' }),
      rec('vierter', 'The last document is in English. It has two sentences.'),
      '',
    ].join('\n');
    const r = runCli(['analyze', '--jsonl', file('batch.jsonl', input), '--format', 'jsonl']);
    assert.equal(r.status, 1, r.stderr);
    const out = analyses(r.stdout);
    assert.deepEqual(
      out.map((a) => a.document.id),
      ['erster', 'vierter'],
    );
    assert.equal(out[1]!.document.lang, 'en');
    assert.match(r.stderr, /\bline 2\b/);
    assert.match(r.stderr, /\bline 3\b/);
    assert.doesNotMatch(r.stderr, /\bline [145]\b/);
    assert.ok(!r.stderr.includes('    at '));
    for (const l of lines(r.stderr)) assert.match(l, /^quellenlage: /);
  });

  test('the same batch through standard input', () => {
    const input = [rec('a', 'Ein Satz.'), 'nicht json', rec('c', 'Noch ein Satz.')].join('\n');
    const r = runCli(['analyze', '--jsonl', '-', '--format', 'jsonl'], { input });
    assert.equal(r.status, 1);
    assert.deepEqual(
      analyses(r.stdout).map((a) => a.document.id),
      ['a', 'c'],
    );
    assert.match(r.stderr, /\bline 2\b/);
  });

  test('a valid batch exits 0; a blank trailing line is ignored', () => {
    const input = [
      rec('x1', 'Erster Text. Mit zwei Sätzen.', { published: '2025-03-04', lang: 'de', title: 'Eins' }),
      rec('x2', 'Second text.'),
      JSON.stringify({ text: 'Ohne eigene Kennung.' }),
      '',
      '',
    ].join('\n');
    const r = runCli(['analyze', '--jsonl', file('ok.jsonl', input), '--format', 'jsonl']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const out = analyses(r.stdout);
    assert.equal(out.length, 3);
    assert.equal(out[0]!.document.id, 'x1');
    assert.equal(out[0]!.document.published, '2025-03-04');
    assert.equal(out[0]!.document.title, 'Eins');
    assert.equal(out[1]!.document.id, 'x2');
    // Without an id, the id is the hash of the normalized text.
    assert.equal(out[2]!.document.id, textId(normalizeText('Ohne eigene Kennung.').text));
  });

  test('CRLF line ends are accepted', () => {
    const input = [rec('r1', 'Erster Satz.'), rec('r2', 'Zweiter Satz.'), ''].join('\r\n');
    const r = runCli(['analyze', '--jsonl', '-', '--format', 'jsonl'], { input });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      analyses(r.stdout).map((a) => a.document.id),
      ['r1', 'r2'],
    );
  });

  test('a line with invalid UTF-8 or a bad field fails alone', () => {
    const input = Buffer.concat([
      Buffer.from(rec('u1', 'Gut.') + '\n'),
      Buffer.from('{"id":"u2","text":"Gr', 'utf8'),
      Buffer.from([0xfc]),
      Buffer.from('\u00dfe"}\n', 'utf8'),
      Buffer.from(JSON.stringify({ id: 'u3', text: 'Datum falsch.', published: '2024-13-45' }) + '\n'),
      Buffer.from(JSON.stringify({ id: 'u4', text: 42 }) + '\n'),
      Buffer.from(JSON.stringify({ id: 'u5', text: '   ' }) + '\n'),
      Buffer.from(rec('u6', 'Auch gut.') + '\n'),
    ]);
    const r = runCli(['analyze', '--jsonl', '-', '--format', 'jsonl'], { input });
    assert.equal(r.status, 1);
    assert.deepEqual(
      analyses(r.stdout).map((a) => a.document.id),
      ['u1', 'u6'],
    );
    for (const n of [2, 3, 4, 5]) assert.match(r.stderr, new RegExp(`\\bline ${n}\\b`));
  });

  test(
    'without --format, --jsonl writes one analysis per line (as its help says)',
    () => {
      const input = [rec('d1', 'Ein Satz.'), rec('d2', 'Noch ein Satz.')].join('\n');
      const r = runCli(['analyze', '--jsonl', '-'], { input });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(
        analyses(r.stdout).map((a) => a.document.id),
        ['d1', 'd2'],
      );
    },
  );

  test('a batch of 3,000 lines streams through', () => {
    const n = 3000;
    const input = Array.from({ length: n }, (_, i) => rec(`n${i}`, `Meldung ${i}: Der Pegel stieg um ${i} cm. Die Lage bleibt ruhig.`)).join('\n') + '\n';
    const r = runCli(['analyze', '--jsonl', '-', '--format', 'jsonl'], { input });
    assert.equal(r.status, 0, r.stderr);
    const out = lines(r.stdout);
    assert.equal(out.length, n);
    // Spot-check order and content without validating every line.
    for (const i of [0, 1, 1499, n - 1]) {
      const a = JSON.parse(out[i]!) as AnalysisJSON;
      assert.equal(a.document.id, `n${i}`);
    }
    assertValid(JSON.parse(out[n - 1]!));
  });
});
