import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Three tiers: `unit` runs in seconds without a database (tests/tck: the Cypher and parameters query builders emit); `integration` runs against one real throwaway Neo4j
// (tests/global-setup.ts); `e2e` starts real service processes, each with its own local Neo4j, and kills them.
// `npm test` runs all three; `npm run test:unit`, `test:integration` and `test:e2e` run one.
export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build (the package has no "exports"); Vite would pick the ESM build
    // for our sources while dependencies get the CommonJS one: two graphql instances, "from another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // Community has a single user database: test files take turns, and so do the tiers.
    fileParallelism: false,
    sequence: { groupOrder: 0 },
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // CI also writes machine-readable results, from which .ci/run prints its closing "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.ci/test-results.json' }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/tck/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          sequence: { groupOrder: 2 },
          testTimeout: 180_000,
        },
      },
    ],
  },
});
