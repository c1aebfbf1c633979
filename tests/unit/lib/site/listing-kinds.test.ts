import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LISTING_KIND_NAMES, listingKind } from '../../../../src/lib/site/listing-kinds';
import { siteSections } from '../../../../src/lib/site/navigation';
import {
  articleSlugAt,
  articleUrl,
  isLaterListingPage,
  listingAt,
  listingIndexUrl,
  listingUrl,
  timelineUrl,
} from '../../../../src/lib/site/urls';

const PAGES = join(import.meta.dirname, '../../../../src/pages');

/** A slug each kind could have: the year listings take only years and the undated list. */
const sampleSlug = (kind: string): string => (kind === 'year' ? '2012' : 'human-rights');

describe.each(LISTING_KIND_NAMES)('the %s listings', (kind) => {
  const { section, paginated } = listingKind(kind);

  it('have an index and listings under their own section', () => {
    expect(listingIndexUrl(kind)).toBe(`/${section}/`);
    expect(listingUrl(kind, sampleSlug(kind)).startsWith(listingIndexUrl(kind))).toBe(true);
  });

  it('are recognised by their route shape, slug and page included', () => {
    const slug = sampleSlug(kind);
    expect(listingAt(listingUrl(kind, slug))).toEqual({ kind, slug, page: 1 });
    expect(isLaterListingPage(listingUrl(kind, slug))).toBe(false);
    if (paginated) {
      expect(listingAt(listingUrl(kind, slug, 12))).toEqual({ kind, slug, page: 12 });
      expect(isLaterListingPage(listingUrl(kind, slug, 2))).toBe(true);
    } else {
      expect(listingAt(`${listingUrl(kind, slug)}2/`)).toBeUndefined();
    }
    expect(listingAt(listingIndexUrl(kind))).toBeUndefined();
  });

  it('have their routes where their addresses point', () => {
    const folder = join(PAGES, section);
    // The index is one page, or the first of numbered pages (every article, at /articles/).
    expect(existsSync(join(folder, 'index.astro')) || existsSync(join(folder, '[...page].astro'))).toBe(true);
    // A listing is one page, or a folder of numbered pages, named after the route's parameter.
    const routes = readdirSync(folder).filter((name) => /^\[[a-z]+\]/.test(name));
    const listingRoutes = paginated
      ? routes.filter((name) => existsSync(join(folder, name, '[...page].astro')))
      : routes.filter((name) => name.endsWith('].astro'));
    expect(listingRoutes, `the route of one listing in src/pages/${section}/`).toHaveLength(1);
  });

  it('is in the site’s navigation, by its index', () => {
    expect(siteSections()).toContainEqual({ label: listingKind(kind).indexTitle, url: listingIndexUrl(kind) });
  });
});

describe('listing routes', () => {
  it('keep a slug that is not URL-safe within its listing', () => {
    expect(listingAt(listingUrl('topic', '../x y'))).toEqual({ kind: 'topic', slug: '../x y', page: 1 });
    expect(listingAt(listingUrl('entity', '法轮功'))).toEqual({ kind: 'entity', slug: '法轮功', page: 1 });
  });

  it('leave the articles that share the year listings’ section to the articles', () => {
    for (const slug of ['wang-lijun', '2012-report', '0012', 'undated-report']) {
      expect(listingAt(articleUrl(slug))).toBeUndefined();
      expect(articleSlugAt(articleUrl(slug))).toBe(slug);
    }
    expect(listingAt(articleUrl('2012'))).toEqual({ kind: 'year', slug: '2012', page: 1 });
    expect(articleSlugAt(articleUrl('2012'))).toBeUndefined();
    expect(articleSlugAt(articleUrl('undated'))).toBeUndefined();
  });

  it('recognise no page a listing does not have', () => {
    for (const path of [
      '/',
      '/tags/a/1/',
      '/tags/a/rss.xml',
      '/tags/a/b/c/',
      '/articles/a/2/',
      '/timeline/',
      '/x/a/',
    ]) {
      expect(listingAt(path)).toBeUndefined();
    }
    expect(articleSlugAt('/articles/a/cite.bib')).toBeUndefined();
    expect(articleSlugAt('/tags/a/')).toBeUndefined();
  });
});

describe('siteSections', () => {
  it('opens with the whole archive, then the other kinds in the list’s order, then the timeline', () => {
    expect(siteSections()).toEqual([
      { label: 'All articles', url: '/articles/' },
      { label: 'Topics', url: '/tags/' },
      { label: 'Publications', url: '/publications/' },
      { label: 'Authors', url: '/authors/' },
      { label: 'People and organisations', url: '/entities/' },
      { label: 'Timeline', url: timelineUrl() },
    ]);
  });
});
