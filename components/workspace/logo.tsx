import Link from 'next/link'

export function Logo() {
  return (
    <Link href="/" className="inline-flex items-center gap-2 font-semibold tracking-tight text-stone-900">
      <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-indigo-700 text-sm text-white">
        ✓
      </span>
      Claimtrack
    </Link>
  )
}
