import { describe, expect, it } from 'vitest';
import { withStringInParts } from '../../../../src/lib/build/string-module';

/** What a module's `export default` evaluates to, as Node would run it. */
async function valueOf(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
    default: unknown;
  };
  return module.default;
}

const astroForm = (data: unknown): string => `export default JSON.parse(${JSON.stringify(JSON.stringify(data))})`;

/** `withStringInParts`, failing the test where it declines the code. */
function inParts(code: string, literalLength: number): string {
  const rewritten = withStringInParts(code, literalLength);
  if (rewritten === null) throw new Error(`withStringInParts declined ${code.slice(0, 60)}`);
  return rewritten;
}

describe('withStringInParts', () => {
  it('writes the literal in parts of the given length and keeps the module’s value', async () => {
    const data = { articles: [['a', { title: 'Quotes " and \\ backslashes', html: '<p>Line\nbreak</p>' }]] };
    const rewritten = inParts(astroForm(data), 7);
    const literals = rewritten.match(/^".*",?$/gm) ?? [];
    expect(literals.length).toBe(Math.ceil(JSON.stringify(data).length / 7));
    expect(await valueOf(rewritten)).toEqual(data);
  });

  it('keeps characters outside the Basic Multilingual Plane whole when a part ends inside one', async () => {
    const data = { title: '器官 😀 𠀀 end' };
    for (let length = 1; length < 12; length++) expect(await valueOf(inParts(astroForm(data), length))).toEqual(data);
  });

  it('accepts the form with a closing semicolon and surrounding white space', async () => {
    expect(await valueOf(inParts(`\n${astroForm([1, 2])};\n`, 2))).toEqual([1, 2]);
  });

  it('answers null for any other form, so the caller can report it', () => {
    expect(withStringInParts('export default new Map()')).toBeNull();
    expect(withStringInParts('export default JSON.parse(data)')).toBeNull();
    expect(withStringInParts('export default JSON.parse("unterminated)')).toBeNull();
    expect(withStringInParts('export default JSON.parse("a") + JSON.parse("b")')).toBeNull();
  });
});
