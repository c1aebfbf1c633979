import { describe, expect, it } from 'vitest';
import { afterBuild, astroBuild } from '../../../scripts/build-steps';
import { BUILT_SITE_FILE_VARIABLE, INDEX_AFTER_BUILD_VARIABLE } from '../../../src/integrations/search-index';

/** A folder a build reports it wrote; any path will do, as `afterBuild` only passes it on. */
const BUILT_SITE = 'site/out';

describe('astroBuild', () => {
  it('runs Astro’s script with this Node, passing every argument on as given, in the order given', () => {
    const command = astroBuild(
      '/opt/node24/bin/node',
      '/repo/node_modules/astro/bin/astro.mjs',
      ['--force', '--outDir=out dir', '--root', 'C:\\site'],
      {},
      '/tmp/x/built-site',
    );
    expect(command.program).toBe('/opt/node24/bin/node');
    expect(command.args).toEqual([
      '/repo/node_modules/astro/bin/astro.mjs',
      'build',
      '--force',
      '--outDir=out dir',
      '--root',
      'C:\\site',
    ]);
  });

  it('keeps the environment, and tells the build to leave the index to the next step and where to say it built', () => {
    const { env } = astroBuild('node', 'astro.mjs', [], { SITE_URL: 'https://a.example', PATH: '/bin' }, '/tmp/f');
    expect(env).toEqual({
      SITE_URL: 'https://a.example',
      PATH: '/bin',
      [INDEX_AFTER_BUILD_VARIABLE]: '1',
      [BUILT_SITE_FILE_VARIABLE]: '/tmp/f',
    });
  });
});

describe('afterBuild', () => {
  it('indexes the folder the build wrote', () => {
    expect(afterBuild({ code: 0, signal: null }, BUILT_SITE)).toEqual({ index: BUILT_SITE });
  });

  it('stops with Astro’s own exit code when the build failed, pointing at Astro’s messages', () => {
    expect(afterBuild({ code: 3, signal: null }, undefined)).toEqual({
      exitCode: 3,
      message: 'astro build failed (exit code 3); the messages above say why. No search index was written.',
    });
  });

  it('stops, failing, when the build was ended by a signal, even if the folder was named first', () => {
    expect(afterBuild({ code: null, signal: 'SIGKILL' }, BUILT_SITE)).toEqual({
      exitCode: 1,
      message:
        'astro build was ended by SIGKILL before it finished (out of memory, or stopped by hand), so no search index was written. Build again.',
    });
  });

  it('stops, failing, when Astro ended well but built nothing to index', () => {
    const stop = afterBuild({ code: 0, signal: null }, undefined);
    expect(stop).toMatchObject({ exitCode: 1 });
    expect('message' in stop && stop.message).toContain(
      'astro build ended without building a site (as it does for --help',
    );
    expect(afterBuild({ code: 0, signal: null }, '')).toEqual(stop);
  });
});
