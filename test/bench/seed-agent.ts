// The agent a bench works as: 小美, signed in, as an agent is before she opens any panel.
import type { AppServices } from '../../src/main/app-context'
import { syntheticReplies } from './replies-data'

export function signInAgent(services: AppServices): string {
  const profile = services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' })
  services.session.switchTo(profile.id)
  return profile.id
}

/** Tops the signed-in agent's library (the defaults) up to `total` replies, through the import's checks and write. */
export function fillReplyLibrary(services: AppServices, total: number): void {
  const extra = total - services.quickReplies.list().length
  if (extra > 0) services.quickReplies.importParsed(syntheticReplies(extra).map((r) => ({ ...r, shared: false })), 'keepBoth')
}
