/**
 * Decodes only to check: the decoder throws at the first byte that is not UTF-8. It runs in native code, so a whole
 * archive's files are checked in milliseconds; the byte-by-byte walk below runs only for a file that fails.
 */
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Where the first byte that breaks UTF-8 stands in `bytes`: its line (counting from 1) and its value, or
 * `undefined` when all of it is UTF-8. Editors' files saved as Windows-1252 or Latin-1 fail here, at their
 * first accented letter or curly quote.
 * @example firstInvalidUtf8(new Uint8Array([0x61, 0x0a, 0xe9])) // { line: 2, byte: 0xe9 }
 */
export function firstInvalidUtf8(bytes: Uint8Array): { line: number; byte: number } | undefined {
  try {
    strictDecoder.decode(bytes);
    return undefined;
  } catch {
    return locateInvalidUtf8(bytes);
  }
}

/** The line and value of the first byte of `bytes` that does not begin a complete, valid UTF-8 character. */
function locateInvalidUtf8(bytes: Uint8Array): { line: number; byte: number } | undefined {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i] as number;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    const slice = bytes.subarray(i, i + length);
    let valid = length > 0 && slice.length === length;
    if (valid && length > 1) {
      try {
        strictDecoder.decode(slice);
      } catch {
        valid = false;
      }
    }
    if (!valid) return { line, byte };
    if (byte === 0x0a) line += 1;
    i += length;
  }
  return undefined;
}

/** A byte as editors' tools show it. @example hexByte(0xe9) // '0xE9' */
export const hexByte = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
