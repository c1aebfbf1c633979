/** Each of the archive's articles is found by a phrase from its own text, first among the results. */
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

test('every article has a phrase to find it by', ({ articles }) => {
  expect(Object.keys(PHRASES).toSorted()).toEqual(
    published(articles)
      .map((a) => a.slug)
      .toSorted(),
  );
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
