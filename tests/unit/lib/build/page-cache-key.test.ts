import { describe, expect, it } from 'vitest';
import {
  articlePageKey,
  listingPageKey,
  pageCacheKey,
  shownOf,
  summaryShown,
  withListingKeys,
  type ListingPage,
} from '../../../../src/lib/build/page-cache-key';

interface TestArticle {
  id: string;
  digest: string;
  data: {
    title: string;
    published?: string;
    publication?: string;
    description?: string;
    tags: string[];
    authors?: string[];
  };
}

/** An article as the collection gives it: the digest stands for its whole file, text included. */
const article = (id: string, changes: Partial<TestArticle['data']> & { digest?: string } = {}): TestArticle => {
  const { digest = `digest-of-${id}`, ...data } = changes;
  return {
    id,
    digest,
    data: { title: `Title of ${id}`, published: '2024-07-02', publication: 'The Daily', tags: ['Topic'], ...data },
  };
};

/** The pages Astro's `paginate` makes of a listing, `size` articles a page, with the listing's own props. */
function paginated<P extends object>(articles: TestArticle[], size: number, props: P) {
  const lastPage = Math.max(1, Math.ceil(articles.length / size));
  return Array.from({ length: lastPage }, (_, index) => {
    const start = index * size;
    const data = articles.slice(start, start + size);
    const page: ListingPage<TestArticle> = {
      data,
      currentPage: index + 1,
      lastPage,
      total: articles.length,
      start,
      end: start + data.length - 1,
    };
    return { params: { page: index === 0 ? undefined : String(index + 1) }, props: { ...props, page } };
  });
}

const page = (articles: TestArticle[], facts: Partial<ListingPage<TestArticle>> = {}): ListingPage<TestArticle> => ({
  data: articles,
  currentPage: 1,
  lastPage: 1,
  total: articles.length,
  start: 0,
  end: articles.length - 1,
  ...facts,
});

describe('pageCacheKey', () => {
  it('is the same for the same facts and differs when any fact differs', () => {
    expect(pageCacheKey({ title: 'A', count: 2 })).toBe(pageCacheKey({ title: 'A', count: 2 }));
    expect(pageCacheKey({ title: 'A', count: 2 })).not.toBe(pageCacheKey({ title: 'A', count: 3 }));
    expect(pageCacheKey({ title: 'A' })).not.toBe(pageCacheKey({ title: 'B' }));
  });

  it('changes with an entry’s text, through the digest of its file', () => {
    const before = pageCacheKey(shownOf(article('a')));
    expect(pageCacheKey(shownOf(article('a', { digest: 'edited' })))).not.toBe(before);
    expect(pageCacheKey(shownOf(article('a')))).toBe(before);
  });
});

describe('summaryShown', () => {
  it('holds what a listing shows of an article: its address, title, date, publication and description', () => {
    expect(summaryShown(article('a', { description: 'One sentence.' }))).toEqual({
      id: 'a',
      title: 'Title of a',
      published: '2024-07-02',
      publication: 'The Daily',
      description: 'One sentence.',
    });
  });

  it('leaves out what a listing does not show, so editing only that reuses the listing', () => {
    const shown = summaryShown(article('a'));
    expect(summaryShown(article('a', { digest: 'text edited' }))).toEqual(shown);
    expect(summaryShown(article('a', { tags: ['Another topic'], authors: ['Someone'] }))).toEqual(shown);
  });
});

describe('listingPageKey', () => {
  const cards = [article('a'), article('b'), article('c')];
  const key = listingPageKey(page(cards), { topic: 'Topic' });

  it('is the same while the same summaries are shown in the same order on the same page', () => {
    expect(listingPageKey(page([article('a'), article('b'), article('c')]), { topic: 'Topic' })).toBe(key);
  });

  it('is the same after an edit of a shown article’s text alone', () => {
    const edited = [article('a'), article('b', { digest: 'text edited' }), article('c')];
    expect(listingPageKey(page(edited), { topic: 'Topic' })).toBe(key);
  });

  it.each([
    ['title', { title: 'A new title' }],
    ['date', { published: '2025-01-01' }],
    ['publication', { publication: 'Another Daily' }],
    ['description', { description: 'Now described.' }],
  ])('changes when a shown article’s %s does', (_, change) => {
    const edited = [article('a'), article('b', change), article('c')];
    expect(listingPageKey(page(edited), { topic: 'Topic' })).not.toBe(key);
  });

  it('changes when the articles shown, or their order, do', () => {
    expect(listingPageKey(page([article('a'), article('c'), article('b')]), { topic: 'Topic' })).not.toBe(key);
    expect(listingPageKey(page([article('a'), article('b')]), { topic: 'Topic' })).not.toBe(key);
  });

  it.each([
    ['its number', { currentPage: 2, start: 3, end: 5 }],
    ['the number of pages, which its page links show', { lastPage: 2 }],
    ['the listing’s total, which its heading shows', { total: 4 }],
  ])('changes with the page’s place in its listing: %s', (_, facts) => {
    expect(listingPageKey(page(cards, facts), { topic: 'Topic' })).not.toBe(key);
  });

  it('changes with the listing’s own facts', () => {
    expect(listingPageKey(page(cards), { topic: 'Another topic' })).not.toBe(key);
  });
});

describe('withListingKeys', () => {
  const articles = ['a', 'b', 'c', 'd', 'e'].map((id) => article(id));
  const keys = (list: TestArticle[], label = 'Topic') =>
    withListingKeys(paginated(list, 2, { label }), ({ label: name }) => ({ name })).map(({ cacheKey }) => cacheKey);

  it('keeps each path’s params and props and adds its key', () => {
    const paths = paginated(articles, 2, { label: 'Topic' });
    const [first, second] = withListingKeys(paths, ({ label }) => label);
    expect(first?.params).toEqual({ page: undefined });
    expect(second?.props.page.data.map(({ id }) => id)).toEqual(['c', 'd']);
    expect(first?.cacheKey).toBe(listingPageKey(paths[0]?.props.page ?? page([]), 'Topic'));
    expect(first?.cacheKey).not.toBe(second?.cacheKey);
  });

  it('changes only the key of the page that shows an edited title', () => {
    const before = keys(articles);
    const after = keys(articles.map((a) => (a.id === 'c' ? article('c', { title: 'Edited' }) : a)));
    expect(after.map((key, index) => key === before[index])).toEqual([true, false, true]);
  });

  it('changes every page’s key when an article joins the listing, since each page shows the total', () => {
    const before = keys(articles);
    const after = keys([...articles, article('f')]);
    expect(after.every((key, index) => key !== before[index])).toBe(true);
  });

  it('changes every page’s key when the listing’s own facts change', () => {
    const before = keys(articles);
    expect(keys(articles, 'Renamed').some((key, index) => key === before[index])).toBe(false);
  });
});

describe('articlePageKey', () => {
  const onPage = (
    changes: { a?: TestArticle; related?: TestArticle; newer?: TestArticle; older?: TestArticle } = {},
  ) => ({
    article: changes.a ?? article('a'),
    related: [article('r1'), changes.related ?? article('r2')],
    newer: changes.newer ?? article('n'),
    older: changes.older ?? article('o'),
  });
  const key = articlePageKey(onPage(), { facets: ['Topic'] });

  it('is the same for the same articles and facts', () => {
    expect(articlePageKey(onPage(), { facets: ['Topic'] })).toBe(key);
  });

  it('changes with anything of the page’s own article, its text included', () => {
    expect(articlePageKey(onPage({ a: article('a', { digest: 'text edited' }) }), { facets: ['Topic'] })).not.toBe(key);
    expect(articlePageKey(onPage({ a: article('a', { authors: ['Someone'] }) }), { facets: ['Topic'] })).not.toBe(key);
  });

  it('is the same after an edit of a related or neighbouring article’s text, topics or authors, which it does not show', () => {
    for (const edit of [{ digest: 'text edited' }, { tags: ['Another topic'] }, { authors: ['Someone'] }]) {
      expect(articlePageKey(onPage({ related: article('r2', edit) }), { facets: ['Topic'] })).toBe(key);
      expect(articlePageKey(onPage({ newer: article('n', edit) }), { facets: ['Topic'] })).toBe(key);
      expect(articlePageKey(onPage({ older: article('o', edit) }), { facets: ['Topic'] })).toBe(key);
    }
  });

  it.each([
    ['title', { title: 'A new title' }],
    ['date', { published: '2025-01-01' }],
    ['publication', { publication: 'Another Daily' }],
    ['description', { description: 'Now described.' }],
  ])('changes when a related article’s %s does, which its summary shows', (_, change) => {
    expect(articlePageKey(onPage({ related: article('r2', change) }), { facets: ['Topic'] })).not.toBe(key);
  });

  it('changes when a neighbour’s title does, or another article takes its place', () => {
    expect(articlePageKey(onPage({ newer: article('n', { title: 'Edited' }) }), { facets: ['Topic'] })).not.toBe(key);
    expect(articlePageKey(onPage({ older: article('x') }), { facets: ['Topic'] })).not.toBe(key);
    expect(articlePageKey({ ...onPage(), newer: undefined }, { facets: ['Topic'] })).not.toBe(key);
  });

  it('changes when the related articles or their order do, and with the page’s other facts', () => {
    expect(articlePageKey({ ...onPage(), related: [article('r2'), article('r1')] }, { facets: ['Topic'] })).not.toBe(
      key,
    );
    expect(articlePageKey({ ...onPage(), related: [article('r1')] }, { facets: ['Topic'] })).not.toBe(key);
    expect(articlePageKey(onPage(), { facets: ['Another topic'] })).not.toBe(key);
  });
});
