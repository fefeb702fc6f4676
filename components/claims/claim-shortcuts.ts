// The document page's keyboard shortcuts: one list read by the key handler and by the
// "?" dialog, so the dialog cannot fall behind what the keys do.
//
// A focus shortcut moves focus to the first control inside the element marked
// data-shortcut="<target>" in the selected claim's panel.
export type ShortcutTarget = 'panel' | 'rate' | 'verdict' | 'comment'

export interface Shortcut {
  keys: string[]
  description: string
  target?: ShortcutTarget
}

export const CLAIM_SHORTCUTS: Shortcut[] = [
  { keys: ['j', '↓'], description: 'Select the next claim' },
  { keys: ['k', '↑'], description: 'Select the previous claim' },
  { keys: ['o'], description: "Move focus to the selected claim's panel", target: 'panel' },
  { keys: ['r'], description: 'Rate the selected claim (your verdict, confidence, rationale)', target: 'rate' },
  { keys: ['v'], description: 'Propose or set the verdict of the selected claim', target: 'verdict' },
  { keys: ['c'], description: 'Comment on the selected claim', target: 'comment' },
  { keys: ['Esc'], description: 'Close the selected claim' },
  { keys: ['/'], description: 'Search this workspace' },
  { keys: ['?'], description: 'Show these shortcuts' },
]

const TARGET_BY_KEY = new Map(CLAIM_SHORTCUTS.flatMap((shortcut) => (shortcut.target ? shortcut.keys.map((key) => [key, shortcut.target!] as const) : [])))

export function shortcutTargetOf(key: string): ShortcutTarget | undefined {
  return TARGET_BY_KEY.get(key)
}

// The element itself when it takes focus (the panel has tabIndex -1), else its first enabled control.
export function focusShortcutTarget(target: ShortcutTarget): boolean {
  const marked = document.querySelector<HTMLElement>(`[data-shortcut="${target}"]`)
  if (!marked) return false
  const control = marked.matches('[tabindex], button, select, textarea, input') ? marked : marked.querySelector<HTMLElement>('select:not([disabled]), textarea:not([disabled]), input:not([disabled]), button:not([disabled])')
  if (!control) return false
  control.focus()
  control.scrollIntoView({ block: 'nearest' })
  return true
}
