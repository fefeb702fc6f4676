// Where the document page loads its view from (app/api/…/documents/[documentId]/view):
// `minVersion`, the newest activity the page has seen, asks for a view at least as new.
export function documentViewUrl({ workspaceId, documentId, minVersion }: { workspaceId: string; documentId: string; minVersion: string }): string {
  return `/api/workspaces/${workspaceId}/documents/${documentId}/view?v=${minVersion}`
}
