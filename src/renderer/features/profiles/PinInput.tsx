// The PIN field: digits only, at most 8, never offered to the browser's autofill.
import { Input } from 'antd'
import type { ComponentProps } from 'react'
import { useTranslation } from 'react-i18next'

type Props = Omit<ComponentProps<typeof Input.Password>, 'value' | 'onChange'> & { profileName: string; value: string; onChange(pin: string): void }

export function PinInput({ profileName, value, onChange, ...rest }: Props) {
  const { t } = useTranslation()
  return (
    <Input.Password
      autoFocus
      value={value}
      onChange={(e) => onChange(e.target.value.replace(/\D/g, '').slice(0, 8))}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('profiles.pin.placeholder')}
      aria-label={t('profiles.pin.label', { name: profileName })}
      {...rest}
    />
  )
}
