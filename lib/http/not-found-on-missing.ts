import 'server-only'
import { notFound } from 'next/navigation'
import { isAppError } from '@/lib/errors'

// For pages: a record that is missing, or hidden from this user, renders the 404 page.
export async function notFoundOnMissing<T>(load: Promise<T>): Promise<T> {
  try {
    return await load
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound()
    throw error
  }
}
