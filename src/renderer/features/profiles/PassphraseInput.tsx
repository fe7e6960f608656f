// The personal passphrase field of the sign-in steps: any text (not the PIN's digits), never
// offered to the browser's autofill; the sentence above it says why it is asked.
import { Input, Typography } from 'antd'
import type { ComponentProps } from 'react'
import { useTranslation } from 'react-i18next'

type Props = Omit<ComponentProps<typeof Input.Password>, 'value' | 'onChange'> & { profileName: string; value: string; onChange(passphrase: string): void }

export function PassphraseInput({ profileName, value, onChange, ...rest }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="passphrase-why">
        {t('profiles.lock.passphraseWhy')}
      </Typography.Paragraph>
      <Input.Password
        autoFocus
        value={value}
        onChange={(e) => onChange(e.target.value)}
        maxLength={1024}
        autoComplete="off"
        placeholder={t('profiles.lock.passphrasePlaceholder')}
        aria-label={t('profiles.lock.passphraseLabel', { name: profileName })}
        {...rest}
      />
    </>
  )
}
