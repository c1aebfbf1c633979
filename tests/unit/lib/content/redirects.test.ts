import { describe, expect, it } from 'vitest';
import {
  aliasRedirects,
  findRedirectChains,
  nginxRedirectMapText,
  parseRedirectsList,
  redirectsFileText,
  topicRedirects,
} from '../../../../src/lib/content/redirects';
import { articleUrl, entityUrl, tagUrl } from '../../../../src/lib/site/urls';

describe('aliasRedirects', () => {
  it('sends each former slug of a published article to its address', () => {
    expect(
      aliasRedirects([
        { slug: 'wang-lijun-organ-harvest-files', aliases: ['wang-lijun-organ', 'wang-lijun'], draft: false },
        { slug: 'no-aliases', aliases: [], draft: false },
      ]),
    ).toEqual([
      // Sorted by code point, so every build writes the same file.
      { from: articleUrl('wang-lijun-organ'), to: articleUrl('wang-lijun-organ-harvest-files') },
      { from: articleUrl('wang-lijun'), to: articleUrl('wang-lijun-organ-harvest-files') },
    ]);
  });

  it('gives a draft none, since it has no page to lead to', () => {
    expect(aliasRedirects([{ slug: 'draft', aliases: ['old-draft'], draft: true }])).toEqual([]);
  });

  it('lists an alias written twice once', () => {
    expect(aliasRedirects([{ slug: 'a', aliases: ['old', 'old'], draft: false }])).toHaveLength(1);
  });
});

describe('parseRedirectsList', () => {
  it('reads "old new" pairs, skipping comments and blank lines', () => {
    const text = ['# Renamed topics', '', '/tags/uighurs/   /tags/uyghurs/  # spelling', '/old/ /new/', ''].join('\n');
    expect(parseRedirectsList(text)).toEqual({
      redirects: [
        { from: tagUrl('uighurs'), to: tagUrl('uyghurs') },
        { from: '/old/', to: '/new/' },
      ],
      problems: [],
    });
  });

  it('names the line of each mistake, with what it should look like', () => {
    const text = [
      '/tags/a/', // one address only
      'tags/b/ /tags/c/', // no leading slash
      '/tags/d /tags/e', // no trailing slashes
      '/tags/f/ /tags/f/', // to itself
      '/tags/g/ /tags/h/',
      '/tags/g/ /tags/i/', // twice
      'https://example.org/x/ /x/',
    ].join('\n');
    expect(parseRedirectsList(text)).toEqual({
      redirects: [{ from: '/tags/g/', to: '/tags/h/' }],
      problems: [
        {
          line: 1,
          message:
            'must hold an old address and a new one separated by a space, for example "/tags/uighurs/ /tags/uyghurs/"; found "/tags/a/"',
        },
        {
          line: 2,
          message:
            '"tags/b/" must be an address on this site, starting and ending with "/", for example "/tags/uyghurs/"',
        },
        {
          line: 3,
          message:
            '"/tags/d" and "/tags/e" must be addresses on this site, starting and ending with "/", for example "/tags/uyghurs/"',
        },
        { line: 4, message: '"/tags/f/" redirects to itself; remove the line' },
        { line: 6, message: '"/tags/g/" already redirects on line 5; keep one of the two lines' },
        {
          line: 7,
          message:
            '"https://example.org/x/" must be an address on this site, starting and ending with "/", for example "/tags/uyghurs/"',
        },
      ],
    });
  });

  it('reads an empty list as no redirects', () => {
    expect(parseRedirectsList('')).toEqual({ redirects: [], problems: [] });
  });
});

describe('findRedirectChains', () => {
  it('finds a redirect to an address that redirects again, with the final address', () => {
    const redirects = [
      { from: '/a/', to: '/b/' },
      { from: '/b/', to: '/c/' },
      { from: '/c/', to: '/d/' },
      { from: '/x/', to: '/y/' },
    ];
    expect(findRedirectChains(redirects)).toEqual([
      { redirect: { from: '/a/', to: '/b/' }, finalTo: '/d/' },
      { redirect: { from: '/b/', to: '/c/' }, finalTo: '/d/' },
    ]);
  });

  it('stops at a loop instead of running forever', () => {
    const chains = findRedirectChains([
      { from: '/a/', to: '/b/' },
      { from: '/b/', to: '/a/' },
    ]);
    expect(chains).toHaveLength(2);
  });
});

describe('redirectsFileText', () => {
  it('writes one permanent redirect a line after a comment saying where it comes from', () => {
    expect(redirectsFileText([{ from: '/articles/old/', to: '/articles/new/' }])).toBe(
      [
        '# Permanent redirects for hosts that read this file (Netlify, Cloudflare Pages).',
        '# Written by the build from article aliases and content/redirects.txt; do not edit.',
        '/articles/old/ /articles/new/ 301',
        '',
      ].join('\n'),
    );
  });
});

describe('nginxRedirectMapText', () => {
  it('writes one quoted map entry a line, old path first', () => {
    expect(nginxRedirectMapText([{ from: '/articles/old/', to: '/articles/new/' }])).toBe(
      [
        '# Permanent redirects for nginx: deploy/nginx.conf includes this file in a map.',
        '# Written by the build from article aliases and content/redirects.txt; do not edit.',
        '"/articles/old/" "/articles/new/";',
        '',
      ].join('\n'),
    );
  });

  it('decodes the old path, as nginx compares the decoded address, and leaves the new one as written', () => {
    expect(nginxRedirectMapText([{ from: '/tags/%E4%B8%AD%E6%96%87/', to: '/tags/zhong-wen%20x/' }])).toContain(
      '"/tags/中文/" "/tags/zhong-wen%20x/";',
    );
  });

  it('refuses a path nginx would read as configuration, naming the redirect', () => {
    expect(() => nginxRedirectMapText([{ from: '/tags/a$b/', to: '/tags/c/' }])).toThrow(
      'The redirect from "/tags/a$b/" to "/tags/c/" cannot go into nginx\'s configuration',
    );
    // nginx decodes the address before it compares, so an encoded semicolon is a semicolon to it.
    expect(() => nginxRedirectMapText([{ from: '/tags/a%3Bb/', to: '/tags/c/' }])).toThrow('"/tags/a;b/" holds');
  });
});

describe('topicRedirects', () => {
  it('sends the address of each topic that names an entity to the entity’s page', () => {
    const entity = { file: 'content/entities/david-kilgour.yaml', slug: 'david-kilgour', name: 'David Kilgour' };
    expect(topicRedirects([{ topic: 'David Kilgour', topicSlug: 'david-kilgour', entity }])).toEqual([
      { from: tagUrl('david-kilgour'), to: entityUrl('david-kilgour') },
    ]);
    expect(topicRedirects([])).toEqual([]);
  });
});
