import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers.js';
import { reflow } from '../../src/cli/help.js';

describe('help text reflow', () => {
  test('a line break inside a sentence becomes a space', () => {
    assert.equal(reflow('Reads the files, splits them and compares\nthe boundaries with the gold.'), 'Reads the files, splits them and compares the boundaries with the gold.');
  });
  test('trailing blanks before the break do not double the space', () => {
    assert.equal(reflow('one half   \nother half'), 'one half other half');
  });
  test('a word hyphenated across the break stays one word', () => {
    assert.equal(reflow('whitespace-\nnormalised matches'), 'whitespace-normalised matches');
  });
  test('a blank line between paragraphs stays', () => {
    assert.equal(reflow('First paragraph.\n\nSecond paragraph.'), 'First paragraph.\n\nSecond paragraph.');
  });
  test('list items and indented lines keep their own lines', () => {
    assert.equal(reflow('Kinds:\n- files\n- feeds'), 'Kinds:\n- files\n- feeds');
    assert.equal(reflow('Example:\n  quellenlage ingest a/'), 'Example:\n  quellenlage ingest a/');
  });
});

/** The help sections commander formats (usage, description, options, commands); examples added after are verbatim. */
function formatted(help: string): string[] {
  const lines = help.split('\n');
  const cut = lines.findIndex((l) => /^Examples?:/.test(l));
  return cut < 0 ? lines : lines.slice(0, cut);
}

/**
 * A line that ends where the next word would still have fitted (80 columns, commander's width without a
 * terminal) broke mid-sentence: the next line continues the same text column.
 */
function earlyBreaks(help: string): string[] {
  const lines = formatted(help);
  const out: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    // Column 2 starts the next option or command, not a continuation.
    const col = b.length - b.trimStart().length;
    const word = b.trimStart().split(' ')[0]!;
    if (a.trim() === '' || word === '' || col === 2 || /^[-<[]/.test(word) || /^\p{Lu}/u.test(word) && /[.:]$/.test(a)) continue;
    const sameColumn = a.length - a.trimStart().length === col || (col > 0 && a[col - 1] === ' ' && a[col] !== ' ' && a[col] !== undefined);
    if (sameColumn && a.length + 1 + word.length <= 80) out.push(`${a.trim()} ⏎ ${word}`);
  }
  return out;
}

describe('--help of every command reads cleanly', () => {
  const commands = [[], ['analyze'], ['extract'], ['ingest'], ['ledger'], ['stories'], ['story'], ['trace'], ['search'], ['sources'], ['export'], ['eval']];
  const evalSubs = runCli(['eval', '--help']).stdout.split('\n').flatMap((l) => /^ {2}([a-z][\w-]*) /.exec(l)?.slice(1) ?? []).filter((c) => c !== 'help');
  test('eval lists its subcommands', () => assert.ok(evalSubs.length >= 3, evalSubs.join(',')));
  for (const args of [...commands, ...evalSubs.map((c) => ['eval', c])]) {
    test(`${args.join(' ') || '(top level)'} --help`, () => {
      const r = runCli([...args, '--help']);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(earlyBreaks(r.stdout), []);
    });
  }
  test('the check finds a sentence broken early', () => {
    assert.deepEqual(earlyBreaks('Usage: x\n\nSplits the text and compares\nthe boundaries.\n'), ['Splits the text and compares ⏎ the']);
  });
});
