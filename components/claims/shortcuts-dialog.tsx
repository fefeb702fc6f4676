'use client'
import { useEffect, useRef } from 'react'
import { Button } from '@/components/ui/button'
import { CLAIM_SHORTCUTS } from './claim-shortcuts'

// A native modal <dialog>: showModal() makes the rest of the page inert (focus stays
// inside) and Escape closes it. Focus goes back to where it was, which Chromium does
// not do for every path (a key press on the body leaves nothing focused to return to).
export function ShortcutsDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const returnTo = useRef<HTMLElement | null>(null)
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (isOpen && !element.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      element.showModal()
    } else if (!isOpen && element.open) {
      element.close()
    }
  }, [isOpen])
  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-title"
      onClose={() => {
        onClose()
        returnTo.current?.focus()
      }}
      className="m-auto w-full max-w-md rounded-lg border border-stone-200 bg-white p-5 text-stone-800 shadow-xl backdrop:bg-stone-900/40"
    >
      <h2 id="shortcuts-title" className="text-base font-semibold">
        Keyboard shortcuts
      </h2>
      <p className="mt-1 text-sm text-stone-600">They work anywhere on the page except while you type in a field or the editor.</p>
      <table className="mt-3 w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {CLAIM_SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.description} className="border-t border-stone-100">
              <td className="whitespace-nowrap py-1.5 pr-4">
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && <span className="text-stone-600"> or </span>}
                    <kbd className="rounded border border-stone-300 bg-stone-50 px-1.5 font-mono text-xs">{key}</kbd>
                  </span>
                ))}
              </td>
              <td className="py-1.5">{shortcut.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="mt-4 flex justify-end">
        <Button type="submit" variant="secondary" autoFocus>
          Close
        </Button>
      </form>
    </dialog>
  )
}
