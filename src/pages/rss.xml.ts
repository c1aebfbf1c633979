import type { APIRoute } from 'astro';
import { SITE } from '../consts';
import { articleFeed } from '../feeds/article-feed';
import { getPublishedArticles } from '../lib/content/articles';
import { feedUrl } from '../lib/site/urls';

export const GET: APIRoute = async ({ site }) =>
  articleFeed({
    title: SITE.title,
    description: SITE.description,
    path: feedUrl(),
    articles: await getPublishedArticles(),
    site: site ?? new URL('http://localhost/'),
  });
