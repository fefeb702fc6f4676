// What `claimtrack export --format` writes: the report formats, the W3C annotations and
// the full JSON export. Apart from the command's code, so its help loads nothing heavy.
export const EXPORT_FORMATS = ['html', 'pdf', 'md', 'csv', 'claimreview', 'w3c', 'json'] as const
export type CliExportFormat = (typeof EXPORT_FORMATS)[number]
