import type { Metadata } from 'next'
import { AddSourceForm } from '@/components/sources/add-source-form'
import { PagedSourceTable } from '@/components/sources/paged-source-table'
import { SourceSearchForm } from '@/components/sources/source-search-form'
import { EmptyState, PageHeader } from '@/components/ui/card'
import { can } from '@/lib/auth/roles'
import { requirePageActor } from '@/lib/auth/session'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { findSources } from '@/lib/sources/find-sources'
import { getWorkspaceById } from '@/lib/workspaces/get-workspace'

export const metadata: Metadata = { title: 'Sources · Claimtrack' }

interface SourcesPageProps {
  params: Promise<{ workspaceId: string }>
  searchParams: Promise<{ q?: string | string[] }>
}

export default async function SourcesPage({ params, searchParams }: SourcesPageProps) {
  const { workspaceId } = await params
  const { q } = await searchParams
  // Longer queries are cut rather than refused: the box is free text.
  const query = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 200) ?? ''
  const actor = await requirePageActor(`/w/${workspaceId}/sources${query ? `?q=${encodeURIComponent(query)}` : ''}`)
  const [workspace, { sources, nextCursor }] = await notFoundOnMissing(Promise.all([getWorkspaceById({ actor, workspaceId }), findSources({ actor, workspaceId, query: query || undefined })]))
  const canReview = can(workspace.role, 'claim.review')
  const canEdit = can(workspace.role, 'claim.edit')
  const base = `/w/${workspace.id}/sources`
  return (
    <>
      <PageHeader title="Sources" description="The workspace's library of sources. Each is kept once and cited as evidence on any claim, in any document." />
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-4">
          <SourceSearchForm action={base} query={query} />
          {sources.length > 0 ? (
            <PagedSourceTable workspaceId={workspace.id} query={query} first={{ items: sources, nextCursor }} canReview={canReview} canEdit={canEdit} />
          ) : query ? (
            <EmptyState title={`No source matches “${query}”`}>
              Search looks in titles and URLs. <a href={base} className="font-medium text-indigo-700 underline">Show all sources</a>
            </EmptyState>
          ) : (
            <EmptyState title="No sources yet">
              The library holds the reports, datasets and articles your team checks figures against. Add a source once and cite it as evidence on any claim: a link
              added twice is recognised and reused, and a source found to be wrong can be marked retracted so every claim that cites it is flagged.
              {canReview ? ' Add the first one with the form, or from a claim’s evidence panel.' : ' Reviewers and editors add sources.'}
            </EmptyState>
          )}
        </div>
        {canReview && <AddSourceForm workspaceId={workspace.id} />}
      </div>
    </>
  )
}
