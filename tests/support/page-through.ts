import { expect } from 'vitest'

// Reads a paged list to its end, `limit` at a time, and checks what every paged list
// promises: each page but the last is full, the last says there is no next one, and
// no item comes twice. Returns the ids in the order they came.
export async function pageThrough<Item extends { id: string }>(readPage: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor: string | null }>, limit: number): Promise<string[]> {
  const ids: string[] = []
  let cursor: string | undefined
  for (let pages = 0; pages < 1000; pages++) {
    const page = await readPage(cursor)
    ids.push(...page.items.map((item) => item.id))
    if (!page.nextCursor) break
    expect(page.items).toHaveLength(limit)
    cursor = page.nextCursor
  }
  expect(new Set(ids).size, 'no item on two pages').toBe(ids.length)
  return ids
}
