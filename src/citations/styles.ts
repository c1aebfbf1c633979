/**
 * The CSL styles citation-js does not bundle, kept in this repository as the Citation Style Language project
 * publishes them (src/citations/styles/README.md names their source commit and licence). Vite reads them into the
 * build (`?raw`), so no style is fetched over the network and nothing depends on a package's build layout.
 */
import chicagoAuthorDate from './styles/chicago-author-date.csl?raw';
import modernLanguageAssociation from './styles/modern-language-association.csl?raw';

/** Each style's XML by the template name the archive registers it under in citation-js. */
export const CSL_STYLES: Readonly<Record<string, string>> = {
  'modern-language-association': modernLanguageAssociation,
  'chicago-author-date': chicagoAuthorDate,
};
