import { existsSync, globSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleLanguage } from '../../src/lib/content/languages';
import { articleSchema, type ArticleFrontMatter } from '../../src/schema';

/** The project root, so paths work whichever directory Playwright was started from. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** One article file as an editor wrote it: the oracle the pages are checked against. */
export interface SourceArticle {
  /** The file name without extension, which the site promises is the URL slug. */
  slug: string;
  /** Path relative to the project root, for readable failure messages. */
  file: string;
  /**
   * Front matter after the schema's defaults (so `draft` and `tags` are always there), and the language the build
   * gives it: where the front matter states none, the one its text shows.
   */
  data: ArticleFrontMatter;
}

/**
 * Every article under `dir` (relative to the project root), read straight from disk rather than from the build,
 * so a page that the build forgot or invented shows up as a difference.
 */
export function readArticles(dir: string): SourceArticle[] {
  return globSync('**/*.{md,mdx}', { cwd: join(PROJECT_ROOT, dir) })
    .toSorted()
    .map((relative) => {
      const file = join(dir, relative);
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(PROJECT_ROOT, file), 'utf8'));
      const data = articleSchema.parse(frontmatter);
      const stated = typeof frontmatter.lang === 'string' ? frontmatter.lang : undefined;
      const lang = articleLanguage(stated, `${data.title}\n${content}`);
      return { slug: basename(file).replace(/\.mdx?$/, ''), file, data: { ...data, lang } };
    });
}

/** The capture the content tree keeps beside an article folder: `<tree>/captures/<slug>.txt` or `.html`. */
export function captureOf(contentDir: string, slug: string): { file: string; kind: 'text' | 'html' } | undefined {
  const folder = join(PROJECT_ROOT, dirname(contentDir), 'captures');
  for (const [ending, kind] of [
    ['txt', 'text'],
    ['html', 'html'],
  ] as const) {
    const file = join(folder, `${slug}.${ending}`);
    if (existsSync(file)) return { file, kind };
  }
  return undefined;
}

/** The articles a reader may see: everything except drafts. */
export const published = (articles: readonly SourceArticle[]): SourceArticle[] => articles.filter((a) => !a.data.draft);

/**
 * A date as the site prints it for readers ("20 June 2012"), worked out with Intl
 * rather than the site's own formatter so the test does not check the code with itself.
 */
export function readableDate(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/**
 * A date stated to a year, a month or a day as the site prints it ("2006", "July 2006", "6 February 2012"),
 * worked out with Intl as `readableDate` is.
 */
export function readableStatedDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (day) return readableDate(date);
  if (!month) return String(year);
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${year}-${month}-01T00:00:00Z`),
  );
}

/** Collapses the line breaks a folded YAML block or HTML layout leaves, so text compares as a reader sees it. */
export const normalizeSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();
