import type { ActivityView } from '@/lib/activity/activity-view'

// A history, newest first: who did what, when, and the fields that changed.
export function ActivityList({ events }: { events: ActivityView[] }) {
  return (
    <ol className="divide-y divide-stone-100" data-testid="activity-list">
      {events.map((event) => (
        <li key={event.id} className="py-2 text-sm" data-testid="activity-item">
          <p className="text-stone-800">
            <span className="font-medium">{event.actorName}</span> {event.summary}
          </p>
          <p className="text-xs text-stone-500">
            <time dateTime={event.at} title={event.at}>
              {formatTime(event.at)}
            </time>
          </p>
          {event.changes.length > 0 && (
            <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 text-xs">
              {event.changes.map((change) => (
                <div key={change.field} className="contents">
                  <dt className="font-mono text-stone-500">{change.field}</dt>
                  <dd className="truncate text-stone-700">
                    {change.before !== null && <del className="bg-red-50 text-red-800">{change.before}</del>}
                    {change.before !== null && change.after !== null && ' → '}
                    {change.after !== null && <ins className="bg-green-50 text-green-800 no-underline">{change.after}</ins>}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ol>
  )
}

const FORMAT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })

function formatTime(iso: string): string {
  return `${FORMAT.format(new Date(iso))} UTC`
}
