// The header's agent name; a click lists the other profiles on this PC.
import { Button, Dropdown } from 'antd'
import { useTranslation } from 'react-i18next'
import { useProfiles } from './profile-store'

export function ProfileSwitcher() {
  const { t } = useTranslation()
  const { profiles, current, switchTo } = useProfiles()
  const items = profiles.map((p) => ({ key: p.id, label: p.agentId ? `${p.displayName}（${p.agentId}）` : p.displayName, disabled: p.id === current?.id }))
  return (
    <Dropdown menu={{ items, onClick: ({ key }) => void switchTo(key) }} trigger={['click']}>
      <Button type="text" aria-label={t('header.switchProfile')} data-testid="profile-switcher">
        {t('header.profile')}：<strong>{current?.displayName ?? t('header.noProfile')}</strong>
      </Button>
    </Dropdown>
  )
}
