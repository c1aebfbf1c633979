/** Two spellings of one topic are one topic: the fixtures spell "Human Rights" and "Test fixture" two ways. */
import { nameSlug } from '../../src/lib/content/slugs';
import { articleUrl, tagsIndexUrl, tagUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { published } from './content';

const SPELLINGS = [
  { slug: 'human-rights', spellings: ['Human Rights', 'human rights'] },
  { slug: 'test-fixture', spellings: ['Test fixture', 'Test Fixture'] },
];

test('the fixtures do spell these topics more than one way', ({ articles }) => {
  for (const { slug, spellings } of SPELLINGS) {
    const used = new Set(published(articles).flatMap((a) => a.data.tags.filter((tag) => nameSlug(tag) === slug)));
    expect([...used].toSorted()).toEqual(spellings.toSorted());
  }
});

for (const { slug, spellings } of SPELLINGS) {
  test(`"${spellings.join('" and "')}" lead to one page, ${tagUrl(slug)}, listed once in the index`, async ({
    page,
    articles,
  }) => {
    for (const article of published(articles)) {
      const spelling = article.data.tags.find((tag) => spellings.includes(tag));
      if (!spelling) continue;
      await page.goto(articleUrl(article.slug));
      await expect(page.getByRole('region', { name: 'Topics' }).getByRole('link', { name: spelling })).toHaveAttribute(
        'href',
        tagUrl(slug),
      );
    }
    await page.goto(tagsIndexUrl());
    await expect(page.getByRole('list', { name: 'Topics' }).locator(`a[href="${tagUrl(slug)}"]`)).toHaveCount(1);
  });
}
