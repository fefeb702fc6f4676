import type { DiffPart, DiffSummary } from '@/lib/text/word-diff'

// Unchanged stretches longer than this are cut to their ends, so a one-word edit in a
// long article shows the word in its context, not the whole article.
const CONTEXT_CHARS = 240
const COUNT = new Intl.NumberFormat('en-GB')

interface RevisionDiffProps {
  number: number
  previousNumber: number
  parts: DiffPart[]
  summary: DiffSummary
}

export function RevisionDiff({ number, previousNumber, parts, summary }: RevisionDiffProps) {
  const hasChanges = parts.some((part) => part.kind !== 'same')
  return (
    <section aria-labelledby="diff-heading" className="rounded-lg border border-stone-200 bg-white">
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-stone-200 px-4 py-3">
        <h2 id="diff-heading" className="font-semibold text-stone-900">
          Changes from revision {previousNumber} to {number}
        </h2>
        <p className="text-sm" data-testid="diff-summary">
          <span className="text-emerald-700">+{words(summary.added)}</span>, <span className="text-red-700">−{words(summary.removed)}</span>
        </p>
      </header>
      {hasChanges ? (
        <div data-testid="revision-diff" className="whitespace-pre-wrap px-4 py-3 font-serif leading-relaxed text-stone-800">
          {parts.map((part, index) => (
            <DiffSpan key={index} part={part} isFirst={index === 0} isLast={index === parts.length - 1} />
          ))}
        </div>
      ) : (
        <p className="px-4 py-6 text-center text-sm text-stone-500">The text is the same as in revision {previousNumber}.</p>
      )}
    </section>
  )
}

const words = (count: number) => `${COUNT.format(count)} ${count === 1 ? 'word' : 'words'}`

// One part of a word diff; a long unchanged stretch is cut to its ends.
export function DiffSpan({ part, isFirst, isLast }: { part: DiffPart; isFirst: boolean; isLast: boolean }) {
  if (part.kind === 'added') return <ins className="rounded-sm bg-emerald-100 text-emerald-900 no-underline">{part.text}</ins>
  if (part.kind === 'removed') return <del className="rounded-sm bg-red-100 text-red-800 line-through">{part.text}</del>
  const head = isFirst ? '' : part.text.slice(0, CONTEXT_CHARS)
  const tail = isLast ? '' : part.text.slice(-CONTEXT_CHARS)
  const skipped = part.text.length - head.length - tail.length
  if (skipped <= CONTEXT_CHARS) return <span>{part.text}</span>
  return (
    <span>
      {head}
      <span className="mx-1 inline-block rounded bg-stone-100 px-2 font-sans text-xs text-stone-500">⋯ {COUNT.format(skipped)} unchanged characters ⋯</span>
      {tail}
    </span>
  )
}
