/**
 * The site's content security policy, in one place. Astro writes it into every page as a `<meta>` (with hashes of
 * the scripts and styles it bundles), and the server configurations in `deploy/` send it as a header with the
 * directives a `<meta>` cannot carry. Tests check that the two agree.
 */
import { createHash } from 'node:crypto';

/** A CSP hash source without its quotes, as Astro's `security.csp` takes it. */
export type CspHash = `sha256-${string}`;

/**
 * The `is:inline` scripts the pages carry, relative to the project root. Astro does not hash inline scripts, so
 * each file's text is hashed into the policy; the component that renders it must use the file's text unchanged.
 */
export const INLINE_SCRIPT_FILES = ['src/scripts/highlight-on-arrival.js'] as const;

/**
 * Every directive except `script-src` and `style-src`, which Astro writes itself. Anything not named here is
 * refused by `default-src 'none'`: no fonts, frames, media or plugins, and nothing from another host.
 */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  // No page needs a <base>; refusing it keeps injected markup from redirecting relative URLs.
  "base-uri 'none'",
  // Pagefind fetches its index, fragments and WebAssembly from the site.
  "connect-src 'self'",
  // The header's search box submits to the search page.
  "form-action 'self'",
  "img-src 'self'",
  // Pagefind searches in a worker; `blob:` is for versions that build their worker in memory.
  "worker-src 'self' blob:",
] as const;

/**
 * Script sources besides hashes: the site's own files (the bundled search script, Pagefind's scripts) and
 * WebAssembly compilation, which Pagefind's search runs on. Naming any resource replaces Astro's default `'self'`,
 * so it is listed here.
 */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Style sources besides hashes: the site's own stylesheets only. No page has inline styles. */
export const STYLE_RESOURCES = ["'self'"] as const;

/** Directives that only an HTTP header can carry; browsers ignore them in a `<meta>`. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * The CSP hash of an inline script's or style's text, exactly as it stands between its tags.
 * @example cspHash('alert(1)') // 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='
 */
export const cspHash = (text: string): CspHash =>
  `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/**
 * Astro's `security.csp` setting. `inlineScripts` are the texts of the `is:inline` scripts the pages carry, which
 * Astro does not hash itself.
 */
export function astroCspConfig(inlineScripts: readonly string[]) {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...CSP_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_RESOURCES], hashes: inlineScripts.map(cspHash) },
    styleDirective: { resources: [...STYLE_RESOURCES] },
  };
}

/**
 * The policy a server sends as the `Content-Security-Policy` header: the page's policy with the header-only
 * directives. Hashes of the files Astro bundles are left out: the pages load those as files, which `'self'` allows.
 * @example headerPolicy(['run()']) // "default-src 'none'; …; script-src 'self' 'wasm-unsafe-eval' 'sha256-…'; style-src 'self'; frame-ancestors 'none'"
 */
export function headerPolicy(inlineScripts: readonly string[]): string {
  return [
    ...CSP_DIRECTIVES,
    ['script-src', ...SCRIPT_RESOURCES, ...inlineScripts.map((text) => `'${cspHash(text)}'`)].join(' '),
    ['style-src', ...STYLE_RESOURCES].join(' '),
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}

/**
 * A policy's directives by name, each with its sources in order; names are lowercased, as browsers read them.
 * @example parsePolicy("img-src 'self'; default-src 'none';").get('img-src') // ["'self'"]
 */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    // A repeated directive is ignored by browsers: the first one counts.
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}
