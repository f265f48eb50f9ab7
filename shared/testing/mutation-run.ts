/**
 * Test support: how much work a test does when Stryker reruns it for each mutant
 * (npm run test:mutation). vitest.mutation.config.ts sets RIGHTSMARK_MUTATION_RUN=1; there,
 * property tests try at most MUTATION_PROPERTY_RUNS generated cases and the few tests that work
 * at the real, megabyte-sized limits stand aside (smaller-limit tests check the same rules).
 * `npm run test:unit` never sets it, so normal runs always do the full work.
 */

const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;

/** True only inside a mutation run's Vitest workers. */
export const UNDER_MUTATION = env?.RIGHTSMARK_MUTATION_RUN === '1';

/** Generated cases per property under mutation: enough to meet each rule's common cases. */
export const MUTATION_PROPERTY_RUNS = 20;

/** A property test's number of runs: `numRuns` normally, at most MUTATION_PROPERTY_RUNS under mutation. */
export function propertyRuns(numRuns: number): number {
  return UNDER_MUTATION ? Math.min(numRuns, MUTATION_PROPERTY_RUNS) : numRuns;
}
