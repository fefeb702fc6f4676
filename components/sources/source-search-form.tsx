import { Button } from '@/components/ui/button'

// A plain GET form: the search lives in the URL (?q=), so it can be shared and works without JavaScript.
export function SourceSearchForm({ action, query }: { action: string; query: string }) {
  return (
    <form action={action} method="get" role="search" className="flex gap-2">
      <label htmlFor="source-search" className="sr-only">
        Search sources by title or URL
      </label>
      <input
        id="source-search"
        type="search"
        name="q"
        defaultValue={query}
        maxLength={200}
        placeholder="Search by title or URL"
        className="block w-full max-w-sm rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm shadow-xs focus:border-indigo-600 focus:outline-none focus:ring-1 focus:ring-indigo-600"
      />
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  )
}
