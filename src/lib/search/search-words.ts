import { LISTING_KINDS } from '../site/listing-kinds';

/**
 * The site's sections, the first segment of every listing's address (and of the articles', which share the years'),
 * whose names in a dead address say nothing about what the reader wanted.
 */
const SECTIONS: ReadonlySet<string> = new Set(Object.values(LISTING_KINDS).map((kind) => kind.section));

/**
 * The words of a missing page's address, as a search query: the path split on
 * slashes, hyphens and underscores, without the section name, a page file name
 * (`index.html`) or a file extension.
 * @example searchWordsFromPath('/articles/wang-lijun-organ/') // 'wang lijun organ'
 */
export function searchWordsFromPath(pathname: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = pathname;
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.length > 1 && SECTIONS.has(segments[0]?.toLowerCase() ?? '')) segments.shift();
  const last = segments.length - 1;
  const cleaned = segments
    .map((segment, index) => (index === last ? segment.replace(/\.[a-z0-9]{1,5}$/i, '') : segment))
    .filter((segment, index) => !(index === last && segment.toLowerCase() === 'index'));
  return cleaned
    .join('/')
    .split(/[/\-_\s]+/)
    .filter((word) => word !== '')
    .join(' ');
}
