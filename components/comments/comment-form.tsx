'use client'
import { useState, type FormEvent } from 'react'
import { Button } from '@/components/ui/button'

// A comment on the selected words; Ctrl+Enter posts, Esc closes.
export function CommentForm({ isPending, onPost, onClose }: { isPending: boolean; onPost: (body: string) => void; onClose: () => void }) {
  const [body, setBody] = useState('')
  function submit(event?: FormEvent) {
    event?.preventDefault()
    if (body.trim()) onPost(body)
  }
  return (
    <form onSubmit={submit} className="flex w-full flex-col gap-2">
      <label className="text-xs text-stone-600" htmlFor="selection-comment">
        Comment on the selected words
      </label>
      <textarea
        id="selection-comment"
        autoFocus
        rows={3}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose()
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit()
        }}
        className="rounded border border-stone-300 px-2 py-1 font-sans text-sm"
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={isPending || !body.trim()}>
          Post comment
        </Button>
        <Button type="button" variant="ghost" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
