import { describe, expect, it } from 'vitest';
import { renderFixture, renderMarkdown, withoutPassageLinks } from './render';

describe('rehypeTaskListLabels', () => {
  // Found by axe (label): GFM's task-list checkboxes had no accessible name.
  it('labels each task-list checkbox with its task, in tight, loose and nested lists', async () => {
    const { actual, expected } = await renderFixture('task-list');
    expect(actual).toBe(expected);
  });

  it('stops the label at a nested list, so the list stays outside it', async () => {
    const code = withoutPassageLinks((await renderMarkdown('- [x] Parent task\n  - Child item')).code);
    expect(code).toContain('<label><input type="checkbox" checked disabled> Parent task\n</label><ul>');
  });

  it('leaves a checkbox that is not first in its paragraph alone', async () => {
    const code = withoutPassageLinks((await renderMarkdown('Text then <input type="checkbox" disabled> a box.')).code);
    expect(code).not.toContain('<label>');
  });
});
