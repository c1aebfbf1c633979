import { articleUrl, entityUrl, tagUrl } from '../site/urls';
import type { TopicMerge } from './entity-index';
import type { ContentProblem } from './problems';

/** An old address that must keep working, and the address it now leads to. Both are site paths. */
export interface Redirect {
  from: string;
  to: string;
}

/** What a redirect needs from an article: its slug, its former slugs and whether it is published. */
export interface AliasedArticle {
  slug: string;
  aliases: readonly string[];
  draft: boolean;
}

/** One redirect from each former slug of each published article to its current address. Drafts have none. */
export function aliasRedirects(articles: readonly AliasedArticle[]): Redirect[] {
  return articles
    .filter((article) => !article.draft)
    .flatMap(({ slug, aliases }) =>
      [...new Set(aliases)].map((alias) => ({ from: articleUrl(alias), to: articleUrl(slug) })),
    )
    .toSorted((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * One redirect from the address of each topic that names an entity to the entity's page, the one page for the
 * subject. A topic's later pages are not permanent addresses; its feed stays, carrying the entity's articles.
 * @example topicRedirects([{ topic: 'David Kilgour', topicSlug: 'david-kilgour', entity: { slug: 'david-kilgour', … } }])
 *   // [{ from: '/tags/david-kilgour/', to: '/entities/david-kilgour/' }]
 */
export function topicRedirects(merges: readonly TopicMerge[]): Redirect[] {
  return merges.map(({ topicSlug, entity }) => ({ from: tagUrl(topicSlug), to: entityUrl(entity.slug) }));
}

/** A line of the redirects list that cannot be used, for the editor to fix. */
export interface RedirectsListProblem {
  line: number;
  message: string;
}

const SITE_PATH = /^\/(?:[^\s/]+\/)*$/;

/**
 * Reads the redirects list: one "old-path new-path" pair a line, `#` starting a
 * comment. Paths are the site's own, starting and ending with a slash. Returns the
 * redirects and everything wrong, by line.
 */
export function parseRedirectsList(text: string): { redirects: Redirect[]; problems: RedirectsListProblem[] } {
  const redirects: Redirect[] = [];
  const problems: RedirectsListProblem[] = [];
  const firstLineOf = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/#.*$/, '').trim();
    if (content === '') return;
    const fields = content.split(/\s+/);
    const [from, to] = fields;
    if (fields.length !== 2 || from === undefined || to === undefined) {
      problems.push({
        line,
        message: `must hold an old address and a new one separated by a space, for example "/tags/uighurs/ /tags/uyghurs/"; found "${content}"`,
      });
      return;
    }
    const bad = [from, to].filter((path) => !SITE_PATH.test(path));
    if (bad.length > 0) {
      problems.push({
        line,
        message: `${bad.map((path) => `"${path}"`).join(' and ')} must be ${bad.length === 1 ? 'an address' : 'addresses'} on this site, starting and ending with "/", for example "/tags/uyghurs/"`,
      });
      return;
    }
    if (from === to) {
      problems.push({ line, message: `"${from}" redirects to itself; remove the line` });
      return;
    }
    const earlier = firstLineOf.get(from);
    if (earlier !== undefined) {
      problems.push({ line, message: `"${from}" already redirects on line ${earlier}; keep one of the two lines` });
      return;
    }
    firstLineOf.set(from, line);
    redirects.push({ from, to });
  });
  return { redirects, problems };
}

/**
 * Redirects whose target is itself redirected: a chain a reader would have to follow
 * twice. Each is reported with the address it should point at instead.
 */
export function findRedirectChains(redirects: readonly Redirect[]): { redirect: Redirect; finalTo: string }[] {
  const next = new Map(redirects.map((r) => [r.from, r.to]));
  return redirects.flatMap((redirect) => {
    if (!next.has(redirect.to)) return [];
    let finalTo = redirect.to;
    const seen = new Set([redirect.from]);
    while (next.has(finalTo) && !seen.has(finalTo)) {
      seen.add(finalTo);
      finalTo = next.get(finalTo) ?? finalTo;
    }
    return [{ redirect, finalTo }];
  });
}

/**
 * The `_redirects` file Netlify and Cloudflare Pages read: one permanent (301)
 * redirect a line. Hosts that ignore it still serve the redirect pages the build writes.
 */
export function redirectsFileText(redirects: readonly Redirect[]): string {
  const lines = redirects.map(({ from, to }) => `${from} ${to} 301`);
  return [
    '# Permanent redirects for hosts that read this file (Netlify, Cloudflare Pages).',
    '# Written by the build from article aliases and content/redirects.txt; do not edit.',
    ...lines,
    '',
  ].join('\n');
}

/** Characters that would end or change a string in an nginx configuration file. */
const NGINX_UNSAFE = /["\\$;{}\s]/;

/**
 * The redirects as entries of an nginx `map` from the requested path to its new address, which
 * deploy/nginx.conf includes and answers with a 301. nginx compares the decoded path, so each old
 * address is decoded; a path nginx could not hold, even decoded, stops the build with its name.
 * @example nginxRedirectMapText([{ from: '/articles/old/', to: '/articles/new/' }])
 *   // '…\n"/articles/old/" "/articles/new/";\n'
 */
export function nginxRedirectMapText(redirects: readonly Redirect[]): string {
  const lines = redirects.map(({ from, to }) => {
    const key = decodeURIComponent(from);
    const bad = [key, to].find((path) => NGINX_UNSAFE.test(path));
    if (bad !== undefined) {
      throw new Error(
        `The redirect from "${from}" to "${to}" cannot go into nginx's configuration: "${bad}" holds a quote, backslash, $, semicolon, brace or space (written as is or %-encoded). Choose an address without it, in the alias or in content/redirects.txt.`,
      );
    }
    return `"${key}" "${to}";`;
  });
  return [
    '# Permanent redirects for nginx: deploy/nginx.conf includes this file in a map.',
    '# Written by the build from article aliases and content/redirects.txt; do not edit.',
    ...lines,
    '',
  ].join('\n');
}

/**
 * Every redirect the site serves, and everything wrong with the redirects list `file` (its `text`) given the
 * articles: unreadable lines, an old address that is a live article's, a line an alias already serves, and
 * chains. The redirects are each published article's aliases, then the list's usable lines.
 */
export function readRedirects(
  file: string,
  text: string,
  articles: readonly AliasedArticle[],
): { redirects: Redirect[]; problems: ContentProblem[] } {
  const { redirects: listed, problems: lineProblems } = parseRedirectsList(text);
  const problems: ContentProblem[] = lineProblems.map(({ line, message }) => ({ file, message: `line ${line}: ${message}` }));
  const articleUrls = new Set(articles.map(({ slug }) => articleUrl(slug)));
  const aliased = aliasRedirects(articles);
  const aliases = new Set(aliased.map((r) => r.from));
  const usable: Redirect[] = [];
  for (const redirect of listed) {
    if (articleUrls.has(redirect.from)) {
      problems.push({
        file,
        message: `"${redirect.from}" is a published article's address; a redirect there would hide it`,
      });
    } else if (aliases.has(redirect.from)) {
      problems.push({ file, message: `"${redirect.from}" already redirects as an article's alias; remove the line` });
    } else {
      usable.push(redirect);
    }
  }
  // Chains that start at a line that stands. An alias that is another article's address would also
  // make one, but the article check reports that already, in the article's own words.
  const chains = findRedirectChains([...aliased, ...usable]).filter(({ redirect }) => usable.includes(redirect));
  for (const { redirect, finalTo } of chains) {
    problems.push({
      file,
      message: `"${redirect.from}" redirects to "${redirect.to}", which redirects again; point it straight at "${finalTo}"`,
    });
  }
  return { redirects: [...aliased, ...usable], problems };
}
