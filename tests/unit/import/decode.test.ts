import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSource, formatOf } from '../../../scripts/import/decode';

const FIXTURES = new URL('../../fixtures/import/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('formatOf', () => {
  it.each([
    ['a.txt', 'text'],
    ['a.TXT', 'text'],
    ['saved/page.html', 'html'],
    ['page.htm', 'html'],
    ['a.md', undefined],
    ['a', undefined],
  ])('%s → %s', (file, format) => {
    expect(formatOf(file)).toBe(format);
  });
});

describe('decodeSource', () => {
  it('reads UTF-8 text and drops a byte-order mark', () => {
    expect(decodeSource('a.txt', utf8('\uFEFFTitle’s text'))).toEqual({
      ok: true,
      text: 'Title’s text',
      format: 'text',
    });
  });

  it.each([
    ['empty.txt', 'expected the text of an article, found an empty file'],
    ['blank.txt', 'expected the text of an article, found only blank space'],
    ['binary.txt', 'expected text, found binary data (a zero byte at byte 9)'],
    [
      'latin1.txt',
      'expected text encoded as UTF-8, found a byte that is not UTF-8 (0xE9 on line 1); save the file as UTF-8 and import it again',
    ],
  ])('refuses %s: %s', (name, problem) => {
    expect(decodeSource(name, fixture(name))).toEqual({ ok: false, problem });
  });

  it('names the line of the first byte that is not UTF-8', () => {
    expect(decodeSource('a.txt', new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0xff]))).toMatchObject({
      problem: expect.stringContaining('(0xFF on line 3)'),
    });
  });

  it('refuses text full of control characters', () => {
    expect(decodeSource('a.txt', utf8('\u0001\u0002\u0003 abc'))).toEqual({
      ok: false,
      problem: 'expected text, found binary data (3 control characters)',
    });
  });

  it('refuses a file that is neither .txt nor .html', () => {
    expect(decodeSource('notes.docx', utf8('text'))).toEqual({
      ok: false,
      problem: 'expected a .txt or .html file, found a ".docx" file',
    });
  });

  it('reads a page in the character set it declares, windows-1252 included', () => {
    const decoded = decodeSource('windows-1252-page.html', fixture('windows-1252-page.html'));
    expect(decoded).toMatchObject({
      ok: true,
      format: 'html',
      note: 'decoded as windows-1252, the character set the page declares',
    });
    expect(decoded.ok && decoded.text).toContain('<h1>Café Talk – a report</h1><p>The café’s owner');
  });

  it('reads a page that declares GBK', () => {
    const gbk = new Uint8Array([...utf8('<meta charset="gbk"><p>'), 0xd6, 0xd0, 0xce, 0xc4, ...utf8('</p>')]);
    expect(decodeSource('a.html', gbk)).toMatchObject({ ok: true, text: '<meta charset="gbk"><p>中文</p>' });
  });
});
