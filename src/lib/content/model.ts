import { glob, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { atMostAtOnce } from '../build/at-most-at-once';
import {
  ARTICLE_PATTERN,
  CAPTURE_PATTERN,
  CAPTURES_DIR,
  CONTENT_DIR,
  ENTITIES_DIR,
  ENTITY_PATTERN,
  REDIRECTS_FILE,
  TIMELINE_FILE,
} from '../../consts';
import { markdownPipeline } from '../../markdown/pipeline';
import { DuplicatePassageError } from '../../markdown/rehype-passage-links';
import { findCaptureProblems, type Capture } from './captures';
import { findAddressClashes, notUtf8Problem, parseArticle, type ParsedArticle } from './article-problems';
import { findTopicMerges, type TopicMerge } from './entity-index';
import { entityNames, readEntities, type EntityFile } from './entity-problems';
import type { EntityNames } from './mentions';
import { isPassageId } from './passage-ids';
import type { ContentProblem } from './problems';
import { readRedirects, topicRedirects, type Redirect } from './redirects';
import { slugFromPath } from './slugs';
import { articlesCitedWithPassages, parseTimeline, readTimeline, type CheckedEvent, type TimelineArticle } from './timeline';
import { firstInvalidUtf8 } from './utf8';

/** Where the content lives: the articles folder, the entities folder, the redirects list and the timeline. */
export interface ContentPaths {
  articlesDir: string;
  entitiesDir: string;
  redirectsFile: string;
  timelineFile: string;
  /** The original captures, one per article that keeps one, named after the article's file. */
  capturesDir: string;
}

/** The archive's own content (`content/`), or the fixture tree the environment points at (see `src/consts.ts`). */
export const CONTENT_PATHS: ContentPaths = {
  articlesDir: CONTENT_DIR,
  entitiesDir: ENTITIES_DIR,
  redirectsFile: REDIRECTS_FILE,
  timelineFile: TIMELINE_FILE,
  capturesDir: CAPTURES_DIR,
};

/** How the model reaches the files. Tests pass their own, to count the reads. */
export interface ContentReader {
  /** The files under `dir` matching `pattern`, as paths relative to the working directory, sorted. */
  list(dir: string, pattern: string): Promise<string[]>;
  /** A file's bytes, or `undefined` when it does not exist (the redirects list and the timeline are optional). */
  read(file: string): Promise<Uint8Array | undefined>;
}

/**
 * Files the model has open at once, at most. The content is read all at once, and a process may hold only so many
 * files open: at 30,000 articles, with a limit of 20,000, the build stopped with EMFILE before it began.
 */
const MAX_OPEN_FILES = 64;

/** The file system, as the build and `check:content` read it. */
export const FILE_SYSTEM: ContentReader = {
  async list(dir, pattern) {
    const files: string[] = [];
    for await (const file of glob(pattern, { cwd: dir })) files.push(relative(process.cwd(), join(dir, file)));
    return files.sort();
  },
  read: atMostAtOnce(MAX_OPEN_FILES, async (file) => {
    try {
      return await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }),
};

/** One article file, read and parsed once. */
export interface ArticleFile extends ParsedArticle {
  /** Its path relative to the working directory, as problems name it. */
  file: string;
  slug: string;
  /** The file's text as the editor keeps it, front matter included (the `.md` address serves it). */
  source: string;
}

/** Everything in the content folders, read once, and every problem in it. */
export interface Content {
  /** Every article file, drafts and broken ones included, sorted by path. */
  articles: ArticleFile[];
  /** The valid entity files, sorted by path. */
  entities: EntityFile[];
  /** The names the Markdown pipeline finds in articles, from the valid entity files. */
  entityNames: EntityNames[];
  /** The timeline's valid events, in date order. */
  timeline: CheckedEvent[];
  /** Every redirect the site serves: article aliases, the redirects list, then topics that name an entity. */
  redirects: Redirect[];
  /** The published articles' topics that name an entity, whose page is the topic's page too. */
  topicMerges: TopicMerge[];
  /** Each article's original capture, by the article's slug, with its bytes and hash. */
  captures: Map<string, Capture>;
  /** Every problem, articles first, then entities, the redirects list and the timeline; the build stops on any. */
  problems: ContentProblem[];
}

// A byte-order mark is kept, as the editor's file has it: the `.md` address serves the text byte for byte.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Reads every content file once and checks it: each article's front matter (parsed once, leniently for the
 * addresses and drafts the other checks need, strictly against the schema), the entity files, the redirects
 * list and the timeline. Only articles the timeline cites with a passage are rendered, to learn their paragraphs'
 * ids; Astro's content layer renders every article again for its page.
 */
export async function loadContent(paths: ContentPaths, reader: ContentReader = FILE_SYSTEM): Promise<Content> {
  const [articleFiles, entityFiles, captureFiles, redirectsBytes, timelineBytes] = await Promise.all([
    reader.list(paths.articlesDir, ARTICLE_PATTERN),
    reader.list(paths.entitiesDir, ENTITY_PATTERN),
    reader.list(paths.capturesDir, CAPTURE_PATTERN),
    reader.read(paths.redirectsFile),
    reader.read(paths.timelineFile),
  ]);
  const articles = await Promise.all(
    articleFiles.map(async (file): Promise<ArticleFile> => {
      const bytes = (await reader.read(file)) ?? new Uint8Array();
      const source = decoder.decode(bytes);
      const parsed = parseArticle(file, source);
      const notUtf8 = firstInvalidUtf8(bytes);
      // A file that is not UTF-8 would build with its accented letters and quotes garbled, so that is all it is told.
      const problems = notUtf8 ? [notUtf8Problem(file, notUtf8)] : parsed.problems;
      return { ...parsed, problems, file, slug: slugFromPath(file), source };
    }),
  );
  const articleProblems = [
    ...articles.flatMap(({ problems }) => problems),
    ...findAddressClashes(articles.map(({ file, aliases }) => ({ file, aliases }))),
  ];

  // Articles whose front matter is broken are already reported; holding them to a capture would only add noise.
  const { captures, problems: captureProblems } = findCaptureProblems(
    articles.flatMap(({ file, slug, body, data }) =>
      data ? [{ file, slug, body, removed: data.removed, ...(data.capture && { capture: data.capture }) }] : [],
    ),
    await Promise.all(captureFiles.map(async (file) => ({ file, bytes: (await reader.read(file)) ?? new Uint8Array() }))),
  );

  const published = articles.filter(({ draft }) => !draft).map(({ slug }) => slug);
  const entitySources = await Promise.all(
    entityFiles.map(async (file) => ({ file, source: decoder.decode(await reader.read(file)) })),
  );
  const { entities, problems: entityProblems } = readEntities(entitySources, published);

  const redirects = readRedirects(relative(process.cwd(), paths.redirectsFile), decoder.decode(redirectsBytes), articles);
  const topicMerges = findTopicMerges(
    articles.flatMap(({ draft, data }) => (data && !draft ? [{ data }] : [])),
    entities,
  );
  // A line of the redirects list for the same address is the editor's own choice, and stands.
  const listed = new Set(redirects.redirects.map(({ from }) => from));
  const mergedTopicRedirects = topicRedirects(topicMerges).filter(({ from }) => !listed.has(from));

  const timelineFile = parseTimeline(relative(process.cwd(), paths.timelineFile), decoder.decode(timelineBytes));
  const cited = articlesCitedWithPassages(timelineFile);
  const timelineArticles = new Map<string, TimelineArticle>(
    await Promise.all(
      articles.map(async ({ file, slug, draft, body }): Promise<[string, TimelineArticle]> => {
        const passages = cited.has(slug) ? await passageIdsOf(file, body) : undefined;
        return [slug, { slug, file, draft, ...(passages && { passages }) }];
      }),
    ),
  );
  const timeline = readTimeline(timelineFile, timelineArticles);

  return {
    articles,
    entities,
    entityNames: entityNames(entities),
    timeline: timeline.events,
    redirects: [...redirects.redirects, ...mergedTopicRedirects],
    topicMerges,
    captures,
    problems: [...articleProblems, ...captureProblems, ...entityProblems, ...redirects.problems, ...timeline.problems],
  };
}

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * The passage ids of an article's text, rendered through the site's own Markdown pipeline so they are exactly the
 * ids its page will carry. MDX needs its own compiler, so an MDX article reports none, and a passage in it is
 * reported as unknown. An article whose paragraphs repeat reports none either: its own page stops the build on
 * that, in the same words, when the build renders it.
 */
async function passageIdsOf(file: string, body: string): Promise<Set<string> | undefined> {
  if (file.endsWith('.mdx')) return new Set();
  // Entity links are added after passage ids are set and never change them, so none are needed here.
  renderer ??= createMarkdownProcessor({ ...markdownPipeline([]), syntaxHighlight: false });
  try {
    const { code } = await (await renderer).render(body, { fileURL: pathToFileURL(resolve(file)) });
    return new Set([...code.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id ?? '').filter(isPassageId));
  } catch (error) {
    if (error instanceof DuplicatePassageError) return undefined;
    throw error;
  }
}

/** Where a build keeps the content it loaded, for the content layer and the pages of the same process. */
const SHARED = Symbol.for('organ-harvesting-archive.content');

type SharedContent = Map<string, Promise<Content>>;

const shared = (): SharedContent => ((globalThis as { [SHARED]?: SharedContent })[SHARED] ??= new Map());

/**
 * The content of this build, loaded once. `astro.config.mjs` loads it first and the pages, rendered later in the
 * same process, get the same object, so no page reads a content file again. `fresh` loads it anew and keeps it:
 * the configuration does so on each (re)load, and the dev server's pages on each request, so an edit shows at once.
 */
export function contentOfThisBuild(paths: ContentPaths = CONTENT_PATHS, { fresh = false } = {}): Promise<Content> {
  const key = JSON.stringify(paths);
  const known = shared().get(key);
  if (known && !fresh) return known;
  const loading = loadContent(paths);
  shared().set(key, loading);
  return loading;
}
