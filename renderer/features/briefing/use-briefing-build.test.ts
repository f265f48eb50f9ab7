import { describe, expect, it } from 'vitest';
import type { BriefingProgress } from '../../../shared/briefing';
import { progressPercent } from './use-briefing-build';

describe('progressPercent', () => {
  it('rises through the phases from 0 to 100 and never goes back', () => {
    const steps: BriefingProgress[] = [
      { phase: 'fonts', done: 0, total: 1 },
      { phase: 'fonts', done: 1, total: 1 },
      { phase: 'layout', done: 50, total: 100 },
      { phase: 'layout', done: 100, total: 100 },
      { phase: 'write', done: 1, total: 40 },
      { phase: 'write', done: 40, total: 40 },
      { phase: 'save', done: 1, total: 1 },
    ];
    const percents = steps.map(progressPercent);
    expect(percents[0]).toBe(0);
    expect(percents.at(-1)).toBe(100);
    percents
      .slice(1)
      .forEach((value, index) => expect(value).toBeGreaterThanOrEqual(percents[index]!));
  });

  it('is 0 before any progress and stays within bounds for odd counts', () => {
    expect(progressPercent(null)).toBe(0);
    expect(progressPercent({ phase: 'layout', done: 5, total: 0 })).toBe(10);
    expect(progressPercent({ phase: 'write', done: 90, total: 40 })).toBe(95);
  });
});
