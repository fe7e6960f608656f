// Language, the profiles on this PC, the team, the global hotkeys, and where the data lives.
import { Button, Card, Descriptions, List, Modal, Radio, Space, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Output } from '../../../shared/contract'
import { invoke } from '../../lib/desk'
import { BackupsCard } from '../backups/BackupsCard'
import { PresenceSettingsCard } from '../presence/PresenceSettingsCard'
import { AtRestCard } from './AtRestCard'
import { HotkeysCard } from './HotkeysCard'
import { MyProfileCard } from '../profiles/MyProfileCard'
import { ProfileForm } from '../profiles/ProfileForm'
import { LeadRolesCard } from '../lead/LeadRolesCard'
import { SharedPcCard } from '../profiles/SharedPcCard'
import { SwitchProfileButton } from '../profiles/SwitchProfileButton'
import { ShiftScheduleCard } from '../shifts/ShiftScheduleCard'
import { useProfiles } from '../profiles/profile-store'
import { usePrefs } from './prefs-store'
import { TeamCard } from '../team/TeamCard'

export function SettingsPage() {
  const { t } = useTranslation()
  const { prefs, setLanguage } = usePrefs()
  const { profiles, current, create } = useProfiles()
  const [adding, setAdding] = useState(false)
  const [info, setInfo] = useState<Output<'app:info'> | null>(null)

  useEffect(() => {
    void invoke('app:info', {}).then(setInfo)
  }, [])

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 760 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <Card title={t('settings.language')}>
        <Radio.Group value={prefs?.language} onChange={(e) => void setLanguage(e.target.value)} optionType="button">
          <Radio.Button value="zh-CN">{t('settings.languageZh')}</Radio.Button>
          <Radio.Button value="en">{t('settings.languageEn')}</Radio.Button>
        </Radio.Group>
      </Card>
      <Card
        title={t('settings.profiles')}
        extra={
          <Button onClick={() => setAdding(true)} data-testid="add-profile">
            {t('settings.addProfile')}
          </Button>
        }
      >
        <List
          dataSource={profiles}
          renderItem={(p) => (
            <List.Item
              actions={
                p.id === current?.id
                  ? [<Tag color="green" key="current">{t('settings.current')}</Tag>]
                  : [
                      <SwitchProfileButton key="switch" profile={p} />,
                    ]
              }
            >
              <List.Item.Meta title={p.displayName} description={p.agentId ? `${t('labelled', { label: t('settings.agentIdShort') })}${p.agentId}` : undefined} />
            </List.Item>
          )}
        />
      </Card>
      <MyProfileCard />
      <TeamCard />
      <SharedPcCard />
      <LeadRolesCard />
      <ShiftScheduleCard />
      <PresenceSettingsCard />
      <HotkeysCard />
      <BackupsCard />
      <AtRestCard />
      {info && (
        <Card title={t('settings.dataFolder')}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('settings.dataFolder')}>
              <Typography.Text copyable>{info.dataDir}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('settings.version')}>{info.version}</Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary">{t('settings.dataFolderHelp')}</Typography.Paragraph>
        </Card>
      )}
      {/* The form is taller than a small window: the dialog scrolls inside, its title and buttons stay reachable. */}
      <Modal
        open={adding}
        title={t('settings.addProfile')}
        footer={null}
        onCancel={() => setAdding(false)}
        destroyOnHidden
        style={{ top: 24 }}
        styles={{ body: { maxHeight: 'calc(100vh - 140px)', overflowY: 'auto' } }}
      >
        <ProfileForm
          submitLabel={t('form.save')}
          onCancel={() => setAdding(false)}
          onSubmit={async (draft) => {
            await create(draft)
            setAdding(false)
          }}
        />
      </Modal>
    </Space>
  )
}
