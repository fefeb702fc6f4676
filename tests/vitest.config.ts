// Two projects: `unit` (pure logic, no database) and `integration` (real Postgres;
// every test file gets a fresh, migrated Postgres schema — see
// tests/integration/setup/test-database.ts).
//   npx vitest run --config tests/vitest.config.ts [--project unit|integration]
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)))

// vitest 5 declares Node >= 22.12, but this project runs on Node 20. Its reporter
// calls Map.groupBy (snapshot updates: Object.groupBy), new in Node 21: on Node 20
// every run with a failing test crashed while printing the failure. The config
// loads in vitest's main process, where the reporter lives. No-op on Node >= 21.
type GroupBy<R> = <K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K) => R

function groupInto<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  let index = 0
  for (const item of items) {
    const key = keyOf(item, index++)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}

const MapConstructor = Map as unknown as { groupBy?: GroupBy<Map<unknown, unknown[]>> }
MapConstructor.groupBy ??= groupInto

const ObjectConstructor = Object as unknown as { groupBy?: GroupBy<Record<PropertyKey, unknown[]>> }
ObjectConstructor.groupBy ??= (items, keyOf) =>
  Object.assign(Object.create(null) as Record<PropertyKey, unknown[]>, Object.fromEntries(groupInto(items, keyOf)))

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
