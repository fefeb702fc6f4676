'use client'
import { useEffect } from 'react'
import type { ClaimView } from '@/lib/claims/find-claims'
import { focusShortcutTarget, shortcutTargetOf } from './claim-shortcuts'

interface ClaimKeysOptions {
  listed: ClaimView[]
  selectedClaimId: string | null
  onSelect: (claimId: string | null) => void
  onShowShortcuts: () => void
  isEnabled: boolean
}

// The keys of CLAIM_SHORTCUTS: j/k (or ↓/↑ where arrows do not scroll) step through the
// listed claims and bring the chosen one into view in the text; o/r/v/c move focus into
// the selected claim's panel; Esc closes it; ? lists them all. Never while typing: a
// field, the editor, or an open dialog keeps its keys.
export function useClaimKeys({ listed, selectedClaimId, onSelect, onShowShortcuts, isEnabled }: ClaimKeysOptions) {
  useEffect(() => {
    if (!isEnabled) return
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey) return
      if (event.target instanceof HTMLElement && event.target.closest('input, select, textarea, [contenteditable="true"]')) return
      // An open dialog owns the keys (its Escape must not also close the claim), even when focus sits on the body.
      if (document.querySelector('dialog[open]')) return
      if (event.key === '?') return (event.preventDefault(), onShowShortcuts())
      const target = shortcutTargetOf(event.key)
      if (target) {
        if (selectedClaimId && focusShortcutTarget(target)) event.preventDefault()
        return
      }
      const isArrowFree = event.target === document.body || (event.target instanceof HTMLElement && event.target.closest('[aria-label="Claims"]') !== null)
      const arrow = isArrowFree ? (event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0) : 0
      const step = event.key === 'j' ? 1 : event.key === 'k' ? -1 : arrow
      if (event.key === 'Escape') onSelect(null)
      if (!step || listed.length === 0) return
      event.preventDefault()
      const index = listed.findIndex((claim) => claim.id === selectedClaimId)
      const next = listed[Math.min(listed.length - 1, Math.max(0, index + step))]!
      onSelect(next.id)
      document.querySelector(`[data-testid="document-text"] [data-claim-id="${next.id}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' })
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [listed, selectedClaimId, onSelect, onShowShortcuts, isEnabled])
}
