/**
 * A count and its noun, the noun in the plural unless the count is one. The site's nouns all take an "s".
 * @example plural(1, 'article') // '1 article'
 * @example plural(3, 'mention') // '3 mentions'
 */
export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
