import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import {
  articleNameFinder,
  nameFinder,
  sentenceAround,
  textRuns,
  type EntityNames,
  type NameMatch,
} from '../../../../src/lib/content/mentions';

const KILGOUR: EntityNames = { slug: 'david-kilgour', names: ['David Kilgour'], shortNames: ['Kilgour'] };
const NICE: EntityNames = {
  slug: 'geoffrey-nice',
  names: ['Sir Geoffrey Nice', 'Geoffrey Nice'],
  shortNames: ['Nice'],
};
const CCP: EntityNames = { slug: 'ccp', names: ['Chinese Communist Party', 'CCP'], shortNames: [] };
const STATE_DEPARTMENT: EntityNames = {
  slug: 'us-department-of-state',
  names: ['U.S. Department of State', 'U.S. State Department', 'State Department'],
  shortNames: [],
};
const KILGOUR_MATAS_REPORT: EntityNames = {
  slug: 'kilgour-matas-report',
  names: ['Kilgour–Matas report'],
  shortNames: [],
};
const WANG_LIJUN: EntityNames = { slug: 'wang-lijun', names: ['Wang Lijun', '王立军'], shortNames: ['Wang'] };
const ENTITIES = [KILGOUR, NICE, CCP, STATE_DEPARTMENT, KILGOUR_MATAS_REPORT, WANG_LIJUN];

/** The names found in `text` when it is a whole article, as the text they cover. */
function found(text: string, entities: readonly EntityNames[] = ENTITIES): string[] {
  return articleNameFinder(entities, text)(text).map(({ start, end }) => text.slice(start, end));
}
const slugs = (matches: NameMatch[]): string[] => matches.map((m) => m.slug);

describe('finding names in text', () => {
  it('finds a name as a whole word, wherever it stands', () => {
    expect(found('David Kilgour spoke. Later, David Kilgour wrote.')).toEqual(['David Kilgour', 'David Kilgour']);
    expect(found('The report (David Kilgour, 2006) says so.')).toEqual(['David Kilgour']);
  });

  it('finds no name inside a longer word', () => {
    expect(found('The CCPs and XCCP and CCP2 are not it.')).toEqual([]);
    expect(found('David Kilgourson and O’David Kilgour are other people.')).toEqual([]);
    expect(found('Wang Lijunxi is someone else.')).toEqual([]);
  });

  it('respects capitals: a name is found only as written', () => {
    expect(found('the chinese communist party, ccp, Ccp')).toEqual([]);
    expect(found('Sir Geoffrey Nice spoke. It was a nice speech. Nice added more.')).toEqual([
      'Sir Geoffrey Nice',
      'Nice',
    ]);
  });

  it('finds aliases and transliterations, each counted for its entity', () => {
    const text = 'The Chinese Communist Party (CCP) and 王立军 and Geoffrey Nice.';
    expect(found(text)).toEqual(['Chinese Communist Party', 'CCP', '王立军', 'Geoffrey Nice']);
    expect(slugs(articleNameFinder(ENTITIES, text)(text))).toEqual(['ccp', 'ccp', 'wang-lijun', 'geoffrey-nice']);
  });

  it('finds a name in Chinese text, which has no spaces between words', () => {
    expect(found('前重庆公安局长王立军曾经')).toEqual(['王立军']);
  });

  it('finds a short name only in an article that writes the full name', () => {
    expect(found('Kilgour said so, and Wang agreed.')).toEqual([]);
    expect(found('Kilgour spoke first. David Kilgour later said so.')).toEqual(['Kilgour', 'David Kilgour']);
    expect(found('Alex Wang met Wang Lijun. Wang said so.')).toEqual(['Wang', 'Wang Lijun', 'Wang']);
  });

  it('lets the longest of overlapping names win', () => {
    expect(found('The U.S. State Department and the State Department.')).toEqual([
      'U.S. State Department',
      'State Department',
    ]);
    const text = 'The Kilgour–Matas report, by David Kilgour.';
    expect(found(text)).toEqual(['Kilgour–Matas report', 'David Kilgour']);
    expect(slugs(articleNameFinder(ENTITIES, text)(text))).toEqual(['kilgour-matas-report', 'david-kilgour']);
  });

  it('finds a name in the possessive, and leaves the “’s” out of it', () => {
    expect(found("David Kilgour's report and David Kilgour’s lawyer; Kilgour’s view.")).toEqual([
      'David Kilgour',
      'David Kilgour',
      'Kilgour',
    ]);
    expect(found("David Kilgour'sen is not a possessive.")).toEqual([]);
  });

  it('finds a name broken over two lines', () => {
    expect(found('said David\nKilgour today')).toEqual(['David\nKilgour']);
  });

  it('finds nothing when there are no names to find', () => {
    expect(nameFinder([])('David Kilgour')).toEqual([]);
  });
});

describe('textRuns', () => {
  const passage = (html: string): Element => {
    const element = fromHtml(html, { fragment: true }).children[0];
    if (element?.type !== 'element') throw new Error('expected an element');
    return element;
  };

  it('marks the text inside links and code as not to be searched, and keeps offsets into the whole text', () => {
    const runs = textRuns(
      passage('<p>David Kilgour, <a href="/x">David Kilgour</a>, <code>CCP</code> and <em>CCP</em></p>'),
    );
    expect(runs.map(({ node, offset, findable }) => [node.value, offset, findable])).toEqual([
      ['David Kilgour, ', 0, true],
      ['David Kilgour', 15, false],
      [', ', 28, true],
      ['CCP', 30, false],
      [' and ', 33, true],
      ['CCP', 38, true],
    ]);
  });

  it('finds no name inside a link or code', () => {
    const element = passage('<p><a href="/x">David Kilgour</a> and <code>CCP</code> and <pre>CCP</pre></p>');
    const runs = textRuns(element);
    const text = runs.map((run) => run.node.value).join('');
    const find = articleNameFinder(ENTITIES, text);
    expect(runs.filter((run) => run.findable).flatMap((run) => find(run.node.value))).toEqual([]);
  });
});

describe('sentenceAround', () => {
  const text =
    'In May, the U.S. Department of State released the report. Mr. Wang fled on Feb. 6 to the consulate. It ended.';

  it('gives the sentence holding the name, not stopping at abbreviations', () => {
    const start = text.indexOf('U.S.');
    expect(sentenceAround(text, start, start + 24)).toBe('In May, the U.S. Department of State released the report.');
    const wang = text.indexOf('Wang');
    expect(sentenceAround(text, wang, wang + 4)).toBe('Mr. Wang fled on Feb. 6 to the consulate.');
  });

  it('gives the whole text when it is one sentence, with its spaces collapsed', () => {
    expect(sentenceAround('  Joining Kilgour,\n Matas  ', 10, 17)).toBe('Joining Kilgour, Matas');
  });
});
