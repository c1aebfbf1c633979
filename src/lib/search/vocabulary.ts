/**
 * The archive's own words, for "Did you mean …" on the search page (`./did-you-mean.ts`): every word of four letters
 * or more in the articles' titles and text, bylines, publications, topics and entity names, with how often the
 * archive uses it. Built once per build into a static file the search page fetches only when a search finds little.
 */

/** Words shorter than this are left out: too many short words sit one letter apart to correct them usefully. */
export const VOCABULARY_MIN_LETTERS = 4;

/** Longer runs of letters are not words a reader types: encoded data, long identifiers. */
const MAX_LETTERS = 30;

/** Each word of the archive, lowercased, with the number of times the archive writes it. */
export type Vocabulary = Readonly<Record<string, number>>;

/** What the vocabulary reads of an article: its front matter's names and title, and its Markdown body. */
export interface VocabularyArticle {
  data: { title: string; authors?: readonly string[]; publication?: string; tags: readonly string[] };
  body?: string;
}

/** What the vocabulary reads of an entity: every name articles write it by. */
export interface VocabularyEntity {
  name: string;
  aliases: readonly string[];
  shortNames: readonly string[];
}

const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gi;
/** Tags, comments and the addresses of Markdown links and images, which are no reader's words. */
const MARKUP = /<!--[\s\S]*?-->|<\/?[a-z][^<>]*>|\]\([^)]*\)/gi;
/** A word: letters, with the marks that may sit on them; Chinese is left to the index's own word splitting. */
const WORD = /[\p{L}\p{M}]+/gu;
const HAN = /\p{Script=Han}/u;

/**
 * The words a text gives the vocabulary, lowercased, in order, repeats kept: runs of letters of four or more, not
 * Chinese, leaving out web addresses and markup.
 * @example vocabularyWords('Kilgour’s report, see https://example.org/kilgour') // ['kilgour', 'report']
 */
export function vocabularyWords(text: string): string[] {
  const plain = text.replace(URL_PATTERN, ' ').replace(MARKUP, ' ');
  return (plain.match(WORD) ?? [])
    .filter((word) => word.length >= VOCABULARY_MIN_LETTERS && word.length <= MAX_LETTERS && !HAN.test(word))
    .map((word) => word.toLocaleLowerCase('en'));
}

/**
 * Counts every word of the published articles (title, text, authors, publication, topics) and of the entities'
 * names, sorted by word so that the same content gives the same file byte for byte.
 */
export function buildVocabulary(
  articles: readonly VocabularyArticle[],
  entities: readonly VocabularyEntity[],
): Vocabulary {
  const counts = new Map<string, number>();
  const add = (text: string): void => {
    for (const word of vocabularyWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  for (const { data, body = '' } of articles) {
    [data.title, body, ...(data.authors ?? []), data.publication ?? '', ...data.tags].forEach(add);
  }
  for (const { name, aliases, shortNames } of entities) [name, ...aliases, ...shortNames].forEach(add);
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
