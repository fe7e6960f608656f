// The state every replies-panel test starts from: 小美 signed in, no library loaded yet, and a
// list area with a size (happy-dom has no layout, and the virtualised list renders rows only
// inside a measured box). Call from beforeEach; restore the size mocks with vi.restoreAllMocks.
import { vi } from 'vitest'
import { useProfiles } from '../../../src/renderer/features/profiles/profile-store'
import { useReplies } from '../../../src/renderer/features/replies/replies-store'
import { initI18n } from '../../../src/renderer/i18n'

export function prepareRepliesPanel(): void {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(560)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600)
  initI18n('zh-CN')
  useReplies.setState({ loaded: false, stale: false, replies: [], settings: null })
  useProfiles.setState({ current: { id: 'p1', displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN', hasPin: false, createdAt: 1 } })
}
