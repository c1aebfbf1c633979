import { LISTING_KIND_NAMES, listingKind } from './listing-kinds';
import { listingIndexUrl, timelineUrl } from './urls';

/** One entry of the site's main navigation. */
export interface Section {
  label: string;
  url: string;
}

/**
 * The sections of the site, in the order the header lists them: the index of each kind of listing, the one that
 * holds the whole archive first ("All articles"), then the timeline.
 */
export function siteSections(): Section[] {
  const kinds = LISTING_KIND_NAMES.toSorted(
    (a, b) => Number(listingKind(b).wholeArchive ?? false) - Number(listingKind(a).wholeArchive ?? false),
  );
  return [
    ...kinds.map((kind) => ({ label: listingKind(kind).indexTitle, url: listingIndexUrl(kind) })),
    { label: 'Timeline', url: timelineUrl() },
  ];
}
