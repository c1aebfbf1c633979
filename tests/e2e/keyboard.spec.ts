/**
 * Keyboard-only reading: the skip link comes first and works, Tab reaches every control in order and shows
 * where focus is, and nothing holds focus captive, the search page's menus included.
 */
import type { Page } from '@playwright/test';
import { nameSlug } from '../../src/lib/content/slugs';
import { articlesIndexUrl, articleUrl, entitiesIndexUrl, entityUrl, homeUrl, tagUrl } from '../../src/lib/site/urls';
import { expect, test } from './archive-test';
import { published, type SourceArticle } from './content';
import { chips, filterButton, filterMenu, openSearch, resultTitles, searchBox } from './search-helpers';

/** What the walk records about each element that took focus. */
interface Stop {
  /** A readable description: tag, id or class, and text. */
  name: string;
  /** Whether a focus indicator shows: an outline or a box shadow that the element does not have unfocused. */
  indicated: boolean;
  /** Whether the element is inside the window once focused. */
  inView: boolean;
}

/** More Tab presses than any page here has stops; reaching it means focus never left the page (a trap). */
const MAX_STOPS = 250;

/**
 * Describes the focused element and whether its focus can be seen, from inside the page: its outline and shadow
 * while focused are compared with the same element's once focus leaves it, so a permanent outline or shadow (a
 * bordered button, a card's shadow) counts for nothing. Focus then goes back to it, marked as keyboard focus, so
 * the next Tab continues from there.
 */
function describeFocus(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const look = (): { outline: string; shadow: string } => {
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
      return {
        outline: outlined ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` : 'none',
        shadow: style.boxShadow,
      };
    };
    const focused = look();
    element.blur();
    const unfocused = look();
    element.focus({ focusVisible: true, preventScroll: true });
    const box = element.getBoundingClientRect();
    const text = (element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 40);
    const key = element.id ? `#${element.id}` : element.className ? `.${String(element.className).split(' ')[0]}` : '';
    return {
      name: `${element.tagName.toLowerCase()}${key} "${text}"`,
      indicated:
        (focused.outline !== 'none' && focused.outline !== unfocused.outline) ||
        (focused.shadow !== 'none' && focused.shadow !== unfocused.shadow),
      inView: box.bottom > 0 && box.top < window.innerHeight && box.width > 0 && box.height > 0,
    };
  });
}

/**
 * Puts the keyboard back at the top of the page, as on arrival by a link: the next Tab goes to the first
 * control. (A focused element that is removed leaves the starting point where it stood.)
 */
function startAtTop(page: Page): Promise<void> {
  return page.evaluate(() => {
    const marker = document.createElement('span');
    marker.tabIndex = -1;
    document.body.prepend(marker);
    marker.focus();
    marker.remove();
  });
}

/** Presses Tab from where focus is until it leaves the page, recording each stop. */
async function tabThrough(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < MAX_STOPS; i++) {
    await page.keyboard.press('Tab');
    const stop = await describeFocus(page);
    if (!stop) return stops;
    stops.push(stop);
  }
  throw new Error(`Focus was still on the page after ${MAX_STOPS} presses of Tab: ${stops.at(-1)?.name}`);
}

/** Every element a keyboard user should be able to reach, described as `describeFocus` does. */
function reachableControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // A disclosure's summary is a control of its own, as the search page's filters are.
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), details > summary:first-of-type, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.checkVisibility({ visibilityProperty: true }) || element.matches('.skip-link'))
      .filter((element) => element.tabIndex >= 0)
      .map((element) => {
        const text = (element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 40);
        const key = element.id
          ? `#${element.id}`
          : element.className
            ? `.${String(element.className).split(' ')[0]}`
            : '';
        return `${element.tagName.toLowerCase()}${key} "${text}"`;
      });
  });
}

const firstArticle = (articles: readonly SourceArticle[]): SourceArticle => {
  const article = published(articles).find((a) => a.slug === 'gfm-showcase') ?? published(articles)[0];
  if (!article) throw new Error('No published article');
  return article;
};

const PAGES: { name: string; open: (page: Page, articles: readonly SourceArticle[]) => Promise<unknown> }[] = [
  { name: 'home', open: (page) => page.goto(homeUrl()) },
  { name: 'article listing', open: (page) => page.goto(articlesIndexUrl()) },
  { name: 'article', open: (page, articles) => page.goto(articleUrl(firstArticle(articles).slug)) },
  {
    name: 'tag page',
    open: (page, articles) => page.goto(tagUrl(nameSlug(firstArticle(articles).data.tags[0] ?? ''))),
  },
  { name: 'search with results', open: (page) => openSearch(page, 'organ') },
  { name: 'entity index', open: (page) => page.goto(entitiesIndexUrl()) },
  // An entity of tests/fixtures/entities/ that published fixture articles mention, so its page lists them.
  { name: 'entity page', open: (page) => page.goto(entityUrl('wang-lijun')) },
  { name: '404', open: (page) => page.goto('/this-page-is-not-in-the-archive/') },
];

test.use({ viewport: { width: 1280, height: 900 } });

for (const { name, open } of PAGES) {
  test(`${name}: the skip link comes first, Tab reaches every control with its focus shown, then leaves`, async ({
    page,
    articles,
  }) => {
    await open(page, articles);
    await startAtTop(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport({ ratio: 1 });
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    // The next stop is inside the content, past the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);

    const expected = await reachableControls(page);
    await startAtTop(page);
    const stops = await tabThrough(page);
    expect(stops.map((s) => s.name)).toEqual(expected);
    expect(
      stops.filter((s) => !s.indicated).map((s) => s.name),
      'stops with no visible focus',
    ).toEqual([]);
    expect(
      stops.filter((s) => !s.inView).map((s) => s.name),
      'stops outside the window',
    ).toEqual([]);
  });
}

test.describe('search', () => {
  test('a filter list opens, is walked and chosen from with the keyboard, and lets focus go', async ({ page }) => {
    await openSearch(page, 'organ');
    const trigger = filterButton(page, 'topic');
    const menu = filterMenu(page, 'topic');
    await trigger.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('open');
    // The list's values are fetched when it first opens; a reader tabs into it once it shows them (CI, 6 Dec 2026:
    // a Tab pressed before they came went past the empty list).
    const first = menu.getByRole('checkbox').first();
    await expect(first).toBeVisible();
    // Tab walks into the list, one checkbox after another, each shown in the window.
    await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    await expect(first).toBeInViewport();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await expect(page).toHaveURL(/[?&]topic=/);
    await expect(chips(page)).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(menu).not.toHaveAttribute('open');
    await expect(trigger).toBeFocused();

    // With the list open, Tab leaves it after its last checkbox rather than staying inside it.
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('open');
    const boxes = await menu.getByRole('checkbox').count();
    for (let i = 0; i <= boxes; i++) await page.keyboard.press('Tab');
    expect(await menu.evaluate((details) => details.contains(document.activeElement))).toBe(false);
    const stops = await tabThrough(page);
    expect(stops.length).toBeGreaterThan(0);
  });

  test('the date range is set with the keyboard alone', async ({ page }) => {
    await openSearch(page, 'organ');
    await filterButton(page, 'range').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('From year')).toBeFocused();
    await page.getByLabel('From year').selectOption({ index: 1 });
    await expect(page).toHaveURL(/[?&]from=\d{4}(&|$)/);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('From month')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(filterButton(page, 'range')).toBeFocused();
  });

  test('from the search box, Shift+Tab and Tab both leave it', async ({ page }) => {
    await openSearch(page, 'organ');
    await searchBox(page).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(searchBox(page)).not.toBeFocused();
    await searchBox(page).focus();
    await page.keyboard.press('Tab');
    await expect(searchBox(page)).not.toBeFocused();
    await expect(resultTitles(page).first()).toBeVisible();
  });
});
