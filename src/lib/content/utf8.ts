/** Throws on the first byte that breaks UTF-8; a byte order mark is UTF-8 too. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Where the first byte that breaks UTF-8 stands in `bytes`: its line (counting from 1) and its value, or
 * `undefined` when all of it is UTF-8. Editors' files saved as Windows-1252 or Latin-1 fail here, at their
 * first accented letter or curly quote.
 * @example firstInvalidUtf8(new Uint8Array([0x61, 0x0a, 0xe9])) // { line: 2, byte: 0xe9 }
 */
export function firstInvalidUtf8(bytes: Uint8Array): { line: number; byte: number } | undefined {
  // Nearly every file is UTF-8, and one native pass says so; walking every file byte by byte took 4 of a 1,000-article
  // rebuild's seconds. Only a file that fails is walked, to find where.
  try {
    STRICT_UTF8.decode(bytes);
    return undefined;
  } catch {
    // Not UTF-8: find the first byte that breaks it.
  }
  let line = 1;
  for (let i = 0; i < bytes.length;) {
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
        new TextDecoder('utf-8', { fatal: true }).decode(slice);
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
