/** Citing an article: references in three styles, downloads that reference managers read, and tags for Zotero. */
import { articleUrl, citationFileUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';

test('each article offers APA, MLA and Chicago references and BibTeX, RIS and CSL-JSON files that parse', async ({
  page,
  request,
  articles,
}) => {
  for (const article of articles.filter((a) => !a.data.draft)) {
    await page.goto(articleUrl(article.slug));
    const cite = page.getByRole('region', { name: 'Cite this article' });
    for (const style of ['APA (7th edition)', 'MLA (9th edition)', 'Chicago (author-date, 17th edition)']) {
      await expect(cite.getByText(style)).toBeVisible();
    }
    await expect(cite).toContainText(article.data.title.slice(0, 20));
    await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', article.data.title);
    await expect(page.locator('meta[name="citation_author"]')).toHaveCount(article.data.authors?.length ?? 0);

    const bib = await (await request.get(citationFileUrl(article.slug, 'bib'))).text();
    expect(bib, 'one BibTeX entry with a key and balanced braces').toMatch(/^@(article|misc)\{[a-z0-9_]+,/);
    expect([...bib.matchAll(/\{/g)].length).toBe([...bib.matchAll(/\}/g)].length);
    expect(bib).toContain('title = {');

    const ris = (await (await request.get(citationFileUrl(article.slug, 'ris'))).text()).trim().split('\n');
    expect(ris[0]).toMatch(/^TY {2}- (NEWS|ELEC)$/);
    expect(ris.at(-1)).toMatch(/^ER {2}-/);
    // A long value continues on the next lines, which carry no tag.
    const fields: [string, string][] = [];
    for (const line of ris) {
      const tagged = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
      const last = fields.at(-1);
      if (tagged) fields.push([tagged[1] ?? '', tagged[2] ?? '']);
      else if (last) last[1] += line;
    }
    expect(fields.find(([tag]) => tag === 'TI')?.[1]).toBe(article.data.title);

    const csl = JSON.parse(await (await request.get(citationFileUrl(article.slug, 'json'))).text()) as unknown[];
    expect(csl).toHaveLength(1);
    expect(csl[0]).toMatchObject({ title: article.data.title });
  }
});
