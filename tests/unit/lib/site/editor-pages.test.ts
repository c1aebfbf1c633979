import { describe, expect, it } from 'vitest';
import { editorPageProblem, routeSegments } from '../../../../src/lib/site/editor-pages';

describe('routeSegments', () => {
  it('takes the first segment of each route file, without its extension', () => {
    expect(
      routeSegments([
        './search.astro',
        './rss.xml.ts',
        './articles/[slug].astro',
        './articles/index.astro',
        './404.astro',
      ]),
    ).toEqual(new Set(['search', 'rss.xml', 'articles', '404']));
  });

  it('leaves out dynamic segments, which serve no fixed address', () => {
    expect(routeSegments(['./[page].astro', './[...rest].astro'])).toEqual(new Set());
  });
});

describe('editorPageProblem', () => {
  const taken = new Set(['articles', 'search']);

  it('accepts a name no route uses', () => {
    expect(editorPageProblem('about', 'content/pages/about.md', taken)).toBeUndefined();
  });

  it('names the file and the address a route already uses', () => {
    expect(editorPageProblem('search', 'content/pages/search.md', taken)).toBe(
      'content/pages/search.md would be published at /search/, which the site already uses for its own pages; give the file another name',
    );
  });
});
