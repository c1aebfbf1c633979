import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { doubleQuoted, frontMatterYaml } from '../../../scripts/import/front-matter';

describe('frontMatterYaml', () => {
  it('writes the fields in the schema’s order whatever order they come in', () => {
    expect(
      frontMatterYaml({
        tags: ['Falun Gong'],
        published: '2012-06-20',
        title: 'A Title',
        publication: 'The Epoch Times',
      }),
    ).toBe('title: A Title\npublication: The Epoch Times\npublished: 2012-06-20\ntags: [Falun Gong]');
  });

  it('quotes only what YAML would misread', () => {
    expect(frontMatterYaml({ title: 'Source: Wang Lijun Told U.S. Officials' })).toBe(
      "title: 'Source: Wang Lijun Told U.S. Officials'",
    );
    expect(frontMatterYaml({ title: "It's story#1" })).toBe("title: It's story#1");
    expect(frontMatterYaml({ title: "It's a #1 story" })).toBe("title: 'It''s a #1 story'");
    expect(frontMatterYaml({ title: '2024-07-02' })).toBe("title: '2024-07-02'");
    expect(frontMatterYaml({ title: 'true' })).toBe("title: 'true'");
    expect(frontMatterYaml({ title: '‘Quoted’ and "double"' })).toBe('title: ‘Quoted’ and "double"');
    expect(frontMatterYaml({ title: "'Single' start" })).toBe("title: '''Single'' start'");
  });

  it('writes lists in brackets, quoting an item with a comma', () => {
    expect(frontMatterYaml({ title: 'T', authors: ['Petr Svab', 'Doe, Jane'] })).toBe(
      "title: T\nauthors: [Petr Svab, 'Doe, Jane']",
    );
  });

  it('folds the editor’s note into lines of at most 120 characters', () => {
    const note = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ') + ' "a quote: with colon" and more.';
    const yaml = frontMatterYaml({ title: 'T', editorNote: note });
    expect(yaml.split('\n')[1]).toBe('editorNote: >-');
    expect(Math.max(...yaml.split('\n').map((line) => line.length))).toBeLessThanOrEqual(120);
    expect(load(yaml)).toEqual({ title: 'T', editorNote: note });
  });

  it('quotes a note that folding would change', () => {
    expect(frontMatterYaml({ title: 'T', editorNote: 'Line one\nline two' })).toBe(
      'title: T\neditorNote: "Line one\\nline two"',
    );
  });

  it('leaves out what is not there, an empty tag list and draft: false', () => {
    expect(frontMatterYaml({ title: 'T', tags: [], draft: false })).toBe('title: T');
  });

  it.each([
    { title: 'Colon: inside', description: 'A - dash, and [brackets]', tags: ['a: b', '[x]', "it's"] },
    { title: '@handle', description: '%percent', authors: ['*star', '&amp'] },
    { title: 'null', description: '~', tags: ['yes', 'no', '1.5'] },
    { title: 'Tab\there', description: ' leading space', editorNote: `${'x '.repeat(70)} two  spaces` },
  ])('always writes YAML that reads back as the same values (%#)', (data) => {
    expect(load(frontMatterYaml(data))).toEqual(data);
  });

  it('writes each change to the capture as what, text and keptAs, texts in double quotes, then the capture', () => {
    const data = {
      title: 'T',
      removed: [
        { what: 'the headline', text: 'T', keptAs: 'title' as const },
        { what: 'after the article, the line "Follow us"', text: "‘I Don't Know’ \\ #1: [x]" },
      ],
      capture: { sha256: 'a'.repeat(64), captured: '2024-07-02' },
    };
    const yaml = frontMatterYaml(data);
    expect(yaml).toBe(
      [
        'title: T',
        'removed:',
        '  - what: "the headline"',
        '    text: "T"',
        '    keptAs: title',
        '  - what: "after the article, the line \\"Follow us\\""',
        '    text: "‘I Don\'t Know’ \\\\ #1: [x]"',
        'capture:',
        `  sha256: ${'a'.repeat(64)}`,
        '  captured: 2024-07-02',
      ].join('\n'),
    );
    expect(load(yaml)).toEqual({ ...data, capture: { ...data.capture, captured: new Date('2024-07-02') } });
  });

  it.each(['line\nbreak', 'tab\tand\u0085next line', 'separator\u2028here', '\ufeffmark', 'bell\u0007'])(
    'writes a removed text YAML reads back exactly: %j',
    (text) => {
      const written = doubleQuoted(text);
      expect(written).toMatch(/^"[\x20-\x7e\u00a0-\u2027\u202a-\ufefe]*"$/u);
      expect(load(`text: ${written}`)).toEqual({ text });
    },
  );
});
