import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedArticles, type Article } from '../../lib/content/articles';

export const getStaticPaths = (async () =>
  (await getPublishedArticles()).map((article) => ({
    params: { slug: article.id },
    props: { article },
  }))) satisfies GetStaticPaths;

interface Props {
  article: Article;
}

/** `/articles/<slug>.md`: the article's file as the archive keeps it, front matter and all. */
export const GET: APIRoute<Props> = ({ props }) => {
  const { article } = props;
  // The glob loader records the file's path from the project root, where the build runs.
  const text = article.filePath ? readFileSync(article.filePath, 'utf8') : `${article.body ?? ''}`;
  return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
