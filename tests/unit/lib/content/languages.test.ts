import { describe, expect, it } from 'vitest';
import { languageName, searchIndexLanguage } from '../../../../src/lib/content/languages';

describe('languageName', () => {
  it('names a language in English for result labels', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('zh-CN')).toBe('Chinese (China)');
    expect(languageName('zh-TW')).toBe('Chinese (Taiwan)');
  });
});

describe('searchIndexLanguage', () => {
  it('lowercases the tag as Pagefind names its per-language indexes', () => {
    expect(searchIndexLanguage('zh-CN')).toBe('zh-cn');
    expect(searchIndexLanguage('en')).toBe('en');
  });
});
