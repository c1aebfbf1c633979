import { join } from 'node:path';
import { SITE } from '../consts';
import { keptTextOfHtml } from '../lib/build/article-html';
import { buildCacheDir, installedVersions } from '../lib/build/cache-dir';
import { oncePerBuild } from '../lib/build/once-per-build';
import { KeptTexts } from '../lib/build/kept-texts';
import { getCapture, getEntitySummaries, getPublishedArticles, getTimelineEvents } from '../lib/content/articles';
import { entityRecords } from '../lib/content/entity-index';
import {
  articleRecord,
  dataFile,
  eventRecords,
  plainText,
  PLAIN_TEXT_VERSION,
  type ArticleRecord,
} from '../lib/formats/open-data';
import { articleHtml } from './article-feed';

/**
 * Every published article as the data files publish it, newest first, its text as its page shows it. Making every
 * article's text is the costly part of the data files, and both articles.json and articles.csv need it: a build
 * makes the records once.
 */
export const articleRecords = oncePerBuild(makeArticleRecords);

/**
 * Where each article's plain text is kept between builds, by a digest of its HTML (`keptTextOfHtml`): making it
 * parses the whole page body (about 1 ms an article), and every edit rewrites the data files, so a rebuild would
 * otherwise parse every article again (11 s of a one-edit rebuild at 10,000 articles). The digest of an article whose
 * HTML is kept apart is its file's name, so a rebuild does not read that HTML either.
 */
const PLAIN_TEXTS_FILE = join(buildCacheDir('open-data'), 'plain-texts.json');

/** The packages `plainText` parses and reads the HTML with: an upgrade of either makes every text again. */
const PLAIN_TEXT_PACKAGES = ['hast-util-from-html', 'hast-util-to-text'] as const;

async function makeArticleRecords(site: URL): Promise<ArticleRecord[]> {
  const articles = await getPublishedArticles();
  const texts = new KeptTexts(
    PLAIN_TEXTS_FILE,
    JSON.stringify({ PLAIN_TEXT_VERSION, versions: installedVersions(PLAIN_TEXT_PACKAGES) }),
  );
  const records = await Promise.all(
    articles.map(async (article) => {
      const capture = await getCapture(article);
      return articleRecord(
        article,
        await keptTextOfHtml(texts, article, () => articleHtml(article), plainText),
        site,
        capture && { kind: capture.kind, bytes: capture.bytes.byteLength },
      );
    }),
  );
  texts.save();
  return records;
}

/** `/data/articles.json`: every published article, newest first. */
export async function articlesDataFile(site: URL): Promise<string> {
  return dataFile(`${SITE.title}: articles`, 'articles', await articleRecords(site), site);
}

/** `/data/timeline.json`: the timeline's events in date order, each source with its article's title. */
export async function timelineDataFile(site: URL): Promise<string> {
  const titles = new Map((await getPublishedArticles()).map(({ id, data }) => [id, data.title]));
  const events = eventRecords(await getTimelineEvents(), titles, site);
  return dataFile(`${SITE.title}: timeline`, 'events', events, site);
}

/** `/data/entities.json`: every person, organisation and report, by name, with each sentence that names it. */
export async function entitiesDataFile(site: URL): Promise<string> {
  const entities = entityRecords(await getEntitySummaries(), site);
  return dataFile(`${SITE.title}: people, organisations and reports`, 'entities', entities, site);
}
