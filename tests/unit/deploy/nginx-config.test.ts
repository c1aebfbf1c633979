import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerPolicy, INLINE_SCRIPT_FILES } from '../../../src/lib/deploy/content-security-policy';
import { partPath } from '../../../src/lib/search/index-parts';
import {
  HASHED_PATHS,
  headersFileText,
  IMMUTABLE,
  REVALIDATE,
  securityHeaders,
} from '../../../src/lib/deploy/server-headers';

const root = new URL('../../../', import.meta.url);
const NGINX = readFileSync(new URL('deploy/nginx.conf', root), 'utf8');
const POLICY = headerPolicy(INLINE_SCRIPT_FILES.map((file) => readFileSync(new URL(file, root), 'utf8')));

/** The `add_header` lines of the nginx configuration, by header name. */
function nginxHeaders(config: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const [, name = '', value = ''] of config.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)) {
    headers.set(name, value);
  }
  return headers;
}

/** The `map $uri $archive_cache_control` block: each regex and the value it gives, then the default. */
function nginxCacheRules(config: string): { rules: [RegExp, string][]; fallback: string } {
  const block = /map \$uri \$archive_cache_control \{([^}]*)\}/.exec(config)?.[1] ?? '';
  const rules: [RegExp, string][] = [];
  let fallback = '';
  for (const [, key = '', value = ''] of block.matchAll(/^\s*(\S+)\s+"([^"]*)";/gm)) {
    if (key === 'default') fallback = value;
    else rules.push([new RegExp(key.replace(/^~/, '')), value]);
  }
  return { rules, fallback };
}

const cacheControlFor = (path: string): string => {
  const { rules, fallback } = nginxCacheRules(NGINX);
  return rules.find(([pattern]) => pattern.test(path))?.[1] ?? fallback;
};

/** Files of a real build, hashed and not. */
const HASHED = [
  '/_astro/search.Cl80-rvm.css',
  '/_astro/search.astro_astro_type_script_index_0_lang.CJ4orDke.js',
  '/pagefind/fragment/en_4641c9d.pf_fragment',
  '/pagefind/index/en_183426b.pf_index',
  '/pagefind/filter/en_9add6b3.pf_filter',
  '/pagefind/pagefind.en_ceb158a786.pf_meta',
  // A large archive's index in parts (src/lib/search/index-parts.ts).
  `/pagefind/${partPath(2)}fragment/en_a5ee8d1.pf_fragment`,
  `/pagefind/${partPath(2)}index/en_4fafb7b.pf_index`,
  `/pagefind/${partPath(12)}filter/en_9add6b3.pf_filter`,
  `/pagefind/${partPath(3)}pagefind.en_32cdf58e6c.pf_meta`,
];
const NOT_HASHED = [
  '/',
  '/index.html',
  '/articles/x/index.html',
  '/404.html',
  '/favicon.svg',
  '/pagefind/pagefind-entry.json',
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-component-ui.js',
  '/pagefind/wasm.en.pagefind',
  '/pagefind/parts.json',
  `/pagefind/${partPath(1)}pagefind-entry.json`,
];

describe('deploy/nginx.conf', () => {
  it('sends every security header with the value src/lib/deploy/server-headers.ts gives', () => {
    const sent = nginxHeaders(NGINX);
    for (const [name, value] of securityHeaders(POLICY)) {
      // When the highlight script or the policy changes, the failure shows the line to write.
      expect(sent.get(name), `add_header ${name} "${value}" always;`).toBe(value);
    }
  });

  it('sends the content security policy of the pages, with frame-ancestors', () => {
    const policy = nginxHeaders(NGINX).get('Content-Security-Policy') ?? '';
    expect(policy).toBe(POLICY);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('caches hashed files for a year and revalidates everything else', () => {
    for (const path of HASHED) expect(cacheControlFor(path), path).toBe(IMMUTABLE);
    for (const path of NOT_HASHED) expect(cacheControlFor(path), path).toBe(REVALIDATE);
  });

  it('sets each header once, at server level, where no location can drop it', () => {
    const names = [...NGINX.matchAll(/^\s*add_header\s+(\S+)/gm)].map((m) => m[1]);
    expect(new Set(names).size).toBe(names.length);
    const locations = [...NGINX.matchAll(/location[^{]*\{([^}]*)\}/g)].map((m) => m[1] ?? '');
    for (const body of locations) expect(body).not.toContain('add_header');
  });
});

describe('headersFileText', () => {
  const text = headersFileText(POLICY);

  it('gives every path the security headers', () => {
    const [, block = ''] = /^\/\*\n((?: {2}.*\n)+)/m.exec(text) ?? [];
    for (const [name, value] of securityHeaders(POLICY)) expect(block).toContain(`  ${name}: ${value}\n`);
  });

  it('marks the same hashed files immutable as nginx does, and sets no Cache-Control for pages', () => {
    for (const path of HASHED_PATHS) expect(text).toContain(`${path}\n  Cache-Control: ${IMMUTABLE}\n`);
    expect(text.match(/Cache-Control/g)).toHaveLength(HASHED_PATHS.length);
    // Netlify's and Cloudflare's "*" matches any characters and ":part" one segment; every hashed sample is
    // covered, no other file.
    const patterns = HASHED_PATHS.map(
      (path) => new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\*/g, '.*').replace(/:part/g, '[^/]+')}$`),
    );
    for (const path of HASHED)
      expect(
        patterns.some((p) => p.test(path)),
        path,
      ).toBe(true);
    for (const path of NOT_HASHED)
      expect(
        patterns.some((p) => p.test(path)),
        path,
      ).toBe(false);
  });
});
