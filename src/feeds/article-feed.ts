import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import rss from '@astrojs/rss';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { SITE } from '../consts';
import { keptHtmlOr } from '../lib/build/article-html';
import type { Article } from '../lib/content/articles';
import { feedArticles, feedDate, feedHtml, provenanceHtml } from '../lib/formats/feed';
import { absoluteUrl, articleUrl } from '../lib/site/urls';

/** What a feed is: its title and description, its own address, and the articles it carries. */
export interface FeedOptions {
  title: string;
  description: string;
  /** The feed's own site path, for its `atom:link rel="self"`. */
  path: string;
  articles: readonly Article[];
  site: URL;
}

let container: Promise<AstroContainer> | undefined;

/**
 * The body of each article Astro renders (below), once per build: the site's feed, the topics' feeds and the data
 * files all carry the newest articles, and rendering them again for each took a tenth of a build's CPU time. Keyed by
 * the entry's digest as well, so the dev server, which keeps this module between requests, never serves an edited
 * article's old text. Kept HTML is not held here but read when asked: reading a file is cheap, and every article's
 * HTML held for the whole build was about 160 MB at 10,000 articles.
 */
const renderedOfThisBuild = new Map<string, Promise<string>>();

/**
 * An article's body as the page shows it (`keptHtmlOr` decides for both): the HTML the content layer rendered and the
 * build keeps, unless the article has local images, whose addresses are only known at render time, or is MDX; the
 * container renders those through the collection's own `render`, so a feed never differs from the page.
 */
export async function articleHtml(article: Article): Promise<string> {
  return keptHtmlOr(article, () => renderedHtml(article));
}

function renderedHtml(article: Article): Promise<string> {
  const key = `${article.id}\n${article.digest ?? ''}`;
  let html = renderedOfThisBuild.get(key);
  if (!html) {
    html = renderedByAstro(article);
    renderedOfThisBuild.set(key, html);
  }
  return html;
}

async function renderedByAstro(article: Article): Promise<string> {
  // MDX articles render through the MDX renderer, which the container must be given.
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(article);
  return (await container).renderToString(Content);
}

/**
 * An article's text as feeds carry it, once per build: an article is in the site's feed and in the feed of each of
 * its topics, and making its feed copy (a pass over its whole HTML) for each cost as much as rendering it.
 */
const feedContentOfThisBuild = new Map<string, Promise<string>>();

function feedContent(article: Article, link: string): Promise<string> {
  const key = `${link}\n${article.digest ?? ''}`;
  let content = feedContentOfThisBuild.get(key);
  if (!content) {
    const { data } = article;
    content = articleHtml(article).then(
      (html) => provenanceHtml({ ...data, authors: data.authors ?? [] }) + feedHtml(html, link),
    );
    feedContentOfThisBuild.set(key, content);
  }
  return content;
}

/**
 * An RSS 2.0 feed of the newest articles (`SITE.feedArticleCount`) with their full text. Each item carries
 * the article's own date (`pubDate`), or the day it was added when its source states
 * none, or no date at all; authors go in `dc:creator`, since RSS's own `author` must
 * be an email address.
 */
export async function articleFeed({ title, description, path, articles, site }: FeedOptions): Promise<Response> {
  const items = await Promise.all(
    feedArticles(articles, SITE.feedArticleCount).map(async (article) => {
      const link = absoluteUrl(articleUrl(article.id), site);
      const { data } = article;
      const date = feedDate(data);
      const creators = (data.authors ?? []).map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join('');
      return {
        title: data.title,
        link,
        description: data.description ?? data.title,
        ...(date && { pubDate: new Date(`${date}T00:00:00Z`) }),
        categories: data.tags,
        content: await feedContent(article, link),
        ...(creators && { customData: creators }),
      };
    }),
  );
  return rss({
    title,
    description,
    site,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData:
      `<language>${SITE.lang}</language>` +
      `<atom:link href="${escapeXml(absoluteUrl(path, site))}" rel="self" type="application/rss+xml"/>`,
    items,
  });
}

const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
