import type { CitationFormat } from '../site/urls';

/** Each downloadable reference format: its media type and how the "Cite" section names it. */
export const CITATION_FILES: Record<CitationFormat, { mediaType: string; label: string }> = {
  bib: { mediaType: 'application/x-bibtex; charset=utf-8', label: 'BibTeX' },
  ris: { mediaType: 'application/x-research-info-systems; charset=utf-8', label: 'RIS' },
  json: { mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8', label: 'CSL-JSON' },
};
