import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Stryker runs each mutant's covering test files one after another and stops at the first
 * failure (bail). Vitest's own order runs the slowest file first, so a mutant a quick rule test
 * kills would still pay for a slow property test (a PDF built and read back per case). This
 * order keeps Vitest's "failed last time first" (the file that killed the previous mutant most
 * likely kills the next, from the same code) and then runs the quickest files first. It changes
 * only when a run stops, never which tests decide a mutant's fate.
 */
class QuickestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { cache, config } = this.ctx;
    const state = (file: TestSpecification) =>
      cache.getFileTestResults(`${file.project.name}:${relative(config.root, file.moduleId)}`);
    return [...files].sort((a, b) => {
      const stateA = state(a);
      const stateB = state(b);
      const failedA = stateA?.failed === true;
      const failedB = stateB?.failed === true;
      if (failedA !== failedB) return failedA ? -1 : 1;
      return (stateA?.duration ?? 0) - (stateB?.duration ?? 0);
    });
  }
}

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
    sequence: { sequencer: QuickestFirstSequencer },
  },
});
