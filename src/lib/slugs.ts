/**
 * An article's slug: its file name without folders or extension.
 * @example slugFromPath('content/articles/2012/wang-lijun.md') // 'wang-lijun'
 */
export function slugFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.(md|mdx)$/i, '');
}

/** `true` when a slug can stand in a URL as it is: lowercase ASCII letters and digits joined by single hyphens. */
export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}

/**
 * A valid slug made from any text, for suggesting a file name. The dots of an
 * abbreviation such as "U.S." go, so it reads "us" rather than "u-s".
 * @example suggestSlug('Wang Lijun’s Files (2012)') // 'wang-lijuns-files-2012'
 * @example suggestSlug('Told U.S. Officials') // 'told-us-officials'
 */
export function suggestSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/(?<![a-z0-9])(?:[a-z]\.){2,}/g, (abbreviation) => abbreviation.replaceAll('.', ''))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
