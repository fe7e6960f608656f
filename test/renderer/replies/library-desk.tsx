// A small shared reply library on the fake desk, and the replies panel rendered over it.
import { render } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { textPinyin } from '../../../src/shared/domain/replies'
import type { Reply } from '../../../src/shared/ipc/replies'
import { QuickRepliesPage } from '../../../src/renderer/features/replies/QuickRepliesPage'
import { installFakeDesk } from '../helpers/fake-desk'

export function reply(id: string, title: string, body: string, shortcut: string): Reply {
  return { id, title, body, shortcut, category: '物流', group: '', shared: true, titlePinyin: textPinyin(title), uses: 0, weekUses: 0, lastUsedAt: null, updatedAt: 1 }
}

export const LIBRARY = [reply('r1', '物流查询', '亲，运单号 {{trackingNo}}。', 'wl'), reply('r2', '退款到账', '退款会原路退回。', 'tk')]

export function installLibraryDesk(library: Reply[] = LIBRARY, extra: Parameters<typeof installFakeDesk>[0] = {}) {
  return installFakeDesk({
    'replies:list': () => library,
    'replies:settings': () => ({ settings: { hotkey: '', extraPhrases: [], allowedDomains: [] }, hotkey: { available: false, registered: false } }),
    'replies:copy': ({ id }: { id: string }) => ({ text: 'copied', usage: { id, uses: 1, weekUses: 1, lastUsedAt: 2 } }),
    ...extra,
  })
}

export function renderRepliesPage() {
  return render(
    <AntApp>
      <QuickRepliesPage />
    </AntApp>,
  )
}

