import type { DiffPart } from '@/lib/text/word-diff'

// A word diff inline: insertions green, deletions red and struck through.
export function DiffParts({ parts }: { parts: DiffPart[] }) {
  return parts.map((part, index) => {
    if (part.kind === 'added') return <ins key={index} className="rounded-sm bg-emerald-100 text-emerald-900 no-underline">{part.text}</ins>
    if (part.kind === 'removed') return <del key={index} className="rounded-sm bg-red-100 text-red-800 line-through">{part.text}</del>
    return <span key={index}>{part.text}</span>
  })
}
