import { createHash } from 'node:crypto';
import type { CaptureKind } from './faithfulness';

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

/** What an article's front matter says about its capture. */
export interface RecordedCapture {
  sha256: string;
}

/** What the build needs to know of an article to hold it to its capture. */
export interface ArticleWithCapture {
  /** The article's file, relative to the project. */
  file: string;
  slug: string;
  capture?: RecordedCapture;
}

/** A capture problem, for the editor who must act. */
export interface CaptureProblem {
  file: string;
  field?: string;
  message: string;
}

/**
 * Every problem between the articles' records and the capture files: a recorded capture with no file, a file
 * whose bytes no longer give the recorded hash, a capture no article records, and a file beside the captures that
 * is not one. `hashOf` gives a capture file's SHA-256.
 */
export function findCaptureProblems(
  articles: readonly ArticleWithCapture[],
  files: readonly string[],
  hashOf: (file: string) => string,
): CaptureProblem[] {
  const problems: CaptureProblem[] = [];
  const captures = new Map<string, CaptureFile[]>();
  for (const file of files) {
    const capture = captureFileOf(file);
    if (!capture) {
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
    captures.set(capture.slug, [...(captures.get(capture.slug) ?? []), capture]);
  }
  const slugs = new Set(articles.map(({ slug }) => slug));
  for (const [slug, [first, ...others]] of captures) {
    if (!first) continue;
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
  for (const article of articles) {
    const found = captures.get(article.slug)?.[0];
    if (!article.capture) {
      if (found) {
        problems.push({
          file: article.file,
          field: 'capture',
          message:
            `${found.file} is this article's capture, but the front matter does not record it; ` +
            `add "capture:" with "sha256: ${hashOf(found.file)}" (the hash of the file as it is now)`,
        });
      }
      continue;
    }
    if (!found) {
      problems.push({
        file: article.file,
        field: 'capture',
        message:
          `the front matter records a capture, but content/captures/ has no ${article.slug}.txt or ` +
          `${article.slug}.html; restore the file from the repository's history, or remove "capture" if none was kept`,
      });
      continue;
    }
    const actual = hashOf(found.file);
    if (actual !== article.capture.sha256) {
      problems.push({
        file: article.file,
        field: 'capture.sha256',
        message:
          `the capture ${found.file} is not the file that was recorded: its bytes give SHA-256 ${actual}, ` +
          `the front matter records ${article.capture.sha256}; a capture is never edited, so restore the ` +
          `collected file (git log -- ${found.file}), or, if a new capture replaces it on purpose, record its ` +
          `hash and say why in the editor's note`,
      });
    }
  }
  return problems;
}
