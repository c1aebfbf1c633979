import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installedVersions, placeFromCache } from '../../../../src/lib/build/cache-dir';
import { tempFolder } from '../../temp-folder';

/** What `link` does in these tests: the real one, or a refusal with the given code, as another filesystem gives. */
const linkRefusal = vi.hoisted(() => ({ code: undefined as string | undefined }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    link: async (...args: Parameters<typeof fs.link>) => {
      if (linkRefusal.code)
        throw Object.assign(new Error(`link refused: ${linkRefusal.code}`), { code: linkRefusal.code });
      return fs.link(...args);
    },
  };
});

afterEach(() => {
  linkRefusal.code = undefined;
  vi.restoreAllMocks();
});

/** A kept folder as a search part is: files at the top and in a folder of their own. */
function keptFolder(): string {
  const kept = join(tempFolder('cache-dir'), 'kept');
  mkdirSync(join(kept, 'fragment'), { recursive: true });
  writeFileSync(join(kept, 'pagefind-entry.json'), '{"languages":{"en":{}}}');
  writeFileSync(join(kept, 'fragment', 'en_1.pf_fragment'), 'one');
  writeFileSync(join(kept, 'fragment', 'en_2.pf_fragment'), 'two');
  return kept;
}

const FILES = ['pagefind-entry.json', 'fragment/en_1.pf_fragment', 'fragment/en_2.pf_fragment'];

describe('placeFromCache', () => {
  it('puts every file of the kept folder at the destination, as hard links to the kept files', async () => {
    const kept = keptFolder();
    const placed = join(tempFolder('cache-dir'), 'dist', 'pagefind');
    await placeFromCache(kept, placed);
    for (const file of FILES) {
      expect(readFileSync(join(placed, file), 'utf8')).toBe(readFileSync(join(kept, file), 'utf8'));
      expect(statSync(join(placed, file)).ino).toBe(statSync(join(kept, file)).ino);
    }
  });

  it('copies where the filesystem refuses a link, and the copies are files of their own', async () => {
    linkRefusal.code = 'EXDEV';
    const kept = keptFolder();
    const placed = join(tempFolder('cache-dir'), 'dist');
    await placeFromCache(kept, placed);
    for (const file of FILES) {
      expect(readFileSync(join(placed, file), 'utf8')).toBe(readFileSync(join(kept, file), 'utf8'));
      expect(statSync(join(placed, file)).ino).not.toBe(statSync(join(kept, file)).ino);
    }
  });

  it('stops on any other failure rather than leaving a folder with files missing', async () => {
    linkRefusal.code = 'EIO';
    await expect(placeFromCache(keptFolder(), join(tempFolder('cache-dir'), 'dist'))).rejects.toThrow(
      'link refused: EIO',
    );
  });
});

/** A project folder holding one installed package, `drawer` 2.1.0, whose entry sits in a folder with a manifest of its own. */
function projectWithPackage(): string {
  const project = tempFolder('installed-versions');
  const installed = join(project, 'node_modules', 'drawer');
  mkdirSync(join(installed, 'dist'), { recursive: true });
  writeFileSync(join(project, 'package.json'), '{"name":"archive","version":"0.1.0"}');
  writeFileSync(
    join(installed, 'package.json'),
    JSON.stringify({ name: 'drawer', version: '2.1.0', exports: { '.': './dist/index.js' } }),
  );
  writeFileSync(join(installed, 'dist', 'package.json'), '{"type":"commonjs"}');
  writeFileSync(join(installed, 'dist', 'index.js'), 'module.exports = {};');
  return project;
}

describe('installedVersions', () => {
  it("reads each package's version from its own manifest, which its exports keep from require", () => {
    const manifest = JSON.parse(readFileSync('node_modules/sharp/package.json', 'utf8')) as { version: string };
    expect(installedVersions(['sharp'])).toEqual({ sharp: manifest.version });
  });

  it("reads the package's own manifest rather than one nested inside it, and looks from the project", () => {
    vi.spyOn(process, 'cwd').mockReturnValue(projectWithPackage());
    expect(installedVersions(['drawer'])).toEqual({ drawer: '2.1.0' });
  });

  it('reads a package that require cannot load at all, whose exports are for import only', () => {
    const manifest = JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string };
    expect(installedVersions(['pagefind'])).toEqual({ pagefind: manifest.version });
  });

  it('names a package that is not installed', () => {
    vi.spyOn(process, 'cwd').mockReturnValue(projectWithPackage());
    expect(() => installedVersions(['drawer', 'painter'])).toThrow("Cannot find module 'painter'");
  });
});
