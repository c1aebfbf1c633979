import type { APIRoute, GetStaticPaths } from 'astro';
import { articleCitationItem, bibtex, cslJson, ris } from '../../../citations/cite';
import { pageCacheKey, shownOf } from '../../../lib/build/page-cache-key';
import { getPublishedArticles, type Article } from '../../../lib/content/articles';
import { CITATION_FILES } from '../../../lib/formats/citation-files';
import { absoluteUrl, articleUrl, type CitationFormat } from '../../../lib/site/urls';

const FORMATS = Object.keys(CITATION_FILES) as CitationFormat[];

export const getStaticPaths = (async () => {
  const articles = await getPublishedArticles();
  return articles.flatMap((article) =>
    FORMATS.map((format) => ({
      params: { slug: article.id, format },
      props: { article, format },
      // Made from the front matter alone; the site's address is in the configuration, which Astro's cache covers.
      cacheKey: pageCacheKey(shownOf(article)),
    })),
  );
}) satisfies GetStaticPaths;

interface Props {
  article: Article;
  format: CitationFormat;
}

/** `/articles/<slug>/cite.bib`, `.ris` and `.json`: the article's reference, made at build time from its front matter. */
export const GET: APIRoute<Props> = ({ props, site }) => {
  const { article, format } = props;
  const item = articleCitationItem({
    slug: article.id,
    ...article.data,
    archiveUrl: absoluteUrl(articleUrl(article.id), site ?? 'http://localhost/'),
  });
  const body = format === 'bib' ? bibtex(item) : format === 'ris' ? ris(item) : cslJson(item);
  return new Response(body, { headers: { 'Content-Type': CITATION_FILES[format].mediaType } });
};
