// Where the document page loads its view from (app/api/…/documents/[documentId]/view):
// `refreshKey`, the newest activity the page has seen, asks for a view at least as new.
export function documentViewUrl({ workspaceId, documentId, refreshKey }: { workspaceId: string; documentId: string; refreshKey: string }): string {
  return `/api/workspaces/${workspaceId}/documents/${documentId}/view?v=${refreshKey}`
}
