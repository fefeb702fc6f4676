import 'server-only'
import { AppError } from '@/lib/errors'

// Reads a multipart or urlencoded form with a size cap checked before the body is read.
export async function readForm(request: Request, maxBytes: number): Promise<FormData> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', `The upload is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`)
  try {
    return await request.formData()
  } catch {
    throw new AppError('INVALID_INPUT', 'The request is not a form upload (multipart/form-data)')
  }
}

// A text field, or undefined when absent or a file.
export function formText(form: FormData, name: string): string | undefined {
  const value = form.get(name)
  return typeof value === 'string' ? value : undefined
}
