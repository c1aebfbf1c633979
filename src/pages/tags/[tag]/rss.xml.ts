import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../consts';
import { articleFeed } from '../../../feeds/article-feed';
import { pageCacheKey, shownOf } from '../../../lib/build/page-cache-key';
import { getEntities, getEntitySummaries, getPublishedArticles, type Article } from '../../../lib/content/articles';
import { topicEntityFinder } from '../../../lib/content/entity-index';
import { feedArticles } from '../../../lib/formats/feed';
import { groupByTag } from '../../../lib/site/groups';
import { tagFeedUrl } from '../../../lib/site/urls';

// A type rather than an interface: Astro's props must be an object type with an index signature.
type Props = { label: string; articles: Article[] };

/**
 * A feed per topic. A topic that names an entity keeps its feed, so a reader subscribed to it is not cut off, and
 * the feed carries what the entity's page lists: the articles that mention the entity or are filed under it.
 */
export const getStaticPaths = (async () => {
  const entities = await getEntities();
  const entityOfTopic = topicEntityFinder(entities);
  const summaries = new Map((await getEntitySummaries()).map((summary) => [summary.slug, summary]));
  return groupByTag(await getPublishedArticles()).map((group) => {
    const entity = summaries.get(entityOfTopic(group.label) ?? '');
    const props: Props = entity
      ? { label: entity.data.name, articles: entity.articles.map(({ article }) => article) }
      : { label: group.label, articles: group.articles };
    // The feed carries its newest articles whole, each as its page renders it, whose links to entity pages come
    // from the entities' names, as on the article pages.
    const items = feedArticles(props.articles, SITE.feedArticleCount).map(shownOf);
    return { params: { tag: group.slug }, props, cacheKey: pageCacheKey({ label: props.label, items, entities }) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props: { label, articles }, params, site }) =>
  articleFeed({
    title: `${SITE.title}: ${label}`,
    description: `Articles in the ${SITE.title} about ${label}, newest first.`,
    path: tagFeedUrl(params.tag ?? ''),
    articles,
    site: site ?? new URL('http://localhost/'),
  });
