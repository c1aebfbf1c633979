import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ARTICLE_PATTERN, CONTENT_DIR } from './consts';
import { slugFromPath } from './lib/slugs';
import { articleSchema } from './schema';

const articles = defineCollection({
  // The id is the bare file name so that the file name is the URL, whatever folder it sits in.
  loader: glob({ base: CONTENT_DIR, pattern: ARTICLE_PATTERN, generateId: ({ entry }) => slugFromPath(entry) }),
  schema: articleSchema,
});

export const collections = { articles };
