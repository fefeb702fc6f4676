import type { Metadata } from 'next'
import Link from 'next/link'
import { SearchFilters } from '@/components/search/search-filters'
import { SearchHitList } from '@/components/search/search-hit-list'
import { TYPE_LABELS } from '@/components/search/search-labels'
import { Alert } from '@/components/ui/alert'
import { EmptyState, PageHeader } from '@/components/ui/card'
import { requirePageActor } from '@/lib/auth/session'
import { findDocuments } from '@/lib/documents/find-documents'
import { isAppError } from '@/lib/errors'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { findMembers } from '@/lib/members/find-members'
import { MAX_PAGE_SIZE } from '@/lib/pagination/page-cursor'
import { SEARCH_TYPES, type SearchType } from '@/lib/search/schemas'
import { searchParamsInput } from '@/lib/search/search-params'
import { COUNT_LIMIT, searchWorkspace, type SearchPage } from '@/lib/search/search-workspace'

export const metadata: Metadata = { title: 'Search · Claimtrack' }

interface SearchPageProps {
  params: Promise<{ workspaceId: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function WorkspaceSearchPage({ params, searchParams }: SearchPageProps) {
  const { workspaceId } = await params
  const input = searchParamsInput(await searchParams)
  const base = `/w/${workspaceId}/search`
  const here = `${base}?${new URLSearchParams(Object.entries(input).flatMap(([key, values]) => [values].flat().map((value) => [key, value])))}`
  const actor = await requirePageActor(here)
  // The author filter offers the first 200 members: more than a desk of 2–30 people.
  const [documents, { members }] = await notFoundOnMissing(Promise.all([findDocuments({ actor, workspaceId }), findMembers({ actor, workspaceId, limit: MAX_PAGE_SIZE })]))
  let page: SearchPage | null = null
  let problem: string | null = null
  try {
    page = await notFoundOnMissing(searchWorkspace({ ...input, workspaceId, actor }))
  } catch (error) {
    if (!isAppError(error) || !['INVALID_INPUT', 'UNAVAILABLE'].includes(error.code)) throw error
    problem = error.message
  }
  const one = (key: string) => [input[key] ?? []].flat()[0]
  const list = (key: string) => [input[key] ?? []].flat()
  const filters = { q: one('q'), type: list('type'), status: list('status'), verdict: list('verdict'), documentId: one('documentId'), assigneeId: one('assigneeId'), authorId: one('authorId'), from: one('from'), to: one('to') }
  const withParams = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(here.split('?')[1])
    next.delete('cursor')
    for (const [key, value] of Object.entries(changes)) {
      next.delete(key)
      if (value) next.set(key, value)
    }
    return `${base}?${next}`
  }
  return (
    <>
      <PageHeader title="Search" description="Claims, documents, sources, evidence and comments in this workspace. Figures match however they are written: $110bn finds “over $110 billion”." />
      <div className="space-y-5">
        <SearchFilters
          action={base}
          filters={filters}
          documents={documents.map((document) => ({ id: document.id, title: document.title }))}
          members={members.map((member) => ({ id: member.user.id, label: member.user.name ?? member.user.email }))}
        />
        {problem && <Alert title="This search cannot run">{problem}</Alert>}
        {page && page.query && (
          <>
            <nav aria-label="Result types" className="flex flex-wrap gap-1 text-sm">
              <TypeTab href={withParams({ type: undefined })} isCurrent={filters.type.length === 0} label="All" />
              {SEARCH_TYPES.map((type) => (
                <TypeTab key={type} href={withParams({ type })} isCurrent={filters.type.length === 1 && filters.type[0] === type} label={`${TYPE_LABELS[type].many} ${countLabel(page, type)}`} />
              ))}
            </nav>
            {page.hits.length > 0 ? (
              <>
                <SearchHitList hits={page.hits} />
                {page.nextCursor && (
                  <Link href={`${withParams({})}&cursor=${page.nextCursor}`} className="inline-block text-sm font-medium text-indigo-700 hover:underline">
                    More results
                  </Link>
                )}
              </>
            ) : (
              <EmptyState title={`Nothing matches “${page.query}”`}>
                Try fewer words, another spelling, or remove a filter. Phrases go in &quot;quotes&quot;, -word leaves a word out, and OR accepts either word.
              </EmptyState>
            )}
          </>
        )}
        {page && !page.query && (
          <EmptyState title="Search the workspace">
            Type words, &quot;an exact phrase&quot;, -a word to leave out, or a figure such as 110 billion or 3.4%. Press / anywhere to jump to the search box.
          </EmptyState>
        )}
      </div>
    </>
  )
}

function countLabel(page: SearchPage, type: SearchType): string {
  return page.isCapped[type] ? `${COUNT_LIMIT}+` : String(page.counts[type])
}

function TypeTab({ href, isCurrent, label }: { href: string; isCurrent: boolean; label: string }) {
  return (
    <Link href={href} aria-current={isCurrent ? 'page' : undefined} className={`rounded-md px-2.5 py-1 ${isCurrent ? 'bg-indigo-600 text-white' : 'text-stone-700 hover:bg-stone-100'}`}>
      {label}
    </Link>
  )
}
