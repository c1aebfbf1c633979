/**
 * `npm run import -- <file...>`: turns copied article texts (.txt) and saved pages (.html) into
 * articles in content/articles/, each with its source kept byte for byte as its capture in
 * content/captures/. This file only reads arguments and files, prints, and writes; the conversion
 * is in the modules beside it.
 */
import { glob, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { CAPTURES_DIR, CONTENT_DIR } from '../../src/consts';
import { captureFileOf } from '../../src/lib/content/captures';
import { slugFromPath } from '../../src/lib/content/slugs';
import { importArticle, type ImportOptions } from './article';
import { formatReport } from './report';

const USAGE = `Usage: npm run import -- [options] <file.txt|file.html...>

Converts each file into content/articles/<slug>.md, keeps the file as it is in
content/captures/<slug>.txt or .html, and reports every decision.
  --title "…"          the title, when the text has no headline (one file only)
  --slug words-like-this  the file name, instead of one made from the title (one file only)
  --publication "…"    the outlet, when the text does not show it
  --source-url URL     the original address
  --tags "A, B"        topics, separated by commas
  --note "…"           your own words, placed first in the editor's note
  --lang zh-CN         the article's language, when the source does not declare it
  --added YYYY-MM-DD   the day it enters the archive, instead of today
  --captured YYYY-MM-DD  the day the source was collected, when you know it
  --dry-run            print the Markdown and the report; write nothing
  --force              replace an existing article and capture with the same slug
See docs/editing.md, "Importing articles".`;

function parse(): { files: string[]; options: ImportOptions; dryRun: boolean; force: boolean } | string {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        slug: { type: 'string' },
        publication: { type: 'string' },
        'source-url': { type: 'string' },
        tags: { type: 'string' },
        note: { type: 'string' },
        lang: { type: 'string' },
        added: { type: 'string' },
        captured: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return `${(error as Error).message}\n\n${USAGE}`;
  }
  const { values, positionals } = parsed;
  if (values.help) return USAGE;
  if (positionals.length === 0) return `No file to import: name at least one .txt or .html file.\n\n${USAGE}`;
  if (positionals.length > 1 && (values.title !== undefined || values.slug !== undefined))
    return `--title and --slug name one article, but ${positionals.length} files were given: import that file on its own; nothing was written.`;
  const options: ImportOptions = {
    ...(values.title !== undefined ? { title: values.title.trim() } : {}),
    ...(values.slug !== undefined ? { slug: values.slug.trim() } : {}),
    ...(values.publication !== undefined ? { publication: values.publication.trim() } : {}),
    ...(values['source-url'] !== undefined ? { sourceUrl: values['source-url'].trim() } : {}),
    ...(values.tags !== undefined
      ? {
          tags: values.tags
            .split(',')
            .map((tag) => tag.trim())
            .filter(Boolean),
        }
      : {}),
    ...(values.note !== undefined ? { editorNote: values.note.trim() } : {}),
    ...(values.lang !== undefined ? { lang: values.lang.trim() } : {}),
    added: values.added?.trim() ?? today(),
    ...(values.captured !== undefined ? { captured: values.captured.trim() } : {}),
  };
  return { files: positionals, options, dryRun: values['dry-run'], force: values.force };
}

/** Today's date where the editor is, YYYY-MM-DD: the day they add the article, as they would write it. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function existingArticles(): Promise<Map<string, string>> {
  const existing = new Map<string, string>();
  for await (const file of glob('**/*.{md,mdx}', { cwd: CONTENT_DIR }))
    existing.set(slugFromPath(file), join(CONTENT_DIR, file));
  return existing;
}

async function existingCaptures(): Promise<Map<string, string>> {
  const existing = new Map<string, string>();
  for await (const file of glob('**/*.*', { cwd: CAPTURES_DIR })) {
    const capture = captureFileOf(file);
    if (capture) existing.set(capture.slug, join(CAPTURES_DIR, file));
  }
  return existing;
}

/**
 * Writes to a temporary file first, so a failed write never leaves half an article or capture behind. Bytes are
 * written as they are: a capture is never decoded and encoded again.
 */
async function writeWhole(target: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${target}.import-${process.pid}.tmp`;
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function main(): Promise<number> {
  const args = parse();
  if (typeof args === 'string') {
    console.error(args);
    return args === USAGE ? 0 : 2;
  }
  const existing = await existingArticles();
  const captures = await existingCaptures();
  let failures = 0;
  for (const file of args.files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const found = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder' : `an error (${code})`;
      console.error(`${file}: expected a file to import, found ${found}; nothing was written.`);
      failures++;
      continue;
    }
    const result = importArticle({
      file,
      bytes,
      options: args.options,
      contentDir: CONTENT_DIR,
      existing,
      capturesDir: CAPTURES_DIR,
      captures,
      force: args.force,
    });
    if (!result.ok) {
      if (result.report) console.log(formatReport(result, 'Not imported.'));
      console.error(result.error);
      failures++;
      continue;
    }
    let outcome: string;
    if (args.dryRun) {
      console.log(`${result.target} (dry run, not written):\n${result.markdown}`);
      outcome = 'Dry run: nothing was written.';
    } else {
      const { capture } = result;
      let step = capture.target;
      try {
        await mkdir(dirname(capture.target), { recursive: true });
        await writeWhole(capture.target, capture.bytes);
        step = result.target;
        await writeWhole(result.target, result.markdown);
      } catch (error) {
        // A capture without its article would stop the build, so a new one goes when the article cannot be written.
        if (step === result.target && !capture.replaces) await rm(capture.target, { force: true });
        console.error(
          `${file}: could not write ${step} (${(error as NodeJS.ErrnoException).code}); ` +
            (step === result.target && capture.replaces
              ? `${capture.target} was replaced, the article was not.`
              : 'nothing was written.'),
        );
        failures++;
        continue;
      }
      outcome =
        `${capture.replaces ? 'Replaced' : 'Wrote'} ${capture.target} and ` +
        `${result.replaces ? 'replaced' : 'wrote'} ${result.target}.`;
    }
    existing.set(result.slug, result.target);
    captures.set(result.slug, result.capture.target);
    console.log(formatReport(result, outcome));
  }
  if (args.files.length > 1)
    console.log(
      `\n${args.files.length - failures} of ${args.files.length} files imported${args.dryRun ? ' (dry run)' : ''}.`,
    );
  return failures > 0 ? 1 : 0;
}

process.exitCode = await main();
