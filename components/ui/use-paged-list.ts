'use client'
import { useState } from 'react'
import { apiRequest } from '@/lib/http/api-client'

export interface FirstPage<Item> {
  items: Item[]
  nextCursor: string | null
}

export interface PagedList<Item> {
  items: Item[]
  hasMore: boolean
  isLoading: boolean
  error: string | null
  loadMore: () => Promise<void>
}

// A list rendered with its first page on the server, and "load more" appending the
// next pages from its API route (`url?cursor=`). `pick` takes the items out of the
// route's answer. A new first page (the server rendered again) starts the list afresh.
export function usePagedList<Item, Body extends { nextCursor: string | null }>({ url, first, pick }: { url: string; first: FirstPage<Item>; pick: (body: Body) => Item[] }): PagedList<Item> {
  const [state, setState] = useState({ first, more: [] as Item[], nextCursor: first.nextCursor, isLoading: false, error: null as string | null })
  const current = state.first === first ? state : { first, more: [], nextCursor: first.nextCursor, isLoading: false, error: null }
  if (current !== state) setState(current)

  async function loadMore() {
    const cursor = current.nextCursor
    if (!cursor || current.isLoading) return
    setState((previous) => ({ ...previous, isLoading: true, error: null }))
    try {
      const body = await apiRequest<Body>('GET', `${url}${url.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`)
      setState((previous) => (previous.first === first ? { ...previous, more: [...previous.more, ...pick(body)], nextCursor: body.nextCursor, isLoading: false } : previous))
    } catch (caught) {
      const error = caught instanceof Error ? caught.message : 'Could not load more.'
      setState((previous) => ({ ...previous, isLoading: false, error }))
    }
  }

  return { items: [...first.items, ...current.more], hasMore: current.nextCursor !== null, isLoading: current.isLoading, error: current.error, loadMore }
}
