import { glob, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { ARTICLE_PATTERN } from '../consts';
import {
  addressFactsOf,
  findAddressClashes,
  findArticleProblems,
  formatProblems,
  notUtf8Problem,
  type ArticleProblem,
} from '../lib/article-problems';
import { aliasRedirects, findRedirectChains, parseRedirectsList, type Redirect } from '../lib/redirects';
import { slugFromPath } from '../lib/slugs';
import { articleUrl } from '../lib/urls';
import { firstInvalidUtf8 } from '../lib/utf8';

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

/** The redirects list's text, or an empty list when the file does not exist (a site needs none). */
export async function readRedirectsList(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

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
  const text = await readRedirectsList(path);
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

/**
 * Validates every article, and the redirects list, before Astro loads the collection.
 * Astro's own schema check stops at the first bad file and garbles field names; this
 * one reports every file in plain sentences, and stops the build if any is wrong.
 */
export function contentCheck({ dir, redirectsFile }: { dir: string; redirectsFile: string }): AstroIntegration {
  return {
    name: 'archive:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const problems = [...(await checkArticlesDirectory(dir)), ...(await checkRedirectsList(redirectsFile, dir))];
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
