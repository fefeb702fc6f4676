import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react'

const CONTROL = 'block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-xs placeholder:text-stone-400 focus:border-indigo-600 focus:outline-none focus:ring-1 focus:ring-indigo-600 aria-[invalid=true]:border-red-500'

interface FieldProps {
  id: string
  label: string
  hint?: ReactNode
  error?: string
  children: ReactNode
}

// A label, the control, and either a hint or the field's error, wired for screen readers.
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
    </div>
  )
}

function describedBy(id: string | undefined, error: string | undefined): Record<string, string | boolean> {
  return error && id ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {}
}

export function Input({ error, className = '', ...props }: InputHTMLAttributes<HTMLInputElement> & { error?: string }) {
  return <input className={`${CONTROL} ${className}`} {...describedBy(props.id, error)} {...props} />
}

export function TextArea({ error, className = '', ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & { error?: string }) {
  return <textarea className={`${CONTROL} ${className}`} {...describedBy(props.id, error)} {...props} />
}

export function Select({ error, className = '', ...props }: SelectHTMLAttributes<HTMLSelectElement> & { error?: string }) {
  return <select className={`${CONTROL} ${className}`} {...describedBy(props.id, error)} {...props} />
}
