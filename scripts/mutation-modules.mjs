// The modules mutation testing covers (npm run test:mutation): the code that guards the
// analyst's data and the machine. Each module is mutated in a Stryker run of its own, against the
// unit tests that import it, and its score is printed separately and must stay at or above
// MIN_SCORE.

/** Lowest acceptable mutation score per module, in percent. */
export const MIN_SCORE = 90;

/** Module name → the files Stryker mutates for it. */
export const MUTATION_MODULES = {
  'electron/lib': ['electron/lib/*.ts', '!electron/lib/*.test.ts'],
  'shared/import': [
    'shared/import/sniff.ts',
    'shared/import/zip-scan.ts',
    'shared/import/decode-text.ts',
    'shared/import/limits.ts',
  ],
  'shared/anchoring/match-quote.ts': ['shared/anchoring/match-quote.ts'],
  // shared/exchange in two halves, each run and scored on its own: reading colleagues' files
  // (safe JSON, limits, the three formats) and planning and writing a merge.
  'shared/exchange/parsing': [
    'shared/exchange/safe-json.ts',
    'shared/exchange/limits.ts',
    'shared/exchange/parse-collection-file.ts',
    'shared/exchange/parse-with.ts',
    'shared/exchange/read-rightsmark.ts',
    'shared/exchange/read-w3c.ts',
    'shared/exchange/read-hypothesis.ts',
  ],
  'shared/exchange/merge': [
    'shared/exchange/merge-planner.ts',
    'shared/exchange/merge-plan.ts',
    'shared/exchange/merge-writes.ts',
  ],
  'shared/backup': ['shared/backup/*.ts', '!shared/backup/*.test.ts'],
  // What leaves with an export or a briefing: private notes, authors, rights, attachments.
  'shared/disclosure': ['shared/disclosure/*.ts', '!shared/disclosure/*.test.ts'],
};

/**
 * A file-name-safe form of a module name, for its per-module report and incremental file.
 * @param {string} module
 */
export function moduleSlug(module) {
  return module.replace(/[^A-Za-z0-9]+/g, '-');
}

/**
 * Where a module's own Stryker run writes its JSON report.
 * @param {string} module
 */
export function moduleReportPath(module) {
  return `reports/mutation/modules/${moduleSlug(module)}.json`;
}

/**
 * Where a module's own Stryker run keeps its incremental results; runs with static mutants
 * (`full`) keep theirs apart, so neither reuses the other's ignored mutants.
 * @param {string} module
 * @param {boolean} full
 */
export function moduleIncrementalPath(module, full) {
  return `reports/mutation/incremental/${moduleSlug(module)}${full ? '.full' : ''}.json`;
}

/** Every file pattern, for a single Stryker run over all modules. */
export const MUTATED_FILES = Object.values(MUTATION_MODULES).flat();
