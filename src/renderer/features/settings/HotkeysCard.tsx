// Settings → Global hotkeys: every hotkey ShiftDesk registers, which keys it has and whether it
// got them, in one list, so an agent sees at a glance why a key does nothing. Quick capture's
// keys are set here (the other hotkeys are set on their own feature's screen).
import { Alert, Card, Flex, Table, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { displayHotkey } from '../../../shared/domain/hotkeys'
import type { HotkeyBinding, HotkeyBoard, HotkeyId } from '../../../shared/ipc/hotkeys'
import { invoke, onEvent } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { HotkeyRecorder, IS_MAC } from '../../lib/HotkeyRecorder'

const STATE_COLORS: Record<HotkeyBinding['state'], string | undefined> = { registered: 'green', off: undefined, taken: 'red', collides: 'orange' }

export function HotkeysCard() {
  const { t } = useTranslation()
  const [board, setBoard] = useState<HotkeyBoard | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    const off = onEvent('hotkeys:changed', setBoard)
    invoke('hotkeys:list', {}).then(setBoard, (error: unknown) => setFailure(errorMessage(error, t)))
    return off
  }, [t])

  // i18next reads dots as nesting: 'stats.undo' is written 'stats_undo' in the language files.
  const name = (id: HotkeyId) => t(`hotkeys.names.${id.replace('.', '_')}`)
  const saveQuickCapture = (quickCapture: string) => {
    setFailure(null)
    invoke('hotkeys:update', { quickCapture }).catch((error: unknown) => setFailure(errorMessage(error, t)))
  }

  return (
    <Card title={t('hotkeys.title')} data-testid="hotkeys-card">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('hotkeys.help')}</Typography.Text>
        {board && !board.available && <Alert type="info" showIcon title={t('hotkeys.unavailable')} />}
        {failure && <Alert type="error" showIcon title={failure} />}
        {board && board.available && (
          <Table<HotkeyBinding>
            size="small"
            pagination={false}
            rowKey="id"
            dataSource={board.bindings}
            columns={[
              { title: t('hotkeys.columns.action'), dataIndex: 'id', render: (id: HotkeyId) => name(id) },
              {
                title: t('hotkeys.columns.keys'),
                dataIndex: 'accelerator',
                render: (accelerator: string, binding) =>
                  binding.id === 'register.quickCapture' ? (
                    <HotkeyRecorder label={name('register.quickCapture')} value={accelerator} onChange={saveQuickCapture} data-testid="quick-capture-hotkey" />
                  ) : accelerator === '' ? (
                    <Typography.Text type="secondary">—</Typography.Text>
                  ) : (
                    <Typography.Text keyboard>{displayHotkey(accelerator, IS_MAC)}</Typography.Text>
                  ),
              },
              {
                title: t('hotkeys.columns.state'),
                dataIndex: 'state',
                render: (state: HotkeyBinding['state'], binding) => (
                  <Tag color={STATE_COLORS[state]} data-testid={`hotkey-state-${binding.id}`}>
                    {state === 'collides' && binding.collidesWith ? t('hotkeys.states.collides', { other: name(binding.collidesWith) }) : t(`hotkeys.states.${state}`)}
                  </Tag>
                ),
              },
            ]}
          />
        )}
      </Flex>
    </Card>
  )
}
