import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // A folder per run for the builds the tests make, and the builds shared between test files.
    globalSetup: ['test/support/global-setup.ts'],
    projects: [
      {
        extends: true,
        // In-process tests: run side by side, before the builds.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], maxWorkers: 2 },
      },
      {
        extends: true,
        // Build and browser tests run Astro or Chromium, which use both cores: one file at a time,
        // after the unit tests. One at a time also lets them share builds (sharedBuild).
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts', 'test/browser/**/*.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
