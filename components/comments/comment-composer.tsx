'use client'
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { Button } from '@/components/ui/button'
import { insertMention, matchMembers, mentionQueryAt, type MentionCandidate } from '@/lib/markdown/mentions'

export interface CommentComposerProps {
  label: string
  members: MentionCandidate[]
  submitLabel: string
  isPending: boolean
  initialBody?: string
  error?: string | null
  autoFocus?: boolean
  // Resolves true when the comment was saved, so the box can be emptied.
  onSubmit: (body: string) => Promise<boolean>
  onCancel?: () => void
}

// A Markdown comment box. Typing @ and letters lists matching members (arrow keys and
// Enter or Tab pick one, Esc closes the list); the pick is written as `@email `.
// Ctrl+Enter posts.
export function CommentComposer({ label, members, submitLabel, isPending, initialBody = '', error, autoFocus, onSubmit, onCancel }: CommentComposerProps) {
  const id = useId()
  const textarea = useRef<HTMLTextAreaElement>(null)
  const [body, setBody] = useState(initialBody)
  const [caret, setCaret] = useState(initialBody.length)
  const [active, setActive] = useState(0)
  const [dismissedAt, setDismissedAt] = useState<number | null>(null)
  const mention = mentionQueryAt(body, caret)
  const options = mention && dismissedAt !== mention.start ? matchMembers(members, mention.query) : []
  const isOpen = options.length > 0
  const activeIndex = Math.min(active, options.length - 1)

  function update(text: string, at: number) {
    setBody(text)
    setCaret(at)
    setActive(0)
  }

  function pick(member: MentionCandidate) {
    if (!mention) return
    const next = insertMention(body, mention, member.email)
    update(next.text, next.caret)
    requestAnimationFrame(() => {
      textarea.current?.focus()
      textarea.current?.setSelectionRange(next.caret, next.caret)
    })
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault()
    if (!body.trim() || isPending) return
    if (await onSubmit(body)) update('', 0)
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (isOpen) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault()
        const step = event.key === 'ArrowDown' ? 1 : -1
        setActive((activeIndex + step + options.length) % options.length)
        return
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault()
        pick(options[activeIndex]!)
        return
      }
      if (event.key === 'Escape') {
        event.preventDefault()
        setDismissedAt(mention!.start)
        return
      }
    }
    if (event.key === 'Escape' && onCancel) onCancel()
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit()
  }

  return (
    <form onSubmit={submit} className="space-y-2">
      <label htmlFor={`${id}-body`} className="block text-xs font-medium text-stone-700">
        {label}
      </label>
      <div className="relative">
        <textarea
          ref={textarea}
          id={`${id}-body`}
          rows={3}
          autoFocus={autoFocus}
          value={body}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={isOpen}
          aria-controls={`${id}-members`}
          aria-activedescendant={isOpen ? `${id}-member-${activeIndex}` : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => update(event.target.value, event.target.selectionStart)}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          className="block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm focus:border-indigo-600 focus:outline-none focus:ring-1 focus:ring-indigo-600"
        />
        <ul id={`${id}-members`} role="listbox" aria-label="Members to mention" hidden={!isOpen} className="absolute left-0 right-0 top-full z-20 mt-1 max-h-48 overflow-y-auto rounded-md border border-stone-200 bg-white py-1 text-sm shadow-lg">
          {options.map((member, index) => (
            <li
              key={member.id}
              id={`${id}-member-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              onMouseDown={(event) => {
                event.preventDefault()
                pick(member)
              }}
              className={`cursor-pointer px-2 py-1 ${index === activeIndex ? 'bg-indigo-50 text-indigo-900' : 'text-stone-800'}`}
            >
              <span className="font-medium">{member.name || member.email}</span> <span className="text-xs text-stone-500">{member.email}</span>
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-hint`} className="text-xs text-stone-500">
        **bold**, *italic*, `code`, [link](https://…), - lists, &gt; quotes; @ to mention. Ctrl+Enter posts.
      </p>
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" className="px-2 py-1 text-xs" disabled={isPending || !body.trim()}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  )
}
