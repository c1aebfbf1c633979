import { describe, expect, it } from 'vitest';
import { hanSearchTerms } from '../../../src/markdown/rehype-han-words';
import { renderMarkdown, withoutPassageLinks } from './render';

const render = async (markdown: string, frontmatter: Record<string, unknown> = {}): Promise<string> =>
  withoutPassageLinks((await renderMarkdown(markdown, { frontmatter })).code);

describe('hanSearchTerms', () => {
  it('gives a run of Chinese characters from each of its words on, so each word starts a term', () => {
    expect(hanSearchTerms('The notice read 器官移植等待名单公开查询 in large characters.')).toEqual([
      '移植等待名单公开查询',
      '等待名单公开查询',
      '名单公开查询',
      '公开查询',
      '查询',
    ]);
  });
  it('keeps a name the dictionary splits findable whole, from its first part', () => {
    // The dictionary splits 法轮功 into 法轮 and 功; the term that starts at 法轮 holds it whole.
    expect(hanSearchTerms('停止迫害法轮功')).toEqual(['迫害法轮功', '法轮功', '功']);
  });
  it('cuts long runs to twelve characters a term', () => {
    const terms = hanSearchTerms('研究人员整理了各地医院公布的捐献登记数据并且说明了这些数据怎样收集');
    expect(Math.max(...terms.map((term) => term.length))).toBe(12);
    expect(terms).toContain('数据怎样收集');
  });
  it('leaves out runs of one word, which search finds whole, and text without Chinese', () => {
    expect(hanSearchTerms('The word 器官 alone.')).toEqual([]);
    expect(hanSearchTerms('No Chinese here.')).toEqual([]);
  });
});

const carrier = (terms: string): string =>
  `<span data-pagefind-meta="chinese_terms[data-chinese-terms]" data-chinese-terms="${terms}"></span>`;

describe('rehypeHanWords', () => {
  it('gives search the terms of a Chinese run in an English article, and readers the text unchanged', async () => {
    const code = await render('The notice read 器官移植等待名单公开查询 in large characters.');
    expect(code).toBe(
      '<p>The notice read 器官移植等待名单公开查询 in large characters.</p>' +
        carrier('移植等待名单公开查询 等待名单公开查询 名单公开查询 公开查询 查询'),
    );
  });

  it('gathers the runs of every paragraph, inside links and emphasis too, once each, in one element', async () => {
    const code = await render(
      'The banner said *停止迫害法轮功* beside a [公开查询名单](https://example.org/) notice.\n\nThe second banner said 停止迫害法轮功 again.',
    );
    expect(code.match(/data-chinese-terms="[^"]*"/g)).toEqual([
      'data-chinese-terms="迫害法轮功 法轮功 功 查询名单 名单"',
    ]);
  });

  it('leaves a Chinese article alone, as search splits its words itself, whether its lang is stated or read', async () => {
    expect(await render('英文 transplant 夹杂在中文之间：器官移植等待名单。', { lang: 'zh-Hans' })).not.toContain(
      'data-chinese-terms',
    );
    expect(await render('器官移植等待名单公开查询，这是简体中文。', { title: '中文标题' })).not.toContain(
      'data-chinese-terms',
    );
  });

  it('marks an article whose front matter says English, however much Chinese it holds', async () => {
    expect(await render('器官移植等待名单公开查询，这是简体中文。', { lang: 'en' })).toContain('data-chinese-terms');
  });

  it('finds Chinese written as numeric character references, which the source text does not show as Chinese', async () => {
    expect(await render('The banner read &#20572;&#27490;&#36843;&#23475;.')).toBe(
      '<p>The banner read 停止迫害.</p>' + carrier('迫害'),
    );
  });

  it('adds nothing to an article without Chinese', async () => {
    expect(await render('Only English here, and a single 器 character.')).toBe(
      '<p>Only English here, and a single 器 character.</p>',
    );
  });
});
