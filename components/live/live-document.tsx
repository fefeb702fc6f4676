'use client'
import { useLiveDocument, type LiveViewer } from './use-live-document'

interface LiveDocumentProps {
  workspaceId: string
  documentId: string
  currentUserId: string
  // Optional: getLatestDocumentActivityId() at render time (see useLiveDocument).
  sinceEventId?: string
}

// Keeps the document page current with other people's changes, and shows who else
// has it open. Renders nothing visible while nobody else is here.
export function LiveDocument({ workspaceId, documentId, currentUserId, sinceEventId }: LiveDocumentProps) {
  const { viewers, lastActivity } = useLiveDocument({ workspaceId, documentId, currentUserId, sinceEventId })
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm text-stone-600" data-testid="live-document">
      <div aria-live="polite" className="flex items-center gap-2">
        {viewers.length > 0 && (
          <>
            <span>Also here:</span>
            <ul className="flex -space-x-1" aria-label="Other viewers">
              {viewers.map((viewer) => (
                <li key={viewer.userId}>
                  <Avatar viewer={viewer} />
                </li>
              ))}
            </ul>
            <span data-testid="live-viewers">{viewers.map((viewer) => viewer.name).join(', ')}</span>
          </>
        )}
      </div>
      {lastActivity && (
        <p role="status" className="text-xs text-stone-500" data-testid="live-last-activity">
          {lastActivity.actorName ?? 'Someone'} {lastActivity.summary}
        </p>
      )}
    </div>
  )
}

function Avatar({ viewer }: { viewer: LiveViewer }) {
  return (
    <span title={viewer.name} aria-hidden="true" className="inline-flex size-7 items-center justify-center rounded-full border-2 border-white bg-indigo-100 text-xs font-semibold text-indigo-800">
      {initials(viewer.name)}
    </span>
  )
}

function initials(name: string): string {
  const words = name.trim().split(/[\s@.]+/).filter(Boolean)
  const letters = words.length > 1 ? words[0]![0]! + words[1]![0]! : (words[0] ?? '?').slice(0, 2)
  return letters.toUpperCase()
}
