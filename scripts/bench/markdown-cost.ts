/**
 * What turning Markdown into HTML costs per article, measured in this process on
 * the same articles: Astro 7's default Sätteri processor, the unified processor
 * bare, with remark-gfm, and with the archive's whole pipeline, whose plugins are
 * each timed on their own.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownPipeline } from '../../src/markdown/pipeline';

/**
 * Sätteri, loaded by a name TypeScript does not follow: its type declarations add
 * MDX node types to every hast tree in the program, which breaks the typing of the
 * import command's hast code. Only `createSatteriMarkdownProcessor` is used.
 */
async function createSatteriRenderer(options: Record<string, unknown>): Promise<MarkdownRenderer> {
  const name = '@astrojs/markdown-satteri';
  const satteri = (await import(name)) as {
    createSatteriMarkdownProcessor(options: Record<string, unknown>): Promise<MarkdownRenderer>;
  };
  return satteri.createSatteriMarkdownProcessor(options);
}

/** Milliseconds per article for each processor, and for each of the archive's plugins on its own. */
export interface MarkdownCost {
  articles: number;
  /** Per article: Sätteri, unified without GFM, unified with remark-gfm only, and the archive's pipeline. */
  satteri: number;
  unifiedBare: number;
  unifiedGfm: number;
  pipeline: number;
  /** Per article, the time inside each plugin's transformer, by plugin name, most costly first. */
  plugins: { name: string; ms: number }[];
}

type Attacher = (this: unknown, ...options: unknown[]) => unknown;
type PluginEntry = Attacher | [Attacher, ...unknown[]];

/**
 * The same plugin, with the time spent in its transformer added to `timings`
 * under its name. Plugins that only register parser extensions (remark-gfm)
 * have no transformer; their cost shows in the difference between processors.
 */
export function timedPlugin(entry: PluginEntry, timings: Map<string, number>): PluginEntry {
  const [plugin, ...options] = Array.isArray(entry) ? entry : [entry];
  const name = plugin.name || 'anonymous';
  const timed: Attacher = function (this: unknown, ...attacherOptions: unknown[]) {
    const transformer = plugin.apply(this, attacherOptions);
    if (typeof transformer !== 'function') return transformer;
    return function (this: unknown, ...args: unknown[]) {
      const start = performance.now();
      const result = transformer.apply(this, args);
      const add = () => timings.set(name, (timings.get(name) ?? 0) + performance.now() - start);
      if (result instanceof Promise) return result.finally(add);
      add();
      return result;
    };
  };
  Object.defineProperty(timed, 'name', { value: name });
  return options.length > 0 ? [timed, ...options] : timed;
}

/** Rounds over the same articles; each processor keeps its fastest round, the one least disturbed by other work. */
const ROUNDS = 3;

/** Milliseconds per article for one pass of `renderer` over `bodies`. */
async function onePass(renderer: MarkdownRenderer, bodies: readonly string[]): Promise<number> {
  const start = performance.now();
  for (const text of bodies) await renderer.render(text);
  return (performance.now() - start) / bodies.length;
}

/** The body of an article file, without its front matter, as Astro hands it to the processor. */
export const bodyOf = (text: string): string => text.replace(/^---\n[\s\S]*?\n---\n/, '');

/**
 * Renders `articles` (whole files) with each processor, round after round so
 * that a busy spell on the machine hits all of them alike, and keeps each one's
 * fastest round. The plugin times come from the pipeline's fastest round.
 */
export async function measureMarkdownCost(articles: readonly string[]): Promise<MarkdownCost> {
  const bodies = articles.map(bodyOf);
  const common = { syntaxHighlight: false as const, smartypants: false };
  const timings = new Map<string, number>();
  const wrap = (plugins: readonly unknown[] = []) => plugins.map((p) => timedPlugin(p as PluginEntry, timings));
  // The synthetic corpus has no entity files beside it, as a build of it has none.
  const pipeline = markdownPipeline([]);
  const renderers = {
    satteri: await createSatteriRenderer({ ...common }),
    unifiedBare: await createMarkdownProcessor({ ...common, gfm: false }),
    unifiedGfm: await createMarkdownProcessor({ ...common, gfm: true }),
    pipeline: await createMarkdownProcessor({
      ...common,
      gfm: pipeline.gfm ?? false,
      remarkPlugins: wrap(pipeline.remarkPlugins) as never,
      rehypePlugins: wrap(pipeline.rehypePlugins) as never,
    }),
  };
  // An untimed pass first, so module loading and the JIT's warm-up count against no one.
  for (const renderer of Object.values(renderers)) for (const text of bodies.slice(0, 20)) await renderer.render(text);

  const best = { satteri: Infinity, unifiedBare: Infinity, unifiedGfm: Infinity, pipeline: Infinity };
  let plugins: MarkdownCost['plugins'] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of Object.keys(best) as (keyof typeof best)[]) {
      timings.clear();
      const ms = await onePass(renderers[name], bodies);
      if (ms >= best[name]) continue;
      best[name] = ms;
      if (name === 'pipeline')
        plugins = [...timings]
          .map(([plugin, total]) => ({ name: plugin, ms: total / bodies.length }))
          .toSorted((a, b) => b.ms - a.ms);
    }
  }
  return { articles: bodies.length, ...best, plugins };
}
