// The header's agent name; a click lists the other profiles on this PC. A profile with a PIN (or
// with notebooks closed until her personal passphrase) asks for it before anything of its own is shown.
import { App, Button, Dropdown } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Profile } from '../../../shared/contract'
import { errorMessage } from '../../lib/errors'
import { asksSecret } from './asks-secret'
import { PinPrompt } from './PinPrompt'
import { useProfiles } from './profile-store'

export function ProfileSwitcher() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { profiles, current, switchTo } = useProfiles()
  const [asking, setAsking] = useState<Profile | null>(null)
  // The mark says what switching will ask (the passphrase, the PIN or nothing); the signed-in profile is not switched to, so it says "current".
  const items = profiles.map((p) => {
    const name = p.agentId ? `${p.displayName}（${p.agentId}）` : p.displayName
    const mark = p.id === current?.id ? t('profiles.switch.currentTag') : p.passphrase === 'closed' ? t('profiles.lock.passphraseTag') : p.hasPin ? t('profiles.switch.pinTag') : ''
    return { key: p.id, label: mark ? `${name} · ${mark}` : name, disabled: p.id === current?.id }
  })
  const choose = (id: string) => {
    const target = profiles.find((p) => p.id === id)
    if (!target) return
    if (asksSecret(target)) setAsking(target)
    else switchTo(id).catch((error: unknown) => void message.error(errorMessage(error, t)))
  }
  return (
    <>
      <Dropdown menu={{ items, onClick: ({ key }) => choose(key) }} trigger={['click']}>
        <Button type="text" aria-label={t('header.switchProfile')} data-testid="profile-switcher">
          {t('labelled', { label: t('header.profile') })}<strong>{current?.displayName ?? t('header.noProfile')}</strong>
        </Button>
      </Dropdown>
      {asking && <PinPrompt profile={asking} onClose={() => setAsking(null)} />}
    </>
  )
}
