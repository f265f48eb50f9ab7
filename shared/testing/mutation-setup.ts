/**
 * Vitest setup for mutation runs only (vitest.mutation.config.ts): property tests that do not
 * name their number of runs try MUTATION_PROPERTY_RUNS cases instead of fast-check's 100.
 */
import fc from 'fast-check';
import { MUTATION_PROPERTY_RUNS, UNDER_MUTATION } from './mutation-run';

if (UNDER_MUTATION)
  fc.configureGlobal({ ...fc.readConfigureGlobal(), numRuns: MUTATION_PROPERTY_RUNS });
