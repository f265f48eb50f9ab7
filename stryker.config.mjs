// Mutation testing (npm run test:mutation): Stryker changes the code that guards the analyst's
// data and the machine, one mutant at a time, and the unit tests must fail for each change.
// scripts/mutation.mjs runs Stryker once per module of scripts/mutation-modules.mjs, naming it
// in MUTATION_MODULE: that run mutates only the module's files, runs only the unit tests that
// import them (vitest `related`), and keeps its own report and incremental results. Without
// MUTATION_MODULE (npx stryker run) every module is mutated in one run.
// Static mutants (code run only while a module loads: constants, top-level tables) would each
// need every related test to rerun; they are ignored unless MUTATION_FULL=1 (`-- --full`), and
// the script prints how many were left out.
import {
  moduleIncrementalPath,
  moduleReportPath,
  MUTATED_FILES,
  MUTATION_MODULES,
} from './scripts/mutation-modules.mjs';

const module = process.env.MUTATION_MODULE;
const full = process.env.MUTATION_FULL === '1';
if (module !== undefined && !(module in MUTATION_MODULES)) {
  throw new Error(`MUTATION_MODULE "${module}" is not a module of scripts/mutation-modules.mjs.`);
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  checkers: ['typescript'],
  // The shell's project includes shared/, so one checker covers every mutated file.
  tsconfigFile: 'electron/tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: module === undefined ? MUTATED_FILES : MUTATION_MODULES[module],
  coverageAnalysis: 'perTest',
  ignoreStatic: !full,
  // Two cores on the reference machine; more workers only queue behind each other.
  concurrency: 2,
  incremental: true,
  incrementalFile:
    module === undefined
      ? 'reports/mutation/stryker-incremental.json'
      : moduleIncrementalPath(module, full),
  reporters: ['json', 'clear-text', 'progress'],
  jsonReporter: {
    fileName: module === undefined ? 'reports/mutation/mutation.json' : moduleReportPath(module),
  },
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
