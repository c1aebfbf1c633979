/**
 * The archive as an editor might grow it: a copy of `content/` with a hundred generated articles added, which the
 * `grown` Playwright project builds and runs the size-dependent specs against. The articles are valid by the
 * schema and vary as real ones do (years, undated ones, drafts, topics old and new, authors, publications), and
 * they cross every limit the site sets: more than a feed's 50, a home page's 20, a listing page's 50 in one year
 * and one topic, a timeline's ten a year. Their words come from the benchmark's made-up vocabulary and their
 * names are plainly placeholders, so nothing here can be taken for a real article.
 *
 * Run as a script (the `grown` web server does), it writes the tree into `GROWN.contentRoot`.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seededRandom, VOCABULARY } from '../../scripts/bench/corpus';
import { PROJECT_ROOT } from './content';

/** Where the grown archive lives, relative to the project root: inside `tmp/`, which git, ESLint and Prettier skip. */
export const GROWN = {
  contentRoot: 'tmp/grown-archive/content',
  contentDir: 'tmp/grown-archive/content/articles',
  outDir: 'tmp/grown-archive/dist',
  cacheDir: 'tmp/grown-archive/cache',
} as const;

/** How many articles the editor adds. */
export const EXTRA_ARTICLES = 100;
/** The year most of them fall in: more than a listing page (50) and a timeline year (10) hold. */
const CROWDED_YEAR = 2016;
const IN_CROWDED_YEAR = 55;
/** A topic the real archive already has, which more than a listing page's worth of the new articles carry too. */
const EXISTING_TOPIC = 'Falun Gong';
const NEW_TOPICS = ['Generated topic', 'Lorem topic', 'Ipsum topic', 'Dolor theme', 'Amet theme'];
const AUTHORS = ['Sample Writer A', 'Sample Writer B', 'Sample Writer C', 'Sample Writer D', 'Sample Writer E'];
const PUBLICATIONS = ['Placeholder Weekly', 'Synthetic Daily', 'Lorem Review'];

const yaml = (text: string): string => JSON.stringify(text);
const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** The publication date of article `index`, or `undefined` for the last five, whose sources state none. */
function publishedDate(index: number): string | undefined {
  if (index >= EXTRA_ARTICLES - 5) return undefined;
  if (index < IN_CROWDED_YEAR) {
    // Every fifth shares its date with the one before, so ties are part of the order too.
    const day = index - (index % 5 === 4 ? 1 : 0);
    return new Date(Date.UTC(CROWDED_YEAR, 0, 1 + day * 6)).toISOString().slice(0, 10);
  }
  const year = 1995 + ((index * 7) % 31);
  return `${year}-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
}

/** Article number `index` (from 0): its file name and its Markdown. */
export function grownArticle(index: number): { fileName: string; text: string } {
  const random = seededRandom(1_000 + index);
  const int = (min: number, max: number): number => min + Math.floor(random.next() * (max - min + 1));
  // The commoner half of the vocabulary, so the text reads evenly and phrases repeat across articles.
  const word = (): string => VOCABULARY[int(0, VOCABULARY.length / 2)] ?? 'lorem';
  const words = (count: number): string[] => Array.from({ length: count }, word);
  const sentence = (): string => `${capitalise(words(int(6, 16)).join(' '))}.`;
  const paragraph = (): string => Array.from({ length: int(2, 5) }, sentence).join(' ');

  const number = String(index + 1).padStart(3, '0');
  const heading = words(3).map(capitalise).join(' ');
  const slug = `generated-${number}-${heading.toLowerCase().replaceAll(' ', '-')}`;
  const published = publishedDate(index);
  const tags = [
    NEW_TOPICS[0],
    ...(index % 2 === 0 ? [EXISTING_TOPIC] : []),
    NEW_TOPICS[1 + (index % (NEW_TOPICS.length - 1))],
  ];
  const authors =
    index % 10 === 3 ? [] : AUTHORS.slice(index % AUTHORS.length, (index % AUTHORS.length) + 1 + (index % 2));
  const front = [
    '---',
    `title: ${yaml(`Generated article ${number}: ${heading}`)}`,
    ...(index % 5 === 1 ? [] : [`description: ${yaml(sentence())}`]),
    ...(authors.length > 0 ? [`authors: [${authors.map(yaml).join(', ')}]`] : []),
    ...(index % 7 === 2 ? [] : [`publication: ${yaml(PUBLICATIONS[index % PUBLICATIONS.length] ?? '')}`]),
    ...(index % 3 === 0 ? [`sourceUrl: https://example.org/generated/${slug}`] : []),
    ...(published ? [`published: ${published}`] : []),
    ...(!published && index % 2 === 0 ? ['added: 2026-01-15'] : []),
    `tags: [${tags.map((tag) => yaml(tag ?? '')).join(', ')}]`,
    // Two drafts among them, one in the crowded year: they must stay out at this size too.
    ...(index === 20 || index === 70 ? ['draft: true'] : []),
    '---',
  ];
  const body = [paragraph(), paragraph(), `## ${words(int(2, 4)).map(capitalise).join(' ')}`, paragraph()];
  for (let more = int(0, 3); more > 0; more--) body.push(paragraph());
  return { fileName: `${slug}.md`, text: `${front.join('\n')}\n\n${body.join('\n\n')}\n` };
}

/** Writes `content/` and the generated articles into `GROWN.contentRoot`, replacing what an earlier run left. */
export function writeGrownArchive(): void {
  const root = join(PROJECT_ROOT, GROWN.contentRoot);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(join(PROJECT_ROOT, 'content'), root, { recursive: true });
  for (let index = 0; index < EXTRA_ARTICLES; index++) {
    const { fileName, text } = grownArticle(index);
    writeFileSync(join(PROJECT_ROOT, GROWN.contentDir, fileName), text);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) writeGrownArchive();
