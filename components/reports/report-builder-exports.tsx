import { buttonClass } from '@/components/ui/button'
import { EXPORT_FORMATS, EXPORT_LABELS } from '@/lib/reports/schemas'

// One download link per format. `href` is the export route, with any query already on it.
export function ReportExportLinks({ href, isDisabled = false }: { href: string; isDisabled?: boolean }) {
  const separator = href.includes('?') ? '&' : '?'
  return (
    <nav aria-label="Export" className="flex flex-wrap gap-2">
      {EXPORT_FORMATS.map((format) =>
        isDisabled ? (
          <span key={format} aria-disabled="true" className={`${buttonClass('secondary')} cursor-not-allowed text-stone-400`}>
            {EXPORT_LABELS[format]}
          </span>
        ) : (
          <a key={format} href={`${href}${separator}format=${format}`} download className={buttonClass('secondary')}>
            {EXPORT_LABELS[format]}
          </a>
        ),
      )}
    </nav>
  )
}
