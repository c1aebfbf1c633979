import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../../src/lib/content/model';
import { formatProblems } from '../../../../src/lib/content/problems';
import { INVALID_DIR, MISTAKES } from '../../../fixtures/invalid-articles';

/** A valid article beside the bad one, so the report is about the bad file and nothing else. */
const VALID_ARTICLE = 'tests/fixtures/site/seed-copy-wang-lijun.md';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

/** The report the build prints for a content tree holding one invalid fixture and the valid article. */
async function reportFor(fixture: string): Promise<{ report: string; file: string; fields: (string | undefined)[] }> {
  root = await mkdtemp(join(tmpdir(), 'archive-invalid-'));
  const dir = join(root, 'articles');
  await mkdir(dir);
  await copyFile(join(INVALID_DIR, fixture), join(dir, fixture));
  await copyFile(VALID_ARTICLE, join(dir, basename(VALID_ARTICLE)));
  const { problems } = await loadContent({
    articlesDir: dir,
    entitiesDir: join(root, 'entities'),
    redirectsFile: join(root, 'redirects.txt'),
    timelineFile: join(root, 'timeline.yaml'),
    capturesDir: join(root, 'captures'),
  });
  return {
    report: formatProblems(problems),
    file: relative(process.cwd(), join(dir, fixture)),
    fields: problems.map((problem) => problem.field),
  };
}

describe('the invalid article fixtures', () => {
  it('each have their expected report', async () => {
    const fixtures = (await readdir(INVALID_DIR)).toSorted();
    expect(fixtures).toEqual(MISTAKES.map((mistake) => mistake.file).toSorted());
  });

  it.each(MISTAKES)('$file: the report names the file, the field and every problem, and nothing else', async (mistake) => {
    const { report, file, fields } = await reportFor(mistake.file);
    const count = mistake.problems.length;
    const [heading, fileLine, ...problemLines] = report.split('\n');
    expect([heading, fileLine]).toEqual([
      `${count} ${count === 1 ? 'problem' : 'problems'} in 1 article file; nothing was built:`,
      `  ${file}`,
    ]);
    expect(problemLines.toSorted()).toEqual(mistake.problems.map((problem) => `    - ${problem}`).toSorted());
    if (mistake.field) expect(fields).toContain(mistake.field);
  });
});
