// The text/event-stream wire format. Data is one JSON line, so it never holds a newline.
export function sseEvent(event: string, data: unknown, id?: string): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
}

// A comment line: ignored by EventSource, but it keeps proxies from closing an idle stream.
export function sseComment(text: string): string {
  return `: ${text}\n\n`
}
