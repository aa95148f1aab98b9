import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The build and browser tests read one production build, made once before any test file runs.
    globalSetup: ['tests/setup/build-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser tests share one Chromium and one server; running files one after another keeps a 2-core machine responsive.
    fileParallelism: false,
  },
});
