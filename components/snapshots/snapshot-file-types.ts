// The files a source may be uploaded as: what the import reads.
export const SNAPSHOT_FILE_ACCEPT = '.pdf,.html,.htm,.docx,.txt,.md,.markdown,application/pdf,text/html,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document'
export const SNAPSHOT_FILE_HINT = 'PDF, HTML, Word (.docx), plain text or Markdown.'
