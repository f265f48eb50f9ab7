/** Only a mutation run does less work: the unit suite always runs property tests in full. */
import { describe, expect, it } from 'vitest';
import { MUTATION_PROPERTY_RUNS, propertyRuns, UNDER_MUTATION } from './mutation-run';

describe('propertyRuns', () => {
  it('keeps every run outside a mutation run, and caps them at MUTATION_PROPERTY_RUNS inside one', () => {
    expect(propertyRuns(300)).toBe(UNDER_MUTATION ? MUTATION_PROPERTY_RUNS : 300);
    expect(propertyRuns(5)).toBe(5);
    expect(MUTATION_PROPERTY_RUNS).toBeLessThan(300);
  });

  it('is off in the unit suite, which never sets RIGHTSMARK_MUTATION_RUN', () => {
    expect(UNDER_MUTATION).toBe(process.env.RIGHTSMARK_MUTATION_RUN === '1');
  });
});
