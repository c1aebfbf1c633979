import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../../cards/render';
import { CARD_SIZE, SITE } from '../../../consts';
import { getPublishedArticles, type Article } from '../../../lib/content/articles';
import { articleCard } from '../../../lib/site/card';
import { formatDate } from '../../../lib/site/dates';

export const getStaticPaths = (async () =>
  (await getPublishedArticles()).map((article) => ({
    params: { slug: article.id },
    props: { article },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props: { article } }) => {
  const { title, publication, published } = article.data;
  const tree = articleCard(
    { siteTitle: SITE.title, title, publication, date: published ? formatDate(published) : undefined },
    CARD_SIZE,
  );
  return new Response(new Uint8Array(await renderCard(tree, CARD_SIZE)), { headers: { 'Content-Type': 'image/png' } });
};
