'use client'

import { useEffect, useRef } from 'react'

// The workspace's search box. "/" anywhere but in a text field jumps to it, as on
// GitHub and Gmail. A plain GET form: the results page is a link like any other.
export function HeaderSearch({ workspaceId }: { workspaceId: string }) {
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target as HTMLElement | null
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return
      event.preventDefault()
      input.current?.focus()
      input.current?.select()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
  return (
    <form action={`/w/${workspaceId}/search`} method="get" role="search" className="relative w-full max-w-sm flex-1">
      <label htmlFor="workspace-search" className="sr-only">
        Search this workspace
      </label>
      <input
        ref={input}
        id="workspace-search"
        type="search"
        name="q"
        maxLength={500}
        placeholder="Search claims, documents, sources, comments"
        aria-keyshortcuts="/"
        className="block w-full rounded-md border border-stone-300 bg-white py-1 pl-2.5 pr-7 text-sm shadow-xs focus:border-indigo-600 focus:outline-none focus:ring-1 focus:ring-indigo-600"
      />
      <kbd aria-hidden="true" className="pointer-events-none absolute right-2 top-1/2 -translate-y-1/2 rounded border border-stone-300 px-1 text-xs text-stone-400">
        /
      </kbd>
    </form>
  )
}
