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

/**
 * The URL slug of a tag, author or publication name. Two spellings that differ only
 * in case, accents, apostrophes or punctuation give the same slug, so they are one name.
 * Letters of any script are kept (a Chinese tag keeps its characters); accents on Latin,
 * Greek and Cyrillic letters are dropped. Empty when the name has no letter or digit.
 * @example nameSlug('Human Rights') // 'human-rights'
 * @example nameSlug('Petr Šváb') // 'petr-svab'
 */
export function nameSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
