// Who may command memgate: the collaborator permission API, not the comment's author_association
// (which says nothing about write access for organisation members).
import type { Client, Repo } from './client.js'

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'

const WRITERS = new Set<Permission>(['admin', 'maintain', 'write'])

/** The user's role on the repository; `none` when GitHub does not know them as a collaborator. */
export async function readPermission(client: Client, repo: Repo, username: string): Promise<Permission> {
  const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner: repo.owner, repo: repo.repo, username })
  // role_name distinguishes maintain and triage; permission folds them into write and read.
  const role = (data as { role_name?: string }).role_name ?? data.permission
  return (['admin', 'maintain', 'write', 'triage', 'read'].includes(role) ? role : 'none') as Permission
}

export function canCommand(permission: Permission): boolean {
  return WRITERS.has(permission)
}
