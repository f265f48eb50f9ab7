// Mutation testing (npm run test:mutation): Stryker changes the code that guards the analyst's
// data and the machine, one mutant at a time, and the unit tests must fail for each change.
// The modules are named in scripts/mutation.mjs, which prints a score per module.
import { MUTATED_FILES } from './scripts/mutation-modules.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  checkers: ['typescript'],
  // The shell's project includes shared/, so one checker covers every mutated file.
  tsconfigFile: 'electron/tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: MUTATED_FILES,
  coverageAnalysis: 'perTest',
  // Two cores on the reference machine; more workers only queue behind each other.
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['json', 'clear-text', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: {
    allowColor: false,
    logTests: false,
    reportScoreTable: false,
    reportMutants: false,
  },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 95, low: 90, break: null },
  timeoutMS: 10_000,
};
