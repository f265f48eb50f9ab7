import { describe, expect, it } from 'vitest';
import { CRASH_WINDOW_MS, decideRendererGone } from './renderer-gone';

describe('decideRendererGone', () => {
  it('does nothing when the renderer ended normally (the window is closing)', () => {
    expect(decideRendererGone('clean-exit', 1_000, [])).toEqual({ action: 'none' });
  });

  it('reloads a crashed window at once and says why, naming the cause', () => {
    const decision = decideRendererGone('oom', 1_000, []);
    expect(decision.action).toBe('reload');
    expect(decision).toMatchObject({ message: expect.stringContaining('ran out of memory') });
    expect(decideRendererGone('killed', 1_000, [])).toMatchObject({
      action: 'reload',
      message: expect.stringContaining('stopped from outside'),
    });
  });

  it('asks instead of reloading once it keeps crashing within a minute', () => {
    const now = 100_000;
    expect(decideRendererGone('crashed', now, [now - 10_000]).action).toBe('reload');
    const third = decideRendererGone('crashed', now, [now - 20_000, now - 10_000]);
    expect(third.action).toBe('ask');
    expect(third).toMatchObject({ message: expect.stringContaining('3 times') });
  });

  it('forgets crashes older than the window', () => {
    const now = 1_000_000;
    const old = [now - CRASH_WINDOW_MS - 1, now - CRASH_WINDOW_MS];
    expect(decideRendererGone('crashed', now, old).action).toBe('reload');
  });

  it('never reloads code that failed its integrity check', () => {
    expect(decideRendererGone('integrity-failure', 1, []).action).toBe('ask');
  });
});
