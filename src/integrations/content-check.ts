import { glob, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { ARTICLE_PATTERN, ENTITY_PATTERN } from '../consts';
import {
  addressFactsOf,
  findAddressClashes,
  findArticleProblems,
  formatProblems,
  notUtf8Problem,
  type ArticleProblem,
} from '../lib/content/article-problems';
import { findEntityProblems, type EntitySource } from '../lib/content/entity-problems';
import { aliasRedirects, findRedirectChains, parseRedirectsList, type Redirect } from '../lib/content/redirects';
import { isPassageId } from '../lib/content/passage-ids';
import { slugFromPath } from '../lib/content/slugs';
import {
  articlesCitedWithPassages,
  readTimeline,
  type CheckedEvent,
  type TimelineArticle,
} from '../lib/content/timeline';
import { articleUrl } from '../lib/site/urls';
import { firstInvalidUtf8 } from '../lib/content/utf8';
import { markdownPipeline } from '../markdown/pipeline';
import { DuplicatePassageError } from '../markdown/rehype-passage-links';

/** One article file as the editor keeps it: its path relative to the working directory and its text. */
export interface ArticleSource {
  file: string;
  source: string;
  /** Where the file stops being UTF-8, if it does; its `source` then holds replacement characters there. */
  notUtf8?: { line: number; byte: number };
}

/** Every article file under `dir`, sorted by path. */
export async function readArticleSources(dir: string): Promise<ArticleSource[]> {
  const files: string[] = [];
  for await (const file of glob(ARTICLE_PATTERN, { cwd: dir })) files.push(relative(process.cwd(), join(dir, file)));
  files.sort();
  return Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file);
      const notUtf8 = firstInvalidUtf8(bytes);
      return { file, source: new TextDecoder().decode(bytes), ...(notUtf8 && { notUtf8 }) };
    }),
  );
}

/** Every entity file under `dir`, sorted by path; none when the folder does not exist (a site needs none). */
export async function readEntitySources(dir: string): Promise<EntitySource[]> {
  const files: string[] = [];
  for await (const file of glob(ENTITY_PATTERN, { cwd: dir })) files.push(relative(process.cwd(), join(dir, file)));
  files.sort();
  return Promise.all(files.map(async (file) => ({ file, source: await readFile(file, 'utf8') })));
}

/** Every problem in the entity files under `entitiesDir`, checked against the published articles in `articlesDir`. */
export async function checkEntitiesDirectory(entitiesDir: string, articlesDir: string): Promise<ArticleProblem[]> {
  const published = (await readArticleSources(articlesDir))
    .filter(({ source }) => !addressFactsOf(source).draft)
    .map(({ file }) => slugFromPath(file));
  return findEntityProblems(await readEntitySources(entitiesDir), published);
}

/** The text of an optional file beside the articles, or empty text when it does not exist (a site needs none). */
export async function readOptionalFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** The redirects list's text, or an empty list when the file does not exist (a site needs none). */
export const readRedirectsList = readOptionalFile;

/** Every redirect the site serves: each published article's aliases, then the redirects list. */
export function allRedirects(articles: readonly ArticleSource[], redirectsListText: string): Redirect[] {
  const aliased = articles.map(({ file, source }) => ({ slug: slugFromPath(file), ...addressFactsOf(source) }));
  return [...aliasRedirects(aliased), ...parseRedirectsList(redirectsListText).redirects];
}

/** Every problem in every article under `dir`, with paths relative to the working directory. */
export async function checkArticlesDirectory(dir: string): Promise<ArticleProblem[]> {
  const articles = await readArticleSources(dir);
  // A file that is not UTF-8 would build with its accented letters and quotes garbled, so that is all it is told.
  const perFile = articles.map(({ file, source, notUtf8 }) =>
    notUtf8 ? [notUtf8Problem(file, notUtf8)] : findArticleProblems(file, source),
  );
  const addresses = articles.map(({ file, source }) => ({ file, aliases: addressFactsOf(source).aliases }));
  return [...perFile.flat(), ...findAddressClashes(addresses)];
}

/**
 * Everything wrong with the redirects list at `path`, given the articles in `dir`:
 * unreadable lines, an old address that is a live article's, and chains of redirects.
 */
export async function checkRedirectsList(path: string, dir: string): Promise<ArticleProblem[]> {
  const text = await readOptionalFile(path);
  // Named as the article files are: relative to the working directory.
  const file = relative(process.cwd(), path);
  const articles = await readArticleSources(dir);
  const { redirects, problems } = parseRedirectsList(text);
  const reported: ArticleProblem[] = problems.map(({ line, message }) => ({
    file,
    message: `line ${line}: ${message}`,
  }));
  const articleUrls = new Set(articles.map((a) => articleUrl(slugFromPath(a.file))));
  const aliased = allRedirects(articles, '');
  const aliases = new Set(aliased.map((r) => r.from));
  const usable: Redirect[] = [];
  for (const redirect of redirects) {
    if (articleUrls.has(redirect.from)) {
      reported.push({
        file,
        message: `"${redirect.from}" is a published article's address; a redirect there would hide it`,
      });
    } else if (aliases.has(redirect.from)) {
      reported.push({ file, message: `"${redirect.from}" already redirects as an article's alias; remove the line` });
    } else {
      usable.push(redirect);
    }
  }
  // Chains that start at a line that stands. An alias that is another article's address would also
  // make one, but the article check reports that already, in the article's own words.
  const chains = findRedirectChains([...aliased, ...usable]).filter(({ redirect }) => usable.includes(redirect));
  for (const { redirect, finalTo } of chains) {
    reported.push({
      file,
      message: `"${redirect.from}" redirects to "${redirect.to}", which redirects again; point it straight at "${finalTo}"`,
    });
  }
  return reported;
}

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * The passage ids of an article's text, rendered through the site's own Markdown pipeline so
 * they are exactly the ids its page will carry. MDX needs its own compiler, so an MDX article
 * reports none, and a passage in it is reported as unknown.
 */
async function passageIdsOf(file: string, source: string): Promise<Set<string>> {
  if (file.endsWith('.mdx')) return new Set();
  // Entity links are added after passage ids are set and never change them, so none are needed here.
  renderer ??= createMarkdownProcessor({ ...markdownPipeline([]), syntaxHighlight: false });
  const { code } = await (
    await renderer
  ).render(parseFrontmatter(source).content, { fileURL: pathToFileURL(resolve(file)) });
  return new Set([...code.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id ?? '').filter(isPassageId));
}

/**
 * The timeline at `path` (see `content/timeline.yaml`) checked against the articles in `dir`: its
 * events in date order, and every problem, each naming the event and the field. Only articles
 * cited with a passage are rendered, to learn their paragraphs' ids.
 */
export async function checkTimeline(
  path: string,
  dir: string,
): Promise<{ events: CheckedEvent[]; problems: ArticleProblem[] }> {
  const text = await readOptionalFile(path);
  const file = relative(process.cwd(), path);
  const sources = await readArticleSources(dir);
  const withPassages = articlesCitedWithPassages(text);
  const articles = new Map<string, TimelineArticle>();
  for (const { file: articleFile, source } of sources) {
    const slug = slugFromPath(articleFile);
    const article: TimelineArticle = { slug, file: articleFile, draft: addressFactsOf(source).draft };
    if (withPassages.has(slug)) {
      try {
        article.passages = await passageIdsOf(articleFile, source);
      } catch (error) {
        // The article's own page reports this, in the same words, when the build renders it.
        if (!(error instanceof DuplicatePassageError)) throw error;
      }
    }
    articles.set(slug, article);
  }
  return readTimeline(file, text, articles);
}

/**
 * Validates every article, the entity files, the redirects list and the timeline, before Astro loads the collections.
 * Astro's own schema check stops at the first bad file and garbles field names; this
 * one reports every file in plain sentences, and stops the build if any is wrong.
 */
export function contentCheck({
  dir,
  entitiesDir,
  redirectsFile,
  timelineFile,
}: {
  dir: string;
  entitiesDir: string;
  redirectsFile: string;
  timelineFile: string;
}): AstroIntegration {
  return {
    name: 'archive:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const problems = [
          ...(await checkArticlesDirectory(dir)),
          ...(await checkEntitiesDirectory(entitiesDir, dir)),
          ...(await checkRedirectsList(redirectsFile, dir)),
          ...(await checkTimeline(timelineFile, dir)).problems,
        ];
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        // The dev server keeps running so the editor can fix files while it reloads.
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        const error = new AstroError(
          report,
          'Each field is described in docs/editing.md. Fix the files listed and build again.',
        );
        // The report is the whole story for the editor; a stack trace would only point into this file.
        error.stack = '';
        throw error;
      },
    },
  };
}
