import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  articleCitationItem,
  bibtex,
  cslJson,
  formattedCitations,
  plainCitation,
  ris,
} from '../../../src/citations/cite';
import { SITE } from '../../../src/consts';
import type { CslDate } from '../../../src/lib/formats/citation-item';

const ARCHIVE = 'https://archive.example.org/articles/';
/** A publication and a date, no author, and no original address: the reference is to the archive's copy. */
const dated = articleCitationItem({
  slug: 'wang-lijun-organ-harvest-files',
  title: 'Source: Wang Lijun Told U.S. Officials of Organ Harvest',
  publication: 'The Epoch Times',
  published: '2012-06-20',
  added: '2026-11-22',
  archiveUrl: `${ARCHIVE}wang-lijun-organ-harvest-files/`,
});
/** The same with its original address: the reference is to the original. */
const original = articleCitationItem({
  slug: 'wang-lijun-organ-harvest-files',
  title: 'Source: Wang Lijun Told U.S. Officials of Organ Harvest',
  publication: 'The Epoch Times',
  published: '2012-06-20',
  added: '2026-11-22',
  sourceUrl: 'https://www.theepochtimes.com/wang',
  archiveUrl: `${ARCHIVE}wang-lijun-organ-harvest-files/`,
});
const undated = articleCitationItem({
  slug: 'ccp-officials-fear-investigation',
  title: 'CCP officials worry',
  authors: ['Petr Svab'],
  added: '2026-11-22',
  lang: 'en',
  archiveUrl: `${ARCHIVE}ccp-officials-fear-investigation/`,
});
const bare = articleCitationItem({
  slug: 'bare',
  title: 'Skeptical About Organ Harvesting',
  added: '2026-11-22',
  archiveUrl: `${ARCHIVE}bare/`,
});

// Loading citeproc and the styles takes seconds, once.
beforeAll(() => void plainCitation(bare, 'mla'), 60_000);

describe('citations of an original address, with a date and a publication but no author', { timeout: 30_000 }, () => {
  // Each style's guide puts the title first when there is no author.
  it('APA 7: title, (year, month day), publication in italics, URL', () => {
    expect(plainCitation(original, 'apa')).toBe(
      'Source: Wang Lijun Told U.S. Officials of Organ Harvest. (2012, June 20). The Epoch Times. https://www.theepochtimes.com/wang',
    );
    expect(formattedCitations(original).apa).toContain('<i>The Epoch Times</i>');
  });
  it('MLA 9: “Title.” Container, day month year, URL.', () => {
    expect(plainCitation(original, 'mla')).toBe(
      '“Source: Wang Lijun Told U.S. Officials of Organ Harvest.” The Epoch Times, 20 June 2012, https://www.theepochtimes.com/wang.',
    );
  });
  it('Chicago author-date: the publication stands in for the author, then the year', () => {
    expect(plainCitation(original, 'chicago')).toBe(
      'The Epoch Times. 2012. “Source: Wang Lijun Told U.S. Officials of Organ Harvest,” June 20, 2012. https://www.theepochtimes.com/wang.',
    );
  });
});

describe("citations of the archive's copy", { timeout: 30_000 }, () => {
  it('name the archive beside the publication, with the copy’s address', () => {
    expect(plainCitation(dated, 'apa')).toBe(
      `Source: Wang Lijun Told U.S. Officials of Organ Harvest. (2012, June 20). The Epoch Times. ${SITE.title}. ${ARCHIVE}wang-lijun-organ-harvest-files/`,
    );
    expect(plainCitation(dated, 'chicago')).toBe(
      `The Epoch Times. 2012. “Source: Wang Lijun Told U.S. Officials of Organ Harvest,” June 20, 2012. ${SITE.title}. ${ARCHIVE}wang-lijun-organ-harvest-files/.`,
    );
  });
  it('with an author but no date: the archive is the container, dated by the day it added the copy', () => {
    expect(plainCitation(undated, 'apa')).toBe(
      `Svab, P. (n.d.). CCP officials worry. ${SITE.title}. Retrieved November 22, 2026, from ${ARCHIVE}ccp-officials-fear-investigation/`,
    );
    expect(plainCitation(undated, 'mla')).toBe(
      `Svab, Petr. “CCP Officials Worry.” ${SITE.title}, ${ARCHIVE}ccp-officials-fear-investigation/. Accessed 22 Nov. 2026.`,
    );
    expect(plainCitation(undated, 'chicago')).toBe(
      `Svab, Petr. n.d. “CCP Officials Worry.” ${SITE.title}. Accessed November 22, 2026. ${ARCHIVE}ccp-officials-fear-investigation/.`,
    );
  });
  it('with neither author nor date: the title first, then the archive, never a bare "Title. (n.d.). URL"', () => {
    expect(plainCitation(bare, 'apa')).toBe(
      `Skeptical About Organ Harvesting. (n.d.). ${SITE.title}. Retrieved November 22, 2026, from ${ARCHIVE}bare/`,
    );
    expect(plainCitation(bare, 'mla')).toBe(
      `“Skeptical About Organ Harvesting.” ${SITE.title}, ${ARCHIVE}bare/. Accessed 22 Nov. 2026.`,
    );
    expect(plainCitation(bare, 'chicago')).toBe(
      `“Skeptical About Organ Harvesting.” n.d. ${SITE.title}. Accessed November 22, 2026. ${ARCHIVE}bare/.`,
    );
  });
  it('leave the date out when the archive did not record when it added the copy', () => {
    const { accessed, ...unrecorded } = bare;
    expect(accessed).toBeDefined();
    expect(plainCitation(unrecorded, 'apa')).toBe(
      `Skeptical About Organ Harvesting. (n.d.). ${SITE.title}. ${ARCHIVE}bare/`,
    );
  });
});

/** `YYYY-MM-DD` of a CSL date. */
const isoDate = (date: CslDate | undefined): string | undefined =>
  date?.['date-parts'][0].map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0')).join('-');

/** A parsed CSL date with its parts as numbers, as the archive writes them. */
const numericDate = (date: unknown): CslDate | undefined =>
  date ? { 'date-parts': [(date as CslDate)['date-parts'][0].map(Number) as [number, number, number]] } : undefined;

describe('reference files, each read back by an independent parser', { timeout: 30_000 }, () => {
  for (const [name, item] of Object.entries({ dated, original, undated, bare })) {
    it(`BibTeX (${name}): @retorquere/bibtex-parser reads back every field`, () => {
      // Sentence case off: the parser would otherwise lower-case an English title as a style might.
      const { entries, errors } = parseBibtex(bibtex(item), { sentenceCase: false });
      expect(errors).toEqual([]);
      expect(entries).toHaveLength(1);
      const [entry] = entries;
      expect(entry?.type).toBe(item.type === 'article-newspaper' ? 'article' : 'misc');
      expect(entry?.key).toBe(item['citation-key']);
      expect(entry?.fields).toEqual({
        title: item.title,
        ...(item.author && { author: item.author.map((n) => ({ lastName: n.family, firstName: n.given })) }),
        ...(item['container-title'] && {
          [item.type === 'article-newspaper' ? 'journal' : 'howpublished']: item['container-title'],
        }),
        ...(item.issued && {
          year: String(item.issued['date-parts'][0][0]),
          month: String(item.issued['date-parts'][0][1]),
          date: isoDate(item.issued),
        }),
        url: item.URL,
        ...(item.accessed && { urldate: isoDate(item.accessed) }),
      });
    });

    it(`RIS (${name}): astrocite-ris reads back the same CSL item`, () => {
      const [parsed, ...rest] = parseRis(ris(item)) as unknown as Record<string, unknown>[];
      expect(rest).toEqual([]);
      // The parser gives dates' parts as strings, and calls the database (DB) `source`.
      const { issued, accessed, source, ...fields } = parsed ?? {};
      const { archive, 'citation-key': key, ...expected } = item;
      expect({ ...fields, issued: numericDate(issued), accessed: numericDate(accessed), source }).toEqual({
        ...expected,
        id: key,
        issued: item.issued,
        accessed: item.accessed,
        source: archive,
      });
    });

    it(`CSL-JSON (${name}): JSON.parse gives an array holding the one item`, () => {
      expect(JSON.parse(cslJson(item))).toEqual([item]);
    });
  }

  it('BibTeX keeps every character of a title, escaping only what BibTeX reads as commands', () => {
    const item = articleCitationItem({
      slug: 'chinese',
      title: '中文测试文章：医院 & 50% of {costs} #1 $5 under_score ~ ^ \\ end',
      authors: ['新华社', 'Jörg Müller'],
      archiveUrl: `${ARCHIVE}chinese/`,
    });
    const { entries, errors } = parseBibtex(bibtex(item), { sentenceCase: false });
    expect(errors).toEqual([]);
    expect(entries[0]?.fields.title).toBe(item.title);
    expect(entries[0]?.fields.author).toEqual([{ lastName: '新华社' }, { lastName: 'Müller', firstName: 'Jörg' }]);
  });

  it('RIS keeps a long title and address each on its own line, and writes dates as the RIS specification does', () => {
    const long = articleCitationItem({
      slug: 'a-long-one',
      title: 'A title much longer than seventy characters, which RIS writers used to wrap onto a second line',
      published: '2024-07-02',
      added: '2026-11-22',
      archiveUrl: `${ARCHIVE}a-long-one-whose-address-is-also-longer-than-seventy-characters/`,
    });
    const lines = ris(long).split('\n');
    expect(lines).toContain(`TI  - ${long.title}`);
    expect(lines).toContain(`UR  - ${long.URL}`);
    expect(lines).toContain('PY  - 2024');
    expect(lines).toContain('DA  - 2024/07/02/');
    expect(lines).toContain('Y2  - 2026/11/22/');
    expect(lines.every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
  });
});
