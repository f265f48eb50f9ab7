/**
 * Timing marks taken inside the page: on every animation frame a watcher checks each pending
 * condition ("the library lists these titles", "all highlights are registered") and records
 * `performance.now()` the first time it holds. Taking the time in the page, not in Node, keeps
 * Playwright's round trips out of the figures; a frame is the resolution, as it is for paint.
 */
import type { Page } from '@playwright/test';

/** A condition to time, named so its mark can be read back. */
export type MarkSpec =
  /** A table with this accessible name (aria-label) whose links include every title. */
  | {
      readonly kind: 'table-links';
      readonly name: string;
      readonly table: string;
      readonly titles: readonly string[];
    }
  /** An element with role="status" whose text is exactly this. */
  | { readonly kind: 'status-text'; readonly name: string; readonly text: string }
  /** An element matching the selector, laid out with a non-empty box inside the viewport. */
  | { readonly kind: 'visible'; readonly name: string; readonly selector: string }
  /** Ranges registered in CSS highlights whose names start with one of the prefixes. */
  | {
      readonly kind: 'highlight-ranges';
      readonly name: string;
      readonly prefixes: readonly string[];
      readonly count: number;
    };

/** The watcher's face in the page: `marks[name]` is ms since navigation start, once reached. */
export interface MarkWatcher {
  readonly marks: Record<string, number>;
  /** Starts watching for these (forgetting their old marks); returns the time it started. */
  readonly arm: (specs: readonly MarkSpec[]) => number;
}

declare global {
  interface Window {
    __rightsmarkBench?: MarkWatcher;
  }
}

/**
 * Defines `window.__rightsmarkBench` and arms `initial`. Runs in the page (as an init script,
 * before the app's own code), so it must not use anything from this module's scope.
 */
export function installMarkWatcher(initial: readonly MarkSpec[]): void {
  const marks: Record<string, number> = {};
  let pending: MarkSpec[] = [];
  let scheduled = false;

  const holds = (spec: MarkSpec): boolean => {
    switch (spec.kind) {
      case 'table-links': {
        const table = [...document.querySelectorAll('table')].find(
          (t) => t.getAttribute('aria-label') === spec.table,
        );
        if (!table) return false;
        const texts = new Set([...table.querySelectorAll('a')].map((a) => a.textContent));
        return spec.titles.every((title) => texts.has(title));
      }
      case 'status-text':
        return [...document.querySelectorAll('[role="status"]')].some(
          (element) => element.textContent?.trim() === spec.text,
        );
      case 'visible': {
        const box = document.querySelector(spec.selector)?.getBoundingClientRect();
        return !!box && box.width > 0 && box.height > 0 && box.top < window.innerHeight;
      }
      case 'highlight-ranges': {
        if (typeof CSS === 'undefined' || !('highlights' in CSS)) return false;
        let count = 0;
        for (const [name, highlight] of CSS.highlights)
          if (spec.prefixes.some((prefix) => name.startsWith(prefix))) count += highlight.size;
        return count >= spec.count;
      }
    }
  };

  const check = (): void => {
    scheduled = false;
    const now = performance.now();
    pending = pending.filter((spec) => {
      if (!holds(spec)) return true;
      marks[spec.name] = now;
      return false;
    });
    if (pending.length > 0) schedule();
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(check);
  };

  window.__rightsmarkBench = {
    marks,
    arm: (specs) => {
      for (const spec of specs) delete marks[spec.name];
      pending = [...pending.filter((p) => !specs.some((s) => s.name === p.name)), ...specs];
      schedule();
      return performance.now();
    },
  };
  window.__rightsmarkBench.arm(initial);
}

/** Waits until every named mark is reached and returns them (ms since navigation start). */
export async function waitForMarks(
  page: Page,
  names: readonly string[],
  timeoutMs = 60_000,
): Promise<Record<string, number>> {
  const handle = await page.waitForFunction(
    (wanted) => {
      const marks = window.__rightsmarkBench?.marks;
      return marks && wanted.every((name) => marks[name] !== undefined) ? { ...marks } : null;
    },
    names,
    { timeout: timeoutMs, polling: 100 },
  );
  return (await handle.jsonValue()) as Record<string, number>;
}

/** First contentful paint of the current page, in ms since navigation start, if painted. */
export async function firstContentfulPaint(page: Page): Promise<number> {
  const time = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
  );
  if (time < 0) throw new Error('the page reported no first-contentful-paint');
  return time;
}
