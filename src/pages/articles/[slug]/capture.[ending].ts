import type { APIRoute, GetStaticPaths } from 'astro';
import { getCapture, getPublishedArticles } from '../../../lib/content/articles';
import type { Capture } from '../../../lib/content/captures';
import { pageCacheKey } from '../../../lib/build/page-cache-key';
import { captureFileUrl } from '../../../lib/site/urls';

export const getStaticPaths = (async () => {
  const articles = await getPublishedArticles();
  const withCaptures = await Promise.all(
    articles.map(async (article) => ({ slug: article.id, capture: await getCapture(article) })),
  );
  return withCaptures.flatMap(({ slug, capture }) => {
    if (!capture) return [];
    // The ending after "capture.": "txt", or "html.txt" for a saved page, exactly as captureFileUrl writes it.
    const ending = captureFileUrl(slug, capture.kind).split('/capture.').at(-1) ?? 'txt';
    return [{ params: { slug, ending }, props: { capture }, cacheKey: pageCacheKey(capture.sha256) }];
  });
}) satisfies GetStaticPaths;

interface Props {
  capture: Capture;
}

/**
 * `/articles/<slug>/capture.txt` (or `capture.html.txt`): the original capture byte for byte, so its SHA-256 is the
 * one the article records. Always plain text, so a saved page is read, never rendered or run.
 */
export const GET: APIRoute<Props> = ({ props }) =>
  new Response(new Uint8Array(props.capture.bytes), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
