'use client'
import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { useEditor, useEditorState } from '@tiptap/react'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { EditorDocument } from '@/lib/editor/editor-document'
import { editorExtensions } from '@/lib/editor/extensions'
import { positionToOffset, textblockSpans, type TextblockSpan } from '@/lib/editor/text-positions'
import { CLAIM_CLICK, ClaimHighlights, drawHighlights, type Highlight } from './claim-highlights'

export interface TextSelection {
  start: number
  end: number
  isCollapsed: boolean
  isBlank: boolean
}

interface DocumentEditorOptions {
  content: EditorDocument // its textblocks are the lines of the text, in order
  lineStarts: number[] // where each textblock's line starts in the text
  highlights: Highlight[]
  isEditing: boolean
  onClickClaim: (claimId: string) => void
}

// The tiptap editor of a revision: read-only with claims drawn over it, or editable.
// While the text is being changed, offsets from the server no longer apply, so the
// drawn claims follow the edits and are only redrawn from the server once it is saved.
export function useDocumentEditor({ content, lineStarts, highlights, isEditing, onClickClaim }: DocumentEditorOptions) {
  const editor = useEditor({
    extensions: [...editorExtensions(), ClaimHighlights],
    content,
    editable: false,
    immediatelyRender: false,
    editorProps: { attributes: { 'data-testid': 'document-text', 'aria-label': 'Document text', class: 'document-text' } },
  })
  // An imported text may keep blank lines or indents between its blocks, so each
  // textblock's offset is where its line starts, not a count of the lines before it.
  const spans = useMemo(() => textblockSpans(content).map((span, index) => ({ ...span, offset: lineStarts[index] ?? span.offset })), [content, lineStarts])
  const contentKey = useMemo(() => JSON.stringify(content), [content])
  // The document as last loaded from the server; any other document is an unsaved edit.
  const saved = useRef<ProseMirrorNode | null>(null)

  // A revision from the server (the first, or a new one after a save) replaces the text,
  // except while the text is being edited: someone else's save reaching this page live
  // must not wipe unsaved words. Saving them then meets the conflict and its merge.
  const load = useCallback(() => {
    if (!editor) return
    editor.commands.setContent(JSON.parse(contentKey) as EditorDocument, { emitUpdate: false })
    saved.current = editor.state.doc
  }, [editor, contentKey])
  const isEditingRef = useRef(isEditing)
  useEffect(() => {
    isEditingRef.current = isEditing
  }, [isEditing])
  useEffect(() => {
    if (!isEditingRef.current) load()
  }, [load])
  useEffect(() => editor?.setEditable(isEditing, false), [editor, isEditing])

  useEffect(() => {
    if (!editor) return
    const dom = editor.view.dom
    const onClick = (event: Event) => onClickClaim((event as CustomEvent<string>).detail)
    dom.addEventListener(CLAIM_CLICK, onClick)
    return () => dom.removeEventListener(CLAIM_CLICK, onClick)
  }, [editor, onClickClaim])

  const isDirty = useEditorState({ editor, selector: ({ editor: current }) => !!current && !!saved.current && !current.state.doc.eq(saved.current) }) ?? false

  useEffect(() => {
    if (editor && !isDirty) drawHighlights(editor.view, spans, highlights)
  }, [editor, spans, highlights, isDirty])

  // After a save the edited text stays until the new revision arrives; a cancel
  // brings the revision back at once.
  return { editor, isDirty, discardEdits: load, readSelection: () => (editor && !isDirty ? selectionOffsets(editor, spans) : null) }
}

// The browser's selection as offsets into the canonical text, if it lies in the text.
function selectionOffsets(editor: Editor, spans: TextblockSpan[]): TextSelection | null {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null
  const dom = editor.view.dom
  if (!dom.contains(selection.anchorNode) || !dom.contains(selection.focusNode)) return null
  const anchor = positionToOffset(spans, editor.view.posAtDOM(selection.anchorNode, selection.anchorOffset))
  const focus = positionToOffset(spans, editor.view.posAtDOM(selection.focusNode, selection.focusOffset))
  const start = Math.min(anchor, focus)
  const end = Math.max(anchor, focus)
  return { start, end, isCollapsed: start === end, isBlank: selection.toString().trim() === '' }
}
