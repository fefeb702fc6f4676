import Link from 'next/link'

// Reader or Changes: two views of the same snapshots, each its own URL.
export function SourcePageTabs({ readerHref, changesHref, current }: { readerHref: string; changesHref: string; current: 'reader' | 'changes' }) {
  const tab = (href: string, label: string, isCurrent: boolean) => (
    <Link href={href} aria-current={isCurrent ? 'page' : undefined} className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${isCurrent ? 'border-indigo-700 text-indigo-800' : 'border-transparent text-stone-600 hover:text-stone-900'}`}>
      {label}
    </Link>
  )
  return (
    <nav aria-label="Source views" className="mb-4 flex gap-1 border-b border-stone-200">
      {tab(readerHref, 'Reader', current === 'reader')}
      {tab(changesHref, 'Changes', current === 'changes')}
    </nav>
  )
}
