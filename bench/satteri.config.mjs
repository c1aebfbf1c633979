// @ts-check
import config from '../astro.config.mjs';

/**
 * The archive exactly as configured, but with Astro 7's default Markdown processor, Sätteri, in place of the
 * unified pipeline: `npm run bench` builds it to show what the pipeline costs. Leaving `processor` unset is what
 * selects Sätteri. Sätteri runs none of the pipeline's plugins, so this site is not sanitised and its headings
 * have no anchors: never deploy it.
 */
export default { ...config, markdown: { ...config.markdown, processor: undefined } };
