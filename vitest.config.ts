import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // wink-nlp only serves custom entities to the first instance per process; forks keep each file isolated.
    pool: 'forks',
    // One temp directory per run, removed at the end (WIKIC_KEEP_TEST_TMP=1 keeps it for a look).
    globalSetup: ['test/global-setup.ts'],
  },
});
