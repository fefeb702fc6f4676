import { ButtonLink } from './button'

// The 404 page's words: app/not-found.tsx, and the document page when its document
// goes while it is open.
export function NotFoundMessage() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-lg flex-col justify-center px-6 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-sm text-stone-600">This page does not exist, or it belongs to a workspace you are not a member of.</p>
      <div className="mt-6">
        <ButtonLink href="/">Go to your workspace</ButtonLink>
      </div>
    </main>
  )
}
