import { extractFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { CORE_SCHEMA, load } from 'js-yaml';
import { ARTICLE_FIELDS, articleSchema, type ArticleFrontMatter } from '../../schema';
import { closestWord } from '../search/closest-word';
import { isValidSlug, nameSlug, slugFromPath, suggestSlug } from './slugs';
import { articleUrl, isYearListingSegment, yearUrl } from '../site/urls';
import { hexByte } from './utf8';

/** The list a year-like slug names: `/articles/2012/` or `/articles/undated/`. */
const yearListingUrl = (slug: string): string => (/^[1-9]\d*$/.test(slug) ? yearUrl(Number(slug)) : yearUrl(undefined));

/** One thing wrong with one article file, written for the editor who must fix it. */
export interface ArticleProblem {
  /** Path of the file as the editor knows it, relative to the project. */
  file: string;
  /** The front-matter field at fault, when there is one. */
  field?: string;
  /** A full sentence: what was expected and what was found. */
  message: string;
}

/** What an editor should write in each field, phrased to follow "must be". */
const EXPECTED: Record<keyof ArticleFrontMatter, string> = {
  title: 'the headline as text',
  description: 'one line of text',
  authors: 'a list of names, for example [Petr Svab]',
  publication: 'the name of the outlet as text',
  sourceUrl: 'a full web address starting with http:// or https://',
  published: 'a date written YYYY-MM-DD, for example 2019-03-14',
  updated: 'a date written YYYY-MM-DD, for example 2019-03-14',
  added: 'the date the article entered the archive, written YYYY-MM-DD, for example 2026-11-20',
  tags: 'a list, for example [organ harvesting, Falun Gong]',
  lang: 'a language code such as en, zh-CN or zh-TW',
  aliases: 'a list of the file names the article had before, for example [wang-lijun-organ-files]',
  draft: 'true or false',
  editorNote: 'text',
  removed: 'a list of what was removed as page chrome, for example [a second copy of the headline]',
};

/** What each item of a list field must be, where that is more than a line of text. */
const EXPECTED_ITEM: Partial<Record<keyof ArticleFrontMatter, string>> = {
  aliases:
    'a former file name without ".md": lowercase letters, digits and single hyphens, for example wang-lijun-organ-files',
};

/** The fields whose every item becomes a page address (`/tags/<slug>/` and the like). */
const NAME_FIELDS = ['tags', 'authors'] as const;

const isField = (key: string): key is keyof ArticleFrontMatter => (ARTICLE_FIELDS as string[]).includes(key);

/**
 * Everything wrong with one article's source text, checked with the same schema
 * the content collection uses. An empty list means the article will build.
 */
export function findArticleProblems(file: string, source: string): ArticleProblem[] {
  const problems: ArticleProblem[] = [];
  const slug = slugFromPath(file);
  if (!isValidSlug(slug)) {
    problems.push({
      file,
      message:
        `the file name "${slug}" becomes the article's web address, so it may hold only lowercase letters, ` +
        `digits and single hyphens; rename the file, for example to "${suggestSlug(slug) || 'article-title-in-latin-letters'}.md"`,
    });
  } else if (isYearListingSegment(slug)) {
    problems.push({
      file,
      message: `the file name "${slug}" is taken by the list ${yearListingUrl(slug)}; give the file a name with words, for example "${slug}-article-title.md"`,
    });
  }

  const rawFrontMatter = extractFrontmatter(source);
  if (rawFrontMatter === undefined) {
    const message = /^---\s*$/.test(source.split('\n', 1)[0] ?? '')
      ? 'the front matter has no closing "---" line: end the fields with a line holding only "---"'
      : 'the file has no front matter: it must begin with a "---" line, the fields, and another "---" line';
    return [...problems, { file, message }];
  }
  let parsedFrontMatter: unknown;
  try {
    // The core schema leaves dates as the text written, so 2019-02-30 is reported rather than rolled over to 2 March.
    parsedFrontMatter = load(rawFrontMatter, { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    return [...problems, { file, message: describeYamlError(error) }];
  }
  if (Array.isArray(parsedFrontMatter) || typeof parsedFrontMatter !== 'object') {
    return [...problems, { file, message: 'the front matter must be "field: value" lines' }];
  }

  const frontMatter = (parsedFrontMatter ?? {}) as Record<string, unknown>;
  const result = articleSchema.safeParse(frontMatter);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...describeIssue(file, frontMatter, issue));
  } else {
    problems.push(...findUnaddressableNames(file, result.data));
    if (!result.data.draft && bodyAfter(source, rawFrontMatter).trim() === '') {
      problems.push({ file, message: 'the article has no text after its front matter' });
    }
  }
  return problems;
}

/**
 * The problem of a file that is not UTF-8, at the first byte that breaks it.
 * @example notUtf8Problem('content/articles/x.md', { line: 3, byte: 0xe9 }).message
 *   // 'the file is not saved as UTF-8: byte 0xE9 on line 3 is not UTF-8 text (…); save it as UTF-8 …'
 */
export function notUtf8Problem(file: string, at: { line: number; byte: number }): ArticleProblem {
  return {
    file,
    message:
      `the file is not saved as UTF-8: byte ${hexByte(at.byte)} on line ${at.line} is not UTF-8 text ` +
      '(the file was probably saved as Windows-1252 or Latin-1); save it again with the encoding UTF-8',
  };
}

/** Topics, authors and a publication each get a page whose address is made from the name, so each needs a letter or digit. */
function findUnaddressableNames(file: string, data: ArticleFrontMatter): ArticleProblem[] {
  const named: [string, string[]][] = [
    ...NAME_FIELDS.map((field): [string, string[]] => [field, data[field] ?? []]),
    ['publication', data.publication ? [data.publication] : []],
  ];
  return named.flatMap(([field, names]) =>
    names
      .filter((name) => nameSlug(name) === '')
      .map((name) => ({
        file,
        field,
        message: `"${name}" in "${field}" has no letter or digit, so it cannot have a page of its own; write it in words`,
      })),
  );
}

/**
 * The former addresses an article claims and whether it is a draft, read leniently:
 * a file whose front matter is broken claims none (its own problems are reported apart).
 */
export function addressFactsOf(source: string): { aliases: string[]; draft: boolean } {
  const rawFrontMatter = extractFrontmatter(source);
  if (rawFrontMatter === undefined) return { aliases: [], draft: false };
  try {
    const frontMatter = load(rawFrontMatter, { schema: CORE_SCHEMA }) as { aliases?: unknown; draft?: unknown } | null;
    const aliases = frontMatter?.aliases;
    return {
      aliases: Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [],
      draft: frontMatter?.draft === true,
    };
  } catch {
    return { aliases: [], draft: false };
  }
}

/** The problems of a whole content tree that no single file shows: two files claiming one URL. */
export function findDuplicateSlugs(files: readonly string[]): ArticleProblem[] {
  return findAddressClashes(files.map((file) => ({ file, aliases: [] })));
}

/** An article file and the former addresses (aliases) its front matter lists. */
export interface ArticleAddresses {
  file: string;
  aliases: readonly string[];
}

/**
 * Every address claimed twice across the content tree: two files with one name,
 * an alias that is another article's address, an alias two articles list, an
 * article listing its own name, or an alias taken by a year's list.
 */
export function findAddressClashes(articles: readonly ArticleAddresses[]): ArticleProblem[] {
  const problems: ArticleProblem[] = [];
  const bySlug = Map.groupBy(articles, ({ file }) => slugFromPath(file));
  for (const [slug, [first, ...others]] of bySlug) {
    if (first && others.length > 0) {
      const files = [first, ...others].map((a) => `"${a.file}"`).join(' and ');
      problems.push({
        file: first.file,
        message: `${files} would ${others.length === 1 ? 'both' : 'all'} be published at ${articleUrl(slug)}; rename all but one`,
      });
    }
  }
  const claims = new Map<string, string[]>();
  for (const { file, aliases } of articles) {
    const slug = slugFromPath(file);
    for (const alias of new Set(aliases)) {
      if (alias === slug) {
        problems.push({
          file,
          field: 'aliases',
          message: `the alias "${alias}" is the article's own file name; list only names it had before`,
        });
        continue;
      }
      if (isYearListingSegment(alias)) {
        problems.push({
          file,
          field: 'aliases',
          message: `the alias "${alias}" is the address of the list ${yearListingUrl(alias)}, so it cannot lead to this article; remove it`,
        });
        continue;
      }
      const owner = bySlug.get(alias)?.[0];
      if (owner) {
        problems.push({
          file,
          field: 'aliases',
          message: `the alias "${alias}" is the address of "${owner.file}" (${articleUrl(alias)}); an alias must be a name no other article has`,
        });
        continue;
      }
      claims.set(alias, [...(claims.get(alias) ?? []), file]);
    }
  }
  for (const [alias, files] of claims) {
    const [first, ...others] = files;
    if (first && others.length > 0) {
      problems.push({
        file: first,
        field: 'aliases',
        message: `${files.map((f) => `"${f}"`).join(' and ')} ${others.length === 1 ? 'both' : 'all'} list the alias "${alias}", but ${articleUrl(alias)} can lead to only one of them; keep it in one file`,
      });
    }
  }
  return problems;
}

/** The report printed when the build stops: one line per problem, grouped by file. */
export function formatProblems(problems: readonly ArticleProblem[]): string {
  const files = new Set(problems.map((p) => p.file));
  // Problems may also be in the redirects list, which is not an article.
  const kind = [...files].every((file) => /\.mdx?$/i.test(file)) ? 'article ' : '';
  const heading =
    `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ` +
    `${files.size} ${kind}${files.size === 1 ? 'file' : 'files'}; nothing was built:`;
  const lines = [...files].flatMap((file) => [
    `  ${file}`,
    ...problems.filter((p) => p.file === file).map((p) => `    - ${p.message}`),
  ]);
  return [heading, ...lines].join('\n');
}

/**
 * What an editor is told about a key the schema does not know, in every kind of content file: the nearest
 * field's name when the key looks like a misspelling, else the whole list of fields.
 * @example unknownFieldMessage('tilte', 'an article', ['title', 'tags']) // '"tilte" is not a field an article can have; did you mean "title"?'
 */
export function unknownFieldMessage(key: string, owner: string, fields: readonly string[]): string {
  const guess = closestWord(key, fields);
  return (
    `"${key}" is not a field ${owner} can have` +
    (guess ? `; did you mean "${guess}"?` : `; the fields are ${fields.join(', ')}`)
  );
}

function describeIssue(file: string, frontMatter: Record<string, unknown>, issue: z.core.$ZodIssue): ArticleProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      field: key,
      message: unknownFieldMessage(key, 'an article', ARTICLE_FIELDS),
    }));
  }
  const [field, index] = issue.path as [string, number | undefined];
  const expected = isField(field) ? EXPECTED[field] : 'valid';
  if (!(field in frontMatter) || frontMatter[field] === null) {
    return [{ file, field, message: `"${field}" is required and must be ${expected}; it is missing` }];
  }
  const value = frontMatter[field];
  const where = typeof index === 'number' ? `item ${index + 1} of "${field}"` : `"${field}"`;
  const found = typeof index === 'number' && Array.isArray(value) ? value[index] : value;
  const need =
    typeof index === 'number' ? (isField(field) && EXPECTED_ITEM[field]) || 'a non-empty line of text' : expected;
  return [{ file, field, message: `${where} must be ${need}; found ${describeValue(found)}` }];
}

/** How a value the editor wrote reads back to them. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : JSON.stringify(value);
  if (Array.isArray(value)) return `a list of ${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  if (value !== null && typeof value === 'object') return 'a set of "key: value" lines';
  return String(value);
}

/** The Markdown after the closing "---" of the front matter. */
function bodyAfter(source: string, rawFrontMatter: string): string {
  const delimiter = '---';
  return source.slice(source.indexOf(delimiter) + delimiter.length + rawFrontMatter.length + delimiter.length);
}

function describeYamlError(error: unknown): string {
  const yamlError = error as { reason?: string; mark?: { line: number; column: number } };
  if (!yamlError.mark) return `the front matter could not be read: ${String(error)}`;
  // js-yaml counts lines from the end of the opening "---" line, so its zero-based line is the file's one-based line.
  const line = yamlError.mark.line + 1;
  return `the front matter is not valid YAML: ${yamlError.reason ?? 'unreadable'} (line ${line}, column ${yamlError.mark.column + 1})`;
}
