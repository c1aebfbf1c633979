import { describe, expect, it } from 'vitest';
import { isValidSlug } from '../../../src/lib/content/slugs';
import { shortSlug } from '../../../scripts/import/slug';

describe('shortSlug', () => {
  it.each([
    [
      'US Urges CCP to Allow Independent Probe into Alleged Organ Harvesting Practices',
      'us-urges-ccp-allow-independent-probe',
    ],
    ['Source: Wang Lijun Told U.S. Officials of Organ Harvest', 'source-wang-lijun-told-us-officials'],
    ['Skeptical About Organ Harvesting in China? Then Watch This', 'skeptical-organ-harvesting-china-then-watch'],
    ['The End', 'end'],
    ['Of The', 'of-the'],
    ['Café Déjà Vu', 'cafe-deja-vu'],
    ['王立军', ''],
  ])('%j → %j', (title, slug) => {
    expect(shortSlug(title)).toBe(slug);
  });

  it('takes as many words as asked', () => {
    expect(shortSlug('One Two Three Four', 2)).toBe('one-two');
  });

  it.each(['A Title: With Punctuation!', '“Quoted” — and dashed', '2024 Report, Part 2'])(
    'is a valid slug for %j',
    (title) => {
      expect(isValidSlug(shortSlug(title))).toBe(true);
    },
  );
});
