'use client'
import { Button } from '@/components/ui/button'
import { wordDiff } from '@/lib/text/word-diff'
import { DiffParts } from '@/components/revisions/diff-parts'

export interface MergeProposal {
  theirs: { number: number; text: string; createdAt: string; createdBy: { name: string | null; email: string } }
  mine: { text: string }
  merged: { content: unknown; text: string; conflicts: number }
}

// Someone saved while this edit was open. Both versions side by side, and the merge
// of the two to continue from; nothing is lost whichever is chosen.
export function ConflictPanel({ proposal, onUseMerge, onDiscardMine }: { proposal: MergeProposal; onUseMerge: () => void; onDiscardMine: () => void }) {
  const { theirs, mine, merged } = proposal
  const who = theirs.createdBy.name ?? theirs.createdBy.email
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="edit-conflict">
      <h2 id="conflict-heading" className="font-semibold text-amber-950">
        {who} saved revision {theirs.number} while you were editing
      </h2>
      <p className="text-sm text-amber-950">
        Your edit is not lost. Continue from the merge of both versions
        {merged.conflicts > 0 ? ` — ${merged.conflicts} ${merged.conflicts === 1 ? 'passage was' : 'passages were'} changed by both of you, so both wordings are kept, theirs first: choose one before saving.` : ': your changes and theirs touch different passages.'}
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        <figure className="rounded border border-stone-200 bg-white p-3">
          <figcaption className="mb-2 text-xs font-semibold uppercase tracking-wide text-stone-500">Revision {theirs.number} compared with yours</figcaption>
          <div className="max-h-72 overflow-y-auto whitespace-pre-wrap font-serif text-sm leading-relaxed">
            <DiffParts parts={wordDiff(mine.text, theirs.text)} />
          </div>
        </figure>
        <figure className="rounded border border-stone-200 bg-white p-3">
          <figcaption className="mb-2 text-xs font-semibold uppercase tracking-wide text-stone-500">The merge compared with revision {theirs.number}</figcaption>
          <div className="max-h-72 overflow-y-auto whitespace-pre-wrap font-serif text-sm leading-relaxed" data-testid="merged-text">
            <DiffParts parts={wordDiff(theirs.text, merged.text)} />
          </div>
        </figure>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button onClick={onUseMerge}>Continue from the merge</Button>
        <Button variant="secondary" onClick={onDiscardMine}>
          Discard my edit and show revision {theirs.number}
        </Button>
      </div>
    </section>
  )
}
