import { describe, expect, it } from 'vitest';
import { searchWordsFromPath } from '../../../../src/lib/search/search-words';
import { LISTING_KIND_NAMES } from '../../../../src/lib/site/listing-kinds';
import { listingUrl } from '../../../../src/lib/site/urls';

describe('searchWordsFromPath', () => {
  it.each([
    ['/articles/wang-lijun-organ/', 'wang lijun organ'],
    ['/articles/wang-lijun-organ', 'wang lijun organ'],
    ['/tags/human_rights/', 'human rights'],
    ['/authors/petr-svab/2/', 'petr svab 2'],
    ['/2012/06/wang-lijun.html', '2012 06 wang lijun'],
    ['/articles/wang-lijun/index.html', 'wang lijun'],
    ['/news/organ-harvesting/report.php', 'news organ harvesting report'],
    ['/%E6%B3%95%E8%BD%AE%E5%8A%9F/', '法轮功'],
    ['/Falun%20Gong/', 'Falun Gong'],
    ['/articles/', 'articles'],
    ['/', ''],
    ['/--/__/', ''],
  ])('%s → %j', (path, words) => {
    expect(searchWordsFromPath(path)).toBe(words);
  });

  it.each(LISTING_KIND_NAMES)('drops the section of every %s listing, the entities’ included', (kind) => {
    expect(searchWordsFromPath(listingUrl(kind, 'david-kilgour'))).toBe('david kilgour');
  });

  it('keeps an address that is not valid percent-encoding as it is', () => {
    expect(searchWordsFromPath('/articles/100%-proof/')).toBe('100% proof');
  });
});
