import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit, SKIP } from 'unist-util-visit';
import { isAnchorMark } from '../../markdown/site-marks';
import type { ArticleFrontMatter } from '../../schema';
import { DATE_NOT_STATED, formatDate } from '../site/dates';

/**
 * The date a feed gives an article: its publication date as the source states it,
 * else the day it entered the archive (`added`), else none. An item without a date
 * is still in the feed; feed readers then show it from the day they first see it.
 */
export function feedDate(data: Pick<ArticleFrontMatter, 'published' | 'added'>): string | undefined {
  return data.published ?? data.added;
}

/**
 * The order of a feed: by feed date, newest first, items without one last; the
 * given order (newest published first) breaks ties, so every build lists them alike.
 */
export function newestInFeedFirst<T extends { data: Pick<ArticleFrontMatter, 'published' | 'added'> }>(
  articles: readonly T[],
): T[] {
  return articles
    .map((article, index) => ({ article, index, date: feedDate(article.data) }))
    .toSorted((a, b) => {
      if (a.date !== b.date) {
        if (a.date === undefined) return 1;
        if (b.date === undefined) return -1;
        return a.date < b.date ? 1 : -1;
      }
      return a.index - b.index;
    })
    .map(({ article }) => article);
}

/**
 * The articles a feed carries: the `count` newest in feed order, so that a feed
 * stays the same size however large the archive grows.
 */
export function feedArticles<T extends { data: Pick<ArticleFrontMatter, 'published' | 'added'> }>(
  articles: readonly T[],
  count: number,
): T[] {
  return newestInFeedFirst(articles).slice(0, count);
}

/**
 * An article's HTML made fit for a feed reader, which has neither the site's styles
 * nor its address: the "link to this section" and "link to this passage" anchors are dropped
 * (without CSS they would read as stray text), so are search's passage titles and ignore marks, and every relative link or image
 * address is made absolute against the article's own URL.
 */
export function feedHtml(html: string, articleAbsoluteUrl: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element, index, parent) => {
    if (isAnchorMark(node) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    // Search's name for the passage, and its note to leave a placeholder out, mean nothing to a feed reader.
    delete node.properties.dataPagefindTitle;
    delete node.properties.dataPagefindIgnore;
    for (const attribute of ['href', 'src'] as const) {
      const value = node.properties[attribute];
      if (typeof value === 'string' && value !== '') node.properties[attribute] = resolve(value, articleAbsoluteUrl);
    }
    return undefined;
  });
  return toHtml(tree);
}

function resolve(address: string, base: string): string {
  return URL.canParse(address, base) ? new URL(address, base).href : address;
}

/** What a feed item says about where an article came from, as the article page does. */
export interface FeedProvenance {
  publication?: string;
  authors: readonly string[];
  published?: string;
  added?: string;
  sourceUrl?: string;
  editorNote?: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);

/**
 * The paragraph that opens each feed item: publication, author, date and original
 * link exactly as far as the source states them, and the editors' note if there is one.
 * An undated article says so, and says when it entered the archive when that is known.
 */
export function provenanceHtml({
  publication,
  authors,
  published,
  added,
  sourceUrl,
  editorNote,
}: FeedProvenance): string {
  const date = published
    ? formatDate(published)
    : `${DATE_NOT_STATED}${added ? ` (added to the archive on ${formatDate(added)})` : ''}`;
  const parts = [
    `Publication: ${publication ? escapeHtml(publication) : 'not stated'}`,
    `${authors.length > 1 ? 'Authors' : 'Author'}: ${authors.length > 0 ? escapeHtml(authors.join(', ')) : 'not stated'}`,
    `Published: ${date}`,
    `Original: ${sourceUrl ? `<a href="${escapeHtml(sourceUrl)}">${escapeHtml(new URL(sourceUrl).hostname)}</a>` : 'link not recorded'}`,
  ];
  const note = editorNote ? `<p><strong>Editor's note:</strong> ${escapeHtml(editorNote)}</p>` : '';
  return `<p><em>${parts.join(' · ')}</em></p>${note}`;
}
