import { describe, expect, it } from 'vitest';
import { renderMarkdown, withoutPassageLinks } from './render';

describe('rehypeAlignClasses', () => {
  // Found by html-validate (no-deprecated-attr): GFM wrote the obsolete align attribute on aligned table cells.
  it('turns the alignment GFM writes on table cells into classes', async () => {
    const code = withoutPassageLinks((await renderMarkdown('| A | B | C |\n| :-- | :-: | --: |\n| 1 | 2 | 3 |')).code);
    expect(code).not.toContain('align=');
    expect(code).toContain('<th class="align-left">A</th>');
    expect(code).toContain('<th class="align-center">B</th>');
    expect(code).toContain('<td class="align-right">3</td>');
  });

  it('does the same for aligned HTML copied from another site, keeping its other classes', async () => {
    const code = withoutPassageLinks(
      (await renderMarkdown('<p align="CENTER">Centred</p>\n\n<div align="justify">Set</div>')).code,
    );
    expect(code).toContain('<p class="align-center">Centred</p>');
    expect(code).toContain('<div class="align-justify">Set</div>');
  });

  it('drops an alignment it has no style for', async () => {
    const code = withoutPassageLinks((await renderMarkdown('<p align="middle">Text</p>')).code);
    expect(code).toBe('<p>Text</p>');
  });
});
