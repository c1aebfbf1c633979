/**
 * The content security policy: every page carries it, it allows exactly the inline code the pages have, the
 * browser enforces it, and search works under it. Every other browser test also fails on any violation
 * (`pageGuard` in archive-test.ts), so this file checks the policy itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { readBuiltSite } from '../../scripts/link-check';
import {
  CSP_DIRECTIVES,
  cspHash,
  HEADER_ONLY_DIRECTIVES,
  headerPolicy,
  INLINE_SCRIPT_FILES,
  parsePolicy,
  SCRIPT_RESOURCES,
  STYLE_RESOURCES,
} from '../../src/lib/deploy/content-security-policy';
import { articleUrl } from '../../src/lib/site/urls';
import { expect, expectNoMisconduct, test, watchContext } from './archive-test';
import { PROJECT_ROOT, published } from './content';
import { filterButton, filterOption, openSearch, resultTitles } from './search-helpers';

const INLINE_SCRIPTS = INLINE_SCRIPT_FILES.map((file) => readFileSync(join(PROJECT_ROOT, file), 'utf8'));

/** Script types a browser runs; anything else (a Pagefind template, JSON-LD) is data. */
const RUNNABLE = new Set(['', 'text/javascript', 'module', 'application/javascript']);

/** What a page's markup holds that a policy must allow or forbid. */
interface PageCode {
  /** The `content` of each CSP `<meta>`. */
  policies: string[];
  /**
   * Whether the first CSP `<meta>` comes before every script and `<style>`, and before anything from another
   * origin. Astro writes it at the end of the head, after the layout's own links (the icon, the search page's
   * stylesheet), which come from the site and which the policy allows anyway.
   */
  policyFirst: boolean;
  inlineScripts: string[];
  inlineStyles: string[];
  styleAttributes: number;
  handlerAttributes: string[];
}

function pageCode(html: string): PageCode {
  const tree: Root = fromHtml(html);
  const code: PageCode = {
    policies: [],
    policyFirst: false,
    inlineScripts: [],
    inlineStyles: [],
    styleAttributes: 0,
    handlerAttributes: [],
  };
  let loadedBeforePolicy = false;
  visit(tree, 'element', (node: Element) => {
    const { tagName, properties } = node;
    if (tagName === 'meta' && String(properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy') {
      if (code.policies.length === 0) code.policyFirst = !loadedBeforePolicy;
      code.policies.push(String(properties.content ?? ''));
    }
    const runnable = tagName === 'script' && RUNNABLE.has(String(properties.type ?? ''));
    const runs = runnable || tagName === 'style' || tagName === 'body';
    const elsewhere =
      tagName === 'link' &&
      String(properties.rel) !== 'canonical' &&
      /^(?:[a-z]+:)?\/\//i.test(String(properties.href ?? ''));
    if (runs || elsewhere) loadedBeforePolicy = true;
    if (tagName === 'script' && properties.src === undefined && RUNNABLE.has(String(properties.type ?? ''))) {
      code.inlineScripts.push(toString(node));
    }
    if (tagName === 'style') code.inlineStyles.push(toString(node));
    if (properties.style !== undefined) code.styleAttributes++;
    for (const name of Object.keys(properties)) if (/^on[a-z]/.test(name)) code.handlerAttributes.push(name);
  });
  return code;
}

test('every page carries the policy first in its head, with the site-wide directives and no unsafe source', async ({
  outDir,
}) => {
  const { pages } = readBuiltSite(join(PROJECT_ROOT, outDir));
  expect(pages.size).toBeGreaterThan(0);
  for (const [file, html] of pages) {
    // Astro's redirect pages are not built from the layout; they run nothing and are left to the server header.
    if (html.includes('http-equiv="refresh"') && !html.includes('<main')) continue;
    const { policies, policyFirst } = pageCode(html);
    expect(policies, `${file} has one policy`).toHaveLength(1);
    expect(policyFirst, `${file}: the policy comes before any script, style or other origin`).toBe(true);
    const policy = parsePolicy(policies[0] ?? '');
    for (const directive of CSP_DIRECTIVES) {
      const [name = '', ...sources] = directive.split(' ');
      expect(policy.get(name), `${file}: ${name}`).toEqual(sources);
    }
    expect(policy.get('script-src')?.slice(0, SCRIPT_RESOURCES.length)).toEqual([...SCRIPT_RESOURCES]);
    for (const script of INLINE_SCRIPTS) expect(policy.get('script-src')).toContain(`'${cspHash(script)}'`);
    expect(policy.get('style-src')?.slice(0, STYLE_RESOURCES.length)).toEqual([...STYLE_RESOURCES]);
    expect(policies[0], `${file}: nothing unsafe`).not.toMatch(/'unsafe-(?:inline|eval|hashes)'|'strict-dynamic'|\*/);
    // Browsers ignore these in a <meta>, and warn about them: they belong in the header.
    for (const directive of HEADER_ONLY_DIRECTIVES) expect(policy.has(directive.split(' ')[0] ?? '')).toBe(false);
  }
});

test('each page runs only the inline code its policy names, and the server header allows the same', async ({
  outDir,
}) => {
  const header = parsePolicy(headerPolicy(INLINE_SCRIPTS));
  const { pages } = readBuiltSite(join(PROJECT_ROOT, outDir));
  const problems: string[] = [];
  for (const [file, html] of pages) {
    const code = pageCode(html);
    const meta = parsePolicy(code.policies[0] ?? '');
    for (const script of code.inlineScripts) {
      const hash = `'${cspHash(script)}'`;
      if (code.policies.length > 0 && !meta.get('script-src')?.includes(hash))
        problems.push(`${file}: ${hash} not in <meta>`);
      if (!header.get('script-src')?.includes(hash)) problems.push(`${file}: inline script ${hash} not in the header`);
    }
    // Styles come from files only: an inline one would need a hash the header does not carry.
    if (code.inlineStyles.length > 0) problems.push(`${file}: ${code.inlineStyles.length} <style> elements`);
    if (code.styleAttributes > 0) problems.push(`${file}: ${code.styleAttributes} style attributes`);
    if (code.handlerAttributes.length > 0)
      problems.push(`${file}: event handlers ${code.handlerAttributes.join(', ')}`);
    // Apart from hashes, the header and the page name the same sources for every directive.
    for (const [name, sources] of meta) {
      const plain = (list: readonly string[] = []) => list.filter((s) => !s.startsWith("'sha"));
      if (plain(header.get(name)).join(' ') !== plain(sources).join(' ')) problems.push(`${file}: ${name} differs`);
    }
  }
  expect(problems).toEqual([]);
});

test('the browser enforces the policy: code injected into a page is refused', async ({
  browser,
  baseURL,
  articles,
}) => {
  const context = await browser.newContext({ baseURL });
  const misconduct = watchContext(context, new URL(baseURL ?? '').origin);
  const page = await context.newPage();
  const article = published(articles)[0];
  await page.goto(articleUrl(article?.slug ?? ''));
  // As an injected fragment would: an inline script, an event handler and an inline style.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = "script"';
    document.body.append(script);
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.__injected = "handler"');
    image.src = '/no-such-image.png';
    document.body.append(image);
    const style = document.createElement('style');
    style.textContent = 'body { display: none }';
    document.head.append(style);
  });
  await expect.poll(() => misconduct.violations.length).toBeGreaterThanOrEqual(3);
  expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
  await expect(page.locator('body')).toBeVisible();
  expect(misconduct.violations.join('\n')).toMatch(/script-src/);
  expect(misconduct.violations.join('\n')).toMatch(/style-src/);
  await context.close();
});

test('search works under the policy: typing, filters, results and the highlight on arrival', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 2400 } });
  const misconduct = watchContext(context, new URL(baseURL ?? '').origin);
  const page = await context.newPage();
  await openSearch(page, 'organ');
  await expect(resultTitles(page).first()).toBeVisible();
  await filterButton(page, 'topic').click();
  await filterOption(page, 'topic', '').first().click();
  await expect(resultTitles(page).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await resultTitles(page).first().click();
  await expect(page.locator('mark.search-highlight').first()).toBeVisible();
  expectNoMisconduct(misconduct);
  await context.close();
});
