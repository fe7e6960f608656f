// The header's three-way switch: online / paused / offline. The current one is filled in its
// colour and every choice says its name, so the state reads without relying on colour.
import { App, Button, Space, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { PRESENCE_STATUSES } from '../../../shared/ipc/presence-constants'
import type { PresenceStatus } from '../../../shared/domain/presence'
import { presenceErrorMessage } from './presence-errors'
import { STATUS_COLORS } from './presence-format'
import { usePresence } from './presence-store'

const BUTTON_COLORS = { online: 'green', paused: 'orange', offline: 'default' } as const

export function PresenceToggle() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const status = usePresence((s) => s.snapshot?.status)
  const hotkey = usePresence((s) => s.snapshot?.hotkey)
  const choose = usePresence((s) => s.choose)

  const pick = (next: PresenceStatus) => {
    choose(next).catch((error: unknown) => void message.error(presenceErrorMessage(error, t)))
  }
  const hints: Record<PresenceStatus, string> = {
    online: t('presence.toggle.online'),
    paused: t('presence.toggle.paused'),
    offline: hotkey?.registered && hotkey.accelerator ? t('presence.toggle.offlineHotkey', { hotkey: hotkey.accelerator }) : t('presence.toggle.offline'),
  }

  return (
    <Space.Compact role="group" aria-label={t('presence.toggle.label')} data-testid="presence-toggle" data-status={status ?? 'unknown'}>
      {PRESENCE_STATUSES.map((s) => {
        const active = s === status
        return (
          <Tooltip key={s} title={hints[s]} placement="bottom" mouseEnterDelay={0.6}>
            <Button
              size="small"
              color={active ? BUTTON_COLORS[s] : 'default'}
              variant={active ? 'solid' : 'outlined'}
              aria-pressed={active}
              disabled={status === undefined}
              onClick={() => pick(s)}
              data-testid={`presence-${s}`}
            >
              <span aria-hidden style={{ fontSize: 10, marginInlineEnd: 4, color: active ? 'inherit' : STATUS_COLORS[s] }}>
                ●
              </span>
              {t(`presence.status.${s}`)}
            </Button>
          </Tooltip>
        )
      })}
    </Space.Compact>
  )
}
