import { describe, expect, it } from 'vitest';
import { plural } from '../../../../src/lib/site/plural';

describe('plural', () => {
  it('keeps the noun singular for one and adds "s" for any other count, zero included', () => {
    expect([0, 1, 2].map((count) => plural(count, 'article'))).toEqual(['0 articles', '1 article', '2 articles']);
  });
});
