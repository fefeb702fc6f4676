export function DatabaseUnavailable() {
  return (
    <main className="mx-auto flex min-h-screen max-w-lg flex-col justify-center px-6">
      <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-6">
        <h1 className="text-lg font-semibold text-amber-900">Database unavailable</h1>
        <p className="mt-2 text-sm text-amber-900">
          Claimtrack cannot reach its database right now, so nothing can be shown or saved. Your work so far is safe. This page will work again as soon
          as the database is back: reload in a moment.
        </p>
        <p className="mt-3 text-xs text-amber-800">If this lasts, check that PostgreSQL is running and that DATABASE_URL points to it.</p>
      </div>
    </main>
  )
}
