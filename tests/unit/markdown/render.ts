import { readdirSync, readFileSync } from 'node:fs';
import {
  createMarkdownProcessor,
  type MarkdownRenderer,
  type MarkdownRenderOptions,
  type MarkdownRenderResult,
} from '@astrojs/markdown-remark';
import type { EntityNames } from '../../../src/lib/content/mentions';
import { markdownPipeline } from '../../../src/markdown/pipeline';

const FIXTURES = new URL('../../fixtures/markdown/', import.meta.url);

let renderer: Promise<MarkdownRenderer> | undefined;

/** The entities every test render finds, as `content/entities/` would give them; no other fixture names them. */
export const TEST_ENTITIES: readonly EntityNames[] = [
  { slug: 'david-matas', names: ['David Matas'], shortNames: ['Matas'] },
  { slug: 'china-tribunal', names: ['China Tribunal', 'the Tribunal of China'], shortNames: [] },
];

/**
 * Renders Markdown through the site's own pipeline, as Astro's unified processor
 * does for `.md` files. createMarkdownProcessor reads gfm, smartypants and the
 * plugin lists from its options, so the pipeline is passed as it is; syntax
 * highlighting is off, as in astro.config.mjs.
 */
export async function renderMarkdown(markdown: string, options?: MarkdownRenderOptions): Promise<MarkdownRenderResult> {
  renderer ??= createMarkdownProcessor({ ...markdownPipeline(TEST_ENTITIES), syntaxHighlight: false });
  return (await renderer).render(markdown, options);
}

/** HTML with trailing whitespace removed from each line and from the end; nothing else is touched. */
export function normaliseHtml(html: string): string {
  return html
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trimEnd();
}

/** A Markdown input and the HTML the pipeline must turn it into: `tests/fixtures/markdown/<name>.md` and `.html`. */
export function readMarkdownFixture(name: string): { markdown: string; html: string } {
  return {
    markdown: readFileSync(new URL(`${name}.md`, FIXTURES), 'utf8'),
    html: readFileSync(new URL(`${name}.html`, FIXTURES), 'utf8'),
  };
}

/** Every file in `tests/fixtures/markdown/`, so a test can check that each input has its expected output. */
export function listMarkdownFixtureFiles(): string[] {
  return readdirSync(FIXTURES).sort();
}

/** Renders a fixture's Markdown and gives both sides normalised, ready for `toBe`. */
export async function renderFixture(name: string): Promise<{ actual: string; expected: string }> {
  const { markdown, html } = readMarkdownFixture(name);
  const { code } = await renderMarkdown(markdown);
  return { actual: normaliseHtml(code), expected: normaliseHtml(html) };
}

/** HTML without the passage ids, search titles and "link to this passage" anchors, for tests about other plugins. */
export function withoutPassageLinks(html: string): string {
  return html
    .replace(/ id="p-[a-z0-9-]+"/g, '')
    .replace(/ data-pagefind-title="[^"]*"/g, '')
    .replace(/<a class="passage-anchor"[^>]*><span[^>]*><\/span><\/a>/g, '');
}
