import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ARTICLE_PATTERN, CONTENT_DIR, PAGES_DIR } from './consts';
import { keepHtmlApart } from './lib/build/article-html';
import { slugFromPath } from './lib/content/slugs';
import { articleSchema, editorPageSchema } from './schema';

/**
 * The articles, for their pages. The content model (`src/lib/content/model.ts`) has read and checked every file
 * before this loader runs; the glob loader reads each article once more, because it is what renders Markdown and
 * MDX for Astro and caches the result by the file's digest. Entities and the timeline need no rendering, so the
 * pages take them from the content model and no collection reads them again.
 */
const articles = defineCollection({
  // The id is the bare file name so that the file name is the URL, whatever folder it sits in.
  // The Markdown stays out of the store: the content model keeps every article's text already, while a build holds
  // the store in several forms (the loader's, its file, Vite's module of it, the pages'); `getPublishedArticles`
  // gives each article its text from the model.
  // Their rendered HTML stays out of the store too, in a file each (`keepHtmlApart`): Astro writes the store as one
  // string, which V8 cannot make past about 20,000 articles with their HTML in it.
  loader: keepHtmlApart(
    glob({
      base: CONTENT_DIR,
      pattern: ARTICLE_PATTERN,
      generateId: ({ entry }) => slugFromPath(entry),
      retainBody: false,
    }),
  ),
  schema: articleSchema,
});

/** The archive's own pages (the About page), one Markdown file each, named by its address. */
const pages = defineCollection({
  loader: glob({ base: PAGES_DIR, pattern: '*.md' }),
  schema: editorPageSchema,
});

export const collections = { articles, pages };
