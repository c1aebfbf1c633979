/**
 * From the bytes of a source file to its text, refusing what is not an article: an empty file, binary
 * data, or a plain text file in an encoding other than UTF-8. A saved page is read in the encoding a
 * browser would find for it. The bytes themselves are never changed: a later step can keep them as
 * the capture.
 */
import { analyse } from 'chardet';
import { firstInvalidUtf8, hexByte } from '../../src/lib/content/utf8';

export type SourceFormat = 'text' | 'html';

export type Decoded = { ok: true; text: string; format: SourceFormat; note?: string } | { ok: false; problem: string };

/**
 * The format a file name promises, or `undefined` for any other kind of file.
 * @example formatOf('saved/page.HTM') // 'html'
 */
export function formatOf(file: string): SourceFormat | undefined {
  if (/\.txt$/i.test(file)) return 'text';
  if (/\.html?$/i.test(file)) return 'html';
  return undefined;
}

/**
 * The text of a source, or the problem in words that finish the sentence "expected …, found …".
 * Checks run in the order an editor can act on: the kind of file, then its content. A page is read in
 * its encoding found as browsers find it (see `pageEncoding`); a plain text file must be UTF-8.
 */
export function decodeSource(file: string, bytes: Uint8Array): Decoded {
  const format = formatOf(file);
  if (!format) {
    const extension = /\.[^./\\]+$/.exec(file)?.[0];
    return {
      ok: false,
      problem: `expected a .txt or .html file, found ${extension ? `a "${extension}" file` : 'a file name without an extension'}`,
    };
  }
  if (bytes.length === 0) return { ok: false, problem: 'expected the text of an article, found an empty file' };
  const bom = byteOrderMark(bytes);
  if (bom)
    return checkText(
      new TextDecoder(bom).decode(bytes),
      format,
      bom === 'utf-8' ? undefined : `decoded as ${bom}, as its byte order mark says`,
    );
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, problem: `expected text, found binary data (a zero byte at byte ${nul + 1})` };

  if (format === 'html') {
    const { encoding, note } = pageEncoding(bytes);
    const text = new TextDecoder(encoding).decode(bytes);
    return checkText(encoding === 'windows-1252' ? repairWindows1252(text) : text, format, note);
  }
  try {
    return checkText(new TextDecoder('utf-8', { fatal: true }).decode(bytes), format);
  } catch {
    const { line, byte } = firstInvalidUtf8(bytes) ?? { line: 1, byte: 0 };
    return {
      ok: false,
      problem:
        `expected text encoded as UTF-8, found a byte that is not UTF-8 (${hexByte(byte)} on line ${line}); ` +
        'save the file as UTF-8 and import it again',
    };
  }
}

/** The encoding a byte order mark at the start of the file names, if it has one. */
function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16be' | 'utf-16le' | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/**
 * How to read a saved page's bytes, as a browser does: the character set the page declares when its
 * bytes are in it, else what a detector finds. A declaration the bytes contradict (a page that
 * declares gb2312 but was saved as UTF-8) is reported in the note, not fatal. Bytes that are valid
 * UTF-8 and not plain ASCII are taken as UTF-8 whatever the page declares: other encodings almost
 * never produce such sequences by chance.
 */
export function pageEncoding(bytes: Uint8Array): { encoding: string; note?: string } {
  const label = declaredCharset(bytes);
  const declared = label === undefined ? undefined : whatwgEncoding(label);
  const ascii = bytes.every((byte) => byte < 0x80);
  if (declared && (ascii || declared === 'utf-8') && decodes(bytes, declared))
    return declared === 'utf-8' ? { encoding: 'utf-8' } : { encoding: declared, note: declaredNote(declared) };
  if (!ascii && decodes(bytes, 'utf-8'))
    return {
      encoding: 'utf-8',
      ...(declared ? { note: `read as UTF-8: the page declares ${label}, but its bytes are UTF-8` } : {}),
    };
  if (declared && decodes(bytes, declared)) return { encoding: declared, note: declaredNote(declared) };
  const detected = analyse(bytes)
    .map((match) => ({ ...match, encoding: whatwgEncoding(match.name) }))
    .find((match) => match.encoding !== undefined && decodes(bytes, match.encoding));
  const encoding = detected?.encoding ?? 'windows-1252';
  const how = detected
    ? `as detected (${detected.confidence} % confidence)`
    : 'the web’s default when nothing else fits';
  return {
    encoding,
    note:
      `read as ${encoding}, ${how}: ` +
      (declared
        ? `the page declares ${label}, but its bytes are not ${declared}`
        : 'the page declares no character set, and its bytes are not UTF-8'),
  };
}

const declaredNote = (encoding: string) => `decoded as ${encoding}, the character set the page declares`;

/**
 * The encoding a browser uses for a label: the WHATWG name, with the labels browsers read differently
 * from Node's defaults (gb2312 and GBK are decoded as GB18030, which also holds "©" and "€").
 */
function whatwgEncoding(label: string): string | undefined {
  let encoding: string;
  try {
    encoding = new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
  // A page that declares UTF-16 in a <meta> was saved in an ASCII-compatible encoding; browsers read UTF-8.
  if (encoding.startsWith('utf-16')) return 'utf-8';
  return encoding === 'gbk' ? 'gb18030' : encoding;
}

function decodes(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function checkText(text: string, format: SourceFormat, note?: string): Decoded {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problem: 'expected the text of an article, found only blank space' };
  const controls = [...body].filter(isControlCharacter).length;
  if (controls > 0 && controls / body.length > 0.01)
    return { ok: false, problem: `expected text, found binary data (${controls} control characters)` };
  return { ok: true, text: body, format, ...(note ? { note } : {}) };
}

/** What bytes 0x80–0x9F mean in windows-1252 (the WHATWG index); the five unassigned bytes stay as they are. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Node decodes windows-1252 (and the latin1 labels that mean it) as ISO-8859-1, so 0x92 comes out as
 * U+0092 instead of "’": https://github.com/nodejs/node/issues/56542. Maps those characters back.
 */
function repairWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

/** A control character that text never holds: any below a space except tab and the line breaks (0x09–0x0D). */
function isControlCharacter(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f;
}

/** The charset an HTML page declares in its first kilobytes (a `<meta>` or an XML declaration), as browsers look for it. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return (
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
    /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1]
  );
}
