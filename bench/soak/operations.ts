// The soak's request mix, as a desk spends its day: mostly reading claim panels and
// threads, some searching, and a steady trickle of ratings and comments. Each request
// picks fresh ids, so nothing is answered from one hot row.
export interface SoakContext {
  base: string
  workspaceId: string
  claims: { id: string; documentId: string }[]
}

export interface Operation {
  name: string
  weight: number
  // undefined when the answer was a success; else what went wrong.
  run: (context: SoakContext, cookie: string, request: number) => Promise<string | undefined>
}

const SEARCHES = ['exports', 'rose 2010', '"market 3"', '$12 billion', 'exports -2004', 'billion OR percent']

async function send(url: string, cookie: string, body?: unknown): Promise<string | undefined> {
  const response = await fetch(url, body === undefined ? { headers: { cookie } } : { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const text = await response.text()
  return response.ok ? undefined : `${response.status} ${text.slice(0, 120)}`
}

const claimOf = (context: SoakContext, request: number) => context.claims[(request * 2654435761) % context.claims.length]!
const api = (context: SoakContext) => `${context.base}/api/workspaces/${context.workspaceId}`

export const OPERATIONS: Operation[] = [
  { name: 'claim panel', weight: 30, run: (context, cookie, request) => send(`${api(context)}/claims/${claimOf(context, request).id}/review`, cookie) },
  {
    name: 'claim comments',
    weight: 15,
    run: (context, cookie, request) => {
      const claim = claimOf(context, request)
      return send(`${api(context)}/documents/${claim.documentId}/comments?claimId=${claim.id}`, cookie)
    },
  },
  { name: 'search', weight: 10, run: (context, cookie, request) => send(`${api(context)}/search?q=${encodeURIComponent(SEARCHES[request % SEARCHES.length]!)}`, cookie) },
  { name: 'document view', weight: 15, run: (context, cookie, request) => send(`${api(context)}/documents/${claimOf(context, request).documentId}/view?v=0`, cookie) },
  { name: 'add a rating', weight: 15, run: (context, cookie, request) => send(`${api(context)}/claims/${claimOf(context, request).id}/ratings`, cookie, { verdict: 'ACCURATE', confidence: (request % 5) + 1, rationale: 'Matches the statistics office table.' }) },
  {
    name: 'add a comment',
    weight: 15,
    run: (context, cookie, request) => {
      const claim = claimOf(context, request)
      return send(`${api(context)}/documents/${claim.documentId}/comments`, cookie, { body: `Checked the **${2000 + (request % 25)}** table; see page ${request % 40}.`, claimId: claim.id })
    },
  },
]

const TOTAL_WEIGHT = OPERATIONS.reduce((sum, operation) => sum + operation.weight, 0)

// A deterministic spread over the weights (the same run every time).
export function pickOperation(seed: number): Operation {
  let point = (seed * 40503) % TOTAL_WEIGHT
  for (const operation of OPERATIONS) {
    if (point < operation.weight) return operation
    point -= operation.weight
  }
  return OPERATIONS[0]!
}
