// Settings for a PC several agents share: lock at start and when the agent leaves, after how many
// idle minutes, and the lock hotkey. Only the PC's owner may change them (main refuses anyone
// else); the owner can hand the role to another profile here.
import { Alert, App, Card, Form, InputNumber, Select, Switch, Typography } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../lib/errors'
import { HotkeyRecorder } from '../../lib/HotkeyRecorder'
import { useLockSettings } from './lock-settings-store'
import { useProfiles } from './profile-store'

export function SharedPcCard() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { settings, load, save, transferOwner } = useLockSettings()
  const { profiles, current } = useProfiles()

  useEffect(() => {
    load().catch((error: unknown) => void message.error(errorMessage(error, t)))
  }, [load, message, t])

  // Each change is saved at once; the agent is told so (a switch alone gives no sign it stuck).
  const change = (patch: Parameters<typeof save>[0]) =>
    save(patch).then(
      () => void message.success({ content: t('profiles.sharedPc.saved'), key: 'shared-pc-saved', duration: 2 }),
      (error: unknown) => void message.error(errorMessage(error, t)),
    )
  const isOwner = settings !== null && current !== null && settings.pcOwnerId === current.id
  const ownerName = profiles.find((p) => p.id === settings?.pcOwnerId)?.displayName ?? ''

  return (
    <Card title={t('profiles.sharedPc.title')} data-testid="shared-pc">
      {settings && (
        <Form layout="vertical" disabled={!isOwner}>
          <Form.Item label={t('profiles.sharedPc.owner')} extra={isOwner ? t('profiles.sharedPc.ownerHelp') : t('profiles.sharedPc.notOwner', { name: ownerName })}>
            <Select
              data-testid="pc-owner"
              style={{ maxWidth: 280 }}
              value={settings.pcOwnerId ?? undefined}
              options={profiles.map((p) => ({ value: p.id, label: p.displayName }))}
              onChange={(profileId: string) => void transferOwner(profileId).catch((error: unknown) => void message.error(errorMessage(error, t)))}
              aria-label={t('profiles.sharedPc.owner')}
            />
          </Form.Item>
          <Form.Item label={t('profiles.sharedPc.enabled')} htmlFor="shared-pc-enabled" extra={t('profiles.sharedPc.enabledHelp')}>
            <Switch id="shared-pc-enabled" checked={settings.sharedPc} onChange={(sharedPc) => void change({ sharedPc })} />
          </Form.Item>
          <Form.Item label={t('profiles.sharedPc.idle')} extra={t('profiles.sharedPc.idleHelp')}>
            <InputNumber
              min={1}
              max={240}
              value={settings.idleLockMinutes}
              placeholder={t('profiles.sharedPc.idleNever')}
              suffix={t('profiles.sharedPc.minutes')}
              disabled={!settings.sharedPc}
              onChange={(value) => void change({ idleLockMinutes: typeof value === 'number' ? value : null })}
              aria-label={t('profiles.sharedPc.idle')}
            />
          </Form.Item>
          <Form.Item label={t('profiles.sharedPc.hotkey')} extra={t('profiles.sharedPc.hotkeyHelp')}>
            <HotkeyRecorder
              label={t('profiles.sharedPc.hotkey')}
              value={settings.lockHotkey}
              disabled={!isOwner}
              onChange={(lockHotkey) => {
                // The lock hotkey cannot be switched off (see lockHotkeySchema): Backspace is refused here.
                if (lockHotkey === '') void message.error(t('profiles.sharedPc.hotkeyRequired'))
                else if (lockHotkey !== settings.lockHotkey) void change({ lockHotkey })
              }}
            />
          </Form.Item>
          {!settings.sharedPc && <Alert type="info" showIcon title={t('profiles.sharedPc.offHint')} />}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('profiles.sharedPc.privacy')}
          </Typography.Paragraph>
        </Form>
      )}
    </Card>
  )
}
