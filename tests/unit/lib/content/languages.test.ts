import { describe, expect, it } from 'vitest';
import {
  articleLanguage,
  chineseScript,
  chineseTextScript,
  hanShare,
  isSegmentedLanguage,
  languageName,
  searchIndexLanguage,
  textLanguage,
} from '../../../../src/lib/content/languages';

describe('languageName', () => {
  it('names a language in English for result labels', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('zh-CN')).toBe('Chinese (China)');
    expect(languageName('zh-TW')).toBe('Chinese (Taiwan)');
  });
  it('names the archive’s own tags for Chinese by their script', () => {
    expect(languageName('zh-Hans')).toBe('Simplified Chinese');
    expect(languageName('zh-Hant')).toBe('Traditional Chinese');
  });
});

describe('searchIndexLanguage', () => {
  it('lowercases the tag as Pagefind names its per-language indexes', () => {
    expect(searchIndexLanguage('zh-CN')).toBe('zh-cn');
    expect(searchIndexLanguage('en')).toBe('en');
  });
});

describe('hanShare', () => {
  it('counts Han characters among the letters, leaving web addresses out', () => {
    expect(hanShare('器官 organ')).toBeCloseTo(2 / 7);
    expect(hanShare('器官移植 https://example.org/a-long-address www.example.org/b')).toBe(1);
  });
  it('is 0 for a text without letters', () => {
    expect(hanShare('2024 — 12')).toBe(0);
  });
});

describe('chineseTextScript', () => {
  it.each([
    ['这个国家的医院说', 'Hans'],
    ['這個國家的醫院說', 'Hant'],
    ['器官移植', undefined],
  ] as const)('%s is %s', (text, script) => {
    expect(chineseTextScript(text)).toBe(script);
  });
});

describe('textLanguage', () => {
  it('is Chinese, with its script, for a text mostly in Han characters', () => {
    expect(textLanguage('国际联盟呼吁中共立即停止强摘器官。The CCP denied it.')).toBe('zh-Hans');
    expect(textLanguage('新竹尖石美樹營地賞楓，這個週末')).toBe('zh-Hant');
    expect(textLanguage('器官移植')).toBe('zh');
  });
  it('is undefined for other texts, which the archive takes as English', () => {
    expect(textLanguage('The sign read 器官 (organs).')).toBeUndefined();
  });
});

describe('chineseScript', () => {
  it.each([
    ['zh-Hans', 'Hans'],
    ['zh-CN', 'Hans'],
    ['zh-Hant-TW', 'Hant'],
    ['zh-HK', 'Hant'],
    ['zh', undefined],
    ['en-US', undefined],
  ] as const)('%s → %s', (tag, script) => {
    expect(chineseScript(tag)).toBe(script);
  });
});

describe('articleLanguage', () => {
  it('keeps the language the front matter states, whatever the text', () => {
    expect(articleLanguage('zh-TW', 'An English text.')).toBe('zh-TW');
    expect(articleLanguage('en', '这个国家的器官移植')).toBe('en');
  });
  it('reads it from the text when the front matter states none', () => {
    expect(articleLanguage(undefined, '简体中文测试文章：没有写明语言\n这是测试文章，它没有写明语言。')).toBe('zh-Hans');
    expect(articleLanguage(undefined, '繁體中文測試文章\n這是測試文章，它沒有寫明語言。')).toBe('zh-Hant');
    expect(articleLanguage(undefined, '器官移植')).toBe('zh');
  });
  it('is English for a text in Latin letters, even with a Chinese phrase inside', () => {
    expect(articleLanguage(undefined, 'The notice read 器官移植等待名单公开查询 in large characters.')).toBe('en');
    expect(articleLanguage(undefined, '')).toBe('en');
  });
});

describe('isSegmentedLanguage', () => {
  it.each([
    ['zh-Hans', true],
    ['zh-CN', true],
    ['zh', true],
    ['ja', true],
    ['th', true],
    ['en', false],
    ['en-US', false],
  ] as const)('%s → %s', (tag, segmented) => {
    expect(isSegmentedLanguage(tag)).toBe(segmented);
  });
});
