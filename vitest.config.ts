import { defineConfig } from 'vitest/config';

// Unit tests sit beside their code as *.test.ts(x) and run in Node; renderer tests that touch
// IndexedDB import 'fake-indexeddb/auto' themselves.
export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'scripts/**/*.test.ts',
      'cli/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
  },
});
