// Two suites: fast unit + in-process HTTP tests (node), and browser tests against the built PWA.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'server/**/*.test.ts',
            'client/**/*.test.ts',
            'tests/http/**/*.test.ts',
            'tests/repo/**/*.test.ts',
          ],
          testTimeout: 20_000,
          hookTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Real server processes (crash and restart, several instances on one database): slow
        // by nature, so they run apart from the unit suite.
        test: {
          name: 'process',
          environment: 'node',
          include: ['tests/process/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file drives its own Chromium; two cores run two at a time comfortably.
          maxWorkers: 2,
          // After the unit suite: the two suites would otherwise fight for two cores.
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
