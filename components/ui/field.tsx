'use client'
import { createContext, useContext, type ComponentProps, type ReactNode, type SelectHTMLAttributes } from 'react'

const CONTROL = 'block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-xs placeholder:text-stone-400 focus:border-indigo-600 focus:outline-none focus:ring-1 focus:ring-indigo-600 aria-[invalid=true]:border-red-500'

// What a control inside a Field needs to be described to screen readers.
const FieldContext = createContext<{ describedBy?: string; isInvalid: boolean }>({ isInvalid: false })

interface FieldProps {
  id: string
  label: string
  hint?: ReactNode
  error?: string
  children: ReactNode
}

// A label, the control, and either the field's error or its hint, wired for screen readers.
export function Field({ id, label, hint, error, children }: FieldProps) {
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <FieldContext.Provider value={{ describedBy, isInvalid: Boolean(error) }}>{children}</FieldContext.Provider>
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

function useDescription() {
  const { describedBy, isInvalid } = useContext(FieldContext)
  return { 'aria-describedby': describedBy, 'aria-invalid': isInvalid || undefined }
}

export function Input({ className = '', ...props }: ComponentProps<'input'>) {
  return <input className={`${CONTROL} ${className}`} {...useDescription()} {...props} />
}

export function TextArea({ className = '', ...props }: ComponentProps<'textarea'>) {
  return <textarea className={`${CONTROL} ${className}`} {...useDescription()} {...props} />
}

export function Select({ className = '', ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={`${CONTROL} ${className}`} {...useDescription()} {...props} />
}
