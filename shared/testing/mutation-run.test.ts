/** Only a mutation run does less work: the unit suite always runs property tests in full. */
import { describe, expect, it } from 'vitest';
import { MUTATION_PROPERTY_RUNS, propertyRuns, UNDER_MUTATION } from './mutation-run';

describe('propertyRuns', () => {
  it.skipIf(UNDER_MUTATION)('keeps every run of a normal test run', () => {
    expect(propertyRuns(300)).toBe(300);
    expect(propertyRuns(5)).toBe(5);
  });

  it.runIf(UNDER_MUTATION)('caps runs at MUTATION_PROPERTY_RUNS under mutation', () => {
    expect(propertyRuns(300)).toBe(MUTATION_PROPERTY_RUNS);
    expect(propertyRuns(5)).toBe(5);
  });
});
