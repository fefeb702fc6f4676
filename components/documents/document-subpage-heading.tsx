import Link from 'next/link'

// The top of a page about one document (history, activity): back to it, and what this page is.
export function DocumentSubpageHeading({ documentPath, documentTitle, title }: { documentPath: string; documentTitle: string; title: string }) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href={documentPath} className="text-indigo-700 hover:underline">
          ← {documentTitle}
        </Link>
      </nav>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight text-stone-900">{title}</h1>
    </>
  )
}
