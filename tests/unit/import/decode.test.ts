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

  it('reads a page that declares gb2312 but was saved as UTF-8 as UTF-8, and says so', () => {
    expect(decodeSource('qq.html', utf8('<meta charset="gb2312"><p>人工智能 ©</p>'))).toEqual({
      ok: true,
      format: 'html',
      text: '<meta charset="gb2312"><p>人工智能 ©</p>',
      note: 'read as UTF-8: the page declares gb2312, but its bytes are UTF-8',
    });
  });

  it('reads "©" in a GBK page as browsers do (GB18030), where Node’s GBK decoder refuses it', () => {
    const page = new Uint8Array([
      ...utf8('<meta charset="gbk"><p>'),
      0xd6,
      0xd0,
      0x81,
      0x30,
      0x84,
      0x38,
      ...utf8('</p>'),
    ]);
    expect(decodeSource('a.html', page)).toMatchObject({ ok: true, text: '<meta charset="gbk"><p>中©</p>' });
  });

  it('finds the encoding of a page whose declaration its bytes contradict, and reports the declaration', () => {
    const latin1 = new Uint8Array([
      ...utf8('<meta charset="utf-8"><p>Caf'),
      0xe9,
      ...utf8(' au lait, cr'),
      0xe8,
      ...utf8('me br'),
      0xfb,
      ...utf8('l'),
      0xe9,
      ...utf8('e.</p>'),
    ]);
    const decoded = decodeSource('a.html', latin1);
    expect(decoded).toMatchObject({ ok: true, text: '<meta charset="utf-8"><p>Café au lait, crème brûlée.</p>' });
    expect(decoded.ok && decoded.note).toMatch(
      /^read as (?:windows-1252|iso-8859-\d+), as detected \(\d+ % confidence\): the page declares utf-8, but its bytes are not utf-8$/,
    );
  });

  it('reads a page saved as UTF-16 by its byte order mark', () => {
    const bytes = new Uint8Array([
      0xff,
      0xfe,
      ...[...'<p>器官</p>'].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]),
    ]);
    expect(decodeSource('a.html', bytes)).toMatchObject({
      ok: true,
      text: '<p>器官</p>',
      note: 'decoded as utf-16le, as its byte order mark says',
    });
  });
});
