import type { CitationFormat } from '../site/urls';
import type { CslDate, CslItem, CslName } from './citation-item';

/** Each downloadable reference format: its media type and how the "Cite" section names it. */
export const CITATION_FILES: Record<CitationFormat, { mediaType: string; label: string }> = {
  bib: { mediaType: 'application/x-bibtex; charset=utf-8', label: 'BibTeX' },
  ris: { mediaType: 'application/x-research-info-systems; charset=utf-8', label: 'RIS' },
  json: { mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8', label: 'CSL-JSON' },
};

/** The RIS reference type of each CSL type the archive uses: a newspaper article, or a web page. */
const RIS_TYPES: Record<CslItem['type'], string> = { 'article-newspaper': 'NEWS', webpage: 'ELEC' };

/**
 * A day as the RIS specification writes it, with the trailing slash that ends its empty "other" part.
 * @example risDate({ 'date-parts': [[2024, 7, 2]] }) // '2024/07/02/'
 */
export function risDate(date: CslDate): string {
  const [year, month, day] = date['date-parts'][0];
  return `${String(year).padStart(4, '0')}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/`;
}

/**
 * A name as RIS writes it: family name (with its particles), a comma, given names, then any suffix.
 * @example risName({ family: 'Fontaine', given: 'Jean', 'non-dropping-particle': 'de la' }) // 'de la Fontaine, Jean'
 */
export function risName(name: CslName): string {
  if (name.literal) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const given = [name.given, name['dropping-particle']].filter(Boolean).join(' ');
  return [family, given, name.suffix].filter(Boolean).join(', ');
}

/**
 * A RIS record of one item. Each value stays on its tag's line, however long: RIS has no continuation lines, and
 * a reference manager reads a wrapped title or address as two. Whitespace within a value becomes one space.
 */
export function risRecord(item: CslItem): string {
  const lines: [string, string | undefined][] = [
    ['TY', RIS_TYPES[item.type]],
    ['ID', item['citation-key']],
    ['TI', item.title],
    ...(item.author ?? []).map((name): [string, string] => ['AU', risName(name)]),
    ['T2', item['container-title']],
    ['PY', item.issued && String(item.issued['date-parts'][0][0])],
    ['DA', item.issued && risDate(item.issued)],
    ['DB', item.archive],
    ['Y2', item.accessed && risDate(item.accessed)],
    ['UR', item.URL],
    ['LA', item.language],
  ];
  const fields = lines
    .filter((line): line is [string, string] => line[1] !== undefined && line[1].trim() !== '')
    .map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`);
  return `${fields.join('\n')}\nER  - \n`;
}

/** The characters BibTeX reads as commands, each written so that it prints as itself. */
const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * A value as BibTeX text: its special characters escaped, whitespace made one space. Every other character stays
 * as written, in UTF-8, which biber, Zotero and JabRef read: no title in Chinese loses its characters.
 * @example bibtexText('Tom & Jerry_1') // 'Tom \\& Jerry\\_1'
 */
export const bibtexText = (value: string): string =>
  value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}&%$#_~^]/g, (char) => BIBTEX_SPECIAL[char] ?? char);

/**
 * A name as BibTeX writes it: "von Last, Jr., First", or a name that is not split (an agency) in braces.
 * @example bibtexName({ family: 'Svab', given: 'Petr' }) // 'Svab, Petr'
 */
export function bibtexName(name: CslName): string {
  if (name.literal) return `{${bibtexText(name.literal)}}`;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const given = [name.given, name['dropping-particle']].filter(Boolean).join(' ');
  return [family, name.suffix ?? '', given]
    .filter((part) => part !== '')
    .map(bibtexText)
    .join(', ');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A `YYYY-MM-DD` date of a CSL date, as biblatex's `date` and `urldate` take it. */
const isoDate = ({ 'date-parts': [[year, month, day]] }: CslDate): string =>
  [String(year).padStart(4, '0'), String(month).padStart(2, '0'), String(day).padStart(2, '0')].join('-');

/**
 * A BibTeX entry of one item: `@article` in its newspaper, or `@misc` for a page whose container (the archive) goes
 * in `howpublished`. The title is braced twice so that no style changes the source's capitals; `year` and `month`
 * are for BibTeX, `date` and `urldate` (the day the archive added its copy) for biblatex and Zotero.
 */
export function bibtexEntry(item: CslItem): string {
  const isArticle = item.type === 'article-newspaper';
  const field = (name: string, value: string | undefined) => (value ? `  ${name} = {${value}},` : undefined);
  const month = item.issued && MONTHS[item.issued['date-parts'][0][1] - 1];
  const lines = [
    field('title', `{${bibtexText(item.title)}}`),
    field('author', item.author?.map(bibtexName).join(' and ')),
    field(isArticle ? 'journal' : 'howpublished', item['container-title'] && bibtexText(item['container-title'])),
    field('year', item.issued && String(item.issued['date-parts'][0][0])),
    // A month is a BibTeX macro (`jun`), unbraced, so that each style prints it in its own language.
    month && `  month = ${month},`,
    field('date', item.issued && isoDate(item.issued)),
    field(
      'url',
      item.URL.replace(/[{}]/g, (char) => encodeURIComponent(char)),
    ),
    field('urldate', item.accessed && isoDate(item.accessed)),
  ].filter((line) => line !== undefined);
  return `@${isArticle ? 'article' : 'misc'}{${item['citation-key']},\n${lines.join('\n')}\n}\n`;
}
