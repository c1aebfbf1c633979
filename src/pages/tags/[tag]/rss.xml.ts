import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../consts';
import { articleFeed } from '../../../feeds/article-feed';
import { getPublishedArticles, type Article } from '../../../lib/content/articles';
import { groupByTag, type NameGroup } from '../../../lib/site/groups';
import { tagFeedUrl } from '../../../lib/site/urls';

export const getStaticPaths = (async () =>
  groupByTag(await getPublishedArticles()).map((group) => ({
    params: { tag: group.slug },
    props: { group },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: NameGroup<Article> }> = ({ props: { group }, site }) =>
  articleFeed({
    title: `${SITE.title}: ${group.label}`,
    description: `Articles in the ${SITE.title} about ${group.label}, newest first.`,
    path: tagFeedUrl(group.slug),
    articles: group.articles,
    site: site ?? new URL('http://localhost/'),
  });
