/**
 * Keyboard focus between the header's search box and the results list: the down arrow goes
 * from the box to the first result, arrows move through results, up from the first goes back.
 */

/** The search box's element id. */
export const SEARCH_INPUT_ID = 'library-search';
/** The results list's element id (the box's aria-controls). */
export const RESULTS_ID = 'search-results';

function resultLinks(): HTMLElement[] {
  const list = document.getElementById(RESULTS_ID);
  return list ? [...list.querySelectorAll<HTMLElement>('[data-search-result]')] : [];
}

/** Focuses the first result; false when there is none. */
export function focusFirstResult(): boolean {
  const first = resultLinks()[0];
  first?.focus();
  return first !== undefined;
}

/** Focuses the search box. */
export function focusSearchInput(): void {
  document.getElementById(SEARCH_INPUT_ID)?.focus();
}

/**
 * Moves focus from a result for an arrow, Home or End key; returns true when the key was one
 * of those (the caller then prevents its default scrolling).
 */
export function moveResultFocus(from: Element, key: string): boolean {
  const links = resultLinks();
  const at = links.indexOf(from as HTMLElement);
  if (at < 0) return false;
  let target: HTMLElement | undefined;
  if (key === 'ArrowDown') target = links[Math.min(at + 1, links.length - 1)];
  else if (key === 'ArrowUp') {
    if (at === 0) {
      focusSearchInput();
      return true;
    }
    target = links[at - 1];
  } else if (key === 'Home') target = links[0];
  else if (key === 'End') target = links.at(-1);
  else return false;
  target?.focus();
  return true;
}
