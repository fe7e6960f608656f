// Settings → Presence: the idle limit and warning, the global hotkey, what this PC can detect
// (idle time, screen lock) and the optional hooks. Stored for this PC, not per profile.
import { Alert, App, Button, Card, Collapse, Descriptions, Form, Input, InputNumber, Space, Switch, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Input as ChannelInput } from '../../../shared/contract'
import { IDLE_LIMIT_MINUTES, WARN_BEFORE_SECONDS, type PresencePrefs } from '../../../shared/ipc/presence'
import { invoke } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { presenceSettingsErrorMessage } from './presence-settings-errors'
import { usePresence } from './presence-store'
import { HotkeyRecorder } from '../../lib/HotkeyRecorder'

type HookForm = { urlEnabled: boolean; url: string; commandEnabled: boolean; path: string; args: string }

export function PresenceSettingsCard() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const snapshot = usePresence((s) => s.snapshot)
  const [prefs, setPrefs] = useState<PresencePrefs | null>(null)
  const [hooks, setHooks] = useState<HookForm | null>(null)

  useEffect(() => {
    invoke('presence:settings', {}).then(
      (p) => {
        setPrefs(p)
        setHooks({ urlEnabled: p.hooks.url.enabled, url: p.hooks.url.url, commandEnabled: p.hooks.command.enabled, path: p.hooks.command.path, args: p.hooks.command.args.join('\n') })
      },
      (error: unknown) => void message.error(errorMessage(error, t)),
    )
  }, [message, t])

  const explain = (error: unknown) => presenceSettingsErrorMessage(error, t)
  const save = async (patch: ChannelInput<'presence:updateSettings'>) => {
    try {
      setPrefs(await invoke('presence:updateSettings', patch))
      void message.success(t('presence.settings.saved'))
    } catch (error) {
      void message.error(explain(error))
    }
  }

  if (!prefs || !hooks) return <Card title={t('presence.settings.title')} loading />
  const capability = snapshot?.idle.capability ?? 'unknown'
  const hotkeyState = snapshot?.hotkey
  return (
    <Card title={t('presence.settings.title')} data-testid="presence-settings">
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('presence.settings.intro')}
        </Typography.Paragraph>
        <Form
          layout="inline"
          initialValues={{ idleLimitMinutes: prefs.idleLimitMinutes, warnBeforeSeconds: prefs.warnBeforeSeconds }}
          onFinish={(values: { idleLimitMinutes: number; warnBeforeSeconds: number }) => void save(values)}
        >
          <Form.Item name="idleLimitMinutes" label={t('presence.settings.idleLimit')} rules={[{ required: true, message: t('presence.settings.idleLimitRange') }]}>
            <InputNumber min={IDLE_LIMIT_MINUTES.min} max={IDLE_LIMIT_MINUTES.max} precision={0} suffix={t('presence.settings.minutes')} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="warnBeforeSeconds" label={t('presence.settings.warnBefore')} rules={[{ required: true, message: t('presence.settings.warnRange') }]}>
            <InputNumber min={WARN_BEFORE_SECONDS.min} max={WARN_BEFORE_SECONDS.max} precision={0} suffix={t('presence.settings.seconds')} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit">{t('presence.settings.save')}</Button>
          </Form.Item>
        </Form>

        <Descriptions column={1} size="small" bordered styles={{ label: { width: 150 } }}>
          <Descriptions.Item label={t('presence.settings.hotkey')}>
            <Space wrap>
              <HotkeyRecorder label={t('presence.settings.hotkey')} value={prefs.hotkey} onChange={(hotkey) => void save({ hotkey })} data-testid="presence-hotkey-input" />
              {prefs.hotkey === '' ? (
                <Tag>{t('presence.settings.hotkeyOff')}</Tag>
              ) : hotkeyState?.registered === true ? (
                <Tag color="green">{t('presence.settings.hotkeyOk')}</Tag>
              ) : hotkeyState?.registered === false ? (
                <Tag color="red">{t('presence.settings.hotkeyFailed')}</Tag>
              ) : (
                <Tag>{t('presence.settings.hotkeyDesktopOnly')}</Tag>
              )}
            </Space>
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
              {t('presence.settings.hotkeyHelp')}
            </Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label={t('presence.settings.idleDetection')}>
            <span data-testid="presence-idle-capability">{t(`presence.settings.capability.${capability}`)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('presence.settings.lockDetection')}>
            {snapshot?.lockEvents ? t('presence.settings.lockOk') : t('presence.settings.lockMissing')}
          </Descriptions.Item>
        </Descriptions>

        <Collapse
          items={[
            {
              key: 'hooks',
              label: t('presence.settings.hooksTitle'),
              children: (
                <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                  <Alert type="warning" showIcon title={t('presence.settings.hooksRisk')} />
                  <Space>
                    <Switch checked={hooks.urlEnabled} onChange={(urlEnabled) => setHooks({ ...hooks, urlEnabled })} aria-label={t('presence.settings.urlHook')} />
                    <Typography.Text>{t('presence.settings.urlHook')}</Typography.Text>
                  </Space>
                  <Input value={hooks.url} onChange={(e) => setHooks({ ...hooks, url: e.target.value })} placeholder="https://…?status={{status}}&reason={{reason}}" aria-label={t('presence.settings.urlHook')} maxLength={500} />
                  <Space>
                    <Switch checked={hooks.commandEnabled} onChange={(commandEnabled) => setHooks({ ...hooks, commandEnabled })} aria-label={t('presence.settings.commandHook')} />
                    <Typography.Text>{t('presence.settings.commandHook')}</Typography.Text>
                  </Space>
                  <Input value={hooks.path} onChange={(e) => setHooks({ ...hooks, path: e.target.value })} placeholder={t('presence.settings.commandPath')} aria-label={t('presence.settings.commandPath')} maxLength={500} />
                  <Input.TextArea value={hooks.args} onChange={(e) => setHooks({ ...hooks, args: e.target.value })} placeholder={t('presence.settings.commandArgs')} aria-label={t('presence.settings.commandArgs')} autoSize={{ minRows: 2, maxRows: 6 }} />
                  <Typography.Text type="secondary">{t('presence.settings.commandHelp')}</Typography.Text>
                  <Button
                    onClick={() =>
                      void save({
                        hooks: {
                          url: { enabled: hooks.urlEnabled, url: hooks.url },
                          command: { enabled: hooks.commandEnabled, path: hooks.path, args: hooks.args.split('\n').map((a) => a.trim()).filter(Boolean) },
                        },
                      })
                    }
                  >
                    {t('presence.settings.saveHooks')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Space>
    </Card>
  )
}
