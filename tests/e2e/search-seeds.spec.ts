/**
 * Each of the archive's first five articles, the seeds, is found by a phrase a reader might remember from its text,
 * first among the results, however many articles the archive holds.
 */
import { articleUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { published } from './content';
import { openSearch, resultTitles } from './search-helpers';

test.use({ viewport: { width: 1280, height: 2000 } });

/** A phrase from each seed article's body, as a reader might remember it. */
const PHRASES: Record<string, string> = {
  'wang-lijun-organ-harvest-files': 'surprising and hasty visit',
  'us-urges-independent-probe': 'escalating international scrutiny',
  'coalition-urges-ccp-to-end-organ-harvesting': 'international coalition of nongovernment organizations',
  'ccp-officials-fear-investigation': 'killing for organs',
  'skeptical-about-organ-harvesting-watch-this': 'round-table discussion',
};

test('every phrase belongs to a published article', ({ articles }) => {
  // The seeds are checked; articles added later are found by a phrase of their own in nothing-lost.spec.ts.
  const slugs = published(articles).map((a) => a.slug);
  expect(Object.keys(PHRASES).filter((slug) => !slugs.includes(slug))).toEqual([]);
});

for (const [slug, phrase] of Object.entries(PHRASES)) {
  test(`"${phrase}" finds ${slug} first, and its link opens it`, async ({ page, articles }) => {
    const article = published(articles).find((a) => a.slug === slug);
    await openSearch(page, phrase);
    await expect(resultTitles(page).first()).toHaveText(article?.data.title ?? slug);
    await resultTitles(page).first().click();
    await expect(page).toHaveURL(new RegExp(`${articleUrl(slug)}$`));
    await expect(page.locator('h1')).toHaveText(article?.data.title ?? slug);
  });
}
