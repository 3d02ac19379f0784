import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError, checkText, decodeText, firstInvalidUtf8 } from '../../src/ingest/decode.js';

const bytes = (...b: (number | string)[]): Uint8Array =>
  Buffer.concat(b.map((x) => (typeof x === 'string' ? Buffer.from(x, 'utf8') : Buffer.from([x]))));

/** Asserts that decoding throws an InputError whose one-line message matches every pattern. */
function rejects(buf: Uint8Array, ...patterns: RegExp[]): string {
  let message = '';
  assert.throws(
    () => decodeText(buf, 'probe.txt'),
    (err: unknown) => {
      assert.ok(err instanceof InputError, `expected an InputError, got ${String(err)}`);
      message = err.message;
      return true;
    },
  );
  assert.ok(!message.includes('\n'), `message spans lines: ${message}`);
  assert.ok(message.includes('probe.txt'), `message does not name the input: ${message}`);
  for (const p of patterns) assert.match(message, p);
  return message;
}

describe('decodeText: accepted input', () => {
  test('plain UTF-8 is returned as is', () => {
    assert.equal(decodeText(bytes('Grüße aus Köln – „gut“ 😀'), 'x'), 'Grüße aus Köln – „gut“ 😀');
  });

  test('a UTF-8 BOM is stripped', () => {
    assert.equal(decodeText(bytes(0xef, 0xbb, 0xbf, 'Hallo Welt'), 'x'), 'Hallo Welt');
  });

  test('UTF-16LE with a BOM is decoded', () => {
    const body = Buffer.from('Grüße, „Welt“ 😀', 'utf16le');
    assert.equal(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), body]), 'x'), 'Grüße, „Welt“ 😀');
  });

  test('UTF-16BE with a BOM is decoded', () => {
    const le = Buffer.from('Straße', 'utf16le');
    const be = Buffer.from(le).swap16();
    assert.equal(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'x'), 'Straße');
  });

  test('valid multi-byte sequences of every length pass', () => {
    // 2 bytes (ä), 3 bytes (€), 4 bytes (𝔘), and the largest code point.
    const buf = bytes('ä€𝔘', 0xf4, 0x8f, 0xbf, 0xbf);
    assert.equal(firstInvalidUtf8(buf), -1);
    assert.equal(decodeText(buf, 'x'), 'ä€𝔘\u{10ffff}');
  });
});

describe('decodeText: rejected input', () => {
  test('empty input', () => {
    rejects(new Uint8Array(0), /empty/);
  });

  test('white space only', () => {
    rejects(bytes(' \n\t\r\n  '), /empty/);
  });

  test('a BOM and nothing else', () => {
    rejects(bytes(0xef, 0xbb, 0xbf), /empty/);
  });

  test('a NUL byte', () => {
    rejects(bytes('Text mit ', 0x00, ' Nullbyte'), /binary/i, /\b9\b/);
  });

  test('a PDF file', () => {
    rejects(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF/);
  });

  test('a ZIP archive', () => {
    rejects(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00), /ZIP/);
  });

  test('a gzip archive', () => {
    rejects(bytes(0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00), /gzip/);
  });

  const invalid: [string, Uint8Array, number][] = [
    ['a lone 0xff byte', bytes('abc', 0xff, 'def'), 3],
    ['a truncated multi-byte sequence at the end', bytes('Preis 5 ', 0xe2, 0x82), 8],
    ['a truncated multi-byte sequence before ASCII', bytes('ab', 0xe2, 0x82, 'cd'), 2],
    ['an overlong encoding (0xc0 0xaf)', bytes('x/', 0xc0, 0xaf, 'y'), 2],
    ['an overlong three-byte encoding (0xe0 0x80 0xaf)', bytes('xy', 0xe0, 0x80, 0xaf), 2],
    ['an encoded surrogate (0xed 0xa0 0x80)', bytes('abcd', 0xed, 0xa0, 0x80, 'e'), 4],
    ['a code point above U+10FFFF (0xf4 0x90 0x80 0x80)', bytes('a', 0xf4, 0x90, 0x80, 0x80), 1],
    ['a stray continuation byte', bytes('ok', 0x80), 2],
    ['Latin-1 text', Buffer.from('Grüße', 'latin1'), 2],
  ];
  for (const [name, buf, offset] of invalid) {
    test(`invalid UTF-8: ${name}, with the offset in the message`, () => {
      assert.equal(firstInvalidUtf8(buf), offset);
      const bad = buf[offset]!.toString(16).padStart(2, '0');
      rejects(buf, /UTF-8/, new RegExp(`\\boffset ${offset}\\b`), new RegExp(`0x${bad}`, 'i'));
    });
  }
});

describe('checkText', () => {
  test('accepts text and returns it', () => {
    assert.equal(checkText('Ein Satz.', 'x'), 'Ein Satz.');
  });

  test('rejects empty, blank and NUL-bearing text with an InputError', () => {
    for (const t of ['', '   \n ', 'a\u0000b']) {
      assert.throws(() => checkText(t, '"text"'), InputError);
    }
  });
});
