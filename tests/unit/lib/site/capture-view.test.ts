import { describe, expect, it } from 'vitest';
import { byteSize, changeRule } from '../../../../src/lib/site/capture-view';

describe('changeRule', () => {
  it('tells moved metadata from removed page chrome', () => {
    expect(changeRule({ what: 'the byline', keptAs: 'authors' })).toBe('Moved into the provenance as the author');
    expect(changeRule({ what: 'the headline', keptAs: 'title' })).toBe('Moved into the provenance as the title');
    expect(changeRule({ what: 'a sign-up form' })).toBe('Removed as page chrome');
  });
});

describe('byteSize', () => {
  it('gives a readable size with the exact count of bytes', () => {
    expect(byteSize(1)).toBe('1 byte');
    expect(byteSize(999)).toBe('999 bytes');
    expect(byteSize(2492)).toBe('2.5 KB (2,492 bytes)');
    expect(byteSize(1_250_000)).toBe('1.3 MB (1,250,000 bytes)');
  });
});
