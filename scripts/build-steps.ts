/**
 * What `npm run build` (`scripts/build.ts`) runs and decides, as plain data: the `astro build` it starts, and what
 * follows from how that ended. Kept apart from the script so it is tested without building anything.
 */
import { BUILT_SITE_FILE_VARIABLE, INDEX_AFTER_BUILD_VARIABLE } from '../src/integrations/search-index';

/** A program to start, with its arguments and its whole environment. */
export interface Command {
  program: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * The `astro build` of `npm run build`: Astro's own script run by this very Node (`node`), so the project's Node 24
 * builds rather than whichever `node` is first on the PATH, and no shell is involved on any system. Every argument
 * goes to Astro as given; the environment tells the build to leave the search index to the step after it and where
 * to write the folder it built (`builtSiteFile`).
 */
export function astroBuild(
  node: string,
  astroScript: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  builtSiteFile: string,
): Command {
  return {
    program: node,
    args: [astroScript, 'build', ...args],
    env: { ...env, [INDEX_AFTER_BUILD_VARIABLE]: '1', [BUILT_SITE_FILE_VARIABLE]: builtSiteFile },
  };
}

/** How a finished `astro build` ended: its exit code, or the signal that ended it. */
export interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** What `npm run build` does once Astro has ended: index the folder it built, or stop with a code and why. */
export type AfterBuild = { index: string } | { exitCode: number; message: string };

/**
 * The step after `astro build`: index the folder the build says it wrote (`builtSite`, the contents of the file
 * named by `BUILT_SITE_FILE_VARIABLE`, undefined when it was not written), or stop. A failed build stops here with
 * Astro's own code, its messages already printed above this one.
 */
export function afterBuild({ code, signal }: Ended, builtSite: string | undefined): AfterBuild {
  if (signal !== null)
    return {
      exitCode: 1,
      message: `astro build was ended by ${signal} before it finished (out of memory, or stopped by hand), so no search index was written. Build again.`,
    };
  if (code !== 0)
    return {
      exitCode: code ?? 1,
      message: `astro build failed (exit code ${code}); the messages above say why. No search index was written.`,
    };
  if (builtSite === undefined || builtSite === '')
    return {
      exitCode: 1,
      message: `astro build ended without building a site (as it does for --help; otherwise the archive's search-index integration did not run to write ${BUILT_SITE_FILE_VARIABLE}), so no search index was written.`,
    };
  return { index: builtSite };
}
