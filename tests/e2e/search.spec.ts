/**
 * Searching the fixture site: finding, narrowing, sharing a search as a link,
 * the keyboard, landing on a section, and hostile input. The fixture articles are
 * small and stable, so every count and order below is known.
 */
import { articlesIndexUrl, articleUrl, homeUrl, searchBundleUrl, searchUrl, tagUrl } from '../../src/lib/site/urls';
import { passageId } from '../../src/lib/content/passage-ids';
import { expect, expectNoMisconduct, test, watchContext } from './archive-test';
import { published } from './content';
import { recordRequests } from './page-helpers';
import {
  chips,
  escapeRegExp,
  expectSearchDone,
  filterButton,
  filterMenu,
  filterOption,
  openSearch,
  recordSearches,
  resultTitles,
  results,
  searchBox,
  searchFinished,
  summary,
  titlesShown,
} from './search-helpers';

// Tall enough that Pagefind, which loads a result's details once it scrolls into view, draws every result.
test.use({ viewport: { width: 1280, height: 2400 } });

/**
 * A word every fixture article carries: the English ones in their text, the Chinese one in its tag and
 * publication, which Pagefind searches too.
 */
const FIXTURE_WORD = 'fixture';

test('the header search box is a plain form that reaches the search page, with or without JavaScript', async ({
  browser,
  baseURL,
}) => {
  for (const javaScriptEnabled of [true, false]) {
    await test.step(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', async () => {
      const context = await browser.newContext({ baseURL, javaScriptEnabled });
      // A context of its own, so watched here as the test's own page is by `pageGuard`.
      const misconduct = watchContext(context, new URL(baseURL ?? '').origin);
      const page = await context.newPage();
      await page.goto(homeUrl());
      const box = page.getByRole('search').getByRole('searchbox', { name: 'Search the archive' });
      await box.fill('Wang Lijun');
      await box.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${escapeRegExp(searchUrl('Wang Lijun'))}$`));
      await expect(page.locator('h1')).toHaveText('Search the archive');
      if (javaScriptEnabled) {
        await expect(searchBox(page)).toHaveValue('Wang Lijun');
        await expect(resultTitles(page).first()).toHaveText(/Wang Lijun/);
      } else {
        // Playwright's text locators skip <noscript>, so the notice is found by its class.
        const notice = page.locator('.search__notice', { hasText: 'Search runs in your browser and needs JavaScript' });
        await expect(notice).toBeVisible();
        await expect(notice.getByRole('link', { name: 'All articles' })).toHaveAttribute('href', articlesIndexUrl());
      }
      await context.close();
      expectNoMisconduct(misconduct);
    });
  }
});

test('results show their title, source, date and language, with the matched words marked', async ({
  page,
  articles,
}) => {
  await openSearch(page, 'Chongqing');
  const copy = published(articles).find((a) => a.data.title.includes('Wang Lijun'));
  expect(copy, 'the Wang Lijun fixture').toBeDefined();
  await expect(summary(page)).toHaveText('1 result for Chongqing');
  await expect(results(page)).toHaveCount(1);
  const result = results(page).first();
  await expect(result.locator('.result__title a')).toHaveText(copy?.data.title ?? '');
  // The date first, then the publication, on one line; the fixtures hold two languages, so the language as well.
  await expect(result.locator('.result__source')).toHaveText(/^20 June 2012\s*·?\s*The Epoch Times\s*·?\s*English$/);
  await expect(result.locator('.result__excerpt mark').first()).toHaveText(/Chongqing/i);
  await expect(result.locator('.result__title a')).toHaveAttribute(
    'href',
    new RegExp(`^${escapeRegExp(articleUrl(copy?.slug ?? ''))}\\?highlight=`),
  );
});

test('a search that finds nothing says so and suggests what to do next', async ({ page }) => {
  await openSearch(page, 'xylophonequartz');
  await expect(summary(page)).toHaveText('No results for xylophonequartz');
  await expect(results(page)).toHaveCount(0);
  const help = page.getByText('Try fewer words');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: 'All articles' })).toHaveAttribute('href', articlesIndexUrl());
});

test('results beyond the first ones drawn are counted, announced and shown on request', async ({ page }) => {
  await page.goto(searchUrl(''));
  await page.waitForFunction(() => customElements.get('pagefind-results') !== undefined);
  // The site draws 100 at first; the fixture site has fewer articles, so the test draws one.
  await page.evaluate(() => {
    const list = document.querySelector('pagefind-results') as HTMLElement & { maxResults: number };
    list.maxResults = 1;
  });
  await searchBox(page).fill('fixture');
  await expect(summary(page)).toHaveText(/^\d+ results for fixture$/);
  const count = Number(/^(\d+)/.exec((await summary(page).textContent())?.trim() ?? '')?.[1]);
  expect(count, 'the fixture word is in several articles').toBeGreaterThan(1);
  await expect(results(page)).toHaveCount(1);
  const notice = page.locator('[data-search-more]');
  await expect(notice).toContainText(`Showing the first 1 of ${count} results.`);

  await notice.getByRole('button', { name: 'show all of them' }).click();
  await expect(resultTitles(page)).toHaveCount(count);
  await expect(notice).toBeHidden();
  await expect(page.locator('pagefind-results')).toBeFocused();
});

test('results appear as the reader types, and the address follows', async ({ page }) => {
  await page.goto(searchUrl());
  await expect(results(page)).toHaveCount(0);
  await searchBox(page).pressSequentially('Chongqing', { delay: 30 });
  await expectSearchDone(page, 'Chongqing');
  await expect(results(page)).toHaveCount(1);
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(searchUrl('Chongqing'))}$`));
});

test("a typed word's part of the index is fetched during the box's 150 ms pause, before the search runs", async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(searchUrl());
  const indexFetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.pf_index')) indexFetched.push(request.url());
  });
  // The index loads when the box is reached; then time stops, so the box's pause after a keystroke never ends and
  // no search can run until the clock moves on.
  await searchBox(page).focus();
  await page.waitForLoadState('networkidle');
  await page.clock.pauseAt(Date.now() + 60_000);
  await searchBox(page).fill('Chongqing');
  await expect.poll(() => indexFetched.length, { message: 'the word is fetched before the search' }).toBeGreaterThan(0);
  await expect(results(page)).toHaveCount(0);
  // The pause is 150 ms, as Pagefind's own search box has it, not the 300 ms `<pagefind-input>` waits unless told.
  await page.clock.runFor(150);
  await expectSearchDone(page, 'Chongqing');
  await expect(results(page)).toHaveCount(1);
});

test('a phrase in double quotes matches only where the words stand together', async ({ page }) => {
  await openSearch(page, 'paragraph short');
  const loose = await titlesShown(page);
  expect(loose).toContain('GitHub Flavored Markdown fixture');

  await openSearch(page, '"paragraph short"');
  await expect(results(page)).toHaveCount(0);

  await openSearch(page, '"short paragraph"');
  expect(await titlesShown(page)).toEqual(['GitHub Flavored Markdown fixture']);
  await expect(page.getByText('put it in double quotes')).toBeVisible();
});

test('a filter narrows the results, shows in the address and as a chip, and survives a reload', async ({ page }) => {
  await openSearch(page, FIXTURE_WORD);
  const all = await titlesShown(page);
  expect(all.length).toBeGreaterThan(3);

  await filterButton(page, 'publication').click();
  const option = filterOption(page, 'publication', 'Fixture Gazette');
  await expect(option, 'the publication filter counts its results').toHaveText(/^\s*Fixture Gazette\s*3\s*$/);
  await option.click();
  await page.keyboard.press('Escape');
  await expect(filterMenu(page, 'publication')).not.toHaveAttribute('open');
  await expect(page).toHaveURL(/[?&]publication=Fixture\+Gazette(&|$)/);
  await expect(results(page)).toHaveCount(3);
  const gazette = await titlesShown(page);
  expect(gazette.toSorted()).toEqual([
    'GitHub Flavored Markdown fixture',
    'Spelling fixture: one topic written another way',
    '中文测试文章：医院等待时间调查',
  ]);
  await expect(chips(page)).toHaveCount(1);
  await expect(chips(page)).toHaveAccessibleName('Remove Publication: Fixture Gazette');

  await page.reload();
  await expectSearchDone(page, FIXTURE_WORD);
  await expect(searchBox(page)).toHaveValue(FIXTURE_WORD);
  expect((await titlesShown(page)).toSorted()).toEqual(gazette.toSorted());
  await expect(chips(page)).toHaveCount(1);
  await expect(chips(page)).toHaveAccessibleName('Remove Publication: Fixture Gazette');
  await filterButton(page, 'publication').click();
  await expect(filterOption(page, 'publication', 'Fixture Gazette').getByRole('checkbox')).toBeChecked();
});

test('each filter is a button named by its label that opens a group of checkboxes named alike', async ({ page }) => {
  await openSearch(page, FIXTURE_WORD);
  for (const name of ['Topic', 'Publication', 'People and organisations', 'Language']) {
    await test.step(name, async () => {
      const button = page.locator('summary', { hasText: new RegExp(`^${name}$`) });
      await expect(button).toBeVisible();
      await button.click();
      const group = page.getByRole('group', { name, exact: true });
      await expect(group).toBeVisible();
      expect(await group.getByRole('checkbox').count()).toBeGreaterThan(0);
      await button.click();
      await expect(group).toBeHidden();
    });
  }
});

test('topic and publication filters narrow by what the articles state', async ({ page }) => {
  await openSearch(page, FIXTURE_WORD, '&topic=Falun+Gong');
  expect((await titlesShown(page)).toSorted()).toEqual([
    'Fixture copy: Skeptical About Organ Harvesting in China? Then Watch This',
    'Fixture copy: Wang Lijun Told U.S. Officials of Organ Harvest',
  ]);

  await openSearch(page, FIXTURE_WORD, '&publication=Fixture+Gazette');
  expect((await titlesShown(page)).toSorted()).toEqual([
    'GitHub Flavored Markdown fixture',
    'Spelling fixture: one topic written another way',
    '中文测试文章：医院等待时间调查',
  ]);

  await openSearch(page, FIXTURE_WORD, '&year=Undated');
  expect((await titlesShown(page)).toSorted()).toEqual([
    'Fixture copy: Skeptical About Organ Harvesting in China? Then Watch This',
    'Renamed fixture: an undated article with former addresses',
    'Undated fixture: markup copied from another site',
  ]);
});

test('the people and organisations filter narrows to the articles that mention one, and lives in the address', async ({
  page,
}) => {
  const wangLijunCopy = 'Fixture copy: Wang Lijun Told U.S. Officials of Organ Harvest';
  await openSearch(page, FIXTURE_WORD, '&entity=Wang+Lijun');
  expect(await titlesShown(page)).toEqual([wangLijunCopy]);
  await expect(chips(page)).toHaveCount(1);
  await expect(chips(page)).toHaveAccessibleName('Remove People and organisations: Wang Lijun');
  // The topic "Wang Lijun" is the entity's (one page per subject): one filter value, under the entity, not two.
  await filterButton(page, 'topic').click();
  await expect(filterOption(page, 'topic', 'Falun Gong')).toHaveCount(1);
  await expect(filterOption(page, 'topic', 'Wang Lijun')).toHaveCount(0);
  await page.keyboard.press('Escape');

  await openSearch(page, FIXTURE_WORD);
  await filterButton(page, 'entity').click();
  // An entity only a draft names is no filter: no published article mentions it.
  await expect(filterOption(page, 'entity', 'Draft Fixture Council')).toHaveCount(0);
  await filterOption(page, 'entity', /^\s*MDX\s*\d+\s*$/).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/[?&]entity=MDX(&|$)/);
  await expect(results(page)).toHaveCount(1);
  expect(await titlesShown(page)).toEqual(['MDX fixture with an expression']);
});

test('a topic spelt two ways is one filter, named as its topic page names it', async ({ page }) => {
  // "Human Rights" and "human rights" in the fixtures are one topic, with one page.
  await page.goto(tagUrl('human-rights'));
  const label = ((await page.locator('h1').textContent()) ?? '').trim();
  expect(label.toLowerCase()).toBe('human rights');

  await openSearch(page, FIXTURE_WORD);
  await filterButton(page, 'topic').click();
  const humanRights = filterOption(page, 'topic', /human rights/i);
  await expect(humanRights).toHaveCount(1);
  await expect(humanRights).toHaveText(new RegExp(`^\\s*${escapeRegExp(label)}\\s*2\\s*$`));
  await humanRights.click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/[?&]topic=human\+rights(&|$)/i);
  await expectSearchDone(page, FIXTURE_WORD);
  expect((await titlesShown(page)).toSorted()).toEqual([
    'Renamed fixture: an undated article with former addresses',
    'Spelling fixture: one topic written another way',
  ]);
});

test('"Newest first" orders results by the date the source states, undated last, and is kept in the address', async ({
  page,
  articles,
}) => {
  // The English results in their known order, and every result, the Chinese one too, in one date order: Pagefind sorts
  // each language's index on its own, and the search page puts them together (src/scripts/search-loader.ts).
  const dateOf = new Map(published(articles).map((a) => [a.data.title, a.data.published ?? '']));
  const datesShown = async (): Promise<string[]> => (await titlesShown(page)).map((t) => dateOf.get(t) ?? '');
  const english = new Set(
    published(articles)
      .filter((a) => a.data.lang === 'en')
      .map((a) => a.data.title),
  );
  const datedNewestFirst = [
    'Phrase fixture: an English article quoting a Chinese sign',
    'Spelling fixture: one topic written another way',
    'MDX fixture with an expression',
    'GitHub Flavored Markdown fixture',
    'Fixture copy: Wang Lijun Told U.S. Officials of Organ Harvest',
  ];
  const undated = [
    'Fixture copy: Skeptical About Organ Harvesting in China? Then Watch This',
    'Renamed fixture: an undated article with former addresses',
    'Undated fixture: markup copied from another site',
  ];
  /** The English titles in the order shown: the dated ones in order, then the undated ones in any order. */
  const englishOrder = async (): Promise<string[]> => {
    const shown = (await titlesShown(page)).filter((t) => english.has(t));
    return [...shown.slice(0, datedNewestFirst.length), ...shown.slice(datedNewestFirst.length).toSorted()];
  };
  await openSearch(page, FIXTURE_WORD);
  await page.getByLabel('Sort').selectOption('newest');
  await expect(page).toHaveURL(/[?&]sort=newest(&|$)/);
  await expect.poll(englishOrder).toEqual([...datedNewestFirst, ...undated]);
  const dates = await datesShown();
  expect(dates).toEqual(dates.toSorted().reverse());
  expect(await titlesShown(page)).toContain('中文测试文章：医院等待时间调查');

  await page.reload();
  await expectSearchDone(page, FIXTURE_WORD);
  await expect(page.getByLabel('Sort')).toHaveValue('newest');
  expect(await englishOrder()).toEqual([...datedNewestFirst, ...undated]);
});

test('Back and Forward walk through earlier searches', async ({ page }) => {
  await openSearch(page, 'Chongqing');
  await searchBox(page).fill('footnote');
  await expectSearchDone(page, 'footnote');
  await expect(page).toHaveURL(/\?q=footnote$/);

  await page.goBack();
  await expect(page).toHaveURL(/\?q=Chongqing$/);
  await expect(searchBox(page)).toHaveValue('Chongqing');
  await expectSearchDone(page, 'Chongqing');
  await expect(results(page)).toHaveCount(1);

  await page.goForward();
  await expect(page).toHaveURL(/\?q=footnote$/);
  await expectSearchDone(page, 'footnote');
  await expect(searchBox(page)).toHaveValue('footnote');
});

test('typing refines one history entry rather than leaving one per keystroke', async ({ page }) => {
  await page.goto(homeUrl());
  await page.goto(searchUrl());
  await searchBox(page).pressSequentially('Chongqing', { delay: 40 });
  await expectSearchDone(page, 'Chongqing');
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(searchUrl())}$`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(homeUrl())}$`));
});

test('the keyboard alone searches and opens a result', async ({ page, articles }) => {
  await page.goto(searchUrl());
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type(FIXTURE_WORD);
  await expectSearchDone(page, FIXTURE_WORD);

  await page.keyboard.press('ArrowDown');
  await expect(resultTitles(page).first()).toBeFocused();
  // Down and Up move through every link of the results, sections included.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const focused = page.locator('pagefind-results a:focus');
  await expect(focused).toHaveCount(1);
  const href = (await focused.getAttribute('href')) ?? '';
  const target = new URL(href, 'http://archive.invalid');
  expect(published(articles).map((a) => articleUrl(a.slug))).toContain(target.pathname);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(target.pathname)}${escapeRegExp(target.hash)}$`));
});

test('a match in a passage links straight to that passage, named by its opening words', async ({ page }) => {
  await openSearch(page, 'short paragraph');
  const id = passageId('A short paragraph under a third-level heading.');
  const passage = results(page).first().locator('.result__sub-results a', {
    hasText: 'A short paragraph under a third-level heading.',
  });
  await expect(passage).toHaveAttribute('href', new RegExp(`#${id}$`));
  await passage.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`#${id}`)).toBeInViewport();
  await expect(page.locator(`#${id}`)).toContainText('A short paragraph under a third-level heading.');
});

test('a match in a heading links straight to its heading', async ({ page }) => {
  await openSearch(page, 'third-level fixture');
  const section = results(page).first().locator('.result__sub-results a', { hasText: 'A third-level fixture heading' });
  await expect(section).toHaveAttribute('href', /#a-third-level-fixture-heading$/);
  await section.click();
  await expect(page).toHaveURL(/#a-third-level-fixture-heading$/);
  await expect(page.locator('#a-third-level-fixture-heading')).toBeInViewport();
});

test('an article opened from the results marks the words, shows the first, and cleans the address', async ({
  page,
}) => {
  await openSearch(page, 'Chongqing');
  await resultTitles(page).first().click();
  await expect(page.locator('h1')).toContainText('Wang Lijun');
  const marks = page.locator('mark.search-highlight');
  await expect(marks.first()).toHaveText(/Chongqing/i);
  expect(await marks.count()).toBeGreaterThan(1);
  await expect(marks.first()).toBeInViewport();
  // Marks only in the article's own text, never in the site's header or the provenance block.
  await expect(page.locator('header mark.search-highlight, .provenance mark')).toHaveCount(0);
  await expect(page).toHaveURL(/\/articles\/[^?#]+\/$/);
});

test('an article opened directly has no marks and loads no search script', async ({ page, articles }) => {
  const requests = recordRequests(page);
  const first = published(articles)[0];
  await page.goto(articleUrl(first?.slug ?? ''), { waitUntil: 'networkidle' });
  await expect(page.locator('mark')).toHaveCount(0);
  // The copy buttons' small module is the page's own (page-weight.spec.ts holds it); nothing of search loads.
  const scripts = requests.stop().filter((r) => r.type === 'script');
  expect(scripts.filter((r) => !/^\/_astro\/[^/]+\.js$/.test(new URL(r.url).pathname))).toEqual([]);
  expect(scripts.filter((r) => r.url.includes(searchBundleUrl()))).toEqual([]);
});

test('hostile or odd queries raise no error and inject nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const queries = [
    '<img src=x onerror="window.__injected=1">',
    '"><script>window.__injected=1</script>',
    'a'.repeat(2000),
    '(("*[',
    '🚀🔥 organ 🫀',
    '   ',
    '%00%27;--',
  ];
  for (const query of queries) {
    await test.step(JSON.stringify(query.slice(0, 40)), async () => {
      await page.goto(searchUrl());
      await recordSearches(page);
      await searchBox(page).fill(query);
      // Pagefind answers every query, a blank one included; its results drawn are where an injection would show.
      await searchFinished(page, query);
      expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
      const injected = await page
        .locator('main img, main iframe, main script:not([src]):not([type])')
        .evaluateAll((elements) => elements.map((e) => e.outerHTML));
      expect(injected).toEqual([]);
    });
  }
  expect(errors).toEqual([]);
});

test('searching loads nothing from another host', async ({ page, baseURL }) => {
  const requests = recordRequests(page);
  await openSearch(page, FIXTURE_WORD);
  const origin = new URL(baseURL ?? '').origin;
  const offSite = requests.stop().filter((r) => !r.url.startsWith('data:') && new URL(r.url).origin !== origin);
  expect(offSite).toEqual([]);
});

test('the result count is announced to screen readers', async ({ page }) => {
  await page.goto(searchUrl());
  // Pagefind writes each announcement into a live region and clears it moments later, so record what it says.
  await page.evaluate(() => {
    const said: string[] = [];
    (window as { __announced?: string[] }).__announced = said;
    new MutationObserver(() => {
      for (const region of document.querySelectorAll('[aria-live]')) {
        const text = region.textContent?.trim();
        if (text) said.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await searchBox(page).fill('Chongqing');
  await expect
    .poll(() => page.evaluate(() => (window as { __announced?: string[] }).__announced ?? []))
    .toContain('1 result for Chongqing');
});

test('a date range in the address narrows by year and month, leaves out the undated and says how many', async ({
  page,
  articles,
}) => {
  const dateOf = new Map(published(articles).map((a) => [a.data.title, a.data.published]));
  await openSearch(page, FIXTURE_WORD);
  const all = await titlesShown(page);
  await openSearch(page, FIXTURE_WORD, '&year=Undated');
  const undated = await results(page).count();
  expect(undated, 'the fixture word is in undated articles').toBeGreaterThan(1);

  // From November 2019 to the end of 2021: 2019-03-14 is left out by its month, 2019-11-02 is in.
  const inRange = all.filter((title) => {
    const date = dateOf.get(title);
    return date !== undefined && date >= '2019-11' && date < '2022';
  });
  expect(inRange).toContain('MDX fixture with an expression');
  expect(inRange).not.toContain('GitHub Flavored Markdown fixture');
  await openSearch(page, FIXTURE_WORD, '&from=2019-11&to=2021');
  expect((await titlesShown(page)).toSorted()).toEqual(inRange.toSorted());
  await expect(page.locator('[data-search-range-note]')).toHaveText(
    `${undated} articles that would match state no date, so the date range leaves them out.`,
  );
  await expect(chips(page)).toHaveCount(2);
  await expect(chips(page).first()).toHaveAccessibleName('Remove From: November 2019');
  await expect(chips(page).last()).toHaveAccessibleName('Remove To: 2021');

  // The range's menus show it, and changing one end changes the address.
  await filterButton(page, 'range').click();
  await expect(page.getByLabel('From year')).toHaveValue('2019');
  await expect(page.getByLabel('From month')).toHaveValue('11');
  await expect(page.getByLabel('To month')).toHaveValue('');
  await page.getByLabel('From month').selectOption('');
  await expect(page).toHaveURL(/[?&]from=2019&to=2021(&|$)/);
  await expectSearchDone(page, FIXTURE_WORD);
  expect(await titlesShown(page)).toContain('GitHub Flavored Markdown fixture');

  // A range ending before any article finds nothing.
  await openSearch(page, FIXTURE_WORD, '&to=2011');
  await expect(results(page)).toHaveCount(0);
});

test('filters alone, without a word, list every matching article newest first with their count', async ({ page }) => {
  await page.goto(`${searchUrl()}?year=2019`);
  await expect(summary(page)).toHaveText('2 articles');
  await expect(results(page)).toHaveCount(2);
  // Newest first however the address asks: there is no word to rank by.
  expect(await titlesShown(page)).toEqual(['MDX fixture with an expression', 'GitHub Flavored Markdown fixture']);
  await expect(page.getByLabel('Sort')).toHaveValue('newest');
  await expect(page.locator('[data-search-start]')).toBeHidden();

  await page.goto(`${searchUrl()}?from=2030`);
  await expect(summary(page)).toHaveText('No article matches these filters');
});

test('chips remove their value by mouse and by keyboard, and focus stays among them', async ({ page }) => {
  await openSearch(page, FIXTURE_WORD, '&topic=human+rights&publication=Fixture+Gazette');
  await expect(results(page)).toHaveCount(1);
  await expect(chips(page)).toHaveCount(2);

  await page.getByRole('button', { name: 'Remove Topic: human rights' }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(searchUrl(FIXTURE_WORD))}&publication=Fixture\\+Gazette$`));
  await expectSearchDone(page, FIXTURE_WORD);
  await expect(results(page)).toHaveCount(3);
  const left = page.getByRole('button', { name: 'Remove Publication: Fixture Gazette' });
  await expect(left, 'focus goes to the chip that took the removed one’s place').toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(searchUrl(FIXTURE_WORD))}$`));
  await expect(chips(page)).toHaveCount(0);
  await expect(searchBox(page), 'with no chip left, focus goes back to the search box').toBeFocused();
  await expectSearchDone(page, FIXTURE_WORD);

  // "Clear all filters" takes every value at once, and Back brings them back.
  await openSearch(page, FIXTURE_WORD, '&topic=human+rights&from=2020');
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(searchUrl(FIXTURE_WORD))}$`));
  await page.goBack();
  await expect(chips(page)).toHaveCount(2);
});

test('a result lists at most two passages, none repeating its excerpt', async ({ page }) => {
  await openSearch(page, FIXTURE_WORD);
  const shown = await results(page).evaluateAll((items) =>
    items.map((item) => ({
      excerpt: item.querySelector(':scope > .result__excerpt')?.textContent?.trim() ?? '',
      // A passage the excerpt was taken from is listed by its link alone, with no text of its own.
      passages: [...item.querySelectorAll('.result__sub-results li')].map(
        (li) => li.querySelector('.result__excerpt')?.textContent?.trim() ?? null,
      ),
    })),
  );
  const withText = shown.flatMap(({ excerpt, passages }) =>
    passages.flatMap((passage) => (passage === null ? [] : [{ excerpt, passage }])),
  );
  // The fixtures' short articles are mostly within their excerpts, so their passages are mostly links alone.
  expect(
    shown.some(({ passages }) => passages.length > 0),
    'some result lists a passage',
  ).toBe(true);
  for (const { passages } of shown) expect(passages.length).toBeLessThanOrEqual(2);
  for (const { excerpt, passage } of withText) {
    expect(passage).not.toBe(excerpt);
    expect(excerpt.includes(passage.replace(/^…|…$/g, '')), `"${passage}" repeats "${excerpt}"`).toBe(false);
  }
});

test('the search page has the header’s search box too, and focuses its own box when opened without words', async ({
  page,
}) => {
  await page.goto(searchUrl());
  await expect(page.locator('.site-header').getByRole('searchbox', { name: 'Search the archive' })).toBeVisible();
  await expect(searchBox(page)).toBeFocused();
  // The bare page offers a start: the newest articles and every topic as a search of its own.
  const start = page.locator('[data-search-start]');
  await expect(start.getByRole('heading', { name: 'Newest articles' })).toBeVisible();
  await start.getByRole('link', { name: /^human rights$/i }).click();
  await expect(page).toHaveURL(/\/search\/\?topic=/);
  await expect(summary(page)).toHaveText(/^\d+ articles?$/);
  await expect(searchBox(page), 'a filter alone has no words either, so the box takes focus').toBeFocused();

  // With words, the reader came for the results, so the box waits.
  await openSearch(page, 'Chongqing');
  await expect(searchBox(page)).not.toBeFocused();
});

test('the "/" shortcut is offered only where a keyboard is likely', async ({ browser, baseURL }) => {
  for (const [device, hint] of [
    [{ viewport: { width: 1280, height: 800 } }, true],
    [{ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, false],
  ] as const) {
    const context = await browser.newContext({ ...device, baseURL });
    // A context of its own, so watched here as the test's own page is by `pageGuard`.
    const misconduct = watchContext(context, new URL(baseURL ?? '').origin);
    const page = await context.newPage();
    await page.goto(searchUrl());
    await expect(page.getByText('to return to the search box')).toBeVisible({ visible: hint });
    await context.close();
    expectNoMisconduct(misconduct);
  }
});
