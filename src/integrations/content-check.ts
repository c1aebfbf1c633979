import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatProblems, type ContentProblem } from '../lib/content/problems';

/**
 * Stops the build on any problem the content model found (`src/lib/content/model.ts`), before Astro loads the
 * collections. Astro's own schema check stops at the first bad file and garbles field names; this report lists
 * every problem in every file in plain sentences.
 */
export function contentCheck({ problems }: { problems: readonly ContentProblem[] }): AstroIntegration {
  return {
    name: 'archive:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
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
