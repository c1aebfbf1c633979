import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { rehypeAlignClasses } from './rehype-align-classes';
import { headingAnchorOptions, rehypeAutolinkHeadings } from './rehype-heading-anchors';
import { rehypePassageLinks } from './rehype-passage-links';
import { rehypeRemoteImages } from './rehype-remote-images';
import { rehypeSafeHtml } from './rehype-safe-html';
import { rehypeTaskListLabels } from './rehype-task-list-labels';

/**
 * The one Markdown pipeline, for `.md` and `.mdx` alike, and for the tests that
 * render through it. Order matters: raw HTML is parsed and sanitised before
 * headings get their ids and anchors, so the sanitiser never sees or renames them;
 * paragraphs, list items and quotations get theirs last.
 */
export const markdownPipeline: UnifiedProcessorOptions = {
  // remark-gfm is named here rather than through the `gfm` switch, so its version is ours.
  gfm: false,
  // Straight quotes stay straight: the archive keeps the source's characters.
  smartypants: false,
  remarkPlugins: [remarkGfm],
  rehypePlugins: [
    rehypeSafeHtml,
    rehypeRemoteImages,
    rehypeTaskListLabels,
    rehypeAlignClasses,
    rehypeSlug,
    [rehypeAutolinkHeadings, headingAnchorOptions],
    // Last, so a passage's id is made from its text alone, after every change to the tree.
    rehypePassageLinks,
  ],
};
