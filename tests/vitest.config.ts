// Two projects: `unit` (pure logic, no database) and `integration` (real Postgres;
// every test file gets a fresh, migrated Postgres schema — see
// tests/integration/setup/test-database.ts).
//   npx vitest run --config tests/vitest.config.ts [--project unit|integration]
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)))

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws when imported outside React Server Components; tests
      // run lib/ code directly, so they get its empty variant.
      { find: /^server-only$/, replacement: path.join(root, 'node_modules/server-only/empty.js') },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // Files run in parallel: each has its own schema, so they cannot collide.
          setupFiles: ['tests/integration/setup/test-database.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
