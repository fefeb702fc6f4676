'use client'
import { useEffect, useRef, useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { apiRequest } from '@/lib/http/api-client'
import type { TextRange } from '@/lib/snapshots/reader-layout'
import type { SnapshotReading } from '@/lib/snapshots/snapshot-view'
import { SnapshotReader } from './snapshot-reader'

// What the reviewer picked: the exact stored text, where it is, and its PDF page.
export interface PickedQuote {
  quote: string
  snapshotNumber: number
  range: TextRange
  page: number | null
}

interface QuotePickerDialogProps {
  snapshotUrl: string
  isOpen: boolean
  onPick: (picked: PickedQuote) => void
  onClose: () => void
}

const PREVIEW_CHARS = 280

// The archived text in a modal <dialog>: select words (or paragraphs with the arrow
// keys) and confirm, and the quote is those characters of the snapshot exactly. Its
// buttons are type="button": the dialog sits inside the evidence form.
export function QuotePickerDialog({ snapshotUrl, isOpen, onPick, onClose }: QuotePickerDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [loaded, setLoaded] = useState<{ url: string; snapshot: SnapshotReading | null; error: string | null } | null>(null)
  const [range, setRange] = useState<TextRange | null>(null)
  const current = loaded?.url === snapshotUrl ? loaded : null

  useEffect(() => {
    const element = dialog.current
    if (isOpen && element && !element.open) element.showModal()
    else if (!isOpen && element?.open) element.close()
  }, [isOpen])

  useEffect(() => {
    if (!isOpen || current) return
    let isCurrent = true
    apiRequest<{ snapshot: SnapshotReading }>('GET', snapshotUrl).then(
      ({ snapshot }) => isCurrent && setLoaded({ url: snapshotUrl, snapshot, error: null }),
      (error: Error) => isCurrent && setLoaded({ url: snapshotUrl, snapshot: null, error: error.message }),
    )
    return () => {
      isCurrent = false
    }
  }, [isOpen, current, snapshotUrl])

  const snapshot = current?.snapshot ?? null
  const quote = snapshot && range ? snapshot.text.slice(range.start, range.end) : ''
  function confirm() {
    if (!snapshot || !range) return
    const block = snapshot.blocks.find((candidate) => candidate.end > range.start)
    onPick({ quote, snapshotNumber: snapshot.number, range, page: block?.page ?? null })
    dialog.current?.close()
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby="quote-picker-title"
      onClose={() => {
        setRange(null)
        onClose()
      }}
      className="m-auto flex max-h-[90vh] w-full max-w-3xl flex-col rounded-lg border border-stone-200 bg-white p-0 text-stone-800 shadow-xl backdrop:bg-stone-900/40 [&:not([open])]:hidden"
    >
      <header className="border-b border-stone-200 px-5 py-3">
        <h2 id="quote-picker-title" className="text-base font-semibold">
          Archived text{snapshot ? ` of snapshot ${snapshot.number}` : ''}
        </h2>
        <p className="text-sm text-stone-600">Select the exact words in the archived text, then use them as the quote.</p>
      </header>
      <div className="min-h-40 flex-1 overflow-y-auto px-5 py-4">
        {!current && <p role="status" className="text-sm text-stone-500">Loading the archived text…</p>}
        {current?.error && <Alert>{current.error}</Alert>}
        {snapshot && <SnapshotReader text={snapshot.text} blocks={snapshot.blocks} onSelectRange={setRange} label={`Archived text of snapshot ${snapshot.number}`} />}
      </div>
      <footer className="space-y-2 border-t border-stone-200 px-5 py-3">
        <p className="text-sm text-stone-700" aria-live="polite" data-testid="picked-quote">
          {quote ? (
            <>
              Selected: <q className="font-serif">{quote.length > PREVIEW_CHARS ? `${quote.slice(0, PREVIEW_CHARS)}…` : quote}</q>
            </>
          ) : (
            <span className="text-stone-500">Nothing selected yet.</span>
          )}
        </p>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
          <Button type="button" onClick={confirm} disabled={!quote}>
            Use as quote
          </Button>
        </div>
      </footer>
    </dialog>
  )
}
