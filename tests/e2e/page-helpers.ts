import type { Locator, Page, Request } from '@playwright/test';
import { articleUrl } from '../../src/lib/site/urls';
import { expect } from './archive-test';
import type { SourceArticle } from './content';

/**
 * Asserts that the browser scrolled `target` to the top of the window, as following
 * a link to it should: its top sits at its `scroll-margin-top`, unless the page is
 * too short to scroll that far, in which case it must at least be on screen.
 */
export async function expectScrolledTo(target: Locator): Promise<void> {
  await expect(target).toBeInViewport();
  await expect
    .poll(
      () =>
        target.evaluate((element) => {
          const top = element.getBoundingClientRect().top;
          const margin = Number.parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
          const scrolledToEnd =
            Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1;
          return Math.abs(top - margin) <= 2 || (scrolledToEnd && top >= 0);
        }),
      { message: 'the target should be at the top of the window (or the page scrolled to its end)' },
    )
    .toBe(true);
}

/** One entry of an article listing, as the reader sees it. */
export interface ListedArticle {
  /** The article this entry links to, looked up by its URL. */
  article: SourceArticle;
  /** The linked title as shown. */
  title: string;
  /** The `datetime` of the entry's <time>, or `null` when it shows none. */
  datetime: string | null;
  /** All the entry's text, where "Date not stated" must appear when there is no date. */
  text: string;
}

/**
 * The article summaries inside `container`, in page order. Each summary is an
 * <article> whose heading links to the article; the link's path is matched
 * against `articleUrl` for every source file, so an unknown link fails here.
 */
export async function listedArticles(container: Locator, articles: readonly SourceArticle[]): Promise<ListedArticle[]> {
  const entries = await container.locator('article').evaluateAll((elements) =>
    elements.map((element) => {
      const link = element.querySelector<HTMLAnchorElement>(':is(h2, h3, h4) a');
      return {
        path: link ? new URL(link.href).pathname : '',
        title: link?.textContent?.trim() ?? '',
        datetime: element.querySelector('time')?.getAttribute('datetime') ?? null,
        text: element.textContent ?? '',
      };
    }),
  );
  const byUrl = new Map(articles.map((article) => [articleUrl(article.slug), article]));
  return entries.map(({ path, ...rest }) => {
    const article = byUrl.get(path);
    if (!article) throw new Error(`A listing links to ${path || 'nothing'}, which is no article file's URL`);
    return { article, ...rest };
  });
}

/** Asserts that each entry shows its own title and date as the front matter gives them. */
export function expectEntriesMatchFrontMatter(entries: readonly ListedArticle[]): void {
  for (const { article, title, datetime, text } of entries) {
    expect(title, `title listed for ${article.file}`).toBe(article.data.title);
    expect(datetime, `date listed for ${article.file}`).toBe(article.data.published ?? null);
    if (!article.data.published) expect(text, `${article.file} has no date`).toContain('Date not stated');
  }
}

/** Asserts newest first by `published`, every undated article after every dated one. */
export function expectNewestFirst(articles: readonly SourceArticle[]): void {
  const dates = articles.map((a) => a.data.published);
  const firstUndated = dates.indexOf(undefined);
  if (firstUndated !== -1) {
    expect(dates.slice(firstUndated), 'undated articles come after all dated ones').toEqual(
      dates.slice(firstUndated).map(() => undefined),
    );
  }
  const dated = dates.filter((date) => date !== undefined);
  expect(dated, 'dated articles are newest first').toEqual(dated.toSorted().toReversed());
}

/** Starts collecting every request `page` makes; `stop` ends the recording and returns what was seen. */
export function recordRequests(page: Page): { stop: () => { url: string; type: string }[] } {
  const requests: { url: string; type: string }[] = [];
  const onRequest = (request: Request): void => {
    requests.push({ url: request.url(), type: request.resourceType() });
  };
  page.on('request', onRequest);
  return {
    stop: () => {
      page.off('request', onRequest);
      return requests;
    },
  };
}

/** Every page of a paginated listing, as a reader who follows its links sees it. */
export interface WalkedListing {
  /** The entries of every page, in order. */
  entries: ListedArticle[];
  /** The path of each page, first to last. */
  pages: string[];
}

/**
 * Reads a listing from its first page to its last by following the "Older" link,
 * checking on the way that each page says which it is ("Page 2 of 3"), marks its own
 * number as current, links the next page by number and holds at most `pageSize`
 * articles; then checks that the last page is also one click from the first.
 */
export async function walkListing(
  page: Page,
  firstPageUrl: string,
  articles: readonly SourceArticle[],
  pageSize: number,
): Promise<WalkedListing> {
  const entries: ListedArticle[] = [];
  const pages: string[] = [];
  const response = await page.goto(firstPageUrl);
  expect(response?.status(), `${firstPageUrl} answers`).toBe(200);
  const navigation = page.getByRole('navigation', { name: 'Pages' });
  // Bounded, so a loop in the links fails the test instead of hanging it.
  for (let number = 1; number <= articles.length + 1; number++) {
    pages.push(new URL(page.url()).pathname);
    const onPage = await listedArticles(page.getByRole('region', { name: 'Articles' }), articles);
    expect(onPage.length, `${page.url()} holds at most a page's worth`).toBeLessThanOrEqual(pageSize);
    expect(onPage.length, `${page.url()} is not empty`).toBeGreaterThan(0);
    entries.push(...onPage);
    const hasNavigation = (await navigation.count()) > 0;
    if (!hasNavigation) break;
    await expect(navigation.getByText(/^Page \d+ of \d+$/)).toHaveText(new RegExp(`^Page ${number} of \\d+$`));
    await expect(navigation.locator('a[aria-current="page"]')).toHaveText(String(number));
    const older = navigation.getByRole('link', { name: 'Older →' });
    if ((await older.count()) === 0) break;
    const nextByNumber = await navigation
      .getByRole('link', { name: `Page ${number + 1}`, exact: true })
      .getAttribute('href');
    const href = await older.getAttribute('href');
    expect(nextByNumber, 'the next page is also linked by its number').toBe(href);
    await older.click();
    await page.waitForURL((url) => url.pathname === href);
  }
  if (pages.length > 1) {
    await page.goto(firstPageUrl);
    const lastLink = navigation.getByRole('link', { name: `Page ${pages.length}`, exact: true });
    await expect(lastLink, 'the first page links straight to the last').toHaveAttribute('href', pages.at(-1) ?? '');
    await lastLink.click();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(pages.at(-1) ?? '')}$`));
    await expect(navigation.getByRole('link', { name: 'Older →' })).toHaveCount(0);
  }
  return { entries, pages };
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Asserts that `xml` is well-formed, as the browser's own XML parser (the one feed
 * readers built on web engines use) reads it; `what` names the document in the failure.
 */
export async function expectWellFormedXml(page: Page, xml: string, what: string): Promise<void> {
  const error = await page.evaluate((text) => {
    const parsed = new DOMParser().parseFromString(text, 'application/xml');
    return parsed.querySelector('parsererror')?.textContent ?? null;
  }, xml);
  expect(error, `${what} is well-formed XML`).toBeNull();
}
