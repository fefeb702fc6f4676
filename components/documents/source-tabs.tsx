'use client'
import { Field, Input, TextArea } from '@/components/ui/field'

export type SourceMode = 'paste' | 'file' | 'url'

const TABS: { mode: SourceMode; label: string }[] = [
  { mode: 'paste', label: 'Paste text' },
  { mode: 'file', label: 'Upload a file' },
  { mode: 'url', label: 'From a URL' },
]

interface SourceTabsProps {
  mode: SourceMode
  onChange: (mode: SourceMode) => void
  fieldErrors: Record<string, string>
  byteCount: number
  onTextBytes: (bytes: number) => void
}

// Where the article comes from. Only the chosen source is part of the form.
export function SourceTabs({ mode, onChange, fieldErrors, byteCount, onTextBytes }: SourceTabsProps) {
  return (
    <fieldset className="space-y-3">
      <legend className="sr-only">Source</legend>
      <div role="radiogroup" aria-label="Source" className="inline-flex rounded-md border border-stone-300 bg-white p-0.5 text-sm">
        {TABS.map((tab) => (
          <label key={tab.mode} className={`cursor-pointer rounded px-3 py-1 ${mode === tab.mode ? 'bg-indigo-700 text-white' : 'text-stone-700 hover:bg-stone-100'}`}>
            <input type="radio" name="source-mode" value={tab.mode} checked={mode === tab.mode} onChange={() => onChange(tab.mode)} className="sr-only" />
            {tab.label}
          </label>
        ))}
      </div>
      {mode === 'paste' && (
        <Field id="text" label="Article text" hint={`${(byteCount / 1024).toFixed(1)} KB of 5 MB`} error={fieldErrors.text}>
          <TextArea id="text" name="text" rows={14} required className="font-serif leading-relaxed" onChange={(event) => onTextBytes(new Blob([event.target.value]).size)} />
        </Field>
      )}
      {mode === 'file' && (
        <Field id="file" label="File" hint=".txt, .md, .html, .docx or .pdf, up to 5 MB." error={fieldErrors.file}>
          <Input id="file" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf" required />
        </Field>
      )}
      {mode === 'url' && (
        <Field id="url" label="Page URL" hint="The page is fetched by the server; its article text is kept." error={fieldErrors.url}>
          <Input id="url" name="url" type="url" placeholder="https://" required />
        </Field>
      )}
    </fieldset>
  )
}
