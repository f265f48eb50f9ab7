import { defineConfig } from 'vitest/config';

// The unit tests that can reach the mutated modules (shared/ and the shell's pure helpers), for
// Stryker; renderer and script tests do not import them and would only slow every mutant down.
// RIGHTSMARK_MUTATION_RUN tells shared/testing/mutation-run.ts that each test reruns once per
// mutant it covers: property tests then try fewer generated cases, and the three tests that work
// at the real limits (a 640 MB zip bomb twice, 100 million characters of JSON) stand aside; the
// same refusals are checked at small limits. `npm run test:unit` runs everything in full.
// (Stryker's runner replaces a config's testNamePattern, so skipping by name would not hold.)
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts'],
    environment: 'node',
    env: { RIGHTSMARK_MUTATION_RUN: '1' },
    setupFiles: ['shared/testing/mutation-setup.ts'],
    // Coverage instrumentation slows the zip tests several times over.
    testTimeout: 90_000,
  },
});
