import { describe, expect, it } from 'vitest';
import {
  fileFor,
  findBrokenLinks,
  pageLinks,
  pageUrl,
  reachablePages,
  type BuiltSite,
} from '../../../scripts/link-check';

/** A small built site from HTML bodies by file, plus other files that merely exist. */
function site(pages: Record<string, string>, otherFiles: string[] = []): BuiltSite {
  return {
    pages: new Map(Object.entries(pages)),
    files: new Set([...Object.keys(pages), ...otherFiles]),
  };
}

describe('pageLinks', () => {
  it('collects links, resources, srcset candidates, Open Graph addresses and meta refresh targets', () => {
    const { hrefs } = pageLinks(`<!doctype html><html><head>
      <link rel="stylesheet" href="/a.css"><meta property="og:image" content="https://archive.example/card.png">
      <meta http-equiv="refresh" content="0;url=/new/"><script src="/s.js"></script></head>
      <body><a href="/x/">x</a><img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x"><form action="/search/"></form>
      <script type="text/pagefind-template"><a href="{{ url }}">not a link</a></script></body></html>`);
    expect(hrefs).toEqual([
      '/a.css',
      'https://archive.example/card.png',
      '/new/',
      '/s.js',
      '/x/',
      '/i.png',
      '/i-1.png',
      '/i-2.png',
      '/search/',
    ]);
  });

  it('collects every id and named anchor as a fragment target', () => {
    expect([...pageLinks('<h2 id="one">1</h2><a name="two"></a><p id="three">3</p>').ids]).toEqual([
      'one',
      'two',
      'three',
    ]);
  });
});

describe('pageUrl and fileFor', () => {
  it('serves a folder address from its index.html', () => {
    expect(pageUrl('/articles/x/index.html')).toBe('/articles/x/');
    expect(pageUrl('/index.html')).toBe('/');
    expect(pageUrl('/404.html')).toBe('/404.html');
    const built = site({ '/articles/x/index.html': '' }, ['/favicon.svg']);
    expect(fileFor('/articles/x/', built)).toBe('/articles/x/index.html');
    expect(fileFor('/favicon.svg', built)).toBe('/favicon.svg');
    expect(fileFor('/articles/x', built)).toBeUndefined();
  });
});

describe('findBrokenLinks', () => {
  it('finds nothing wrong in a site whose links all resolve', () => {
    const built = site(
      {
        '/index.html':
          '<a href="/articles/x/">x</a> <a href="articles/x/#part">part</a> <a href="/search/?q=organ">s</a> <a href="https://elsewhere.example/missing/">out</a> <a href="mailto:a@example.org">mail</a> <a href="#top">top</a><span id="top"></span>',
        '/articles/x/index.html': '<h2 id="part">Part</h2><a href="../../">home</a>',
        '/search/index.html': '',
      },
      ['/favicon.svg'],
    );
    expect(findBrokenLinks(built)).toEqual([]);
  });

  it('names each missing page, missing fragment, folder without its slash and empty fragment', () => {
    const built = site({
      '/index.html':
        '<a href="/gone/">gone</a> <a href="/articles/x/#nowhere">frag</a> <a href="/articles/x">slash</a> <a href="/articles/x/#">empty</a> <img src="/missing.png" alt="">',
      '/articles/x/index.html': '<h2 id="part">Part</h2>',
    });
    expect(findBrokenLinks(built)).toEqual([
      { page: '/', href: '/gone/', problem: 'leads to /gone/, which was not built' },
      { page: '/', href: '/articles/x/#nowhere', problem: 'points at #nowhere, which /articles/x/ does not have' },
      { page: '/', href: '/articles/x', problem: 'leads to a folder: write "/articles/x/"' },
      { page: '/', href: '/articles/x/#', problem: 'has an empty #fragment' },
      { page: '/', href: '/missing.png', problem: 'leads to /missing.png, which was not built' },
    ]);
  });

  it('decodes %-escapes in paths and fragments', () => {
    const built = site({
      '/index.html': '<a href="/tags/falun%20gong/#s%C3%A9ance">x</a>',
      '/tags/falun gong/index.html': '<h2 id="séance">x</h2>',
    });
    expect(findBrokenLinks(built)).toEqual([]);
  });

  it('checks absolute links to the public address the site is built for, and only those', () => {
    const built = site({
      '/index.html':
        '<link rel="canonical" href="https://archive.example/gone/"><a href="https://other.example/gone/">x</a>',
    });
    expect(findBrokenLinks(built, ['https://archive.example'])).toEqual([
      { page: '/', href: 'https://archive.example/gone/', problem: 'leads to /gone/, which was not built' },
    ]);
  });
});

describe('reachablePages', () => {
  it('follows links from the start page, not stylesheets, and never reaches an unlinked page', () => {
    const built = site({
      '/index.html': '<link rel="stylesheet" href="/orphan/"><a href="/a/">a</a>',
      '/a/index.html': '<a href="../b/#x">b</a><a href="/">home</a>',
      '/b/index.html': '',
      '/orphan/index.html': '',
    });
    expect([...reachablePages(built)].toSorted()).toEqual(['/', '/a/', '/b/']);
  });
});
