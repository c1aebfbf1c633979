/**
 * The HTTP headers a server should send with the site, for every host's configuration: `deploy/nginx.conf`
 * spells them out (a test checks it against this module), and the build writes `_headers` for Netlify and
 * Cloudflare Pages from it.
 */

/**
 * Headers for every response. The policy is `headerPolicy()` from content-security-policy.ts.
 * - `Referrer-Policy: no-referrer`: a reader who follows a link to a source does not tell that site they came
 *   from this archive.
 * - `Permissions-Policy`: the site uses no device or browser feature, so none is granted to it or to anything
 *   it might be tricked into loading.
 * - `X-Frame-Options`: older browsers' form of `frame-ancestors 'none'`.
 */
export function securityHeaders(policy: string): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', policy],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** Every powerful feature Chromium, Firefox and Safari know, refused; the archive needs none of them. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** For files whose names change whenever their content does: cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * For everything else, HTML above all: kept, but checked with the server on every use (a quick 304 when
 * unchanged), so readers see a new build at once and a page never points at assets a deploy has removed.
 */
export const REVALIDATE = 'no-cache';

/**
 * The paths whose file names carry a hash of their content: Astro's bundled CSS and JavaScript, and Pagefind's
 * index chunks, fragments, filters and metadata, in the search bundle and in each part of a large archive's index
 * (`pagefind/part-N/`, src/lib/search/index-parts.ts). Pagefind's entry files, scripts and WebAssembly keep fixed
 * names and are revalidated. In Netlify's and Cloudflare's syntax, `:part` is one path segment and `*` any
 * characters, slashes included, so `/pagefind/*.pf_meta` covers the parts' metadata too.
 */
export const HASHED_PATHS = [
  '/_astro/*',
  '/pagefind/fragment/*',
  '/pagefind/index/*',
  '/pagefind/filter/*',
  '/pagefind/*.pf_meta',
  '/pagefind/:part/fragment/*',
  '/pagefind/:part/index/*',
  '/pagefind/:part/filter/*',
] as const;

/**
 * The `_headers` file Netlify and Cloudflare Pages read. Both merge every rule that matches a path, so
 * `Cache-Control` is set only for hashed files; both already revalidate HTML by default.
 */
export function headersFileText(policy: string): string {
  const lines = [
    '# Response headers for hosts that read this file (Netlify, Cloudflare Pages).',
    '# Written by the build from src/lib/deploy/server-headers.ts; do not edit.',
    '/*',
    ...securityHeaders(policy).map(([name, value]) => `  ${name}: ${value}`),
    ...HASHED_PATHS.flatMap((path) => [path, `  Cache-Control: ${IMMUTABLE}`]),
    '',
  ];
  return lines.join('\n');
}
