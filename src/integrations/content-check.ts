import { glob, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { ARTICLE_PATTERN } from '../consts';
import { findArticleProblems, findDuplicateSlugs, formatProblems, type ArticleProblem } from '../lib/article-problems';

/** Every problem in every article under `dir`, with paths relative to the working directory. */
export async function checkArticlesDirectory(dir: string): Promise<ArticleProblem[]> {
  const files: string[] = [];
  for await (const file of glob(ARTICLE_PATTERN, { cwd: dir })) files.push(relative(process.cwd(), join(dir, file)));
  files.sort();
  const perFile = await Promise.all(files.map(async (file) => findArticleProblems(file, await readFile(file, 'utf8'))));
  return [...perFile.flat(), ...findDuplicateSlugs(files)];
}

/**
 * Validates every article before Astro loads the collection. Astro's own schema
 * check stops at the first bad file and garbles field names; this one reports
 * every file in plain sentences, and stops the build if any is wrong.
 */
export function contentCheck({ dir }: { dir: string }): AstroIntegration {
  return {
    name: 'archive:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const problems = await checkArticlesDirectory(dir);
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
