import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, hexByte } from '../../../../src/lib/content/utf8';

describe('firstInvalidUtf8', () => {
  it('finds nothing wrong in UTF-8 text of every length of character', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('a é “ 中 🫀\n'))).toBeUndefined();
    expect(firstInvalidUtf8(new Uint8Array())).toBeUndefined();
  });

  it('names the first byte that is not UTF-8 and its line', () => {
    expect(firstInvalidUtf8(Buffer.from('one\ntwo caf\xe9\nthree \x92', 'latin1'))).toEqual({ line: 2, byte: 0xe9 });
  });

  it('catches a character cut off at the end of the file, and an overlong encoding', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe4, 0xb8]))).toEqual({ line: 1, byte: 0xe4 });
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toEqual({ line: 1, byte: 0xc0 });
  });

  it('finds the first bad byte after long valid text, and a surrogate encoded as UTF-8', () => {
    const valid = new TextEncoder().encode('中文 “quoted” text\n'.repeat(500));
    const bytes = new Uint8Array([...valid, 0x61, 0x92]);
    expect(firstInvalidUtf8(bytes)).toEqual({ line: 501, byte: 0x92 });
    expect(firstInvalidUtf8(new Uint8Array([0x0a, 0xed, 0xa0, 0x80]))).toEqual({ line: 2, byte: 0xed });
  });
});

describe('hexByte', () => {
  it('writes a byte as two upper-case hex digits', () => {
    expect(hexByte(0xe9)).toBe('0xE9');
    expect(hexByte(0x7)).toBe('0x07');
  });
});
