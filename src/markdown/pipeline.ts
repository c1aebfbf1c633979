import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { EntityNames } from '../lib/content/mentions';
import { rehypeAlignClasses } from './rehype-align-classes';
import { rehypeEntityLinks } from './rehype-entity-links';
import { rehypeHanWords } from './rehype-han-words';
import { headingAnchorOptions, rehypeAutolinkHeadings } from './rehype-heading-anchors';
import { rehypeNotPreserved } from './rehype-not-preserved';
import { rehypePassageLinks } from './rehype-passage-links';
import { rehypeRemoteImages } from './rehype-remote-images';
import { rehypeSafeHtml } from './rehype-safe-html';
import { rehypeTaskListLabels } from './rehype-task-list-labels';

/**
 * The one Markdown pipeline, for `.md` and `.mdx` alike, and for the tests that
 * render through it, finding the names of `entities` (read from `content/entities/`).
 * Order matters: raw HTML is parsed and sanitised before headings get their ids and
 * anchors, so the sanitiser never sees or renames them; paragraphs, list items and
 * quotations get theirs next; entity names are found last, in the passages those ids mark.
 *
 * The entities are plugin options on purpose: Astro keeps rendered articles in its cache
 * until its configuration changes, and these options are part of it, so adding or renaming
 * an entity renders every article again.
 */
export const markdownPipeline = (entities: readonly EntityNames[]): UnifiedProcessorOptions => ({
  // remark-gfm is named here rather than through the `gfm` switch, so its version is ours.
  gfm: false,
  // Straight quotes stay straight: the archive keeps the source's characters.
  smartypants: false,
  remarkPlugins: [remarkGfm],
  rehypePlugins: [
    rehypeSafeHtml,
    // Before anything that handles images: a `not-preserved:` address is a placeholder, never an image.
    rehypeNotPreserved,
    rehypeRemoteImages,
    rehypeTaskListLabels,
    rehypeAlignClasses,
    rehypeSlug,
    [rehypeAutolinkHeadings, headingAnchorOptions],
    // After every change to the text, so a passage's id is made from its text alone.
    rehypePassageLinks,
    // Last: a mention is recorded with its passage's id, and the links it adds change no passage's text.
    [rehypeEntityLinks, { entities }],
    rehypeHanWords,
  ],
});
