'use client'
import { useState } from 'react'
import { ApiError } from '@/lib/http/api-client'

// Runs one API call at a time and keeps its error (message and per-field problems)
// for the form to show inline. Double submits are ignored while a call is pending.
export function useApiAction() {
  const [isPending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [details, setDetails] = useState<Record<string, string>>({})

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    if (isPending) return undefined
    setPending(true)
    setError(null)
    setFieldErrors({})
    setDetails({})
    try {
      return await action()
    } catch (caught) {
      if (caught instanceof ApiError) {
        // Problems with a field are shown next to it; the banner only points there.
        const hasFieldErrors = caught.status === 422 && Object.keys(caught.fields).length > 0
        setError(hasFieldErrors ? 'Some fields need attention: see the messages below them.' : caught.message)
        setFieldErrors(caught.fields)
        setDetails(caught.details)
      } else {
        setError('Something went wrong. Try again.')
      }
      return undefined
    } finally {
      setPending(false)
    }
  }

  return { run, isPending, error, fieldErrors, details }
}
