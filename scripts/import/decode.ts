/**
 * From the bytes of a source file to its text, refusing what is not an article: an empty file, binary
 * data, or text in an encoding other than UTF-8 (an HTML page may declare another charset).
 */
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
 * Checks run in the order an editor can act on: the kind of file, then its content.
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
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, problem: `expected text, found binary data (a zero byte at byte ${nul + 1})` };

  const declared = format === 'html' ? declaredCharset(bytes) : undefined;
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      const decoder = new TextDecoder(declared, { fatal: true });
      const text = decoder.decode(bytes);
      const repaired = decoder.encoding === 'windows-1252' ? repairWindows1252(text) : text;
      return checkText(repaired, format, `decoded as ${decoder.encoding}, the character set the page declares`);
    } catch {
      return {
        ok: false,
        problem: `expected text in the character set the page declares (${declared}), found bytes that are not`,
      };
    }
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

/** The charset an HTML page declares in its first kilobytes, as browsers look for it. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}
