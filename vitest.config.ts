import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = import.meta.dirname
// Test databases get the Xinhua corpus only: the suite's figures are about those eight statements
// (the real collection is tested through the importer by lib/eval/import-accuracy.test.ts).
const env = { TONGWEN_COLLECTIONS: 'xinhua' }
const shared = {
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside React Server Components; tests are server code.
      { find: /^server-only$/, replacement: path.join(root, 'test/helpers/server-only.ts') },
    ],
  },
}

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: 'unit',
          env,
          include: ['**/*.test.ts'],
          exclude: ['node_modules/**', '.next*/**', 'lib/generated/**', 'test/e2e/**'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 120_000,
          globalSetup: ['test/helpers/global-setup.ts'],
        },
      },
      {
        // Pages served by the production build, over HTTP (and, later, in Chromium).
        ...shared,
        test: {
          name: 'e2e',
          env,
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 300_000,
          globalSetup: ['test/helpers/global-setup.ts', 'test/e2e/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
})
