import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import { offsetToPosition, type TextblockSpan } from '@/lib/editor/text-positions'

// A claim as the text shows it: offsets into the canonical text, how it is drawn, and
// what hovering tells. Its figures are drawn inside it.
export interface Highlight {
  id: string
  start: number
  end: number
  className: string
  title: string
  figures: { start: number; end: number; title: string }[]
  // A click on it selects it (claims); comments only show on hover.
  isClickable: boolean
}

export const CLAIM_CLICK = 'claim-click'

const highlightsKey = new PluginKey<DecorationSet>('claimHighlights')

// Claims are decorations, not marks in the document: they overlap and nest freely,
// never enter the saved document, and while the text is edited they follow it
// (mapped through every change) until the edit is saved and re-anchored.
// A click on a claim is announced as a DOM event, CLAIM_CLICK, with the claim's id.
export const ClaimHighlights = Extension.create({
  name: 'claimHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: highlightsKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => (tr.getMeta(highlightsKey) as DecorationSet | undefined) ?? set.map(tr.mapping, tr.doc),
        },
        props: {
          decorations: (state) => highlightsKey.getState(state),
          // The innermost claim under the pointer: nested claims stay reachable.
          handleClick(view, pos) {
            const hits = highlightsKey.getState(view.state)?.find(pos, pos, (spec) => typeof spec.claimId === 'string') ?? []
            const innermost = hits.sort((a, b) => a.to - a.from - (b.to - b.from))[0]
            if (!innermost) return false
            view.dom.dispatchEvent(new CustomEvent(CLAIM_CLICK, { detail: innermost.spec.claimId as string, bubbles: true }))
            return false
          },
        },
      }),
    ]
  },
})

// Replaces the drawn claims (a transaction outside the undo history).
export function drawHighlights(view: EditorView, spans: readonly TextblockSpan[], highlights: readonly Highlight[]) {
  const decorations: Decoration[] = []
  for (const highlight of highlights) {
    const from = offsetToPosition(spans, highlight.start)
    const to = offsetToPosition(spans, highlight.end)
    if (to <= from) continue
    decorations.push(
      highlight.isClickable
        ? Decoration.inline(from, to, { nodeName: 'mark', class: highlight.className, title: highlight.title, 'data-claim-id': highlight.id }, { claimId: highlight.id })
        : Decoration.inline(from, to, { nodeName: 'span', class: highlight.className, title: highlight.title, 'data-comment': '' }),
    )
    for (const figure of highlight.figures) {
      const figureFrom = offsetToPosition(spans, figure.start)
      const figureTo = offsetToPosition(spans, figure.end)
      if (figureTo > figureFrom) decorations.push(Decoration.inline(figureFrom, figureTo, { nodeName: 'span', class: 'font-semibold underline decoration-2 underline-offset-4', title: figure.title, 'data-quantity': '' }))
    }
  }
  view.dispatch(view.state.tr.setMeta(highlightsKey, DecorationSet.create(view.state.doc, decorations)).setMeta('addToHistory', false))
}
