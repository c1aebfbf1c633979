import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ARTICLE_PATTERN, CONTENT_DIR, ENTITIES_DIR, ENTITY_PATTERN, PAGES_DIR } from './consts';
import { entitySlugFromPath } from './lib/content/entity-problems';
import { slugFromPath } from './lib/content/slugs';
import { articleSchema, editorPageSchema, entitySchema } from './schema';

const articles = defineCollection({
  // The id is the bare file name so that the file name is the URL, whatever folder it sits in.
  loader: glob({ base: CONTENT_DIR, pattern: ARTICLE_PATTERN, generateId: ({ entry }) => slugFromPath(entry) }),
  schema: articleSchema,
});

/** The people, organisations and reports that articles mention; the content check has validated them already. */
const entities = defineCollection({
  loader: glob({ base: ENTITIES_DIR, pattern: ENTITY_PATTERN, generateId: ({ entry }) => entitySlugFromPath(entry) }),
  schema: entitySchema,
});

/** The archive's own pages (the About page), one Markdown file each, named by its address. */
const pages = defineCollection({
  loader: glob({ base: PAGES_DIR, pattern: '*.md' }),
  schema: editorPageSchema,
});

export const collections = { articles, entities, pages };
