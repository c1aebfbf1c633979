/**
 * Repairs three accessibility faults in the filter dropdowns of Pagefind's Component UI (1.6), which draws them
 * in the browser where no build step can reach. Each is checked by axe in tests/e2e/accessibility.spec.ts.
 *
 * - The trigger is a `<button role="combobox">`. A combobox takes no name from its text, so screen readers
 *   announced an unnamed control, and its listbox, labelled by it, had no name either. Both are now labelled by
 *   the trigger's visible label ("Topic").
 * - Each option's `aria-label` ("Falun Gong, 4 results") did not hold its visible text, which ran the value and
 *   the count together ("Falun Gong4"), so speech users could not say what they saw (WCAG 2.5.3). The two are
 *   now separate words, and the name reads them in order: "Falun Gong 4 results".
 * - The open menu scrolled without being focusable (the stylesheet now lets it grow instead); so that the
 *   option chosen with the arrow keys stays in view, the page follows it.
 */
export function repairFilterDropdowns(root: HTMLElement): void {
  const repair = (): void => {
    for (const trigger of root.querySelectorAll<HTMLElement>('pagefind-filter-dropdown .pf-dropdown-trigger')) {
      const label = trigger.querySelector<HTMLElement>('.pf-dropdown-trigger-label');
      if (!label || trigger.getAttribute('aria-labelledby') === label.id) continue;
      label.id ||= `${trigger.id}-label`;
      trigger.setAttribute('aria-labelledby', label.id);
      // A name is not followed through two aria-labelledby steps, so the listbox points at the label itself.
      const listbox = root.querySelector<HTMLElement>(
        `#${CSS.escape(trigger.getAttribute('aria-controls') ?? '')} [role="listbox"]`,
      );
      listbox?.setAttribute('aria-labelledby', label.id);
    }
    for (const option of root.querySelectorAll<HTMLElement>('pagefind-filter-dropdown [role="option"]')) {
      const value = option.querySelector('.pf-dropdown-option-label');
      const count = option.querySelector('.pf-dropdown-option-count');
      if (!value?.textContent || !count?.textContent) continue;
      // The value and the count are separate words on screen (the option is a flex row), so in its text too.
      if (value.nextSibling === count) value.after(' ');
      const name = `${value.textContent} ${count.textContent} ${count.textContent === '1' ? 'result' : 'results'}`;
      if (option.getAttribute('aria-label') !== name) option.setAttribute('aria-label', name);
    }
  };
  // Pagefind redraws options as results change and marks the active one on the trigger; repair after each change.
  new MutationObserver((mutations) => {
    repair();
    for (const { target, attributeName } of mutations) {
      if (attributeName !== 'aria-activedescendant' || !(target instanceof HTMLElement)) continue;
      const active = target.getAttribute('aria-activedescendant');
      if (active) document.getElementById(active)?.scrollIntoView({ block: 'nearest' });
    }
  }).observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-label', 'aria-labelledby', 'aria-activedescendant'],
  });
  repair();
}
