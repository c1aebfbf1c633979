import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import {
  AUTHORS,
  benchQueries,
  inventedWord,
  PUBLICATIONS,
  seededRandom,
  syntheticArticle,
  syntheticCorpus,
  TAGS,
  VOCABULARY,
  VOCABULARY_SIZE,
  vocabularyOf,
} from '../../../scripts/bench/corpus';
import { findArticleProblems } from '../../../src/lib/content/article-problems';
import { articleSchema } from '../../../src/schema';

const sample = [...syntheticCorpus(300, 1)];
const loremSample = [...syntheticCorpus(100, 1, 'lorem')];

describe('seededRandom', () => {
  it('gives the same numbers for the same seed, and others for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed).next);
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('the vocabularies', () => {
  it('holds distinct words, lorem ipsum first', () => {
    expect(VOCABULARY).toHaveLength(VOCABULARY_SIZE);
    expect(new Set(VOCABULARY).size).toBe(VOCABULARY_SIZE);
    expect(VOCABULARY.slice(0, 2)).toEqual(['lorem', 'ipsum']);
    expect(VOCABULARY.every((word) => /^[a-z]+$/.test(word))).toBe(true);
  });

  it('draws realistic text from SUBTLEX-US: common English words first, no pieces of contractions', () => {
    const { words, cumulative } = vocabularyOf('realistic');
    expect(words.slice(0, 3)).toEqual(['you', 'I', 'the']);
    expect(new Set(words).size).toBe(words.length);
    expect(words.every((word) => /^[A-Za-z]+$/.test(word))).toBe(true);
    expect(words).not.toContain('s');
    expect(words).not.toContain('ll');
    expect(cumulative).toHaveLength(words.length);
    expect(cumulative.at(-1)).toBeCloseTo(1);
    // As in English, the ten commonest words make up about a fifth of the text.
    const body = sample.map((a) => a.text.replace(/^---\n[\s\S]*?\n---\n/, '')).join(' ');
    const tokens = body.split(/[^A-Za-z]+/).filter(Boolean);
    const common = new Set(words.slice(0, 10));
    const share = tokens.filter((token) => common.has(token)).length / tokens.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.35);
  });

  it('keeps the lorem corpus made of its own made-up words', () => {
    expect(vocabularyOf('lorem').words).toBe(VOCABULARY);
    const body = loremSample.map((a) => a.text.replace(/^---\n[\s\S]*?\n---\n/, '')).join(' ');
    const known = new Set(VOCABULARY);
    const unknown = body
      .replace(/\]\([^)]*\)/g, ' ')
      .split(/[^a-z]+/i)
      .filter((token) => /^[a-z]+$/i.test(token) && !known.has(token.toLowerCase()));
    expect(unknown).toEqual([]);
  });

  it('invents the same word for the same number', () => {
    expect(inventedWord(42)).toBe(inventedWord(42));
    expect(inventedWord(42)).not.toBe(inventedWord(43));
  });

  it('names no one real: placeholder authors and publications, example.org links', () => {
    expect(AUTHORS.every((name) => name.startsWith('Sample Writer '))).toBe(true);
    expect(PUBLICATIONS).toContain('Synthetic Daily');
    const links = sample.flatMap((a) => [...a.text.matchAll(/https?:\/\/[^\s)\]]+/g)].map((m) => new URL(m[0]).host));
    expect(new Set(links)).toEqual(new Set(['example.org']));
  });
});

describe('syntheticCorpus', () => {
  it('writes the same articles for the same seed, and the small corpus is the start of the large one', () => {
    expect([...syntheticCorpus(20, 1)]).toEqual(sample.slice(0, 20));
    expect(syntheticArticle(123, 1)).toEqual(sample[123]);
    expect(syntheticArticle(0, 2).text).not.toBe(sample[0]?.text);
  });

  it('gives every article a unique valid file name and front matter the archive accepts', () => {
    expect(new Set(sample.map((a) => a.fileName)).size).toBe(sample.length);
    for (const article of sample) {
      const file = `content/articles/${article.fileName}`;
      expect(findArticleProblems(file, article.text), file).toEqual([]);
      const { frontmatter } = parseFrontmatter(article.text);
      const data = articleSchema.parse(frontmatter);
      expect(data.tags.every((tag) => TAGS.includes(tag))).toBe(true);
      expect((data.authors ?? []).every((author) => AUTHORS.includes(author))).toBe(true);
      if (data.published) expect(data.published >= '2001-01-01' && data.published <= '2025-12-31').toBe(true);
    }
  });

  it('keeps every article between 600 and 1,500 words, with headings, and some lists, tables and footnotes', () => {
    for (const article of sample) {
      expect(article.words).toBeGreaterThanOrEqual(600);
      expect(article.words).toBeLessThanOrEqual(1500);
      expect(article.text).toMatch(/^## /m);
    }
    const share = (test: (a: (typeof sample)[number]) => boolean) => sample.filter(test).length / sample.length;
    expect(share((a) => /^\| --- \|/m.test(a.text))).toBeGreaterThan(0.1);
    expect(share((a) => /^\[\^1\]: /m.test(a.text))).toBeGreaterThan(0.1);
    expect(share((a) => /^(?:- |1\. )/m.test(a.text))).toBeGreaterThan(0.3);
    // The shape each article reports is what its text has.
    for (const article of sample) {
      expect(/^\| ---/m.test(article.text)).toBe(article.shape.table);
      expect(article.text.match(/^\[\^\d+\]: /gm)?.length ?? 0).toBe(article.shape.footnotes);
    }
  });

  it('counts the words of the body', () => {
    const [article] = sample;
    if (!article) throw new Error('The corpus is empty.');
    const body = article.text.replace(/^---\n[\s\S]*?\n---\n/, '');
    const words = body
      .replace(/\[\^\d+\]:?/g, ' ')
      .replace(/\]\([^)]*\)/g, ' ')
      .replace(/---:?/g, ' ')
      .split(/[^a-z]+/i)
      .filter((w) => /^[a-z]+$/i.test(w) && !/^\d+$/.test(w));
    expect(words.length).toBe(article.words);
  });

  it('has five search queries from each corpus’s words, common to rare', () => {
    for (const [corpus, articles] of [
      ['realistic', sample],
      ['lorem', loremSample],
    ] as const) {
      const queries = benchQueries(corpus);
      expect(queries).toHaveLength(5);
      for (const query of queries)
        for (const word of query.replaceAll('"', '').split(' ')) expect(vocabularyOf(corpus).words).toContain(word);
      expect(articles.filter((a) => a.text.includes(` ${queries[2]}`)).length).toBeGreaterThan(0);
    }
  });
});
