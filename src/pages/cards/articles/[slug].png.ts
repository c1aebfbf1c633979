import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../../cards/render';
import { CARD_SIZE, SITE } from '../../../consts';
import { getPublishedArticles, type Article } from '../../../lib/content/articles';
import { pageCacheKey } from '../../../lib/build/page-cache-key';
import { articleCard, type CardNode } from '../../../lib/site/card';
import { formatDate } from '../../../lib/site/dates';

/** What an article's card shows: the site's title and the article's title, publication and date. */
function cardOf({ data: { title, publication, published } }: Article): CardNode {
  return articleCard(
    { siteTitle: SITE.title, title, publication, date: published ? formatDate(published) : undefined },
    CARD_SIZE,
  );
}

export const getStaticPaths = (async () =>
  (await getPublishedArticles()).map((article) => ({
    params: { slug: article.id },
    props: { article },
    cacheKey: pageCacheKey(cardOf(article)),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props: { article } }) =>
  new Response(new Uint8Array(await renderCard(cardOf(article), CARD_SIZE)), {
    headers: { 'Content-Type': 'image/png' },
  });
