'use client'
import { useEffect, useId, useState, type KeyboardEvent } from 'react'
import { Button } from '@/components/ui/button'
import { apiRequest } from '@/lib/http/api-client'
import { isSourceRetracted, type SourceSummary } from './types'

const SEARCH_DELAY_MS = 200
const MAX_OPTIONS = 8

interface SourcePickerProps {
  id: string
  workspaceId: string
  selected: SourceSummary | null
  onSelect: (source: SourceSummary | null) => void
  isInvalid?: boolean
  describedBy?: string
}

// Search-as-you-type over the workspace's library: a combobox with a listbox of
// matches, arrows to move, Enter to pick, Escape to close. Retracted sources are
// listed but cannot be picked (evidence may not cite them).
export function SourcePicker({ id, workspaceId, selected, onSelect, isInvalid, describedBy }: SourcePickerProps) {
  const listId = useId()
  const [query, setQuery] = useState('')
  const [options, setOptions] = useState<SourceSummary[]>([])
  const [isOpen, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const [status, setStatus] = useState<string>('')

  useEffect(() => {
    if (!isOpen) return
    let isCurrent = true
    const timer = setTimeout(async () => {
      try {
        const { sources } = await apiRequest<{ sources: SourceSummary[] }>('GET', `/api/workspaces/${workspaceId}/sources?q=${encodeURIComponent(query.trim())}`)
        if (!isCurrent) return
        setOptions(sources.slice(0, MAX_OPTIONS))
        setActive(0)
        setStatus(sources.length === 0 ? (query.trim() ? 'No source in the library matches.' : 'The library is empty: add a new source.') : '')
      } catch {
        if (isCurrent) setStatus('Could not search the library. Try again.')
      }
    }, SEARCH_DELAY_MS)
    return () => {
      isCurrent = false
      clearTimeout(timer)
    }
  }, [isOpen, query, workspaceId])

  function pick(source: SourceSummary | undefined) {
    if (!source || isSourceRetracted(source)) return
    onSelect(source)
    setOpen(false)
    setQuery('')
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setOpen(true)
      setActive((index) => Math.min(index + 1, options.length - 1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((index) => Math.max(index - 1, 0))
    } else if (event.key === 'Enter' && isOpen && options.length > 0) {
      // Enter picks; it must not submit the evidence form.
      event.preventDefault()
      pick(options[active])
    } else if (event.key === 'Escape' && isOpen) {
      event.preventDefault()
      setOpen(false)
    }
  }

  if (selected) {
    return (
      <div className="flex flex-wrap items-center gap-2 rounded-md border border-stone-300 bg-stone-50 px-3 py-2 text-sm" data-testid="picked-source">
        <span className="font-medium">{selected.title}</span>
        <span className="truncate text-xs text-stone-500">{selected.url ?? 'uploaded file'}</span>
        <Button type="button" variant="ghost" className="ml-auto px-2 py-0.5 text-xs" onClick={() => onSelect(null)}>
          Change
        </Button>
      </div>
    )
  }

  const activeOption = isOpen ? options[active] : undefined
  return (
    <div className="relative">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
        aria-invalid={isInvalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        placeholder="Search the library by title or URL"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-xs focus:border-indigo-600 focus:outline-none focus:ring-1 focus:ring-indigo-600 aria-[invalid=true]:border-red-500"
      />
      {isOpen && options.length > 0 && (
        <ul id={listId} role="listbox" aria-label="Sources in the library" className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-stone-200 bg-white py-1 text-sm shadow-lg">
          {options.map((source, index) => {
            const isRetracted = isSourceRetracted(source)
            return (
              <li
                key={source.id}
                id={`${listId}-${source.id}`}
                role="option"
                aria-selected={index === active}
                aria-disabled={isRetracted || undefined}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(event) => {
                  event.preventDefault()
                  pick(source)
                }}
                onMouseEnter={() => setActive(index)}
                className={`cursor-pointer px-3 py-1.5 ${index === active ? 'bg-indigo-50' : ''} ${isRetracted ? 'cursor-not-allowed text-stone-400' : ''}`}
              >
                <span className="block font-medium">
                  {source.title}
                  {isRetracted && <span className="ml-2 text-xs font-semibold text-red-700">RETRACTED</span>}
                </span>
                <span className="block truncate text-xs text-stone-500">{source.url ?? 'uploaded file'}</span>
              </li>
            )
          })}
        </ul>
      )}
      <p role="status" className={isOpen && status ? 'mt-1 text-xs text-stone-500' : 'sr-only'}>
        {isOpen ? status : ''}
      </p>
    </div>
  )
}
