'use client'
import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useState, type FormEvent } from 'react'
import { isAllowedLinkHref } from '@/lib/editor/link-href'

type Format = { label: string; shortcut?: string; isActive: (editor: Editor) => boolean; apply: (editor: Editor) => void }

// Exactly the structure the stored document allows (see lib/editor/editor-document.ts).
const FORMATS: Format[] = [
  { label: 'Paragraph', isActive: (editor) => editor.isActive('paragraph') && !editor.isActive('listItem') && !editor.isActive('blockquote'), apply: (editor) => editor.chain().focus().setParagraph().run() },
  { label: 'Heading', isActive: (editor) => editor.isActive('heading', { level: 2 }), apply: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run() },
  { label: 'Subheading', isActive: (editor) => editor.isActive('heading', { level: 3 }), apply: (editor) => editor.chain().focus().toggleHeading({ level: 3 }).run() },
  { label: 'Bulleted list', isActive: (editor) => editor.isActive('bulletList'), apply: (editor) => editor.chain().focus().toggleBulletList().run() },
  { label: 'Numbered list', isActive: (editor) => editor.isActive('orderedList'), apply: (editor) => editor.chain().focus().toggleOrderedList().run() },
  { label: 'Quote', isActive: (editor) => editor.isActive('blockquote'), apply: (editor) => editor.chain().focus().toggleBlockquote().run() },
  { label: 'Bold', shortcut: 'Ctrl+B', isActive: (editor) => editor.isActive('bold'), apply: (editor) => editor.chain().focus().toggleBold().run() },
  { label: 'Italic', shortcut: 'Ctrl+I', isActive: (editor) => editor.isActive('italic'), apply: (editor) => editor.chain().focus().toggleItalic().run() },
]

// Formatting for the text being edited, with a link field that accepts only the
// addresses a saved document may hold (http, https, mailto).
export function EditorToolbar({ editor }: { editor: Editor }) {
  const active = useEditorState({ editor, selector: ({ editor }) => FORMATS.map((format) => format.isActive(editor)).concat(editor.isActive('link')) })
  const [linkHref, setLinkHref] = useState<string | null>(null)
  const [linkError, setLinkError] = useState<string | null>(null)

  function applyLink(event: FormEvent) {
    event.preventDefault()
    const href = (linkHref ?? '').trim()
    if (href === '') editor.chain().focus().extendMarkRange('link').unsetLink().run()
    else if (!isAllowedLinkHref(href)) return setLinkError('Use an address starting with https://, http:// or mailto:')
    else editor.chain().focus().extendMarkRange('link').setLink({ href }).run()
    setLinkHref(null)
    setLinkError(null)
  }

  return (
    <div role="toolbar" aria-label="Formatting" className="flex flex-wrap items-center gap-1 text-sm">
      {FORMATS.map((format, index) => (
        <button
          key={format.label}
          type="button"
          aria-pressed={active[index]}
          title={format.shortcut ? `${format.label} (${format.shortcut})` : format.label}
          onClick={() => format.apply(editor)}
          className={`rounded px-2 py-1 ${active[index] ? 'bg-indigo-100 text-indigo-900' : 'text-stone-700 hover:bg-stone-100'}`}
        >
          {format.label}
        </button>
      ))}
      <button type="button" aria-pressed={active.at(-1)} onClick={() => setLinkHref((editor.getAttributes('link').href as string | undefined) ?? 'https://')} className="rounded px-2 py-1 text-stone-700 hover:bg-stone-100">
        Link
      </button>
      {linkHref !== null && (
        <form onSubmit={applyLink} className="flex items-center gap-1">
          <input aria-label="Link address" autoFocus value={linkHref} onChange={(event) => setLinkHref(event.target.value)} onKeyDown={(event) => event.key === 'Escape' && setLinkHref(null)} className="w-56 rounded border border-stone-300 px-2 py-0.5" />
          <button type="submit" className="rounded bg-indigo-700 px-2 py-0.5 text-white">
            Apply
          </button>
          {linkError && <span role="alert" className="text-xs text-red-700">{linkError}</span>}
        </form>
      )}
    </div>
  )
}
