import { extractFrontmatter } from '@astrojs/markdown-remark';
import { CORE_SCHEMA, load } from 'js-yaml';
import { findMarkerMistakes } from '../../markdown/not-preserved';
import { ARTICLE_FIELD_FACTS, ARTICLE_FIELDS, articleSchema, type ArticleFrontMatter } from '../../schema';
import { describeSchemaIssue, describeYamlError, type ContentProblem, type FieldWording } from './problems';
import { isValidSlug, nameSlug, slugFromPath, suggestSlug } from './slugs';
import { articleUrl, isYearListingSegment, yearUrl } from '../site/urls';
import { hexByte } from './utf8';

/** The list a year-like slug names: `/articles/2012/` or `/articles/undated/`. */
const yearListingUrl = (slug: string): string => (/^[1-9]\d*$/.test(slug) ? yearUrl(Number(slug)) : yearUrl(undefined));

/** The fields whose every item becomes a page address (`/tags/<slug>/` and the like). */
const NAME_FIELDS = ['tags', 'authors'] as const;

const WORDING: FieldWording<keyof ArticleFrontMatter> = {
  owner: 'an article',
  fields: ARTICLE_FIELDS,
  facts: ARTICLE_FIELD_FACTS,
  itemDefault: 'a non-empty line of text',
};

/** An article file read once: its front matter as written, its data when valid, and everything wrong with it. */
export interface ParsedArticle {
  /** The front matter's fields as written, when it could be read; the facts below come from it even when invalid. */
  frontMatter?: Record<string, unknown>;
  /** The front matter validated by the schema, defaults filled in; absent when it has a problem. */
  data?: ArticleFrontMatter;
  /** The former addresses it claims, read leniently: a broken front matter claims none. */
  aliases: string[];
  /** Whether it is a draft, read leniently as `aliases` is. */
  draft: boolean;
  /** The Markdown after the front matter; the whole text when it has none. */
  body: string;
  problems: ContentProblem[];
}

/**
 * Everything wrong with one article's source text, checked with the same schema
 * the content collection uses. An empty list means the article will build.
 */
export function findArticleProblems(file: string, source: string): ContentProblem[] {
  return parseArticle(file, source).problems;
}

/**
 * One article's source text parsed once: the front matter read with YAML's core schema (so dates stay the text
 * written, and 2019-02-30 is reported rather than rolled over to 2 March), checked against the article schema.
 */
export function parseArticle(file: string, source: string): ParsedArticle {
  const problems: ContentProblem[] = [];
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
    return { aliases: [], draft: false, body: source, problems: [...problems, { file, message }] };
  }
  const body = source.replace(`---${rawFrontMatter}---`, '');
  let parsedFrontMatter: unknown;
  try {
    parsedFrontMatter = load(rawFrontMatter, { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    const message = describeYamlError(error, 'the front matter');
    return { aliases: [], draft: false, body, problems: [...problems, { file, message }] };
  }
  if (Array.isArray(parsedFrontMatter) || typeof parsedFrontMatter !== 'object') {
    return {
      aliases: [],
      draft: false,
      body,
      problems: [...problems, { file, message: 'the front matter must be "field: value" lines' }],
    };
  }

  const frontMatter = (parsedFrontMatter ?? {}) as Record<string, unknown>;
  const facts = { frontMatter, body, ...addressFacts(frontMatter) };
  const result = articleSchema.safeParse(frontMatter);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...describeSchemaIssue(file, frontMatter, issue, WORDING));
    return { ...facts, problems };
  }
  problems.push(...findUnaddressableNames(file, result.data));
  if (!result.data.draft && body.trim() === '') {
    problems.push({ file, message: 'the article has no text after its front matter' });
  }
  // The body's first line is the one that closes the front matter, so its line numbers are shifted by those above.
  const linesAbove = source.slice(0, source.length - body.length).split('\n').length - 1;
  for (const { line, message } of findMarkerMistakes(body, /\.mdx$/i.test(file) ? 'mdx' : 'md')) {
    problems.push({ file, message: `line ${line + linesAbove}: ${message}` });
  }
  return { ...facts, data: result.data, problems };
}

/**
 * The problem of a file that is not UTF-8, at the first byte that breaks it.
 * @example notUtf8Problem('content/articles/x.md', { line: 3, byte: 0xe9 }).message
 *   // 'the file is not saved as UTF-8: byte 0xE9 on line 3 is not UTF-8 text (…); save it as UTF-8 …'
 */
export function notUtf8Problem(file: string, at: { line: number; byte: number }): ContentProblem {
  return {
    file,
    message:
      `the file is not saved as UTF-8: byte ${hexByte(at.byte)} on line ${at.line} is not UTF-8 text ` +
      '(the file was probably saved as Windows-1252 or Latin-1); save it again with the encoding UTF-8',
  };
}

/** Topics, authors and a publication each get a page whose address is made from the name, so each needs a letter or digit. */
function findUnaddressableNames(file: string, data: ArticleFrontMatter): ContentProblem[] {
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

/** The former addresses an article's front matter claims and whether it is a draft, read leniently. */
function addressFacts(frontMatter: Record<string, unknown>): { aliases: string[]; draft: boolean } {
  const { aliases, draft } = frontMatter;
  return {
    aliases: Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [],
    draft: draft === true,
  };
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
export function findAddressClashes(articles: readonly ArticleAddresses[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
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
