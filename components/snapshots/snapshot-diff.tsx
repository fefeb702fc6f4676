import { DiffSpan } from '@/components/revisions/revision-diff'
import type { SnapshotDiff as Diff } from '@/lib/snapshots/diff-snapshots'

const COUNT = new Intl.NumberFormat('en-GB')
const words = (count: number) => `${COUNT.format(count)} ${count === 1 ? 'word' : 'words'}`

// What changed in the archived text between two snapshots, word by word.
export function SnapshotDiff({ diff }: { diff: Diff }) {
  const hasChanges = diff.parts.some((part) => part.kind !== 'same')
  return (
    <section aria-labelledby="snapshot-diff-heading" className="rounded-lg border border-stone-200 bg-white">
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-stone-200 px-4 py-3">
        <h3 id="snapshot-diff-heading" className="font-semibold text-stone-900">
          Changes from snapshot {diff.from} to {diff.to}
        </h3>
        <p className="text-sm" data-testid="snapshot-diff-summary">
          <span className="text-emerald-700">+{words(diff.summary.added)}</span>, <span className="text-red-700">−{words(diff.summary.removed)}</span>
        </p>
      </header>
      {hasChanges ? (
        <div data-testid="snapshot-diff" className="whitespace-pre-wrap px-4 py-3 font-serif leading-relaxed text-stone-800">
          {diff.parts.map((part, index) => (
            <DiffSpan key={index} part={part} isFirst={index === 0} isLast={index === diff.parts.length - 1} />
          ))}
        </div>
      ) : (
        <p className="px-4 py-6 text-center text-sm text-stone-500">The archived text is the same in both snapshots.</p>
      )}
    </section>
  )
}
