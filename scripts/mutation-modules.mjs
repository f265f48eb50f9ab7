// The modules mutation testing covers (npm run test:mutation): the code that guards the
// analyst's data and the machine. Each module's score is printed separately and must stay at or
// above MIN_SCORE.

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
  'shared/exchange': [
    'shared/exchange/safe-json.ts',
    'shared/exchange/limits.ts',
    'shared/exchange/parse-collection-file.ts',
    'shared/exchange/parse-with.ts',
    'shared/exchange/read-rightsmark.ts',
    'shared/exchange/read-w3c.ts',
    'shared/exchange/read-hypothesis.ts',
    'shared/exchange/plan-merge.ts',
    'shared/exchange/merge-plan.ts',
  ],
  'shared/backup': ['shared/backup/*.ts', '!shared/backup/*.test.ts'],
  // What leaves with an export or a briefing: private notes, authors, rights, attachments.
  'shared/disclosure': ['shared/disclosure/*.ts', '!shared/disclosure/*.test.ts'],
};

/** Every file pattern, for Stryker's `mutate`. */
export const MUTATED_FILES = Object.values(MUTATION_MODULES).flat();
