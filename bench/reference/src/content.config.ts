import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The benchmark's corpus folder; the bench always sets it. */
const base = process.env.ARCHIVE_CONTENT_DIR ?? 'content';

const articles = defineCollection({
  loader: glob({ base, pattern: '**/*.md' }),
  // Only what the two pages show; the archive's other fields pass unchecked.
  schema: z.looseObject({ title: z.string(), published: z.coerce.date().optional() }),
});

export const collections = { articles };
