'use client'
import { useRouter } from 'next/navigation'

interface WorkspaceOption {
  id: string
  name: string
}

export function WorkspaceSwitcher({ workspaces, currentId }: { workspaces: WorkspaceOption[]; currentId: string }) {
  const router = useRouter()
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">Workspace</span>
      <select
        value={currentId}
        onChange={(event) => router.push(event.target.value === 'new' ? '/workspaces/new' : `/w/${event.target.value}`)}
        className="max-w-56 truncate rounded-md border border-stone-300 bg-white py-1 pl-2 pr-7 text-sm font-medium"
      >
        {workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
        <option value="new">+ New workspace…</option>
      </select>
    </label>
  )
}
