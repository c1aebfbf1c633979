import type { APIRoute, GetStaticPaths } from 'astro';
import { pageCacheKey, shownOf } from '../../lib/build/page-cache-key';
import { getArticleSource, getPublishedArticles, type Article } from '../../lib/content/articles';

export const getStaticPaths = (async () =>
  (await getPublishedArticles()).map((article) => ({
    params: { slug: article.id },
    props: { article },
    // The file as the editor keeps it: its digest changes with any edit.
    cacheKey: pageCacheKey(shownOf(article)),
  }))) satisfies GetStaticPaths;

interface Props {
  article: Article;
}

/** `/articles/<slug>.md`: the article's file as the archive keeps it, front matter and all. */
export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(await getArticleSource(props.article), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
