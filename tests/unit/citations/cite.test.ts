import { beforeAll, describe, expect, it } from 'vitest';
import {
  articleCitationItem,
  bibtex,
  cslJson,
  formattedCitations,
  plainCitation,
  ris,
} from '../../../src/citations/cite';

const ARCHIVE = 'https://archive.example.org/articles/';
const dated = articleCitationItem({
  slug: 'wang-lijun-organ-harvest-files',
  title: 'Source: Wang Lijun Told U.S. Officials of Organ Harvest',
  publication: 'The Epoch Times',
  published: '2012-06-20',
  sourceUrl: 'https://www.theepochtimes.com/wang',
  archiveUrl: `${ARCHIVE}wang-lijun-organ-harvest-files/`,
});
const undated = articleCitationItem({
  slug: 'ccp-officials-fear-investigation',
  title: 'CCP officials worry',
  authors: ['Petr Svab'],
  archiveUrl: `${ARCHIVE}ccp-officials-fear-investigation/`,
});
const bare = articleCitationItem({
  slug: 'bare',
  title: 'Skeptical About Organ Harvesting',
  archiveUrl: `${ARCHIVE}bare/`,
});

// Loading citeproc and the styles takes seconds, once.
beforeAll(() => void plainCitation(bare, 'mla'), 60_000);

describe('citations with a date and a publication but no author', { timeout: 30_000 }, () => {
  // Each style's guide puts the title first when there is no author.
  it('APA 7: title, (year, month day), publication in italics, URL', () => {
    expect(plainCitation(dated, 'apa')).toBe(
      'Source: Wang Lijun Told U.S. Officials of Organ Harvest. (2012, June 20). The Epoch Times. https://www.theepochtimes.com/wang',
    );
    expect(formattedCitations(dated).apa).toContain('<i>The Epoch Times</i>');
  });
  it('MLA 9: “Title.” Container, day month year, URL.', () => {
    expect(plainCitation(dated, 'mla')).toBe(
      '“Source: Wang Lijun Told U.S. Officials of Organ Harvest.” The Epoch Times, 20 June 2012, https://www.theepochtimes.com/wang.',
    );
  });
  it('Chicago author-date: the publication stands in for the author, then the year', () => {
    expect(plainCitation(dated, 'chicago')).toBe(
      'The Epoch Times. 2012. “Source: Wang Lijun Told U.S. Officials of Organ Harvest,” June 20, 2012. https://www.theepochtimes.com/wang.',
    );
  });
});

describe('citations with an author but no date', { timeout: 30_000 }, () => {
  it('APA 7 writes "n.d." and the bare URL, never an invented retrieval date', () => {
    expect(plainCitation(undated, 'apa')).toBe(
      'Svab, P. (n.d.). CCP officials worry. https://archive.example.org/articles/ccp-officials-fear-investigation/',
    );
  });
  it('MLA 9 leaves the date out', () => {
    expect(plainCitation(undated, 'mla')).toBe(
      'Svab, Petr. CCP Officials Worry. https://archive.example.org/articles/ccp-officials-fear-investigation/.',
    );
  });
  it('Chicago author-date writes "n.d."', () => {
    expect(plainCitation(undated, 'chicago')).toBe(
      'Svab, Petr. n.d. “CCP Officials Worry.” https://archive.example.org/articles/ccp-officials-fear-investigation/.',
    );
  });
});

describe('citations with neither author nor date', { timeout: 30_000 }, () => {
  it('start with the title in every style and invent nothing', () => {
    expect(plainCitation(bare, 'apa')).toBe(
      'Skeptical About Organ Harvesting. (n.d.). https://archive.example.org/articles/bare/',
    );
    expect(plainCitation(bare, 'mla')).toBe(
      'Skeptical About Organ Harvesting. https://archive.example.org/articles/bare/.',
    );
    expect(plainCitation(bare, 'chicago')).toBe(
      '“Skeptical About Organ Harvesting.” n.d. https://archive.example.org/articles/bare/.',
    );
  });
});

describe('reference files', { timeout: 30_000 }, () => {
  it('BibTeX: one entry keyed by the slug, with the publication as journal and no author it lacks', () => {
    const entry = bibtex(dated);
    expect(entry).toMatch(/^@article\{wang_lijun_organ_harvest_files,/);
    expect(entry).toContain('journal = {The Epoch Times}');
    expect(entry).toContain('year = {2012}');
    expect(entry).not.toContain('author');
  });
  it('RIS: a newspaper record that opens with TY and closes with ER', () => {
    const record = ris(dated);
    expect(record).toMatch(/^TY {2}- NEWS$/m);
    expect(record).toMatch(/^PY {2}- 2012$/m);
    expect(record).toMatch(/^ER {2}- ?$/m);
    expect(ris(undated)).toMatch(/^AU {2}- Svab, Petr$/m);
  });
  it('CSL-JSON: an array holding the one item', () => {
    expect(JSON.parse(cslJson(undated))).toEqual([undated]);
    expect(undated).not.toHaveProperty('issued');
  });
});
