// The search's filters as they live in a URL (the results page and the API share
// them): repeated keys become lists, the rest single values.
const LIST_KEYS = new Set(['type', 'status', 'verdict'])
export const SEARCH_PARAM_KEYS = ['q', 'type', 'documentId', 'status', 'verdict', 'assigneeId', 'authorId', 'from', 'to', 'cursor', 'limit'] as const

export function searchParamsInput(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const read = (key: string): string[] => (params instanceof URLSearchParams ? params.getAll(key) : [params[key] ?? []].flat())
  const input: Record<string, string | string[]> = {}
  for (const key of SEARCH_PARAM_KEYS) {
    const values = read(key)
    if (!values.length) continue
    input[key] = LIST_KEYS.has(key) ? values : values[0]!
  }
  return input
}
