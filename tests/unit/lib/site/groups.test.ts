import { describe, expect, it } from 'vitest';
import type { PaginateFunction } from 'astro';
import { PAGE_SIZE } from '../../../../src/consts';
import {
  groupByAuthor,
  groupByName,
  groupByPublication,
  groupByTag,
  indexEntries,
  labelsBySlug,
  namesFor,
  paginateGroups,
  type NameKind,
} from '../../../../src/lib/site/groups';
import { LISTING_KIND_NAMES, listingKind } from '../../../../src/lib/site/listing-kinds';
import { authorUrl, tagUrl } from '../../../../src/lib/site/urls';

/** An article with only what grouping looks at. */
const entry = (id: string, data: { tags?: string[]; authors?: string[]; publication?: string } = {}) => ({
  id,
  data: { tags: data.tags ?? [], authors: data.authors, publication: data.publication },
});

const summary = (groups: { slug: string; label: string; articles: { id: string }[] }[]) =>
  groups.map(({ slug, label, articles }) => ({ slug, label, ids: articles.map((a) => a.id) }));

describe('groupByName', () => {
  it('puts each article under each of its names, keeping the order the articles came in', () => {
    const articles = [
      entry('newest', { tags: ['Falun Gong', 'United States'] }),
      entry('middle', { tags: ['United States'] }),
      entry('oldest', { tags: ['Falun Gong'] }),
    ];
    expect(summary(groupByTag(articles))).toEqual([
      { slug: 'falun-gong', label: 'Falun Gong', ids: ['newest', 'oldest'] },
      { slug: 'united-states', label: 'United States', ids: ['newest', 'middle'] },
    ]);
  });

  it('makes spellings with one slug one group, shown as most articles spell it', () => {
    const articles = [
      entry('a', { tags: ['human rights'] }),
      entry('b', { tags: ['Human Rights'] }),
      entry('c', { tags: ['Human-Rights'] }),
      entry('d', { tags: ['Human Rights'] }),
    ];
    expect(summary(groupByTag(articles))).toEqual([
      { slug: 'human-rights', label: 'Human Rights', ids: ['a', 'b', 'c', 'd'] },
    ]);
  });

  it('breaks a tie between spellings by the first one met', () => {
    const articles = [entry('a', { tags: ['uighurs'] }), entry('b', { tags: ['Uighurs'] })];
    expect(groupByTag(articles)[0]?.label).toBe('uighurs');
  });

  it('lists an article once in a group even when two of its names fall in it', () => {
    const articles = [entry('a', { tags: ['Falun Gong', 'falun gong'] })];
    expect(summary(groupByTag(articles))).toEqual([{ slug: 'falun-gong', label: 'Falun Gong', ids: ['a'] }]);
  });

  it('sorts groups by label, ignoring case and accents', () => {
    const articles = [entry('a', { tags: ['zebra', 'Émigrés', 'apple', 'Banana'] })];
    expect(groupByTag(articles).map((g) => g.label)).toEqual(['apple', 'Banana', 'Émigrés', 'zebra']);
  });

  it('gives nothing for articles without names', () => {
    expect(groupByTag([entry('a'), entry('b')])).toEqual([]);
    expect(groupByName([], () => ['x'])).toEqual([]);
  });

  it('refuses a name that could have no address, which the content check reports first', () => {
    expect(() => groupByTag([entry('a', { tags: ['!!!'] })])).toThrow('"!!!" has no letter or digit');
  });
});

describe('groupByAuthor and groupByPublication', () => {
  const articles = [
    entry('a', { authors: ['Petr Svab', 'Sidney Hunt'], publication: 'The Epoch Times' }),
    entry('b', { authors: ['Petr Šváb'] }),
    entry('c', { publication: 'the epoch times' }),
    entry('d'),
  ];

  it('puts an article with two authors under both, and merges spellings with and without accents', () => {
    expect(summary(groupByAuthor(articles))).toEqual([
      { slug: 'petr-svab', label: 'Petr Svab', ids: ['a', 'b'] },
      { slug: 'sidney-hunt', label: 'Sidney Hunt', ids: ['a'] },
    ]);
  });

  it('leaves articles whose source names no publication out of every publication', () => {
    expect(summary(groupByPublication(articles))).toEqual([
      { slug: 'the-epoch-times', label: 'The Epoch Times', ids: ['a', 'c'] },
    ]);
  });
});

describe('indexEntries', () => {
  it('gives each group, in order, its spelling, the address of its listing and its number of articles', () => {
    const articles = [entry('a', { authors: ['Sidney Hunt', 'Petr Svab'] }), entry('b', { authors: ['Petr Šváb'] })];
    expect(indexEntries(groupByAuthor(articles), 'author')).toEqual([
      { label: 'Petr Svab', url: authorUrl('petr-svab'), count: 2 },
      { label: 'Sidney Hunt', url: authorUrl('sidney-hunt'), count: 1 },
    ]);
    expect(indexEntries(groupByTag([entry('a', { tags: ['Falun Gong'] })]), 'topic')).toEqual([
      { label: 'Falun Gong', url: tagUrl('falun-gong'), count: 1 },
    ]);
  });
});

describe('namesFor', () => {
  const nameKinds = LISTING_KIND_NAMES.filter((kind): kind is NameKind => listingKind(kind).names !== undefined);

  it('reads each kind’s names from the front-matter field its listing kind names', () => {
    const article = entry('a', {
      tags: ['Falun Gong', 'Organ Harvesting'],
      authors: ['Petr Svab'],
      publication: 'NTD',
    });
    expect(Object.fromEntries(nameKinds.map((kind) => [kind, namesFor(article, kind)]))).toEqual({
      topic: ['Falun Gong', 'Organ Harvesting'],
      publication: ['NTD'],
      author: ['Petr Svab'],
    });
  });

  it('gives no names for a field the article leaves out', () => {
    for (const kind of nameKinds) expect(namesFor(entry('a'), kind)).toEqual([]);
  });
});

describe('labelsBySlug', () => {
  it('gives each slug the spelling its group shows, for any spelling an article used', () => {
    const articles = [
      { id: 'a', data: { tags: ['Human Rights'] } },
      { id: 'b', data: { tags: ['Human Rights', 'Falun Gong'] } },
      { id: 'c', data: { tags: ['human rights'] } },
    ];
    expect(labelsBySlug(groupByTag(articles))).toEqual(
      new Map([
        ['falun-gong', 'Falun Gong'],
        ['human-rights', 'Human Rights'],
      ]),
    );
  });
});

describe('paginateGroups', () => {
  it('paginates each group under its slug, with the page size and the group as a prop', () => {
    const calls: unknown[] = [];
    const paginate = ((data: readonly unknown[], options: unknown) => {
      calls.push({ data, options });
      return [];
    }) as unknown as PaginateFunction;
    const groups = groupByTag([entry('a', { tags: ['Falun Gong'] }), entry('b', { tags: ['Wang Lijun'] })]);
    paginateGroups(groups, 'tag', paginate);
    expect(calls).toEqual(
      groups.map((group) => ({
        data: group.articles,
        options: { params: { tag: group.slug }, props: { group }, pageSize: PAGE_SIZE },
      })),
    );
  });
});
