import type { Locator, Page, Request } from '@playwright/test';
import { articleUrl } from '../../src/lib/urls';
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
