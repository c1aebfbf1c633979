/**
 * The search page's filter controls (src/components/SearchFilters.astro): lists of values with their counts, filled
 * from the index, a box to find a value in a long list, the date range, the sort, and the chosen values as chips
 * that remove them. They hold no search of their own: each change goes to `change`, and `show` draws a search.
 */
import { filterValuesMessage, type FilterValuesState } from '../lib/search/filter-values';
import {
  isSearchSort,
  rangeEndLabel,
  searchChips,
  shownSort,
  withoutChip,
  type SearchChip,
  type SearchPageFilter,
  type SearchState,
} from '../lib/search/search-state';

/** Counts of each filter's values, by filter name then value, as Pagefind reports them. */
export type FilterCounts = Record<string, Record<string, number>>;

/** A list longer than this gets a box to find a value by typing. */
export const FIND_FROM = 10;

export interface SearchFilterControls {
  /** Draws a search's choices: ticks, range, sort and chips. */
  show(state: SearchState): void;
  /** Draws the values and counts the index reports for the current search, and every value it holds (`total`). */
  showCounts(available: FilterCounts, total: FilterCounts): void;
}

export function searchFilterControls(
  root: HTMLElement,
  labels: Partial<Record<SearchPageFilter, string>>,
  change: (update: (state: SearchState) => SearchState) => void,
  /**
   * Called when a list is opened before the index has reported its values, unless they are on their way; rejects
   * when they cannot come. They are drawn by `showCounts`.
   */
  needValues: () => Promise<unknown>,
): SearchFilterControls {
  const menus = [...root.querySelectorAll<HTMLDetailsElement>('details[data-filter]')];
  const range = root.querySelector<HTMLDetailsElement>('details[data-filter-range]');
  const sort = root.querySelector<HTMLSelectElement>('select[name="sort"]');
  const chipsBox = root.querySelector<HTMLElement>('[data-search-chips]');
  const chipList = root.querySelector<HTMLElement>('[data-search-chip-list]');
  let shown: SearchState | undefined;
  let chips: SearchChip[] = [];
  // One fetch brings every list's values, so the lists share where they stand.
  let valuesState: FilterValuesState = 'unasked';

  const filterOf = (menu: HTMLElement): SearchPageFilter => menu.dataset.filter as SearchPageFilter;
  const labelOf = (menu: HTMLElement): string => labels[filterOf(menu)] ?? filterOf(menu);

  const askForValues = (): void => {
    showValuesState('loading');
    needValues().catch((error: unknown) => {
      console.error(error);
      // Values drawn meanwhile, by a search that counted them, stand.
      if (valuesState === 'loading') showValuesState('failed');
    });
  };

  for (const menu of menus) {
    menu.addEventListener('toggle', () => {
      // Opening a list again after a failure is a way to try again, as is its button.
      if (menu.open && (valuesState === 'unasked' || valuesState === 'failed')) askForValues();
      else drawValuesState(menu);
    });
    menu.querySelector('[data-filter-retry]')?.addEventListener('click', () => {
      askForValues();
      // The button goes while the values load: the focus waits on the list's own button, in the list it was in.
      menu.querySelector<HTMLElement>('summary')?.focus();
    });
    menu.querySelector('[data-filter-options]')?.addEventListener('change', (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement)) return;
      const filter = filterOf(menu);
      change((state) => {
        const values = state.filters[filter].filter((value) => value !== box.value);
        return { ...state, filters: { ...state.filters, [filter]: box.checked ? [...values, box.value] : values } };
      });
    });
    const find = menu.querySelector<HTMLInputElement>('[data-filter-find] input');
    find?.addEventListener('input', () => findIn(menu, find.value));
  }

  for (const end of ['from', 'to'] as const) {
    const year = root.querySelector<HTMLSelectElement>(`[data-range-year="${end}"]`);
    const month = root.querySelector<HTMLSelectElement>(`[data-range-month="${end}"]`);
    const update = (): void => {
      const value = year?.value ? `${year.value}${month?.value ? `-${month.value}` : ''}` : '';
      change((state) => ({ ...state, [end]: value }));
    };
    year?.addEventListener('change', update);
    month?.addEventListener('change', update);
  }

  sort?.addEventListener('change', () => {
    const value = isSearchSort(sort.value) ? sort.value : 'relevance';
    change((state) => ({ ...state, sort: value }));
  });

  // Escape closes an open list and returns to its button; a click elsewhere closes it too, as menus do.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const open = (event.target as HTMLElement | null)?.closest<HTMLDetailsElement>('details[open]');
    if (!open) return;
    event.preventDefault();
    open.open = false;
    open.querySelector<HTMLElement>('summary')?.focus();
  });
  document.addEventListener('click', (event) => {
    for (const details of [...menus, range]) {
      if (details?.open && !details.contains(event.target as Node)) details.open = false;
    }
  });

  chipList?.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement | null)?.closest<HTMLButtonElement>('button');
    if (!button) return;
    const index = Number(button.dataset.chip);
    if (button.hasAttribute('data-chips-clear')) {
      change((state) => chips.reduce(withoutChip, state));
    } else {
      const chip = chips[index];
      if (chip) change((state) => withoutChip(state, chip));
    }
    // The chips are drawn again without it: focus goes to the chip that took its place, or the last one, and with
    // none left to the search box, rather than falling back to the top of the page.
    const buttons = chipList.querySelectorAll<HTMLButtonElement>('button[data-chip]');
    const next = button.hasAttribute('data-chips-clear') ? undefined : buttons[Math.min(index, buttons.length - 1)];
    (next ?? document.querySelector<HTMLElement>('pagefind-input input'))?.focus();
  });

  return {
    show(state) {
      shown = state;
      for (const menu of menus) tick(menu, state.filters[filterOf(menu)]);
      for (const end of ['from', 'to'] as const) {
        const [year = '', month = ''] = state[end].split('-');
        const yearSelect = root.querySelector<HTMLSelectElement>(`[data-range-year="${end}"]`);
        const monthSelect = root.querySelector<HTMLSelectElement>(`[data-range-month="${end}"]`);
        if (yearSelect) yearSelect.value = year;
        if (monthSelect) {
          monthSelect.value = month;
          monthSelect.disabled = year === '';
        }
      }
      if (sort) sort.value = shownSort(state);
      drawChips(state);
    },
    showCounts(available, total) {
      for (const menu of menus) {
        const filter = filterOf(menu);
        const list = menu.querySelector<HTMLElement>('[data-filter-options]');
        if (!list) continue;
        if (valuesState !== 'drawn') drawOptions(menu, list, Object.keys(total[filter] ?? {}));
        for (const item of list.querySelectorAll<HTMLElement>('li')) {
          const value = item.dataset.value ?? '';
          const count = available[filter]?.[value] ?? 0;
          const counter = item.querySelector('.filter__count');
          if (counter) counter.textContent = String(count);
          item.classList.toggle('filter__option--empty', count === 0);
        }
      }
      showValuesState('drawn');
      if (shown) for (const menu of menus) tick(menu, shown.filters[filterOf(menu)]);
    },
  };

  function showValuesState(state: FilterValuesState): void {
    valuesState = state;
    for (const menu of menus) drawValuesState(menu);
  }

  /**
   * Draws where the values stand in `menu`: its list busy while they load, and the message with a button to try
   * again if they failed. A closed list says nothing, so that opening it writes the message into its live region
   * and a screen reader announces it.
   */
  function drawValuesState(menu: HTMLDetailsElement): void {
    const list = menu.querySelector<HTMLElement>('[data-filter-options]');
    if (valuesState === 'loading') list?.setAttribute('aria-busy', 'true');
    else list?.removeAttribute('aria-busy');
    const message = menu.querySelector<HTMLElement>('[data-filter-state]');
    if (message) message.textContent = menu.open ? filterValuesMessage(valuesState, labelOf(menu)) : '';
    const retry = menu.querySelector<HTMLElement>('[data-filter-retry]');
    if (retry) retry.hidden = valuesState !== 'failed';
  }

  function drawOptions(menu: HTMLElement, list: HTMLElement, values: string[]): void {
    const filter = filterOf(menu);
    list.replaceChildren(
      ...values
        .toSorted((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }))
        .map((value, i) => {
          const item = document.createElement('li');
          item.dataset.value = value;
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.value = value;
          box.id = `filter-${filter}-${i}`;
          const name = document.createElement('span');
          name.className = 'filter__value';
          name.textContent = value;
          const count = document.createElement('span');
          count.className = 'filter__count';
          label.append(box, name, ' ', count);
          item.append(label);
          return item;
        }),
    );
    const find = menu.querySelector<HTMLElement>('[data-filter-find]');
    if (find) find.hidden = values.length <= FIND_FROM;
  }

  function tick(menu: HTMLElement, chosen: readonly string[]): void {
    for (const box of menu.querySelectorAll<HTMLInputElement>('[data-filter-options] input'))
      box.checked = chosen.includes(box.value);
  }

  /** Shows the values holding the letters typed, in any case and with or without accents; announces how many. */
  function findIn(menu: HTMLElement, text: string): void {
    const wanted = folded(text.trim());
    let matching = 0;
    const items = menu.querySelectorAll<HTMLElement>('[data-filter-options] li');
    for (const item of items) {
      const match = folded(item.dataset.value ?? '').includes(wanted);
      item.hidden = !match;
      if (match) matching++;
    }
    const none = menu.querySelector<HTMLElement>('[data-filter-none]');
    if (none) none.hidden = matching > 0;
    const status = menu.querySelector<HTMLElement>('[data-filter-status]');
    if (status) status.textContent = wanted === '' ? '' : `${matching} of ${items.length} shown`;
  }

  function drawChips(state: SearchState): void {
    chips = searchChips(state, labels);
    if (!chipList || !chipsBox) return;
    const buttons = chips.map((chip, i) => {
      const text = chip.param === 'from' || chip.param === 'to' ? rangeEndLabel(chip.value) : chip.value;
      return chipButton(`${chip.label}:`, text, String(i));
    });
    if (chips.length > 1) {
      const clear = document.createElement('button');
      clear.type = 'button';
      clear.className = 'chips__clear';
      clear.dataset.chipsClear = '';
      clear.textContent = 'Clear all filters';
      buttons.push(clear);
    }
    chipList.replaceChildren(
      ...buttons.map((button) => {
        const item = document.createElement('li');
        item.append(button);
        return item;
      }),
    );
    chipsBox.hidden = chips.length === 0;
  }
}

/** A chip: its visible text is the filter's label and the value; its name starts with what pressing it does. */
function chipButton(label: string, value: string, index: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'chip';
  button.dataset.chip = index;
  const action = document.createElement('span');
  action.className = 'visually-hidden';
  action.textContent = 'Remove ';
  const name = document.createElement('span');
  name.className = 'chip__label';
  name.textContent = label;
  const cross = document.createElement('span');
  cross.className = 'chip__remove';
  cross.setAttribute('aria-hidden', 'true');
  cross.textContent = '×';
  button.append(action, name, ` ${value}`, cross);
  return button;
}

const folded = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
