import { defineConfig } from 'vitest/config';

// The unit tests that can reach the mutated modules (shared/ and the shell's pure helpers), for
// Stryker; renderer and script tests do not import them and would only slow every mutant down.
// Three tests work at the real limits: two inflate a real 640 MB zip bomb against the default
// 512 MB limit (15–25 s each, run again for every mutant of the import code), one reads 100
// million characters of JSON at the exact size limit. The same checks are made at small limits
// (zip-scan.hostile.test.ts, the safe-json boundary tests), so the mutation run leaves those
// three to `npm run test:unit`.
const AT_THE_REAL_LIMIT = ['names each problem', 'at the default limit', 'exactly the size limit'];

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts'],
    environment: 'node',
    testNamePattern: new RegExp(`^(?!.*(${AT_THE_REAL_LIMIT.join('|')})).*$`),
    // Coverage instrumentation slows the remaining zip tests several times over.
    testTimeout: 90_000,
  },
});
