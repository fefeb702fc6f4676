import type { Metadata } from 'next'
import Link from 'next/link'
import { ExternalChecksImport } from '@/components/checked-before/external-checks-import'
import { ExternalChecksTable } from '@/components/checked-before/external-checks-table'
import { EmptyState, PageHeader } from '@/components/ui/card'
import { can } from '@/lib/auth/roles'
import { requirePageActor } from '@/lib/auth/session'
import { findExternalChecks } from '@/lib/checked-before/find-external-checks'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { getWorkspaceById } from '@/lib/workspaces/get-workspace'

export const metadata: Metadata = { title: 'External checks · Claimtrack' }

interface ExternalChecksPageProps {
  params: Promise<{ workspaceId: string }>
  searchParams: Promise<{ cursor?: string | string[] }>
}

export default async function ExternalChecksPage({ params, searchParams }: ExternalChecksPageProps) {
  const { workspaceId } = await params
  const { cursor: rawCursor } = await searchParams
  const cursor = Array.isArray(rawCursor) ? rawCursor[0] : rawCursor
  const base = `/w/${workspaceId}/external-checks`
  const actor = await requirePageActor(base)
  const [workspace, page] = await notFoundOnMissing(Promise.all([getWorkspaceById({ actor, workspaceId }), findExternalChecks({ actor, workspaceId, cursor })]))
  const canImport = can(workspace.role, 'document.create')
  return (
    <>
      <PageHeader
        title="External checks"
        description={`Fact-checks published by others, imported as ClaimReview.${page.total ? ` ${page.total.toLocaleString('en')} in the library, most recently reviewed first.` : ''}`}
      />
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-4">
          {page.checks.length > 0 ? (
            <>
              <ExternalChecksTable workspaceId={workspace.id} checks={page.checks} canDelete={can(workspace.role, 'document.edit')} />
              <nav aria-label="Pages" className="flex justify-between text-sm">
                {cursor ? (
                  <Link href={base} className="font-medium text-indigo-700 underline">
                    ← Most recent
                  </Link>
                ) : (
                  <span />
                )}
                {page.nextCursor && (
                  <Link href={`${base}?cursor=${encodeURIComponent(page.nextCursor)}`} className="font-medium text-indigo-700 underline">
                    Older checks →
                  </Link>
                )}
              </nav>
            </>
          ) : (
            <EmptyState title="No external checks yet">
              ClaimReview is the schema.org markup fact-checkers publish with their articles (and that Claimtrack exports): the claim checked, who checked it, their rating and a link
              to the article. Import other fact-checkers’ reviews here and claims in this workspace’s documents are matched against them like the workspace’s own checks, shown
              labelled “external”.
              {canImport ? ' Import a .json, .jsonld or .jsonl file with the form.' : ' Editors and owners import them.'}
            </EmptyState>
          )}
        </div>
        {canImport && <ExternalChecksImport workspaceId={workspace.id} />}
      </div>
    </>
  )
}
