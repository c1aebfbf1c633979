/**
 * One source file → one archive article, or the reason it cannot be one. Pure: the CLI reads the
 * bytes and the list of existing articles, and writes the result.
 */
import { findArticleProblems } from '../../src/lib/content/article-problems';
import { sha256Hex } from '../../src/lib/content/captures';
import { isValidSlug, suggestSlug } from '../../src/lib/content/slugs';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { ArticleFrontMatterInput } from '../../src/schema';
import { convertHtml } from './convert-html';
import { convertText } from './convert-text';
import { decodeSource } from './decode';
import { composeEditorNote } from './editor-note';
import { frontMatterYaml } from './front-matter';
import { toArticleMarkdown } from './markdown';
import type { NoteContext } from './chrome-rules';
import { chooseLanguage, type LanguageChoice } from './language';
import { isDrawnFrom } from './metadata';
import { exactRemovals, knownRemovals, type ExactRemoval } from './removals';
import { slugForTitle } from './slug';
import type { Draft, Finding, FoundField } from './types';

/** What the editor can supply on the command line; each wins over what the source states. */
export interface ImportOptions {
  title?: string;
  slug?: string;
  publication?: string;
  sourceUrl?: string;
  tags?: string[];
  /** The editor's own words, placed first in the editor's note. */
  editorNote?: string;
  /** The article's language tag, when the editor knows it better than the source says. */
  lang?: string;
  /** The day the article enters the archive, YYYY-MM-DD; the command line gives today's. */
  added?: string;
  /** The day the source was collected, YYYY-MM-DD, when the editor knows it. */
  captured?: string;
}

export interface ImportRequest {
  /** The source file as the editor named it, for messages. */
  file: string;
  bytes: Uint8Array;
  options: ImportOptions;
  /** Where articles live, relative to the project: `content/articles`. */
  contentDir: string;
  /** Every existing article's slug and file. */
  existing: ReadonlyMap<string, string>;
  /** Where captures live, relative to the project: `content/captures`. */
  capturesDir: string;
  /** Every existing capture's slug and file. */
  captures: ReadonlyMap<string, string>;
  /** Replace an existing article with the same slug. */
  force: boolean;
}

/** A front-matter value and where it came from. */
export interface UsedField {
  field: FoundField | 'tags' | 'editorNote';
  value: string | string[];
  /** The finding it was read from, or the option that supplied it. */
  from: Finding | { option: string };
}

export interface ImportReport {
  file: string;
  /** How the bytes were read, when not plain UTF-8. */
  decoding?: string;
  draft: Draft;
  used: UsedField[];
  language: LanguageChoice;
  /** What the editor still has to fill in or decide. */
  todo: string[];
  /** The capture the article is held to, once its file name is known. */
  capture?: CaptureRecord;
  /** What the article does not keep of the capture, once worked out. */
  removed?: ExactRemoval[];
}

/** The source file kept as the article's capture: its bytes as read, never decoded and written again. */
export interface CaptureRecord {
  target: string;
  bytes: Uint8Array;
  sha256: string;
  /** `true` when it replaces a capture of the same name (with --force). */
  replaces: boolean;
}

export type ImportResult =
  | {
      ok: true;
      slug: string;
      target: string;
      replaces: boolean;
      markdown: string;
      capture: CaptureRecord;
      report: ImportReport;
    }
  | { ok: false; error: string; report?: ImportReport };

const NOTHING_WRITTEN = 'nothing was written';

/** Marks the editor's note the importer wrote, as against the editor's own words given with --note. */
export const COMPOSED = 'composed by the importer';

/** Converts one source, applying the options, and checks the article as the build would. */
export function importArticle(request: ImportRequest): ImportResult {
  const { file, options } = request;
  const fail = (reason: string, report?: ImportReport): ImportResult => ({
    ok: false,
    error: `${file}: ${reason}; ${NOTHING_WRITTEN}.`,
    ...(report ? { report } : {}),
  });

  const decoded = decodeSource(file, request.bytes);
  if (!decoded.ok) return fail(decoded.problem);
  const convert = decoded.format === 'html' ? convertHtml : convertText;
  const draft = convert(decoded.text, options.sourceUrl ? { base: options.sourceUrl } : {});
  const { used, frontMatter, todo, language, headlineReplaced, context } = chooseFields(draft, options);
  const report: ImportReport = {
    file,
    ...(decoded.note ? { decoding: decoded.note } : {}),
    draft,
    used,
    language,
    todo,
  };

  if (draft.body.children.length === 0)
    return fail(
      'expected the text of an article, found nothing left once metadata and page chrome were taken out',
      report,
    );
  if (frontMatter.title === undefined) {
    const first = draft.openingParagraph ?? '';
    return fail(
      `expected a headline line at the top of the text, found ${first ? `the sentence "${clip(first)}"` : 'none'}; ` +
        'pass --title "…" to supply one',
      report,
    );
  }

  const made = options.slug === undefined ? slugForTitle(frontMatter.title) : undefined;
  const slug = options.slug ?? made?.slug ?? '';
  if (made?.how) todo.push(`slug: ${slug}, made from the ${made.how}; pass --slug to choose another`);
  if (!isValidSlug(slug)) {
    const suggestion = suggestSlug(slug);
    return fail(
      options.slug === undefined
        ? `expected a title with letters or digits to make the file name from, found "${frontMatter.title}"; pass --slug`
        : `--slug must be lowercase letters, digits and single hyphens, found "${slug}"` +
            (suggestion ? `; for example --slug ${suggestion}` : ''),
      report,
    );
  }
  const existing = request.existing.get(slug);
  if (existing && !request.force)
    return fail(
      `${existing} already exists and was not changed; pass --slug to import under another name, or --force to replace it`,
      report,
    );
  const target = existing ?? `${request.contentDir}/${slug}.md`;

  const captureTarget = `${request.capturesDir}/${slug}.${decoded.format === 'html' ? 'html' : 'txt'}`;
  const existingCapture = request.captures.get(slug);
  if (existingCapture && existingCapture !== captureTarget)
    return fail(
      `${existingCapture} is already the capture of "${slug}" and was not changed; an article has one capture, so ` +
        'pass --slug to import under another name, or remove that capture first',
      report,
    );
  if (existingCapture && !request.force)
    return fail(
      `${existingCapture} already exists and was not changed; pass --slug to import under another name, or --force ` +
        'to replace it',
      report,
    );
  const capture: CaptureRecord = {
    target: captureTarget,
    bytes: request.bytes,
    sha256: sha256Hex(request.bytes),
    replaces: existingCapture !== undefined,
  };
  report.capture = capture;

  const body = toArticleMarkdown(draft.body);
  const exact = exactRemovals({
    body,
    // As the build reads a capture, whatever encoding the page declares.
    capture: new TextDecoder().decode(request.bytes),
    kind: decoded.format,
    known: knownRemovals(draft, context, { headlineReplaced }),
  });
  if (!exact.ok) return fail(`${exact.problem} (${captureTarget})`, report);
  report.removed = exact.removed;

  const yaml = frontMatterYaml({
    ...frontMatter,
    title: frontMatter.title,
    ...(exact.removed.length > 0 ? { removed: exact.removed } : {}),
    capture: { sha256: capture.sha256, ...(options.captured !== undefined ? { captured: options.captured } : {}) },
  });
  const markdown = `---\n${yaml}\n---\n\n${body}`;
  const problems = findArticleProblems(target, markdown);
  if (problems.length > 0)
    return fail(`the article would not pass the content check: ${problems.map((p) => p.message).join('; ')}`, report);
  return { ok: true, slug, target, replaces: existing !== undefined, markdown, capture, report };
}

/** The front matter from the draft and the options, with the source of each value and what is missing. */
function chooseFields(
  draft: Draft,
  options: ImportOptions,
): {
  used: UsedField[];
  frontMatter: Partial<ArticleFrontMatterInput>;
  todo: string[];
  language: LanguageChoice;
  headlineReplaced: boolean;
  context: NoteContext;
} {
  const used: UsedField[] = [];
  const todo: string[] = [];
  const first = (field: FoundField) => draft.found.find((finding) => finding.field === field);
  const take = (field: FoundField, option?: [string, string | undefined]): string | undefined => {
    if (option?.[1] !== undefined) {
      used.push({ field, value: option[1], from: { option: option[0] } });
      return option[1];
    }
    const finding = first(field);
    if (finding) used.push({ field, value: finding.value, from: finding });
    return finding ? String(finding.value) : undefined;
  };

  const title = take('title', ['--title', options.title]);
  const description = take('description');
  const bylines = draft.found.filter((finding) => finding.field === 'authors');
  const authors = [...new Set(bylines.flatMap((finding) => [finding.value].flat()))];
  for (const finding of bylines) used.push({ field: 'authors', value: finding.value, from: finding });
  const publication = take('publication', ['--publication', options.publication]);
  const sourceUrl = take('sourceUrl', ['--source-url', options.sourceUrl]);
  const published = take('published');
  const updated = take('updated');
  const tags = options.tags ?? [];
  if (tags.length > 0) used.push({ field: 'tags', value: tags, from: { option: '--tags' } });

  if (options.editorNote) used.push({ field: 'editorNote', value: options.editorNote, from: { option: '--note' } });

  const statedPublication = first('publication') !== undefined;
  // A --title equal to the source's own headline is no supplied title.
  const titleSupplied = options.title !== undefined && options.title !== draft.headline;
  const editorNote = composeEditorNote({
    ...(options.editorNote ? { editorNote: options.editorNote } : {}),
    ...(titleSupplied && options.title !== undefined
      ? {
          suppliedTitle: {
            fromOpeningSentence:
              draft.headline === undefined &&
              draft.openingParagraph !== undefined &&
              isDrawnFrom(options.title, draft.openingParagraph),
            ...(draft.headline !== undefined ? { replacedHeadline: draft.headline } : {}),
          },
        }
      : {}),
    ...(draft.bylineAtEnd ? { bylineAtEnd: { authors: authors.length } } : {}),
    missing: [
      ...(authors.length === 0 ? (['author'] as const) : []),
      ...(publication === undefined ? (['publication'] as const) : []),
      ...(published === undefined ? (['date'] as const) : []),
    ],
    publicationSupplied: publication !== undefined && !statedPublication,
  });
  const context: NoteContext = {
    ...(publication ? { publication } : {}),
    ...(sourceUrl ? { sourceUrl } : {}),
  };
  const language = chooseLanguage({
    ...(options.lang !== undefined ? { option: options.lang } : {}),
    ...(draft.declaredLang !== undefined ? { declared: draft.declaredLang } : {}),
    // The words only: link addresses would count as Latin letters against a Chinese text.
    text: mdastToString(draft.body),
  });
  if (editorNote) used.push({ field: 'editorNote', value: editorNote, from: { option: COMPOSED } });

  if (title === undefined) todo.push('title: the text has no headline line; pass --title "…"');
  else if (titleSupplied) todo.push('title: supplied with --title; the editor’s note says the archive supplied it');
  if (description === undefined)
    todo.push('description: the opening paragraph is not a single sentence; write one if you want a listing line');
  if (authors.length === 0) todo.push('authors: the text names none; add them only if the source states them');
  if (publication === undefined)
    todo.push('publication: the text names none; pass --publication if the source shows it');
  if (sourceUrl === undefined) todo.push('sourceUrl: not recorded; pass --source-url with the original address');
  if (published === undefined) todo.push('published: the text states no date; the site shows "Date not stated"');
  if (tags.length === 0) todo.push('tags: none; pass --tags "Topic, Another topic"');
  if (language.todo) todo.push(language.todo);

  const frontMatter: Partial<ArticleFrontMatterInput> = {
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(authors.length > 0 ? { authors } : {}),
    ...(publication !== undefined ? { publication } : {}),
    ...(sourceUrl !== undefined ? { sourceUrl } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(updated !== undefined ? { updated } : {}),
    ...(options.added !== undefined ? { added: options.added } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    ...(language.lang !== undefined ? { lang: language.lang } : {}),
    ...(editorNote !== undefined ? { editorNote } : {}),
  };
  return {
    used,
    frontMatter,
    todo,
    language,
    headlineReplaced: titleSupplied && draft.headline !== undefined,
    context,
  };
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 60).trimEnd()}…` : text);
