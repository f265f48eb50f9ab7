/**
 * What the shell does when the window's renderer process dies (a huge PDF exhausting memory, a
 * GPU fault, a kill from outside): reload the app into the same window, so the analyst is never
 * left with a dead window, unless it keeps dying, in which case the analyst is asked instead of
 * looping. The library itself is safe: every write is a transaction in IndexedDB.
 */

/** Electron's RenderProcessGoneDetails['reason']. */
export type GoneReason =
  | 'clean-exit'
  | 'abnormal-exit'
  | 'killed'
  | 'crashed'
  | 'oom'
  | 'launch-failed'
  | 'integrity-failure'
  | 'memory-eviction';

/** Crashes within this window count as "keeps crashing". */
export const CRASH_WINDOW_MS = 60_000;
/** More crashes than this inside the window stop the automatic reload. */
export const MAX_AUTOMATIC_RELOADS = 2;

export type GoneDecision =
  /** Nothing to do: the process ended normally (the window is closing). */
  | { readonly action: 'none' }
  /** Reload at once, telling the analyst afterwards. */
  | { readonly action: 'reload'; readonly message: string }
  /** Ask: reload or quit. */
  | { readonly action: 'ask'; readonly message: string };

function describeReason(reason: GoneReason): string {
  switch (reason) {
    case 'oom':
      return 'it ran out of memory';
    case 'killed':
      return 'it was stopped from outside';
    case 'crashed':
    case 'abnormal-exit':
      return 'it crashed';
    case 'launch-failed':
      return 'it could not start';
    case 'integrity-failure':
      return 'its code failed an integrity check';
    case 'memory-eviction':
      return 'the system reclaimed its memory';
    case 'clean-exit':
      return 'it ended';
  }
}

/**
 * Decides what to do about a renderer that went away at `now`, given the times of earlier
 * crashes (which the caller keeps, adding `now` after deciding).
 */
export function decideRendererGone(
  reason: GoneReason,
  now: number,
  earlierCrashes: readonly number[],
): GoneDecision {
  if (reason === 'clean-exit') return { action: 'none' };
  const recent = earlierCrashes.filter((t) => now - t < CRASH_WINDOW_MS).length;
  const what = `Rightsmark's window stopped because ${describeReason(reason)}. Your library is safe: everything saved before this moment is kept.`;
  if (recent >= MAX_AUTOMATIC_RELOADS || reason === 'integrity-failure') {
    return {
      action: 'ask',
      message: `${what} It has stopped ${recent + 1} times in the last minute; the last thing opened (for example a very large PDF) may be the cause.`,
    };
  }
  return { action: 'reload', message: what };
}
