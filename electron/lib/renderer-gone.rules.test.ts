/**
 * The words the analyst reads when the window's renderer went away, one per cause, and the
 * edge of the one-minute window in which crashes count as "keeps crashing".
 */
import { describe, expect, it } from 'vitest';
import { CRASH_WINDOW_MS, decideRendererGone, type GoneReason } from './renderer-gone';

describe('decideRendererGone', () => {
  it.each([
    ['oom', 'it ran out of memory'],
    ['killed', 'it was stopped from outside'],
    ['crashed', 'it crashed'],
    ['abnormal-exit', 'it crashed'],
    ['launch-failed', 'it could not start'],
    ['integrity-failure', 'its code failed an integrity check'],
    ['memory-eviction', 'the system reclaimed its memory'],
  ] as const)('names the cause of %s', (reason: GoneReason, words) => {
    const decision = decideRendererGone(reason, 1_000, []);
    expect(decision).toMatchObject({
      message: expect.stringContaining(
        `Rightsmark's window stopped because ${words}. Your library is safe`,
      ),
    });
  });

  it('counts a crash exactly one minute ago as outside the window', () => {
    const now = 1_000_000;
    const edge = now - CRASH_WINDOW_MS;
    expect(decideRendererGone('crashed', now, [edge, edge]).action).toBe('reload');
    expect(decideRendererGone('crashed', now, [edge + 1, edge + 1]).action).toBe('ask');
  });
});
