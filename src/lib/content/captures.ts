import { createHash } from 'node:crypto';
import { findUnfaithfulness, type CaptureKind } from './faithfulness';
import type { ContentProblem } from './problems';

/**
 * Each article's original capture lives in `content/captures/`, named after the article's file: the capture of
 * `content/articles/<slug>.md` is `content/captures/<slug>.txt` (copied text) or `<slug>.html` (a saved page).
 * The capture is evidence: it is kept byte for byte as collected, and its SHA-256 in the article's front matter
 * (`capture.sha256`) shows that it has not changed since.
 */

/** The file endings a capture may have, and how each is read. */
export const CAPTURE_KINDS: Readonly<Record<string, CaptureKind>> = { txt: 'text', html: 'html' };

/** One capture file as the content model finds it. */
export interface CaptureFile {
  /** Path relative to the project, as the editor knows it. */
  file: string;
  /** The article slug the file name ties it to. */
  slug: string;
  kind: CaptureKind;
}

/**
 * The article slug and kind of a capture file, from its name; `undefined` for a file that cannot be a capture.
 * @example captureFileOf('content/captures/us-urges-independent-probe.txt') // { slug: 'us-urges-independent-probe', kind: 'text', … }
 */
export function captureFileOf(file: string): CaptureFile | undefined {
  const [, slug, ending] = /(?:^|\/)([^/]+)\.([a-z]+)$/.exec(file) ?? [];
  const kind = ending === undefined ? undefined : CAPTURE_KINDS[ending];
  return slug && kind ? { file, slug, kind } : undefined;
}

/** The SHA-256 of the bytes, as 64 lowercase hexadecimal digits (what `sha256sum` prints). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A capture file as the model reads it: once, with its hash. */
export interface Capture extends CaptureFile {
  bytes: Uint8Array;
  sha256: string;
}

/** What the build needs to know of an article to hold it to its capture. */
export interface ArticleWithCapture {
  /** The article's file, relative to the project. */
  file: string;
  slug: string;
  /** The Markdown after the front matter. */
  body: string;
  /** What the front matter records of the capture. */
  capture?: { sha256: string } | undefined;
  /** The front matter's list of changes to the capture. */
  removed: readonly { what: string; text?: string }[];
}

const EDITING_GUIDE = 'docs/editing.md#the-original-capture';

/**
 * Every problem between the articles and the capture files: a file that cannot be a capture, two captures for one
 * article, a capture no article owns, a capture the front matter does not record or records but lacks, a capture
 * whose bytes no longer give the recorded hash, and an article whose text is not its capture less its listed changes.
 */
export function findCaptureProblems(
  articles: readonly ArticleWithCapture[],
  files: readonly { file: string; bytes: Uint8Array }[],
): { captures: Map<string, Capture>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<string, Capture[]>();
  for (const { file, bytes } of files) {
    const named = captureFileOf(file);
    if (!named) {
      problems.push({
        file,
        message:
          `this file is not a capture: a capture is named after its article and ends in ` +
          `${Object.keys(CAPTURE_KINDS)
            .map((ending) => `.${ending}`)
            .join(' or ')}`,
      });
      continue;
    }
    bySlug.set(named.slug, [...(bySlug.get(named.slug) ?? []), { ...named, bytes, sha256: sha256Hex(bytes) }]);
  }
  const slugs = new Set(articles.map(({ slug }) => slug));
  const captures = new Map<string, Capture>();
  for (const [slug, [first, ...others]] of bySlug) {
    if (!first) continue;
    captures.set(slug, first);
    if (others.length > 0) {
      problems.push({
        file: first.file,
        message: `an article has one capture, and ${[first, ...others].map(({ file }) => file).join(' and ')} are both named after "${slug}"; keep the one that was collected`,
      });
    }
    if (!slugs.has(slug)) {
      problems.push({
        file: first.file,
        message: `no article is named "${slug}", so this capture belongs to none; name it after its article's file`,
      });
    }
  }
  for (const article of articles) problems.push(...articleCaptureProblems(article, captures.get(article.slug)));
  return { captures, problems };
}

function articleCaptureProblems(article: ArticleWithCapture, capture: Capture | undefined): ContentProblem[] {
  const { file } = article;
  if (!article.capture) {
    return capture
      ? [
          {
            file,
            field: 'capture',
            message:
              `${capture.file} is this article's capture, but the front matter does not record it; ` +
              `add "capture:" with "sha256: ${capture.sha256}" (the hash of the file as it is now)`,
          },
        ]
      : [];
  }
  if (!capture) {
    return [
      {
        file,
        field: 'capture',
        message:
          `the front matter records a capture, but content/captures/ has no ${article.slug}.txt or ` +
          `${article.slug}.html; restore the file from the repository's history, or remove "capture" if none was kept`,
      },
    ];
  }
  if (capture.sha256 !== article.capture.sha256) {
    return [
      {
        file,
        field: 'capture.sha256',
        message:
          `the capture ${capture.file} is not the file that was recorded: its bytes give SHA-256 ${capture.sha256}, ` +
          `the front matter records ${article.capture.sha256}; a capture is never edited, so restore the ` +
          `collected file (git log -- ${capture.file}), or, if a new capture replaces it on purpose, record its ` +
          `hash and say why in the editor's note`,
      },
    ];
  }
  const untexted = article.removed.flatMap(({ what, text }, i) =>
    text === undefined
      ? [
          {
            file,
            field: 'removed',
            message:
              `change ${i + 1} of "removed" ("${what}") has no "text:"; an article with a capture lists the exact ` +
              `text each change took out of ${capture.file}`,
          },
        ]
      : [],
  );
  if (untexted.length > 0) return untexted;
  const unfaithful = findUnfaithfulness({
    body: article.body,
    format: file.endsWith('.mdx') ? 'mdx' : 'md',
    capture: new TextDecoder().decode(capture.bytes),
    captureKind: capture.kind,
    removed: article.removed.map(({ text }) => ({ text: text ?? '' })),
  });
  if (!unfaithful) return [];
  if (unfaithful.kind === 'removal-not-in-capture') {
    const what = article.removed[unfaithful.index]?.what ?? '';
    return [
      {
        file,
        field: 'removed',
        message:
          `change ${unfaithful.index + 1} of "removed" ("${what}") takes out "${unfaithful.text}", which ` +
          `${capture.file} does not hold (or an earlier change already took out); copy the text exactly as the ` +
          `capture has it (${EDITING_GUIDE})`,
      },
    ];
  }
  const article_ = unfaithful.article ? `"${unfaithful.article}"` : 'nothing more';
  const capture_ = unfaithful.capture ? `"${unfaithful.capture}"` : 'nothing more';
  return [
    {
      file,
      message:
        `the text is not its capture ${capture.file} less the changes "removed" lists: where they first differ, ` +
        `the article has ${article_} and the capture has ${capture_}; restore the capture's words, or list the ` +
        `change with its exact text (${EDITING_GUIDE})`,
    },
  ];
}
