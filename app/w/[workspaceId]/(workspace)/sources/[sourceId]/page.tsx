import type { Metadata } from 'next'
import Link from 'next/link'
import { SnapshotActions } from '@/components/snapshots/snapshot-actions'
import { SnapshotChanges } from '@/components/snapshots/snapshot-changes'
import { isSnapshotOpen } from '@/components/snapshots/snapshot-labels'
import { SnapshotList } from '@/components/snapshots/snapshot-list'
import { SnapshotPanel } from '@/components/snapshots/snapshot-panel'
import { SourcePageTabs } from '@/components/snapshots/source-page-tabs'
import { SourceDetails } from '@/components/sources/source-details'
import { EmptyState } from '@/components/ui/card'
import { can } from '@/lib/auth/roles'
import { requirePageActor } from '@/lib/auth/session'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { findSnapshots, readSnapshot } from '@/lib/snapshots/find-snapshots'
import { diffSnapshots } from '@/lib/snapshots/diff-snapshots'
import { diffPair, parseTextRange } from '@/lib/snapshots/reader-layout'
import { getSourceById } from '@/lib/sources/get-source'
import { getWorkspaceById } from '@/lib/workspaces/get-workspace'

export const metadata: Metadata = { title: 'Source · Claimtrack' }

type Query = Record<'snapshot' | 'at' | 'view' | 'from' | 'to', string | string[] | undefined>
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function SourcePage({ params, searchParams }: { params: Promise<{ workspaceId: string; sourceId: string }>; searchParams: Promise<Query> }) {
  const { workspaceId, sourceId } = await params
  const query = await searchParams
  const sourcePath = `/w/${workspaceId}/sources/${sourceId}`
  const actor = await requirePageActor(sourcePath)
  const [workspace, source, snapshots] = await notFoundOnMissing(Promise.all([getWorkspaceById({ actor, workspaceId }), getSourceById({ actor, workspaceId, sourceId }), findSnapshots({ actor, workspaceId, sourceId })]))
  const canReview = can(workspace.role, 'claim.review')
  const readable = snapshots.filter((snapshot) => snapshot.status === 'DONE')
  const isChanges = first(query.view) === 'changes'
  // An unknown ?snapshot= falls back to the newest readable one rather than failing.
  const selected = snapshots.find((snapshot) => String(snapshot.number) === first(query.snapshot)) ?? readable[0] ?? snapshots[0]
  const reading = selected && !isChanges ? await notFoundOnMissing(readSnapshot({ actor, workspaceId, sourceId, number: selected.number })) : null
  const pair = isChanges ? diffPair(readable.map((snapshot) => snapshot.number), first(query.from), first(query.to)) : null
  const diff = pair ? await notFoundOnMissing(diffSnapshots({ actor, workspaceId, sourceId, ...pair })) : null
  const highlight = reading ? parseTextRange(first(query.at), reading.text.length) : null
  const snapshotsUrl = `/api/workspaces/${workspaceId}/sources/${sourceId}/snapshots`
  return (
    <article>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href={`/w/${workspaceId}/sources`} className="text-indigo-700 hover:underline">
          ← Sources
        </Link>
      </nav>
      <header className="mb-4">
        <h1 className="text-2xl font-semibold tracking-tight text-stone-900">
          {source.title}
          {source.isRetracted && <span className="ml-3 rounded bg-red-100 px-1.5 py-0.5 align-middle text-xs font-bold tracking-wide text-red-800">RETRACTED</span>}
        </h1>
        {source.isRetracted && source.retractionNote && <p className="mt-1 text-sm text-red-800">Retracted: {source.retractionNote}</p>}
      </header>
      <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <aside className="space-y-4" aria-label="Source details and snapshots">
          <SourceDetails source={source} />
          <h2 className="text-base font-semibold text-stone-900">Snapshots</h2>
          {canReview && <SnapshotActions workspaceId={workspaceId} sourceId={sourceId} sourcePath={sourcePath} hasUrl={source.url !== null} isWaiting={snapshots.some(isSnapshotOpen)} hasFailed={snapshots[0]?.status === 'FAILED'} />}
          {snapshots.length > 0 ? (
            <SnapshotList sourcePath={sourcePath} snapshots={snapshots} selectedNumber={isChanges ? null : (selected?.number ?? null)} />
          ) : (
            <p className="rounded-lg border border-dashed border-stone-300 bg-white px-3 py-4 text-sm text-stone-600">No snapshot yet. {canReview ? 'Fetch the source or upload its file.' : 'A reviewer can archive it.'}</p>
          )}
        </aside>
        <div>
          <SourcePageTabs readerHref={selected ? `${sourcePath}?snapshot=${selected.number}` : sourcePath} changesHref={`${sourcePath}?view=changes`} current={isChanges ? 'changes' : 'reader'} />
          {isChanges ? (
            <SnapshotChanges sourcePath={sourcePath} readable={readable} diff={diff} />
          ) : reading ? (
            <SnapshotPanel snapshot={reading} snapshotsUrl={snapshotsUrl} highlight={highlight} isHighlightLost={Boolean(first(query.at)) && !highlight} canUpload={canReview} />
          ) : (
            <EmptyState title="Nothing archived yet">The source has no snapshot to read. {canReview ? 'Fetch it again or upload its file with the controls beside.' : 'Reviewers and editors archive sources.'}</EmptyState>
          )}
        </div>
      </div>
    </article>
  )
}
