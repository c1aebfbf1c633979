/**
 * What the provenance panel and the "What the archive changed" page say about a capture and the archive's
 * changes to it. The changes themselves are the article's `removed` list (see src/schema.ts).
 */

/** The front-matter fields a line of the capture can be moved into instead of the article's text. */
export const KEPT_AS_FIELDS = ['title', 'authors', 'publication', 'published', 'updated'] as const;
export type KeptAsField = (typeof KEPT_AS_FIELDS)[number];

/** How each field a capture's line moved into is named to a reader. */
const KEPT_AS_NAMES: Record<KeptAsField, string> = {
  title: 'the title',
  authors: 'the author',
  publication: 'the publication',
  published: 'the publication date',
  updated: 'the update date',
};

/** One change the archive made to a capture, as the article's front matter lists it. */
export interface ListedChange {
  /** The editor's description of what was removed and why. */
  what: string;
  /** The field the removed text was moved into, when it is the article's metadata rather than page chrome. */
  keptAs?: KeptAsField;
}

/**
 * The rule a change follows, in a few words, for the label beside it.
 * @example changeRule({ what: 'byline', keptAs: 'authors' }) // 'Moved into the provenance as the author'
 */
export function changeRule(change: ListedChange): string {
  return change.keptAs ? `Moved into the provenance as ${KEPT_AS_NAMES[change.keptAs]}` : 'Removed as page chrome';
}

/**
 * A file size as a reader takes it in, with the exact count of bytes that a hash is computed over.
 * @example byteSize(2492) // '2.5 KB (2,492 bytes)'
 */
export function byteSize(bytes: number): string {
  const exact = `${bytes.toLocaleString('en-GB')} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1000) return exact;
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'KB'] : [bytes / 1_000_000, 'MB'];
  return `${value.toFixed(1)} ${unit} (${exact})`;
}
