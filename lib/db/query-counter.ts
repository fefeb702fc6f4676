import { AsyncLocalStorage } from 'node:async_hooks'

// Counts the SQL statements sent to Postgres inside a call, however they were made
// (Prisma queries, raw SQL, transaction statements). Tests use it to prove a page
// runs a bounded number of queries; benchmarks report queries per request.
const scope = new AsyncLocalStorage<{ count: number }>()

export async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const counter = { count: 0 }
  const result = await scope.run(counter, run)
  return { result, queries: counter.count }
}

// Wraps a pooled connection's `query` once, when the pool opens it. Outside
// countQueries it costs one lookup per statement.
export function countQueriesOn(client: { query: (...args: never[]) => unknown }): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  client.query = ((...args: unknown[]) => {
    const counter = scope.getStore()
    if (counter) counter.count++
    return query(...args)
  }) as typeof client.query
}
