import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // wink-nlp only serves custom entities to the first instance per process; forks keep each file isolated.
    pool: 'forks',
  },
});
