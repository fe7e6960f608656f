// First start on this PC: the agent creates a profile before anything else.
import { Card, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { CafeModeLink } from '../cafe/CafeModeLink'
import { ProfileForm } from './ProfileForm'
import { useProfiles } from './profile-store'

export function WelcomeScreen() {
  const { t } = useTranslation()
  const create = useProfiles((s) => s.create)
  const switchTo = useProfiles((s) => s.switchTo)
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '48px 16px' }}>
      <Card style={{ width: 440 }}>
        <Typography.Title level={3}>{t('welcome.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('welcome.intro')}</Typography.Paragraph>
        <ProfileForm
          submitLabel={t('welcome.submit')}
          onSubmit={async (draft) => {
            const profile = await create(draft)
            await switchTo(profile.id, draft.pin)
          }}
        />
        <CafeModeLink />
      </Card>
    </div>
  )
}
