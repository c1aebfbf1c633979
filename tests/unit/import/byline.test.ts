import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { findPageByline, isPersonName, pageEditors, parseByline } from '../../../scripts/import/byline';

describe('parseByline', () => {
  it.each([
    ['By Petr Svab', ['Petr Svab']],
    ['by Sidney Hunt', ['Sidney Hunt']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By Jane Doe, John Roe and Ann Lee', ['Jane Doe', 'John Roe', 'Ann Lee']],
    ['By Ludwig van Beethoven.', ['Ludwig van Beethoven']],
    ['BY Mary O’Brien-Smith', ['Mary O’Brien-Smith']],
    ['Par Sébastien Farcis', ['Sébastien Farcis']],
    [
      'Par Martin Untersinger (avec Damien Leloup et Morgane Tual)',
      ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual'],
    ],
    ['Von Anna Schmidt und Jan Weber', ['Anna Schmidt', 'Jan Weber']],
    ['Por Bruno Rodrigues', ['Bruno Rodrigues']],
    ['作者：王明', ['王明']],
    ['记者 李华', ['李华']],
    ['by: JOE HILDEBRAND', ['JOE HILDEBRAND']],
  ])('%j names %j', (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });

  it.each([
    'By submitting this form, I agree to the terms.',
    'By 2006, the reports had multiplied.',
    'By Feb. 24, 2021 the conference had started.',
    'By Reuters',
    'By BBC News',
    'Byline: Petr Svab',
    'Written by Petr Svab for the paper in the spring of that year',
    'Par ailleurs, le gouvernement a refusé.',
    'Von Braun designed the rocket.',
    '记者会上，发言人说',
    '文化部长说',
  ])('is not a byline: %j', (line) => {
    expect(parseByline(line)).toBeUndefined();
  });

  it('reads a byline element that holds the name alone', () => {
    expect(parseByline('JOE HILDEBRAND', { prefixed: false })).toEqual(['JOE HILDEBRAND']);
    expect(parseByline('Mac & i', { prefixed: false })).toBeUndefined();
  });
});

describe('isPersonName', () => {
  it.each(['Jane Doe', 'JOE HILDEBRAND', 'Mark Di Stefano', '肖春芳'])('%j is a name', (name) => {
    expect(isPersonName(name)).toBe(true);
  });
  it.each(['BBC News', 'Our Foreign Staff', 'Reuters', 'the editors', '宇航员在太空中喝酒'])('%j is not', (name) => {
    expect(isPersonName(name)).toBe(false);
  });
});

describe('findPageByline', () => {
  const page = fromHtml(
    '<body><header><span class="byline">By Other Columnist</span></header>' +
      '<article><p class="byline">by <a class="byauthor" href="/author/lucas">Lucas Nolan</a>22 Dec 2016</p>' +
      '<p>Text.</p></article><aside><span class="byline">Jenny Kutner</span></aside></body>',
  );
  const article = select('article', page);
  const offset = (element: Element | undefined) => element?.position?.start.offset ?? 0;
  const inArticle = (element: Element) => article !== undefined && selectAll('*', article).includes(element);

  it('takes the names of the author links in the byline inside the article, not its date', () => {
    expect(findPageByline(page, inArticle, () => false)?.names).toEqual(['Lucas Nolan']);
  });

  it('falls back to the last byline before the article', () => {
    const before = (element: Element) => offset(element) < offset(article);
    expect(findPageByline(page, () => false, before)?.names).toEqual(['Other Columnist']);
  });
});

describe('pageEditors', () => {
  it('finds the editors a Chinese page names', () => {
    expect(pageEditors('来源：网易科学人 作者： 责任编辑：肖春芳')).toEqual(['肖春芳']);
    expect(pageEditors('責任編輯：alonliu')).toEqual(['alonliu']);
  });
});
